#pragma once

// A self-signed certificate for the live session's HTTPS, made when the session starts: an
// elliptic-curve key (P-256) that lives only in memory, valid for two days, naming the address
// the server listens on. Browsers cannot trust it; members compare its SHA-256 fingerprint with
// the one the facilitator's program shows.

#include <memory>
#include <string>

namespace assessa {

struct SelfSignedCertificate {
    std::shared_ptr<void> certificate;  // X509*
    std::shared_ptr<void> key;          // EVP_PKEY*
    std::string fingerprint;            // SHA-256 of the certificate, "AB:CD:…" (32 bytes)
};

// Throws std::runtime_error when the TLS library cannot make one (or the program has none).
SelfSignedCertificate make_self_signed_certificate(const std::string& address);

}  // namespace assessa
