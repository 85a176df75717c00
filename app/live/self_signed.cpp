#include "app/live/self_signed.hpp"

#include "i18n/translator.hpp"

#include <stdexcept>

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#endif

namespace assessa {

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT

namespace {

[[noreturn]] void failed(const char* what) { throw std::runtime_error(trf("cannot make the session's certificate ({})", what)); }

}  // namespace

SelfSignedCertificate make_self_signed_certificate(const std::string& address) {
    std::shared_ptr<EVP_PKEY> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!key) failed("no key");
    std::shared_ptr<X509> cert(X509_new(), X509_free);
    if (!cert) failed("no certificate");
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) failed("no random serial number");
    serial[0] &= 0x7f;
    std::shared_ptr<BIGNUM> bn(BN_bin2bn(serial, sizeof serial, nullptr), BN_free);
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()))) failed("serial number");
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 2L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Assessa live session"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const bool ip = address.find_first_not_of("0123456789.:abcdefABCDEF") == std::string::npos;
    const std::string san = (ip ? "IP:" : "DNS:") + address;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.c_str())) {
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) failed("signing");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &length) != 1) failed("fingerprint");
    std::string fingerprint;
    constexpr char hex[] = "0123456789ABCDEF";
    for (unsigned int i = 0; i < length; ++i) {
        if (i) fingerprint += ':';
        fingerprint += hex[digest[i] >> 4];
        fingerprint += hex[digest[i] & 15];
    }
    return {std::static_pointer_cast<void>(cert), std::static_pointer_cast<void>(key), fingerprint};
}

#else

SelfSignedCertificate make_self_signed_certificate(const std::string&) {
    throw std::runtime_error(tr("this program was built without TLS: HTTPS is not available"));
}

#endif

}  // namespace assessa
