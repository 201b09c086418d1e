// The shared text helpers: ASCII case folding whatever the bytes, trimming,
// splitting with and without empty pieces, joining.
#include <doctest/doctest.h>

#include "core/text.h"

using sv::Empties;
using Words = std::vector<std::string>;

TEST_SUITE("text") {

TEST_CASE("upcase and downcase fold ASCII letters only") {
    CHECK(sv::upcase("start web_1 $x") == "START WEB_1 $X");
    CHECK(sv::downcase("START Web_1 $X") == "start web_1 $x");
    CHECK(sv::upcase('q') == 'Q');
    CHECK(sv::upcase('Q') == 'Q');
    CHECK(sv::upcase('@') == '@');   // the character before 'A'
    CHECK(sv::upcase('{') == '{');   // the one after 'z'
    CHECK(sv::downcase('[') == '[');
    CHECK(sv::downcase('`') == '`');
    CHECK(sv::upcase("") == "");
    // UTF-8 bytes are kept as they are: "é" stays "é", not a Latin-1 "É".
    CHECK(sv::upcase("caf\xc3\xa9") == "CAF\xc3\xa9");
    CHECK(sv::downcase("CAF\xc3\x89") == "caf\xc3\x89");
    CHECK(sv::upcase(std::string("a\0b", 3)) == std::string("A\0B", 3));
}

TEST_CASE("equal_nocase compares without ASCII case") {
    CHECK(sv::equal_nocase("Web", "wEB"));
    CHECK(sv::equal_nocase("", ""));
    CHECK_FALSE(sv::equal_nocase("web", "webs"));
    CHECK_FALSE(sv::equal_nocase("web", "wed"));
    CHECK_FALSE(sv::equal_nocase("@", "`"));   // 0x40 and 0x60 are not letters
    CHECK_FALSE(sv::equal_nocase("\xc3\xa9", "\xc3\x89"));
}

TEST_CASE("names are ASCII letters, digits, '_' and '$'") {
    CHECK(sv::is_name("SYS$OUTPUT"));
    CHECK(sv::is_name("p1_start"));
    CHECK(sv::is_name("9"));
    CHECK_FALSE(sv::is_name(""));
    CHECK_FALSE(sv::is_name("a b"));
    CHECK_FALSE(sv::is_name("a-b"));
    CHECK_FALSE(sv::is_name("P1.START"));
    CHECK_FALSE(sv::is_name("caf\xc3\xa9"));
    for (char c : {'@', '[', '`', '{', '/', ':'}) CHECK_FALSE(sv::is_name_char(c));
}

TEST_CASE("digit_value reads digits of any base up to 36") {
    CHECK(sv::digit_value('0') == 0);
    CHECK(sv::digit_value('9') == 9);
    CHECK(sv::digit_value('A') == 10);
    CHECK(sv::digit_value('f') == 15);
    CHECK(sv::digit_value('Z') == 35);
    CHECK(sv::digit_value('z') == 35);
    for (char c : {'/', ':', '@', '[', '`', '{', ' ', '-', '\xc3'}) CHECK(sv::digit_value(c) == -1);
}

TEST_CASE("trim drops white space, or the characters given, at both ends") {
    CHECK(sv::trim("  a b \t\r\n") == "a b");
    CHECK(sv::trim("\v\fa\f\v") == "a");
    CHECK(sv::trim("") == "");
    CHECK(sv::trim(" \t ") == "");
    CHECK(sv::trim("abc") == "abc");
    CHECK(sv::trim(" a\r", sv::kBlanks) == "a\r");   // HELP and DCL blanks only
    CHECK(sv::trim("--a-b--", "-") == "a-b");
    std::string_view s = "  x  ";
    CHECK(sv::trim(s).data() == s.data() + 2);   // a view into the argument
}

TEST_CASE("split keeps or drops empty pieces") {
    CHECK(sv::split("a,b,c", ",", Empties::keep) == Words{"a", "b", "c"});
    CHECK(sv::split("a,,b,", ",", Empties::keep) == Words{"a", "", "b", ""});
    CHECK(sv::split("a,,b,", ",", Empties::drop) == Words{"a", "b"});
    CHECK(sv::split("", ",", Empties::keep) == Words{""});
    CHECK(sv::split("", ",", Empties::drop).empty());
    CHECK(sv::split(",", ",", Empties::drop).empty());
    CHECK(sv::split("P1.START", ".", Empties::keep) == Words{"P1", "START"});
    // Any of several separators: commas and white space.
    CHECK(sv::split(" a, b\tc ,d", ", \t", Empties::drop) == Words{"a", "b", "c", "d"});
}

TEST_CASE("join puts the separator between pieces only") {
    CHECK(sv::join({"a", "b", "c"}, ",") == "a,b,c");
    CHECK(sv::join({"a"}, ", ") == "a");
    CHECK(sv::join({}, ",") == "");
    CHECK(sv::join({"", ""}, "\n") == "\n");
    CHECK(sv::join(sv::split("x,,y", ",", Empties::keep), ",") == "x,,y");   // split's inverse
}

TEST_CASE("constant_time_equal is plain equality in its answers") {
    CHECK(sv::constant_time_equal("secret", "secret"));
    CHECK(sv::constant_time_equal("", ""));
    CHECK_FALSE(sv::constant_time_equal("secre", "secret"));
    CHECK_FALSE(sv::constant_time_equal("secrets", "secret"));
    CHECK_FALSE(sv::constant_time_equal("Secret", "secret"));
    CHECK_FALSE(sv::constant_time_equal(std::string("secret\0", 7), "secret"));
}

TEST_CASE("json_escape escapes quotes, backslashes and control characters") {
    CHECK(sv::json_escape("a\"b\\c") == "a\\\"b\\\\c");
    CHECK(sv::json_escape("\n\t\r") == "\\n\\t\\r");
    CHECK(sv::json_escape(std::string("\x01\x1f", 2)) == "\\u0001\\u001f");
    CHECK(sv::json_escape("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("json_escape writes each byte that is not UTF-8 as \\ufffd, so the output always parses") {
    CHECK(sv::json_escape("caf\xe9") == "caf\\ufffd");                 // Latin-1
    CHECK(sv::json_escape("\xc0\xaf/") == "\\ufffd\\ufffd/");          // an overlong '/'
    CHECK(sv::json_escape("a\xed\xa0\x80") == "a\\ufffd\\ufffd\\ufffd");  // an encoded surrogate
    CHECK(sv::json_escape("\xe2\x82") == "\\ufffd\\ufffd");            // a sequence cut short
    CHECK(sv::json_escape("\xf0\x9f\x98\x80\xff") == "\xf0\x9f\x98\x80\\ufffd");
}

}  // TEST_SUITE
