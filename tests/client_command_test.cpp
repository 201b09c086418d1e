// SUPERVISE's reading of a parsed command: the reply timeout it applies.
#include <doctest/doctest.h>

#include "client/command.h"
#include "core/cli.h"

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
