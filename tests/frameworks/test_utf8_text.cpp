#include "frameworks/utf8_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using assessa::first_invalid_utf8;

TEST_CASE("first_invalid_utf8 accepts well-formed UTF-8 of every length", "[utf8]") {
    CHECK(first_invalid_utf8("") == std::string::npos);
    CHECK(first_invalid_utf8("plain ASCII") == std::string::npos);
    CHECK(first_invalid_utf8("Vėjupis · 满意度 · 😀") == std::string::npos);
    CHECK(first_invalid_utf8("\xF4\x8F\xBF\xBF") == std::string::npos);  // U+10FFFF, the last code point
}

TEST_CASE("first_invalid_utf8 gives the offset of the first malformed sequence", "[utf8]") {
    CHECK(first_invalid_utf8("ab\x80") == 2);            // a stray continuation byte
    CHECK(first_invalid_utf8("a\xC0\x80") == 1);         // an overlong form of NUL
    CHECK(first_invalid_utf8("\xE0\x80\x80") == 0);      // an overlong three-byte form
    CHECK(first_invalid_utf8("xy\xED\xA0\x80") == 2);    // a UTF-16 surrogate
    CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
    CHECK(first_invalid_utf8("ok\xE2\x82") == 2);        // cut off at the end of the file
    CHECK(first_invalid_utf8("\xE2(\xA1") == 0);         // a continuation byte missing
    CHECK(first_invalid_utf8("ė\xFF") == 2);             // a byte that never occurs in UTF-8
    CHECK(first_invalid_utf8("Vilnius \xE0 la") == 8);   // Windows-1257 or Latin-1 text
}
