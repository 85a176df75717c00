// The Windows side of crypto.hpp: CNG (bcrypt.dll), so no OpenSSL is needed there.

#include "model/platform/crypto.hpp"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <bcrypt.h>

#include <stdexcept>

namespace assessa::platform {

namespace {

std::string digest(std::string_view key, std::string_view data, bool hmac) {
    BCRYPT_ALG_HANDLE alg = nullptr;
    if (BCryptOpenAlgorithmProvider(&alg, BCRYPT_SHA256_ALGORITHM, nullptr, hmac ? BCRYPT_ALG_HANDLE_HMAC_FLAG : 0) != 0)
        throw std::runtime_error("SHA-256 is not available from the system (CNG)");
    BCRYPT_HASH_HANDLE hash = nullptr;
    std::string out(32, '\0');
    const bool ok =
        BCryptCreateHash(alg, &hash, nullptr, 0, hmac ? reinterpret_cast<PUCHAR>(const_cast<char*>(key.data())) : nullptr,
                         hmac ? static_cast<ULONG>(key.size()) : 0, 0) == 0 &&
        BCryptHashData(hash, reinterpret_cast<PUCHAR>(const_cast<char*>(data.data())), static_cast<ULONG>(data.size()), 0) == 0 &&
        BCryptFinishHash(hash, reinterpret_cast<PUCHAR>(out.data()), static_cast<ULONG>(out.size()), 0) == 0;
    if (hash) BCryptDestroyHash(hash);
    BCryptCloseAlgorithmProvider(alg, 0);
    if (!ok) throw std::runtime_error("SHA-256 failed in the system's cryptography (CNG)");
    return out;
}

}  // namespace

std::string sha256(std::string_view data) { return digest({}, data, false); }

std::string hmac_sha256(std::string_view key, std::string_view message) { return digest(key, message, true); }

std::string random_bytes(std::size_t count) {
    std::string out(count, '\0');
    if (BCryptGenRandom(nullptr, reinterpret_cast<PUCHAR>(out.data()), static_cast<ULONG>(count),
                        BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
        throw std::runtime_error("the system's random number generator is not available");
    return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    volatile unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff = diff | static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

void wipe(std::string& s) { SecureZeroMemory(s.data(), s.size()); }

}  // namespace assessa::platform
