#include "core/credential.h"

#include "core/proto.h"
#include "core/sha1.h"
#include "core/text.h"

namespace sv {

std::string join_credential(const std::string& username, const std::string& password) {
    return username.empty() ? password : username + kCredentialSeparator + password;
}

std::string credential_problem(const std::string& username, size_t password_bytes) {
    if (username.find(kCredentialSeparator) != std::string::npos)
        return "a username cannot contain ':' (it separates the username from the password)";
    size_t joined = username.empty() ? password_bytes : username.size() + 1 + password_bytes;
    if (joined <= proto::kMaxPasswordLength) return "";
    return "username, ':' and password make " + std::to_string(joined) + " bytes, more than the " +
           std::to_string(proto::kMaxPasswordLength) + " a request carries";
}

CredentialCheck check_credential(const std::string& given, const std::string& username, const std::string& password) {
    size_t colon = given.find(kCredentialSeparator);
    bool has_colon = colon != std::string::npos;
    std::string before = has_colon ? given.substr(0, colon) : given;
    std::string after = has_colon ? given.substr(colon + 1) : given;
    CredentialCheck c;
    if (username.empty()) {
        // Both readings are compared, then combined without a branch.
        bool whole = password_matches(given, password);
        bool rest = password_matches(after, password);
        c.form = true;
        c.name = true;
        c.password = whole | (has_colon & rest);
    } else {
        c.form = has_colon;
        c.name = constant_time_equal(before, username);
        c.password = password_matches(after, password);
    }
    return c;
}

}  // namespace sv
