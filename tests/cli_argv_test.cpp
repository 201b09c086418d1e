// The Linux argv form of the SUPERVISE command: same CLD, same Command, same
// messages as the DCL line.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/cli.h"

using namespace sv::cli;

namespace {

using Args = std::vector<std::string>;
using Strings = std::vector<std::string>;

ParseOutcome argv(const Args& a, Command& c) { return parse_argv(builtin_table(), "supervise", a, c); }

}  // namespace

TEST_SUITE("cli_argv") {

TEST_CASE("words after the action fill the parameters; spaces and commas both separate") {
    Command a, b, c;
    REQUIRE(argv({"start", "web", "worker"}, a).ok);
    REQUIRE(argv({"start", "web,worker"}, b).ok);
    REQUIRE(argv({"start", "web,", "worker"}, c).ok);
    CHECK(a.action() == "START");
    CHECK(a.syntax() == "SUPERVISE_START");
    CHECK(a.values("P2") == Strings{"web", "worker"});  // argv keeps the case
    CHECK(b.values("P2") == a.values("P2"));
    CHECK(c.values("P2") == a.values("P2"));
    std::string v;
    CHECK(a.get_value("P2", v) == ValueStatus::comma);
    CHECK(a.get_value("P2", v) == ValueStatus::last);
    CHECK(a.present("WAIT") == Presence::defaulted);
    CHECK(a.values("TIMEOUT") == Strings{"60"});
}

TEST_CASE("the same command as the DCL line") {
    Command d, l;
    REQUIRE(argv({"-c", "/etc/Sv.conf", "stop", "--nowait", "Web"}, l).ok);
    REQUIRE(parse_command(builtin_table(), "SUPERVISE", "/CONFIGURATION=\"/etc/Sv.conf\" STOP \"Web\"/NOWAIT", d).ok);
    for (const char* e : {"P1", "P2", "CONFIGURATION", "WAIT", "TIMEOUT", "FORMAT", "P1.STOP"}) {
        INFO(e);
        CHECK(l.present(e) == d.present(e));
        CHECK(l.values(e) == d.values(e));
    }
    CHECK(l.originals("CONFIGURATION") == Strings{"/etc/Sv.conf"});
}

TEST_CASE("short and long options") {
    Command c;
    REQUIRE(argv({"--configuration=/a/b.conf", "-pS3cret", "status"}, c).ok);
    CHECK(c.values("CONFIGURATION") == Strings{"/a/b.conf"});
    CHECK(c.values("PASSWORD") == Strings{"S3cret"});
    REQUIRE(argv({"status", "--configuration", "/x.conf", "-p", "pw", "web"}, c).ok);
    CHECK(c.values("CONFIGURATION") == Strings{"/x.conf"});
    CHECK(c.values("PASSWORD") == Strings{"pw"});
    CHECK(c.values("P2") == Strings{"web"});
    REQUIRE(argv({"status", "--json"}, c).ok);
    CHECK(c.present("FORMAT.JSON") == Presence::present);
    REQUIRE(argv({"status", "--form", "json", "--out=/tmp/Report"}, c).ok);  // abbreviations
    CHECK(c.values("FORMAT") == Strings{"JSON"});
    CHECK(c.values("OUTPUT") == Strings{"/tmp/Report"});
    REQUIRE(argv({"restart", "--timeout", "15", "web", "--wait"}, c).ok);
    CHECK(c.values("TIMEOUT") == Strings{"15"});
    CHECK(c.values("P2") == Strings{"web"});
    CHECK(c.present("WAIT") == Presence::present);
    REQUIRE(argv({"stop", "--no-wait", "--", "-odd-name"}, c).ok);
    CHECK(c.present("WAIT") == Presence::negated);
    CHECK(c.values("P2") == Strings{"-odd-name"});
    REQUIRE(argv({"signal", "HUP", "web", "db"}, c).ok);
    CHECK(c.values("P2") == Strings{"HUP"});
    CHECK(c.values("P3") == Strings{"web", "db"});
    REQUIRE(argv({"start", "a\"b"}, c).ok);  // quotes in a value survive
    CHECK(c.values("P2") == Strings{"a\"b"});
}

TEST_CASE("help: -h and --help give HELP, the other words its topic") {
    Command c;
    REQUIRE(argv({"-h"}, c).ok);
    CHECK(c.action() == "HELP");
    CHECK(c.present("P2") == Presence::absent);
    REQUIRE(argv({"start", "--help"}, c).ok);
    CHECK(c.action() == "HELP");
    CHECK(c.values("P2") == Strings{"START"});
    REQUIRE(argv({"help", "start", "wait"}, c).ok);
    CHECK(c.values("P2") == Strings{"START WAIT"});
}

TEST_CASE("one pass tells the client what argv holds: the action, -h, where each value is") {
    Command c;
    ArgvInfo info;
    // Options alone: no action, INSFPRM, and the qualifiers given are kept.
    ParseOutcome o = parse_argv(builtin_table(), "supervise", {"-c", "/a.conf", "--password=pw"}, c, &info);
    CHECK(o.ident == "INSFPRM");
    CHECK_FALSE(info.action);
    CHECK_FALSE(info.help);
    CHECK(c.values("CONFIGURATION") == Strings{"/a.conf"});
    CHECK(c.values("PASSWORD") == Strings{"pw"});
    // Where each value lies: the next argument, or past "-p" / "--password=".
    info = {};
    REQUIRE(parse_argv(builtin_table(), "supervise", {"-pS3", "status", "--pass", "x", "--configuration=/b", "-p", "y"},
                       c, &info).ok);
    CHECK(info.action);
    REQUIRE(info.values.size() == 4);
    CHECK((info.values[0].qualifier == "PASSWORD" && info.values[0].arg == 0 && info.values[0].offset == 2));
    CHECK((info.values[1].qualifier == "PASSWORD" && info.values[1].arg == 3 && info.values[1].offset == 0));
    CHECK((info.values[2].qualifier == "CONFIGURATION" && info.values[2].arg == 4 && info.values[2].offset == 16));
    CHECK((info.values[3].qualifier == "PASSWORD" && info.values[3].arg == 6 && info.values[3].offset == 0));
    CHECK(c.values("PASSWORD") == Strings{"y"});
    // HELP takes no qualifier: the server options are dropped, not refused;
    // any other qualifier still is.
    info = {};
    REQUIRE(parse_argv(builtin_table(), "supervise", {"-c", "/a.conf", "he", "start"}, c, &info).ok);
    CHECK(c.action() == "HELP");
    CHECK(c.values("P2") == Strings{"START"});
    REQUIRE(parse_argv(builtin_table(), "supervise", {"-p", "pw", "-h"}, c, &info).ok);
    CHECK(info.help);
    CHECK(c.action() == "HELP");
    CHECK(parse_argv(builtin_table(), "supervise", {"help", "--json"}, c, &info).ident == "IVQUAL");
}

TEST_CASE("errors are DCL's messages") {
    Command c;
    CHECK(argv({"sta", "web"}, c).text() ==
          "%CLI-W-ABKEYW, ambiguous qualifier or keyword - supply more characters\n \\STA\\");
    CHECK(argv({"frob"}, c).text() == "%CLI-W-IVKEYW, unrecognized keyword - check validity and spelling\n \\FROB\\");
    CHECK(argv({"status", "--wait"}, c).text() ==
          "%CLI-W-IVQUAL, unrecognized qualifier - check validity, spelling, and placement\n \\WAIT\\");
    CHECK(argv({"status", "-x"}, c).ident == "IVQUAL");
    CHECK(argv({"status", "--no-password"}, c).ident == "NOTNEG");
    CHECK(argv({"status", "--format=xml"}, c).ident == "IVKEYW");
    CHECK(argv({"status", "--format=text,json"}, c).ident == "ONEVAL");
    CHECK(argv({"stop", "web", "--nowait", "--timeout=5"}, c).ident == "CONFLICT");
    CHECK(argv({"start", "web", "--timeout=soon"}, c).ident == "NUMBER");
    CHECK(argv({"reload", "extra"}, c).text() ==
          "%CLI-W-MAXPARM, too many parameters - reenter command with fewer parameters\n \\extra\\");
    CHECK(argv({"start"}, c).ident == "INSFPRM");
    CHECK(argv({"start", ","}, c).ident == "INSFPRM");
    CHECK(argv({}, c).ident == "INSFPRM");
    CHECK(argv({"-c"}, c).ident == "VALREQ");
    CHECK(argv({"status", "--bad name"}, c).ident == "IVQUAL");
    CHECK(parse_argv(builtin_table(), "nothing", {"status"}, c).ident == "IVVERB");
}

}  // TEST_SUITE
