// The message catalogue: the real msg/supervise.msg, condition values pinned
// by hand from the rule in reference/dcl.md §4.2, formatting, the $FAO
// subset and the errors the MESSAGE reader reports.
#include "core/embedded.h"
#include "core/msg.h"

#include <doctest/doctest.h>

#include "cond_symbols.h"

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

using namespace sv::msg;

namespace {

// The example of reference/dcl.md §4.3.
const char* const kExample =
    "        .TITLE          SUPERVISE messages\n"
    "        .IDENT          'V1.0-000'\n"
    "        .FACILITY       SUPERVISE, 1201 /PREFIX=SUPV__\n"
    "        .SEVERITY       SUCCESS\n"
    "STARTED         <program !AS started>/FAO_COUNT=1\n"
    "        .SEVERITY       INFORMATIONAL\n"
    "NOTRUNNING      <program !AS is not running>/FAO_COUNT=1\n"
    "        .SEVERITY       ERROR\n"
    "NOSUCHPROG      <no such program !AS>/FAO_COUNT=1\n"
    "BADPASSWORD     <password check failed>\n"
    "        .SEVERITY       SEVERE\n"
    "NOCONFIG        <cannot read configuration file !AS>/FAO_COUNT=1\n"
    "        .END\n";

Catalogue parse_ok(const std::string& src) {
    std::vector<ParseError> errors;
    Catalogue c = Catalogue::parse(src, &errors);
    for (const auto& e : errors) INFO("line " << e.line << ": " << e.text);
    CHECK(errors.empty());
    return c;
}

std::vector<ParseError> errors_of(const std::string& src) {
    std::vector<ParseError> errors;
    Catalogue::parse(src, &errors);
    return errors;
}

// A header and a SUCCESS block around `body`; the body starts on line 3.
std::string with_header(const std::string& body) {
    return ".FACILITY SUPERVISE,1201 /PREFIX=SUPV__\n.SEVERITY SUCCESS\n" + body;
}

bool has_error(const std::vector<ParseError>& errors, int line, const std::string& part) {
    for (const auto& e : errors)
        if (e.line == line && e.text.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_SUITE("msg") {

TEST_CASE("the real msg/supervise.msg parses with no errors") {
    Catalogue c = parse_ok(std::string(sv::embedded::supervise_msg()));
    CHECK(c.facility() == "SUPERVISE");
    CHECK(c.facility_number() == 1201);
    CHECK(c.all().size() >= 29);
    CHECK(&Catalogue::builtin() == &Catalogue::builtin());
    CHECK(Catalogue::builtin().all().size() == c.all().size());
}

TEST_CASE("every message the server and client use exists with its FAO count") {
    struct Need { const char* ident; int fao; Severity sev; };
    const Need needs[] = {
        {"NORMAL", 0, Severity::success},       {"STARTED", 1, Severity::success},
        {"STOPPED", 1, Severity::success},      {"RESTARTED", 1, Severity::success},
        {"SIGNALLED", 1, Severity::success},    {"SHUTDOWN", 0, Severity::success},
        {"RELOADED", 3, Severity::success},     {"STARTING", 1, Severity::informational},
        {"STOPPING", 1, Severity::informational}, {"NOTRUNNING", 1, Severity::informational},
        {"ALRSTARTED", 1, Severity::informational}, {"NOSUCHPROG", 1, Severity::error},
        {"SPAWNERR", 2, Severity::error},       {"ABNORMAL", 1, Severity::error},
        {"BADPASSWORD", 0, Severity::error},    {"NOTAUTH", 0, Severity::error},
        {"BADREQUEST", 1, Severity::error},     {"CONFIGERR", 1, Severity::error},
        {"CONFIGWARN", 1, Severity::warning},   {"BADCONFIG", 2, Severity::severe},
        {"BADSIGNAL", 1, Severity::error},      {"NOSERVER", 1, Severity::error},
        {"TIMEOUT", 0, Severity::error},        {"PROTOCOL", 1, Severity::error},
        {"NOTABLE", 2, Severity::severe},       {"NOLOG", 2, Severity::severe},
        {"NOSTART", 1, Severity::severe},       {"INTERNAL", 1, Severity::severe},
        {"SERVERSTART", 2, Severity::informational}, {"NOTSTARTED", 1, Severity::error},
        {"FAILED", 1, Severity::error},         {"BADVALUE", 1, Severity::error},
        {"NOHELP", 1, Severity::warning},       {"VERSION", 1, Severity::informational},
        {"EXITING", 0, Severity::informational},
    };
    const Catalogue& c = Catalogue::builtin();
    for (const auto& n : needs) {
        INFO(n.ident);
        const Message* m = c.find(n.ident);
        REQUIRE(m != nullptr);
        CHECK(m->fao_count == n.fao);
        CHECK(m->severity == n.sev);
        CHECK(severity_of(m->code) == n.sev);
        CHECK(is_success(m->code) == (n.sev == Severity::success || n.sev == Severity::informational));
        CHECK(m->line > 0);
    }
    // The texts the other parts show.
    CHECK(c.text("RELOADED", {int64_t{2}, int64_t{1}, int64_t{0}}) ==
          "configuration reloaded: 2 added, 1 changed, 0 removed");
    CHECK(c.text("SERVERSTART", {std::string("V1.0"), int64_t{4242}}) == "supervisord V1.0 started, pid 4242");
    CHECK(c.text("BADCONFIG", {std::string("a.conf"), int64_t{1}}) == "configuration file a.conf has 1 error");
    CHECK(c.text("BADCONFIG", {std::string("a.conf"), int64_t{3}}) == "configuration file a.conf has 3 errors");
    CHECK(c.text("SPAWNERR", {std::string("WEB"), std::string("no such file")}) ==
          "cannot start program WEB: no such file");
}

TEST_CASE("the real texts: known directives only, VMS style") {
    for (const Message& m : Catalogue::builtin().all()) {
        INFO(m.ident);
        std::vector<Arg> args(static_cast<size_t>(m.fao_count), Arg{std::string("x")});
        std::string t = fao(m.text, args);
        CHECK(t.find('!') == std::string::npos);  // every directive was understood
        CHECK(!t.empty());
        CHECK(t.back() != '.');
        CHECK(!std::isupper(static_cast<unsigned char>(m.text[0])));
        CHECK(m.ident.size() <= 25);  // SUPV__ + ident fits in 31
    }
}

TEST_CASE("condition values follow the MESSAGE rule (pinned by hand)") {
    // 1201 = %X4B1 in bits 16-26, customer bit 27, facility bit 15:
    // %X0CB18000 | number << 3 | severity.
    Catalogue ex = parse_ok(kExample);
    CHECK(ex.code("STARTED") == 0x0CB18009u);      // #1 success
    CHECK(ex.code("NOTRUNNING") == 0x0CB18013u);   // #2 informational
    CHECK(ex.code("NOSUCHPROG") == 0x0CB1801Au);   // #3 error
    CHECK(ex.code("BADPASSWORD") == 0x0CB18022u);  // #4 error
    CHECK(ex.code("NOCONFIG") == 0x0CB1802Cu);     // #5 severe

    // The real file: each severity block starts at its own .BASE.
    const Catalogue& c = Catalogue::builtin();
    CHECK(c.code("NORMAL") == 0x0CB18009u);      // #1 S
    CHECK(c.code("STARTED") == 0x0CB18011u);     // #2 S
    CHECK(c.code("RELOADED") == 0x0CB18039u);    // #7 S
    CHECK(c.code("STARTING") == 0x0CB18203u);    // #64 I
    CHECK(c.code("CONFIGWARN") == 0x0CB18400u);  // #128 W
    CHECK(c.code("NOSUCHPROG") == 0x0CB18602u);  // #192 E
    CHECK(c.code("SPAWNERR") == 0x0CB1860Au);    // #193 E
    CHECK(c.code("BADCONFIG") == 0x0CB18804u);   // #256 F
    CHECK(c.code("INTERNAL") == 0x0CB18824u);    // #260 F

    // Every value is unique, in this facility, with nothing in bits 28-31.
    for (size_t i = 0; i < c.all().size(); ++i) {
        const Message& m = c.all()[i];
        CHECK((m.code >> 16 & 0x7FF) == 1201u);
        CHECK((m.code & 0xF0000000u) == 0u);
        CHECK((m.code & 7u) == static_cast<uint32_t>(m.severity));
        for (size_t j = i + 1; j < c.all().size(); ++j) CHECK(m.code != c.all()[j].code);
    }
}

TEST_CASE(".BASE, /SYSTEM and /SHARED") {
    Catalogue c = parse_ok(".facility fac,3 /system\n.severity warning\n.base 1\nA <a>\nB <b>/error\n.BASE %X10\nC <c>\n");
    CHECK(c.code("A") == 0x00038008u);  // the CLI-style layout: no customer bit
    CHECK(c.code("B") == 0x00038012u);
    CHECK(c.code("C") == 0x00038080u);
    Catalogue s = parse_ok(".FACILITY SHR,5 /SHARED\n.SEVERITY SUCCESS\nOK <ok>\n");
    CHECK(s.code("OK") == (0x08000000u | 5u << 16 | 1u << 3 | 1u));
}

TEST_CASE("format, continued form and text") {
    const Catalogue& c = Catalogue::builtin();
    CHECK(c.format("NOSUCHPROG", {std::string("WEB")}) == "%SUPERVISE-E-NOSUCHPROG, no such program WEB");
    CHECK(c.format_continued("NOSUCHPROG", {std::string("WEB")}) == "-SUPERVISE-E-NOSUCHPROG, no such program WEB");
    CHECK(c.format("nosuchprog", {std::string("web")}) == "%SUPERVISE-E-NOSUCHPROG, no such program web");
    CHECK(c.text("NOSUCHPROG", {std::string("WEB")}) == "no such program WEB");
    CHECK(c.format("NORMAL") == "%SUPERVISE-S-NORMAL, normal successful completion");
    CHECK(c.format("STARTING", {std::string("DB")}) == "%SUPERVISE-I-STARTING, program DB is starting");
    CHECK(c.format("CONFIGWARN", {std::string("x")}) == "%SUPERVISE-W-CONFIGWARN, x");
    CHECK(c.format("INTERNAL", {std::string("x")}) == "%SUPERVISE-F-INTERNAL, internal error: x");
    // Missing or extra arguments never crash.
    CHECK(c.format("SPAWNERR") == "%SUPERVISE-E-SPAWNERR, cannot start program : ");
    CHECK(c.text("NORMAL", {std::string("extra")}) == "normal successful completion");
    CHECK(c.text("RELOADED") == "configuration reloaded: 0 added, 0 changed, 0 removed");
    // An unknown ident: code() throws; format() and text() say so.
    CHECK_THROWS_AS(c.code("NOSUCHIDENT"), std::out_of_range);
    CHECK(c.format("NOSUCHIDENT") == "%SUPERVISE-F-NOMSG, message NOSUCHIDENT is not in the catalogue");
    CHECK(c.text("nosuchident") == "message NOSUCHIDENT is not in the catalogue");
}

TEST_CASE("find by ident and by condition value") {
    const Catalogue& c = Catalogue::builtin();
    const Message* m = c.find("NoSuchProg");
    REQUIRE(m != nullptr);
    CHECK(m->ident == "NOSUCHPROG");
    CHECK(c.find(m->code) == m);
    CHECK(c.find(m->code | 0x10000000u) == m);  // STS$M_INHIB_MSG
    CHECK(c.find(m->code | 0xF0000000u) == m);
    CHECK(c.find((m->code & ~7u) | 4u) == nullptr);  // another severity is another value
    CHECK(c.find(0x0CB1FFF8u) == nullptr);
    CHECK(c.find(1u) == nullptr);                    // SS$_NORMAL is not ours
    CHECK(c.find(uint32_t{0}) == nullptr);
    CHECK(c.find("") == nullptr);
    CHECK(c.find("NOSUCH") == nullptr);
}

TEST_CASE("severity helpers") {
    CHECK(severity_letter(Severity::warning) == 'W');
    CHECK(severity_letter(Severity::success) == 'S');
    CHECK(severity_letter(Severity::error) == 'E');
    CHECK(severity_letter(Severity::informational) == 'I');
    CHECK(severity_letter(Severity::severe) == 'F');
    CHECK(severity_of(0x0CB18009u) == Severity::success);
    CHECK(severity_of(0x0CB1801Au) == Severity::error);
    CHECK(severity_of(0x10000004u) == Severity::severe);
    CHECK(severity_of(7u) == Severity::severe);  // reserved values count as severe
    CHECK(is_success(0x0CB18013u));
    CHECK_FALSE(is_success(0x0CB18400u));
}

TEST_CASE("FAO: strings") {
    CHECK(fao("a !AS b", {std::string("x")}) == "a x b");
    CHECK(fao("[!6AS]", {std::string("abc")}) == "[abc   ]");
    CHECK(fao("[!3AS]", {std::string("abcdef")}) == "[abc]");
    CHECK(fao("[!0AS]", {std::string("abc")}) == "[]");
    CHECK(fao("!AZ", {std::string("ab\0cd", 5)}) == "ab");
    CHECK(fao("!AD", {int64_t{3}, std::string("abcdef")}) == "abc");
    CHECK(fao("!AD|!AS", {int64_t{9}, std::string("ab"), std::string("z")}) == "ab|z");
    CHECK(fao("!AD", {std::string("whole")}) == "whole");
    CHECK(fao("!AF", {std::string("a\tb")}) == "a.b");
    CHECK(fao("!AS", {int64_t{42}}) == "42");
    CHECK(fao("[!AS]", {}) == "[]");
    CHECK(fao("[!4AS]", {}) == "[    ]");
}

TEST_CASE("FAO: numbers") {
    CHECK(fao("!UL", {int64_t{4294967295}}) == "4294967295");
    CHECK(fao("!UL", {int64_t{-1}}) == "4294967295");
    CHECK(fao("!SL", {int64_t{-42}}) == "-42");
    CHECK(fao("!SL", {int64_t{4294967295}}) == "-1");
    CHECK(fao("!UB", {int64_t{257}}) == "1");
    CHECK(fao("!UW", {int64_t{65537}}) == "1");
    CHECK(fao("!XL", {int64_t{255}}) == "000000FF");
    CHECK(fao("!XW", {int64_t{0x1ABCD}}) == "ABCD");
    CHECK(fao("!XL", {int64_t{0x0CB18009}}) == "0CB18009");
    CHECK(fao("!ZL", {int64_t{42}}) == "42");
    CHECK(fao("!5ZL", {int64_t{42}}) == "00042");
    CHECK(fao("[!5UL]", {int64_t{42}}) == "[   42]");
    CHECK(fao("[!5SL]", {int64_t{-42}}) == "[  -42]");
    CHECK(fao("[!2UL]", {int64_t{12345}}) == "[**]");  // does not fit: asterisks
    CHECK(fao("[!2XL]", {int64_t{0x1234}}) == "[34]");  // hex keeps the low digits
    CHECK(fao("[!4XB]", {int64_t{0xA}}) == "[000A]");
    CHECK(fao("!UL", {std::string("17")}) == "17");    // a numeric string converts
    CHECK(fao("!UL", {std::string("nope")}) == "0");
    CHECK(fao("[!UL]", {}) == "[0]");
    CHECK(fao("[!3UL]", {}) == "[  0]");
    CHECK(fao("!SQ", {int64_t{-9000000000}}) == "-9000000000");
}

TEST_CASE("FAO: plurals, control characters and argument moves") {
    CHECK(fao("!UL file!%S", {int64_t{1}}) == "1 file");
    CHECK(fao("!UL file!%S", {int64_t{0}}) == "0 files");
    CHECK(fao("!UL file!%S", {int64_t{2}}) == "2 files");
    CHECK(fao("a!/b", {}) == "a\nb");
    CHECK(fao("a!_b", {}) == "a\tb");
    CHECK(fao("100!!", {}) == "100!");
    CHECK(fao("!AS=!-!AS", {std::string("x")}) == "x=x");
    CHECK(fao("!+!AS", {std::string("x"), std::string("y")}) == "y");
    CHECK(fao("[!#AS]", {int64_t{4}, std::string("ab")}) == "[ab  ]");
    CHECK(fao("!3(AS)", {std::string("a"), std::string("b"), std::string("c")}) == "abc");
    CHECK(fao("!2(3UL)", {int64_t{1}, int64_t{2}}) == "  1  2");
    // Unknown or cut-off directives are copied, never a crash.
    CHECK(fao("!QQ end", {}) == "!QQ end");
    CHECK(fao("end!", {}) == "end!");
    CHECK(fao("!A", {}) == "!A");
    CHECK(fao("!5", {}) == "!5");
    CHECK(fao("!3(AS", {std::string("a")}) == "!3(AS");
    // Widths and repeat counts are capped.
    CHECK(fao("!99999AS", {std::string("a")}).size() == 1024);
    CHECK(fao("!#AS", {int64_t{-5}, std::string("abc")}).empty());
}

TEST_CASE("FAO: arbitrary control strings never crash") {
    const std::string alphabet = "!!!AS%ULXWZBQD#()-+/_^0123456789 x";
    const std::vector<Arg> args = {std::string("s"), int64_t{-1}, int64_t{3}, std::string("12")};
    uint32_t seed = 12345;
    size_t total = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string control;
        for (int k = 0; k < 12; ++k) {
            seed = seed * 1103515245u + 12345u;
            control += alphabet[(seed >> 16) % alphabet.size()];
        }
        total += fao(control, args).size() + fao(control, {}).size();
    }
    CHECK(total > 0);
}

TEST_CASE("the reader: comments, case, delimiters, qualifier forms") {
    Catalogue c = parse_ok(
        "! a comment line\n"
        "\t.title\tdemo ! trailing comment\n"
        "\t.ident\t\"X1\"\n"
        "\t.Facility /prefix=D__ demo , 77\n"
        "\t.Severity informational\n"
        "\t.literal D__ONE=1\n"
        "\t.page\n"
        "one   \"quoted, with ! bang !AS\" /fao=1   ! comment after\n"
        "two   /FAO_COUNT=2 <first !AS second !UL>\n"
        "three <fatal one> /FATAL\n"
        "four  <ok> /SUCCESS\n"
        "\t.end\n"
        "garbage after .END is not read\n");
    REQUIRE(c.all().size() == 4);
    CHECK(c.facility() == "DEMO");
    CHECK(c.text("one", {std::string("x")}) == "quoted, with ! bang x");
    CHECK(c.find("ONE")->line == 8);
    CHECK(c.find("TWO")->fao_count == 2);
    CHECK(c.find("THREE")->severity == Severity::severe);
    CHECK(c.find("FOUR")->severity == Severity::success);
    CHECK(c.format("two", {std::string("a"), int64_t{5}}) == "%DEMO-I-TWO, first a second 5");
}

TEST_CASE("the reader takes CRLF line ends and a file without .END") {
    Catalogue c = parse_ok(".FACILITY X,1\r\n.SEVERITY ERROR\r\nBAD <bad !AS>/FAO=1\r\n");
    CHECK(c.format("BAD", {std::string("y")}) == "%X-E-BAD, bad y");
    CHECK(c.code("BAD") == (0x08000000u | 1u << 16 | 0x8000u | 1u << 3 | 2u));
}

TEST_CASE("the reader names each error with its line") {
    // Duplicate idents.
    auto e = errors_of(with_header("A <a>\nB <b>\na <again>\n"));
    REQUIRE(e.size() == 1);
    CHECK(e[0].line == 5);
    CHECK(e[0].text.find("duplicate message A (first at line 3)") != std::string::npos);

    e = errors_of(with_header("A <no end\nB\nC <c> /FROB\nD <d> junk\nE <!AS>\nF <f>/FAO_COUNT=x\n"));
    CHECK(has_error(e, 3, "unterminated"));
    CHECK(has_error(e, 4, "no text"));
    CHECK(has_error(e, 5, "unknown qualifier /FROB"));
    CHECK(has_error(e, 6, "unexpected"));
    CHECK(has_error(e, 7, "takes 1 FAO argument(s) but /FAO_COUNT is 0"));
    CHECK(has_error(e, 8, "bad /FAO_COUNT"));
    CHECK(e.size() == 6);

    e = errors_of(with_header(".FROB\n.SEVERITY LOUD\nA <a> /S\nB <b> /ERROR /FATAL\nTHISIDENTISFARTOOLONGFORVMS <x>\n.BASE 5000\n"));
    CHECK(has_error(e, 3, "unknown directive .FROB"));
    CHECK(has_error(e, 4, "bad severity LOUD"));
    CHECK(has_error(e, 5, "ambiguous qualifier /S"));
    CHECK(has_error(e, 6, "more than one severity"));
    CHECK(has_error(e, 7, "longer than 31"));
    CHECK(has_error(e, 8, "bad .BASE"));

    e = errors_of("A <a>\n.FACILITY TOOLONGNAME,1\n.FACILITY X,0\n.FACILITY X,2048\n.FACILITY X\n");
    CHECK(has_error(e, 1, "before the .FACILITY"));
    CHECK(has_error(e, 2, "bad facility name"));
    CHECK(has_error(e, 3, "bad facility number"));
    CHECK(has_error(e, 4, "bad facility number"));
    CHECK(has_error(e, 5, "needs a name and a number"));
    CHECK(has_error(e, 0, "no .FACILITY"));

    e = errors_of(".FACILITY X,1\nA <no severity>\n.FACILITY Y,2\n.SEVERITY ERROR\n.BASE 1\nB <b>\n.BASE 1\nC <c>\n");
    CHECK(has_error(e, 2, "no severity for A"));
    CHECK(has_error(e, 3, "a second .FACILITY"));
    CHECK(has_error(e, 8, "message number 1 of C is already used by B"));

    e = errors_of(with_header("A <" + std::string(256, 'x') + ">\n.TITLE\n"));
    CHECK(has_error(e, 3, "longer than 255"));
    CHECK(has_error(e, 4, ".TITLE needs a value"));

    // A null error list is allowed; the good messages are kept.
    Catalogue c = Catalogue::parse(with_header("A <a>\nA <dup>\nB <b>\n"), nullptr);
    CHECK(c.all().size() == 2);
    CHECK(c.find("A")->text == "a");
}

}  // TEST_SUITE

TEST_SUITE("msg") {

TEST_CASE("the generated condition symbols are the catalogue's values, every one of them") {
    const auto& cat = sv::msg::Catalogue::builtin();
    size_t n = 0;
    for (const auto& s : sv::cond::kAll) {
        CAPTURE(s.ident);
        CHECK(s.code == cat.code(s.ident));
        ++n;
    }
    CHECK(n == cat.all().size());
    CHECK(sv::cond::NOSUCHPROG == 0x0CB18602u);   // pinned by hand, as MESSAGE computes it
}

}  // TEST_SUITE
