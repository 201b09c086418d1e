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

TEST_SUITE("client") {

TEST_CASE("supervisorctl's actions and options reach the request: pid, clear, reread, avail, update, add, remove") {
    CHECK(invocation({"pid"}).action.op == proto::Opcode::pid);
    CHECK(invocation({"pid", "all"}).action.names == std::vector<std::string>{"all"});
    CHECK(invocation({"clear", "web"}).action.op == proto::Opcode::clear);
    CHECK(invocation({"reread"}).action.op == proto::Opcode::reread);
    CHECK(invocation({"avail"}).action.op == proto::Opcode::avail);
    CHECK(invocation({"update"}).action.op == proto::Opcode::update);
    CHECK(invocation({"update", "grp", "web"}).action.names == std::vector<std::string>{"grp", "web"});
    CHECK(invocation({"add", "web"}).action.op == proto::Opcode::add);
    CHECK(invocation({"remove", "web"}).action.op == proto::Opcode::remove);
    CHECK(invocation({"-s", "unix:///x.sock", "status"}).serverurl == "unix:///x.sock");
    CHECK(invocation({"--serverurl=unix:///y", "status"}).serverurl == "unix:///y");
    CHECK(invocation({"-u", "bob", "status"}).action.op == proto::Opcode::status);
    CHECK(invocation({"-u", "bob", "status"}).username == "bob");   // sent with the password
    CHECK(invocation({"--username=Bob", "status"}).username == "Bob");
    CHECK(invocation({"status"}).username.empty());
    CHECK(invocation({"-i", "status"}).interactive);
    CHECK_FALSE(invocation({"status"}).interactive);
    CHECK(invocation({"--format=messages", "status"}).action.format == client::Format::messages);
    CHECK(invocation({"--format=supervisorctl", "status"}).action.format == client::Format::supervisorctl);
    CHECK(invocation({"status"}).action.format == client::Format::text);
    CHECK(client::text_form() == client::Format::supervisorctl);   // Linux
}

TEST_CASE("exit statuses of what never reaches a server: supervisorctl's") {
    using client::usage_status;
    CHECK(usage_status("IVKEYW", "?") == 1);      // unknown action
    CHECK(usage_status("INSFPRM", "START") == 2);
    CHECK(usage_status("INSFPRM", "STOP") == 1);
    CHECK(usage_status("INSFPRM", "RESTART") == 1);
    CHECK(usage_status("INSFPRM", "SIGNAL") == 1);
    CHECK(usage_status("IVQUAL", "STATUS") == 2);
    using client::no_server_status;
    CHECK(no_server_status(proto::Opcode::status, false) == 4);
    CHECK(no_server_status(proto::Opcode::status, true) == 4);
    for (auto op : {proto::Opcode::start, proto::Opcode::stop, proto::Opcode::restart, proto::Opcode::signal,
                    proto::Opcode::version, proto::Opcode::pid, proto::Opcode::clear}) {
        CHECK(no_server_status(op, false) == 7);
        CHECK(no_server_status(op, true) == 4);
    }
    for (auto op : {proto::Opcode::shutdown, proto::Opcode::reload, proto::Opcode::reread, proto::Opcode::avail,
                    proto::Opcode::update, proto::Opcode::add, proto::Opcode::remove})
        CHECK(no_server_status(op, false) == 1);
    CHECK(client::use_server_url("http://localhost:9001", nullptr) == false);
    client::Target t;
    t.channel_error = "x";
    CHECK(client::use_server_url("unix:///run/x.sock", &t));
    CHECK(t.channel == "/run/x.sock");
    CHECK(t.channel_error.empty());
}

}  // TEST_SUITE
