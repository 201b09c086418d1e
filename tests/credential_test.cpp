// The credential rule of core/credential.h: username and password joined as
// HTTP basic authentication joins them, checked part by part.
#include <doctest/doctest.h>

#include "core/credential.h"
#include "core/proto.h"
#include "core/sha1.h"

using sv::check_credential;

TEST_SUITE("credential") {

TEST_CASE("a client joins username and password with ':'; without a username it sends the password alone") {
    CHECK(sv::join_credential("admin", "s3cret") == "admin:s3cret");
    CHECK(sv::join_credential("admin", "a:b") == "admin:a:b");
    CHECK(sv::join_credential("", "s3cret") == "s3cret");
    CHECK(sv::join_credential("admin", "") == "admin:");
}

TEST_CASE("a server with a username accepts only that username and the password") {
    CHECK(check_credential("admin:s3cret", "admin", "s3cret").accepted());
    CHECK(check_credential("admin:a:b", "admin", "a:b").accepted());   // the first ':' separates
    CHECK_FALSE(check_credential("root:s3cret", "admin", "s3cret").accepted());
    CHECK_FALSE(check_credential("Admin:s3cret", "admin", "s3cret").accepted());
    CHECK_FALSE(check_credential("admin:wrong", "admin", "s3cret").accepted());
    CHECK_FALSE(check_credential("s3cret", "admin", "s3cret").accepted());        // no username given
    CHECK_FALSE(check_credential(":s3cret", "admin", "s3cret").accepted());
    CHECK_FALSE(check_credential("admin", "admin", "s3cret").accepted());
    CHECK_FALSE(check_credential("", "admin", "s3cret").accepted());
    CHECK_FALSE(check_credential("admin:s3cret:", "admin", "s3cret").accepted());
}

TEST_CASE("a {SHA} password works behind a username; its hash does not") {
    std::string hashed = "{SHA}" + sv::sha1_hex("s3cret");
    CHECK(check_credential("admin:s3cret", "admin", hashed).accepted());
    CHECK_FALSE(check_credential("admin:" + sv::sha1_hex("s3cret"), "admin", hashed).accepted());
    CHECK_FALSE(check_credential("admin:" + hashed, "admin", hashed).accepted());
    CHECK_FALSE(check_credential("other:s3cret", "admin", hashed).accepted());
}

TEST_CASE("a server without a username takes the password alone, or after any username a client sends") {
    CHECK(check_credential("s3cret", "", "s3cret").accepted());
    CHECK(check_credential("anyone:s3cret", "", "s3cret").accepted());
    CHECK(check_credential("a:b", "", "a:b").accepted());            // a password with ':' sent alone
    CHECK(check_credential("anyone:a:b", "", "a:b").accepted());
    CHECK_FALSE(check_credential("anyone:wrong", "", "s3cret").accepted());
    CHECK_FALSE(check_credential("s3cret:anyone", "", "s3cret").accepted());
    CHECK_FALSE(check_credential("", "", "s3cret").accepted());
    std::string hashed = "{SHA}" + sv::sha1_hex("s3cret");
    CHECK(check_credential("bob:s3cret", "", hashed).accepted());
}

TEST_CASE("every part is compared whatever the others gave (no early return on the first mismatch)") {
    // A wrong username: the password part was still compared, and found right.
    auto c = check_credential("root:s3cret", "admin", "s3cret");
    CHECK_FALSE(c.name);
    CHECK(c.password);
    CHECK(c.form);
    CHECK_FALSE(c.accepted());
    // No ':' at all: the name and the password were still compared.
    c = check_credential("admin", "admin", "s3cret");
    CHECK_FALSE(c.form);
    CHECK(c.name);
    CHECK_FALSE(c.password);
    // The right username, the wrong password.
    c = check_credential("admin:s3cre", "admin", "s3cret");
    CHECK(c.name);
    CHECK_FALSE(c.password);
    // A name that differs only in its last byte and one that differs in its first are both refused.
    CHECK_FALSE(check_credential("admiN:s3cret", "admin", "s3cret").name);
    CHECK_FALSE(check_credential("Xdmin:s3cret", "admin", "s3cret").name);
}

TEST_CASE("a username with ':' or a credential past the request's limit cannot be sent") {
    CHECK(sv::credential_problem("admin", 10).empty());
    CHECK(sv::credential_problem("", sv::proto::kMaxPasswordLength).empty());
    CHECK_FALSE(sv::credential_problem("", sv::proto::kMaxPasswordLength + 1).empty());
    CHECK(sv::credential_problem("a:b", 1).find("cannot contain ':'") != std::string::npos);
    std::string user(20, 'u');
    CHECK(sv::credential_problem(user, sv::proto::kMaxPasswordLength - 21).empty());   // exactly 128
    std::string why = sv::credential_problem(user, sv::proto::kMaxPasswordLength - 20);  // 129
    CHECK(why.find("129 bytes") != std::string::npos);
    CHECK(why.find("128") != std::string::npos);
}

}  // TEST_SUITE
