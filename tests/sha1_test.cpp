// SHA-1 for supervisor's {SHA} passwords: the FIPS 180 examples, and the
// comparison rule.
#include <doctest/doctest.h>

#include "core/sha1.h"

TEST_SUITE("sha1") {

TEST_CASE("SHA-1 of the FIPS 180 examples and of block-boundary lengths") {
    CHECK(sv::sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(sv::sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(sv::sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(sv::sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    // 55, 56 and 64 bytes: the padding takes one or two blocks.
    CHECK(sv::sha1_hex(std::string(55, 'a')) == "c1c8bbdc22796e28c0e15163d20899b65621d65a");
    CHECK(sv::sha1_hex(std::string(56, 'a')) == "c2db330f6083854c99d4b5bfb6e8f29f201be699");
    CHECK(sv::sha1_hex(std::string(64, 'a')) == "0098ba824b5c16427bd7a1122a5a442a25ec644d");
}

TEST_CASE("a configured password matches its text, or a {SHA} hash of it") {
    CHECK(sv::password_matches("secret", "secret"));
    CHECK_FALSE(sv::password_matches("Secret", "secret"));
    std::string hashed = "{SHA}" + sv::sha1_hex("secret");
    CHECK(sv::password_matches("secret", hashed));
    CHECK(sv::password_matches("secret", "{SHA}E5E9FA1BA31ECD1AE84F75CAAA474F3A663F05F4"));   // upper-case hex
    CHECK_FALSE(sv::password_matches(sv::sha1_hex("secret"), hashed));   // the hash is not the password
    CHECK_FALSE(sv::password_matches(hashed, hashed));
    CHECK_FALSE(sv::password_matches("", hashed));
}

}  // TEST_SUITE
