#pragma once

// SHA-256, HMAC-SHA256 and random bytes from the system's cryptography: OpenSSL's libcrypto
// on POSIX (crypto_openssl.cpp), Windows' CNG (crypto_windows.cpp).

#include <string>
#include <string_view>

namespace assessa::platform {

std::string sha256(std::string_view data);                             // 32 raw bytes
std::string hmac_sha256(std::string_view key, std::string_view message);  // 32 raw bytes
// `count` bytes from the system's cryptographic random generator; throws std::runtime_error
// when it is not available.
std::string random_bytes(std::size_t count);
// Compares in time that does not depend on where the first difference is.
bool constant_time_equal(std::string_view a, std::string_view b);
// Overwrites the bytes of `s` in a way the compiler does not remove.
void wipe(std::string& s);

}  // namespace assessa::platform
