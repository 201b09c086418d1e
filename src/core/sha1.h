// SHA-1 (FIPS 180-4), for supervisor's "{SHA}<hex>" passwords only: the
// configuration may hold the hex SHA-1 of the password instead of the
// password. Not used for anything that needs collision resistance.
#pragma once
#include <string>

namespace sv {

// The 40 lower-case hex digits of the SHA-1 of `data`.
std::string sha1_hex(const std::string& data);

// Whether `given` matches the configured password `configured`: the text
// itself, or, when `configured` is "{SHA}<40 hex>", the SHA-1 of `given`
// (hex compared without regard to case). Constant time in the contents.
bool password_matches(const std::string& given, const std::string& configured);

}  // namespace sv
