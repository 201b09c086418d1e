// The credential a request carries in its password field (core/proto.h):
// the password alone, or "username:password" when the client has a
// username, joined the way HTTP basic authentication joins them (RFC 7617
// section 2: the user-id cannot hold a ':', the password may). No wire
// field is added: the joined text obeys proto::kMaxPasswordLength.
//
// The server's rule (supervisor's [unix_http_server] username=/password=):
//   - configured with a username: the part before the first ':' must be
//     that username and the rest must pass password_matches (plain text or
//     supervisor's {SHA} hash); a credential without ':' is refused;
//   - configured without one: the whole field must pass password_matches,
//     or, when it holds a ':', the part after the first one. supervisor
//     without username= asks for nothing, so a client that sends a username
//     anyway is not refused for it; the password is still required.
// Every part is compared whatever the others gave (see CredentialCheck),
// with constant_time_equal, so the time taken does not say which part was
// wrong. Nothing here logs.
#pragma once
#include <cstddef>
#include <string>

namespace sv {

constexpr char kCredentialSeparator = ':';

// What a client sends: `password`, or `username:password` when `username`
// is not empty.
std::string join_credential(const std::string& username, const std::string& password);

// Why a credential of `username` and a password of `password_bytes` bytes
// cannot be sent (a ':' in the username; the joined text longer than
// proto::kMaxPasswordLength), or "" when it can.
std::string credential_problem(const std::string& username, size_t password_bytes);

// The parts of one check, each computed whatever the others gave.
struct CredentialCheck {
    bool form = false;      // with a username configured: the credential holds a ':'
    bool name = false;      // the part before the first ':' is the username (none configured: true)
    bool password = false;  // the password part passes password_matches
    bool accepted() const { return form & name & password; }
};

// Checks `given` (a request's password field) against the configured
// `username` (empty: none) and `password` (plain or "{SHA}<40 hex>").
CredentialCheck check_credential(const std::string& given, const std::string& username, const std::string& password);

}  // namespace sv
