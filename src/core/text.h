// Small text helpers shared by server, client and core: the one place for
// case folding, trimming, splitting and joining.
//
// Case folding is ASCII only (a-z <-> A-Z) whatever the locale: DCL folds
// ASCII letters, names match without case, and a byte of a UTF-8 sequence
// never changes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

// Blanks as DCL and HELP source see them: space and tab.
inline constexpr std::string_view kBlanks = " \t";
// White space as the C locale's isspace sees it.
inline constexpr std::string_view kWhiteSpace = " \t\n\v\f\r";

// ASCII upper case (DCL folds what is not quoted; names match without case).
char upcase(char c);
std::string upcase(std::string_view s);
// ASCII lower case.
char downcase(char c);
std::string downcase(std::string_view s);
// Equal but for ASCII case: "Web" and "WEB".
bool equal_nocase(std::string_view a, std::string_view b);
// A character of a DCL or MESSAGE name: an ASCII letter or digit, '_' or '$'.
bool is_name_char(char c);
// A name: one or more name characters ("START", "P1", "SYS$OUTPUT").
bool is_name(std::string_view s);
// The value of a digit in bases up to 36: '0'-'9' are 0-9, 'A'-'Z' and 'a'-'z'
// are 10-35, anything else -1. A caller checks the value against its base.
int digit_value(char c);

// `s` without the leading and trailing characters found in `strip`. The result
// is a view into `s`: keep what it views alive (copy it into a std::string to
// keep it past a temporary).
std::string_view trim(std::string_view s, std::string_view strip = kWhiteSpace);

// What to do with an empty piece between two separators (and with an empty s).
enum class Empties { keep, drop };
// The pieces of `s` between any of the characters of `separators`:
// split("a,,b", ",", keep) is {"a", "", "b"} and split("", ",", keep) is {""};
// with drop they are {"a", "b"} and {}.
std::vector<std::string> split(std::string_view s, std::string_view separators, Empties empties);
// The pieces with `separator` between them: join({"a", "b"}, ", ") is "a, b".
std::string join(const std::vector<std::string>& pieces, std::string_view separator);

// Compares in time that depends only on the length of `expected` (never on
// where the first difference is), for passwords.
bool constant_time_equal(std::string_view given, std::string_view expected);
// Length of the valid UTF-8 sequence at s[i] and its code point in `cp`, or 0
// when the bytes there are not one (overlong forms, surrogates, values past
// U+10FFFF, a sequence cut by the end of `s`).
size_t utf8_sequence_at(std::string_view s, size_t i, uint32_t* cp);
// Escapes a string for a JSON string literal (without the quotes). JSON text
// is UTF-8: a byte that is not part of valid UTF-8 becomes \ufffd (the
// replacement character), so the output always parses.
std::string json_escape(std::string_view s);

}  // namespace sv
