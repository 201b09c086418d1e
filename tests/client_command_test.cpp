// SUPERVISE's reading of a parsed command: the reply timeout it applies.
#include <doctest/doctest.h>

#include "client/command.h"
#include "client/client.h"
#include "cond_symbols.h"
#include "core/cli.h"
#include "os/process.h"

using namespace sv;

namespace {
client::Invocation invocation(const std::vector<std::string>& args) {
    cli::Command cmd;
    auto o = cli::parse_argv(cli::builtin_table(), "SUPERVISE", args, cmd);
    REQUIRE(o.ok);
    client::Invocation inv;
    std::string err;
    REQUIRE_MESSAGE(client::from_command(cmd, &inv, &err), err);
    return inv;
}
}  // namespace

TEST_CASE("every request has a reply timeout: 30 s by default, /TIMEOUT overrides") {
    CHECK(client::kDefaultTimeout == 30);
    CHECK(invocation({"status"}).action.timeout_s == 30);
    CHECK(invocation({"version"}).action.timeout_s == 30);
    CHECK(invocation({"shutdown"}).action.timeout_s == 30);
    CHECK(invocation({"stop", "web", "--nowait"}).action.timeout_s == 30);
    CHECK(invocation({"start", "web"}).action.timeout_s == 60);   // the CLD's default with /WAIT
    CHECK(invocation({"status", "--timeout=5"}).action.timeout_s == 5);
    CHECK(invocation({"reload", "--timeout", "7"}).action.timeout_s == 7);
    CHECK(invocation({"signal", "hup", "web", "--timeout=0"}).action.timeout_s == 0);   // no limit
}

TEST_SUITE("client") {

TEST_CASE("the exit status: the product's code on Linux, with the last failure condition kept for OpenVMS") {
    sv::client::note_condition(sv::cond::NORMAL);   // a success is not a failure to report
    sv::client::note_condition(sv::cond::NOSUCHPROG);
    sv::client::note_condition(0);
    CHECK(sv::client::last_condition() == sv::cond::NOSUCHPROG);
    sv::client::note_condition(sv::cond::SPAWNERR);
    CHECK(sv::client::last_condition() == sv::cond::SPAWNERR);
    CHECK(sv::os::exit_status(7, sv::client::last_condition()) == 7);
    CHECK(sv::os::exit_status(0, 0) == 0);
}

}  // TEST_SUITE
