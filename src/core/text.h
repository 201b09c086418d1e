// Small text helpers shared by server and client.
#pragma once
#include <string>
#include <string_view>

namespace sv {

// ASCII upper case (DCL folds what is not quoted; names match without case).
std::string upcase(std::string_view s);
// Compares in time that depends only on the length of `expected` (never on
// where the first difference is), for passwords.
bool constant_time_equal(std::string_view given, std::string_view expected);
// Escapes a string for a JSON string literal (without the quotes).
std::string json_escape(std::string_view s);

}  // namespace sv
