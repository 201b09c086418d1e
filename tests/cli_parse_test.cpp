// The DCL line parser and the CLI$PRESENT / CLI$GET_VALUE model, on the real
// cld/supervise.cld. tests/golden/cli/dcl_lines.txt holds a transcript: a
// command ("$ SUPERVISE ...") followed by what the parse gives, either DCL's
// message lines or a dump of every entity as CLI$PRESENT/CLI$GET_VALUE see it.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/cli.h"

using namespace sv::cli;

namespace {

const char* presence_name(Presence p) {
    switch (p) {
        case Presence::present: return "PRESENT";
        case Presence::negated: return "NEGATED";
        case Presence::locpres: return "LOCPRES";
        case Presence::locneg: return "LOCNEG";
        case Presence::defaulted: return "DEFAULTED";
        case Presence::absent: return "ABSENT";
    }
    return "?";
}

// Every value of an entity through get_value, with the status as the
// separator it stands for.
std::string fetch(Command& c, const std::string& entity, bool original = false) {
    std::string out, v;
    for (int guard = 0; guard < 50; ++guard) {  // to CLI$_ABSENT, which ends the round
        ValueStatus s = original ? c.get_original(entity, v) : c.get_value(entity, v);
        if (s == ValueStatus::absent) break;
        out += " [" + v + "]";
        if (s == ValueStatus::comma) out += ",";
        if (s == ValueStatus::concat) out += "+";
    }
    return out;
}

// One line per entity that is not absent, plus the syntax and $LINE.
std::string dump(Command& c) {
    std::string s = "syntax " + c.syntax() + "\n$LINE " + c.line() + "\n";
    std::vector<const EntityDef*> all;
    for (const auto& p : c.def_->params) all.push_back(&p);
    for (const auto& q : c.def_->quals) all.push_back(&q);
    for (const EntityDef* e : all) {
        Presence p = c.present(e->label);
        if (p == Presence::absent) continue;
        s += e->label + " " + presence_name(p) + fetch(c, e->label);
        std::string orig = fetch(c, e->label, true);
        if (orig != fetch(c, e->label)) s += " original" + orig;
        s += "\n";
    }
    return s;
}

std::string run(const std::string& command) {
    Command c;
    ParseOutcome o = parse_line(builtin_table(), command, c);
    if (!o.ok) return o.text() + "\n";
    return dump(c);
}

// "supervise start web worker": argv split at blanks, the first word is the
// program (its name is the verb).
std::string run_argv(const std::string& command) {
    std::vector<std::string> words;
    std::size_t b = 0;
    while (b < command.size()) {
        std::size_t e = command.find(' ', b);
        if (e == std::string::npos) e = command.size();
        if (e > b) words.push_back(command.substr(b, e - b));
        b = e + 1;
    }
    Command c;
    std::vector<std::string> args(words.begin() + 1, words.end());
    ParseOutcome o = parse_argv(builtin_table(), words[0], args, c);
    if (!o.ok) return o.text() + "\n";
    return dump(c);
}

struct Case {
    std::string command, expected;
    int line;
};

std::vector<Case> read_transcript(const std::string& path) {
    std::ifstream f(path);
    std::vector<Case> cases;
    std::string l;
    int n = 0;
    while (std::getline(f, l)) {
        ++n;
        if (l.rfind("$ ", 0) == 0) {
            cases.push_back({l.substr(2), "", n});
        } else if (!l.empty() && l[0] != '#' && !cases.empty()) {
            cases.back().expected += l + "\n";
        }
    }
    return cases;
}

}  // namespace

TEST_SUITE("cli_parse") {

TEST_CASE("golden transcript of DCL command lines") {
    std::vector<Case> cases = read_transcript(std::string(SV_SOURCE_DIR) + "/tests/golden/cli/dcl_lines.txt");
    REQUIRE(cases.size() > 40);
    for (const auto& k : cases) {
        INFO("transcript line " << k.line << ": " << k.command);
        CHECK(run(k.command) == k.expected);
    }
}

TEST_CASE("golden transcript of Linux command lines") {
    std::vector<Case> cases = read_transcript(std::string(SV_SOURCE_DIR) + "/tests/golden/cli/argv_lines.txt");
    REQUIRE(cases.size() > 15);
    for (const auto& k : cases) {
        INFO("transcript line " << k.line << ": " << k.command);
        CHECK(run_argv(k.command) == k.expected);
    }
}

TEST_CASE("messages: the DCL table") {
    ParseOutcome o = cli_error("IVKEYW", "FOO");
    CHECK_FALSE(o.ok);
    CHECK(o.text() == "%CLI-W-IVKEYW, unrecognized keyword - check validity and spelling\n \\FOO\\");
    CHECK(o.status == 0x00038060u);
    CHECK(cli_error("INSFPRM", "").lines.size() == 1);
    CHECK(cli_status("CONFLICT") == 0x00038258u);
    CHECK(cli_message("NOTNEG") == "qualifier or keyword not negatable - remove \"NO\" or omit");
    CHECK((cli_status("IVVERB") & 7) == 0);             // severity W
    CHECK(((cli_status("IVVERB") >> 3) & 0xFFF) == 18);  // message number
    CHECK((cli_status("IVVERB") >> 16) == 3);           // facility CLI
}

TEST_CASE("name matching: exact wins, else a unique prefix") {
    std::vector<std::string> n{"STOP", "STOPPED", "START"};
    CHECK(match_name("stop", n) == 0);
    CHECK(match_name("STOPP", n) == 1);
    CHECK(match_name("STA", n) == 2);
    CHECK(match_name("ST", n) == -2);
    CHECK(match_name("X", n) == -1);
    CHECK(match_name("", n) == -1);
    CHECK(match_name("STARTX", n) == -1);  // every typed character counts
}

TEST_CASE("continuation lines") {
    std::string j;
    CHECK(line_continues("START A, -", &j));
    CHECK(j == "START A, ");
    CHECK(line_continues("START A -   ! more to come", &j));
    CHECK(j == "START A ");
    CHECK_FALSE(line_continues("START A"));
    CHECK_FALSE(line_continues("START \"A -"));
    CHECK_FALSE(line_continues("START A ! x -"));
    CHECK_FALSE(line_continues("START A-B"));
    // Joined lines parse as one command.
    std::string line;
    REQUIRE(line_continues("START WEB, -", &line));
    line += "worker/NOWAIT";
    Command c;
    REQUIRE(parse_command(builtin_table(), "SUPERVISE", line, c).ok);
    CHECK(c.values("P2") == std::vector<std::string>{"WEB", "WORKER"});
}

TEST_CASE("CLI$PRESENT statuses and their condition values") {
    Command c;
    REQUIRE(parse_command(builtin_table(), "supervise", "stop web /nowait /output=x.lis", c).ok);
    CHECK(c.present("WAIT") == Presence::negated);
    CHECK(c.present("OUTPUT") == Presence::present);
    CHECK(c.present("FORMAT") == Presence::defaulted);
    CHECK(c.present("FORMAT.TEXT") == Presence::defaulted);
    CHECK(c.present("FORMAT.JSON") == Presence::absent);
    CHECK(c.present("TEXT") == Presence::defaulted);  // leading names dropped
    CHECK(c.present("CONFIGURATION") == Presence::absent);
    CHECK(c.present("P1.STOP") == Presence::present);
    CHECK(c.present("P1.START") == Presence::absent);
    CHECK(c.present("P2") == Presence::present);
    CHECK(c.present("NOSUCH") == Presence::absent);
    CHECK_FALSE(c.defines("NOSUCH"));
    CHECK(c.defines("P1.START"));
    CHECK_FALSE(c.defines("P1.FROB"));
    CHECK(c.action() == "STOP");
    CHECK(c.verb() == "SUPERVISE");
    CHECK(c.dollar_verb() == "SUPE");
    CHECK(code(Presence::present) == 0x0003FD19u);
    CHECK(code(Presence::negated) == 0x000381F8u);
    CHECK(code(Presence::locpres) == 0x0003FD31u);
    CHECK(code(Presence::locneg) == 0x00038230u);
    CHECK(code(Presence::defaulted) == 0x0003FD21u);
    CHECK(code(Presence::absent) == 0x000381F0u);
    CHECK(is_on(Presence::defaulted));
    CHECK_FALSE(is_on(Presence::negated));
    CHECK(code(ValueStatus::last) == 1u);
    CHECK(code(ValueStatus::comma) == 0x0003FD39u);
    CHECK(code(ValueStatus::concat) == 0x0003FD29u);
    CHECK(code(ValueStatus::absent) == 0x000381F0u);
}

TEST_CASE("CLI$GET_VALUE iterates per entity, and starts again after the end") {
    Command c;
    REQUIRE(parse_command(builtin_table(), "SUPERVISE", "START web,\"Worker\", db /TIMEOUT=30", c).ok);
    std::string v;
    CHECK(c.get_value("P2", v) == ValueStatus::comma);
    CHECK(v == "WEB");
    CHECK(c.get_value("TIMEOUT", v) == ValueStatus::last);  // another entity: its own cursor
    CHECK(v == "30");
    CHECK(c.get_value("P2", v) == ValueStatus::comma);
    CHECK(v == "Worker");
    CHECK(c.get_original("P2", v) == ValueStatus::last);  // same cursor, original spelling
    CHECK(v == "db");
    CHECK(c.get_value("P2", v) == ValueStatus::absent);
    CHECK(v.empty());
    CHECK(c.get_value("P2", v) == ValueStatus::comma);  // again from the start
    CHECK(v == "WEB");
    CHECK(c.originals("P2") == std::vector<std::string>{"web", "Worker", "db"});
    CHECK(c.get_value("CONFIGURATION", v) == ValueStatus::absent);
    CHECK(c.get_value("P1", v) == ValueStatus::last);
    CHECK(v == "START");
    Command copy = c;  // copies stay valid
    CHECK(copy.values("P2") == std::vector<std::string>{"WEB", "Worker", "DB"});
    CHECK(copy.action() == "START");
}

TEST_CASE("prompting for missing required parameters") {
    struct Fake : Prompter {
        mutable std::vector<std::string> asked;
        std::vector<std::string> answers;
        mutable std::size_t next = 0;
        bool ask(const std::string& prompt, std::string& answer) const override {
            asked.push_back(prompt);
            if (next >= answers.size()) return false;  // Ctrl/Z
            answer = answers[next++];
            return true;
        }
    };
    SUBCASE("action, then process names; an empty answer asks again") {
        Fake f;
        f.answers = {"start", "", "web, worker"};
        Command c;
        ParseOutcome o = parse_command(builtin_table(), "SUPERVISE", "/NOWAIT", c, &f);
        REQUIRE(o.ok);
        CHECK(f.asked == std::vector<std::string>{"_Action: ", "_Process: ", "_Process: "});
        CHECK(c.action() == "START");
        CHECK(c.values("P2") == std::vector<std::string>{"WEB", "WORKER"});
        CHECK(c.present("WAIT") == Presence::negated);
    }
    SUBCASE("SIGNAL asks for the signal and the processes") {
        Fake f;
        f.answers = {"TERM", "web"};
        Command c;
        REQUIRE(parse_command(builtin_table(), "SUPERVISE", "SIGNAL", c, &f).ok);
        CHECK(f.asked == std::vector<std::string>{"_Signal: ", "_Process: "});
        CHECK(c.values("P2") == std::vector<std::string>{"TERM"});
        CHECK(c.values("P3") == std::vector<std::string>{"WEB"});
    }
    SUBCASE("Ctrl/Z cancels") {
        Fake f;
        Command c;
        ParseOutcome o = parse_command(builtin_table(), "SUPERVISE", "STOP", c, &f);
        CHECK(o.ident == "NOCOMD");
        CHECK(f.asked.size() == 1);
    }
    SUBCASE("optional parameters are not prompted for") {
        Fake f;
        Command c;
        REQUIRE(parse_command(builtin_table(), "SUPERVISE", "STATUS", c, &f).ok);
        CHECK(f.asked.empty());
    }
    SUBCASE("an answer is parsed like the line: errors show") {
        Fake f;
        f.answers = {"frob"};
        Command c;
        ParseOutcome o = parse_command(builtin_table(), "SUPERVISE", "", c, &f);
        CHECK(o.text() == "%CLI-W-IVKEYW, unrecognized keyword - check validity and spelling\n \\FROB\\");
    }
    SUBCASE("answers that never give a value end in INSFPRM") {
        Fake f;
        f.answers.assign(100, " ");
        Command c;
        CHECK(parse_command(builtin_table(), "SUPERVISE", "START", c, &f).ident == "INSFPRM");
        CHECK(f.asked.size() < 100);
    }
}

TEST_CASE("a table of its own: local qualifiers, SYNTAX= on a qualifier, keywords with values") {
    std::vector<Diagnostic> d;
    CommandTable t = read_cld(R"(
define verb print
    parameter p1, label=files, value(required, list, concatenate)
    qualifier copies, value(required, type=$number), placement=local
    qualifier header, placement=positional
    qualifier brief
    qualifier full
    qualifier setup, value(list, type=modes)
    qualifier delete, syntax=print_delete, nonnegatable
    disallow brief and full
    disallow any2(brief, full, setup.fast)
define type modes
    keyword fast, negatable, default
    keyword size, value(required, type=$number)
define syntax print_delete
    parameter p1, label=entry, value(required)
    qualifier delete, nonnegatable
    nodisallows
)", "print.cld", d);
    REQUIRE(d.empty());
    Command c;
    SUBCASE("local and positional qualifiers belong to the value fetched last") {
        REQUIRE(parse_command(t, "PRINT", "/HEADER a/COPIES=2, b/NOHEADER + c", c).ok);
        std::string v;
        CHECK(c.present("HEADER") == Presence::present);  // nothing fetched yet
        CHECK(c.present("COPIES") == Presence::present);
        CHECK(c.get_value("FILES", v) == ValueStatus::comma);
        CHECK(v == "A");
        CHECK(c.present("COPIES") == Presence::locpres);
        CHECK(c.values("COPIES") == std::vector<std::string>{"2"});
        CHECK(c.present("HEADER") == Presence::present);  // global form
        CHECK(c.get_value("FILES", v) == ValueStatus::concat);
        CHECK(v == "B");
        CHECK(c.present("COPIES") == Presence::absent);
        CHECK(c.present("HEADER") == Presence::locneg);
        CHECK(c.get_value("FILES", v) == ValueStatus::last);
        CHECK(v == "C");
        CHECK(c.present("HEADER") == Presence::present);
    }
    SUBCASE("a local qualifier needs a parameter before it") {
        ParseOutcome o = parse_command(t, "PRINT", "/COPIES=2 a", c);
        CHECK(o.text() == "%CLI-W-IVQLOC, invalid qualifier location - place after a parameter\n \\COPIES\\");
    }
    SUBCASE("keywords with their own values, NOkeyword, keyword paths") {
        REQUIRE(parse_command(t, "PRINT", "a /SETUP=(NOFAST, SIZE:%O17)", c).ok);
        CHECK(c.present("SETUP.FAST") == Presence::negated);
        CHECK(c.present("SETUP.SIZE") == Presence::present);
        CHECK(c.values("SETUP.SIZE") == std::vector<std::string>{"15"});
        CHECK(c.values("SETUP") == std::vector<std::string>{"FAST", "SIZE"});
        REQUIRE(parse_command(t, "PRINT", "a /SETUP", c).ok);
        CHECK(c.present("SETUP.FAST") == Presence::defaulted);
        CHECK(parse_command(t, "PRINT", "a /SETUP=SIZE", c).ident == "VALREQ");
        CHECK(parse_command(t, "PRINT", "a /SETUP=FAST=1", c).ident == "NOVALU");
    }
    SUBCASE("a qualifier with SYNTAX= restarts the parse in that syntax") {
        REQUIRE(parse_command(t, "PRI", "job_12 /DELETE", c).ok);
        CHECK(c.syntax() == "PRINT_DELETE");
        CHECK(c.values("ENTRY") == std::vector<std::string>{"JOB_12"});
        CHECK_FALSE(c.defines("FILES"));
        CHECK(parse_command(t, "PRINT", "/DELETE a,b", c).ident == "NOLIST");
    }
    SUBCASE("DISALLOW with ANY2 and keyword paths") {
        CHECK(parse_command(t, "PRINT", "a/BRIEF/FULL", c).ident == "CONFLICT");
        CHECK(parse_command(t, "PRINT", "a/BRIEF/SETUP=FAST", c).ident == "CONFLICT");
        CHECK(parse_command(t, "PRINT", "a/BRIEF/SETUP=NOFAST", c).ok);
        // SETUP alone gives FAST by default, which does not make DISALLOW fire.
        CHECK(parse_command(t, "PRINT", "a/BRIEF/SETUP", c).ok);
    }
    SUBCASE("verbs are matched like DCL") {
        CHECK(parse_command(t, "PRINTER", "a", c).text() ==
              "%CLI-W-IVVERB, unrecognized command verb - check validity and spelling\n \\PRINTER\\");
        CHECK(parse_command(t, "", "a", c).ident == "NOCOMD");
    }
}

TEST_CASE("any line gives a command or a DCL message, never a crash") {
    // A fixed pseudo-random stream of lines built from the characters that
    // matter to the parser (so the run is the same every time).
    const std::string alpha = "aSTARTstopWEB/=:(),+\"!- \t$%XNO019_.*FORMATJSONWAITTIMEOUTHELP";
    const char* heads[] = {"START ", "STATUS ", "SIGNAL ", "HELP ", "/FORMAT=(", "/TIMEOUT=", ""};
    unsigned seed = 12345;
    auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
    int good = 0, bad = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string line = heads[next() % 7];
        for (unsigned n = next() % 30; n > 0; --n) line += alpha[next() % alpha.size()];
        Command c;
        ParseOutcome o = parse_line(builtin_table(), "SUPERVISE " + line, c);
        if (o.ok) {
            ++good;
            std::string v;
            for (const char* e : {"P1", "P2", "P3", "FORMAT", "P1.START"})
                for (int k = 0; k < 20 && c.get_value(e, v) != ValueStatus::absent; ++k) {
                }
            CHECK_FALSE(c.action().empty());
        } else {
            ++bad;
            REQUIRE_FALSE(o.lines.empty());
            CHECK(o.lines[0].rfind("%CLI-W-", 0) == 0);
            CHECK_FALSE(cli_message(o.ident).empty());
        }
    }
    CHECK(good > 100);
    CHECK(bad > 100);
}

TEST_CASE("an ambiguous verb") {
    std::vector<Diagnostic> d;
    CommandTable t = read_cld("define verb show\ndefine verb shutup\n", "v.cld", d);
    Command c;
    CHECK(parse_command(t, "SH", "", c).text() ==
          "%CLI-W-ABVERB, ambiguous command verb - supply more characters\n \\SH\\");
    CHECK(parse_command(t, "SHO", "", c).ok);
}

}  // TEST_SUITE
