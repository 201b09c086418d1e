// supervisorctl's configuration workflow (REREAD, AVAIL, ADD, REMOVE,
// UPDATE), RELOAD's reply, and the small commands (PID, CLEAR, -s, -u,
// -i, EXIT as an action, BADSIGNAL naming the signal) with the real client
// and a real supervisord.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "integration/harness.h"

using sv::State;
using sv::test::Harness;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* kBefore =
    "[program:web]\ncommand=sleep 1000\nstartsecs=0\nstopwaitsecs=5\n"
    "[program:manual]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\nautorestart=false\n"
    "[group:grp]\nprograms=manual\n";

// web's command changed (a restart), manual's autorestart changed (no
// restart, still a change), extra is new, and a section this product does
// not serve brings a warning.
const char* kAfter =
    "[program:web]\ncommand=sleep 1001\nstartsecs=0\nstopwaitsecs=5\n"
    "[program:manual]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\nautorestart=true\n"
    "[group:grp]\nprograms=manual\n"
    "[program:extra]\ncommand=sleep 1000\nstartsecs=0\nstopwaitsecs=5\n"
    "[inet_http_server]\nport=127.0.0.1:9001\n";

// Starts the server on kBefore; web's pid once it runs.
int64_t start_before(Harness& h) {
    h.write_config(kBefore);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    return h.status()["web"].pid;
}

}  // namespace

TEST_SUITE("integration-client") {

TEST_CASE("reread says what changed and changes nothing; avail, add, remove, update apply it") {
    Harness h;
    int64_t web_pid = start_before(h);
    h.write_config(kAfter);
    std::string out, err;

    CHECK(h.client({"reread"}, &out, &err) == 0);
    CHECK(out == "extra: available\ngrp: changed\nweb: changed\n");
    CHECK(has(err, "%SUPERVISE-W-CONFIGWARN, "));
    CHECK(has(err, "inet_http_server"));
    CHECK(h.status().count("extra") == 0);
    CHECK(h.status()["web"].pid == web_pid);   // nothing applied

    CHECK(h.client({"avail"}, &out, &err) == 0);
    CHECK(has(out, "extra                            avail     auto      999:999\n"));
    CHECK(has(out, "grp:manual                       in use    manual    999:999\n"));

    CHECK(h.client({"add", "extra", "nosuch", "web"}, &out, &err) == 1);
    CHECK(out == "extra: added process group\nERROR: no such process/group: nosuch\n"
                 "ERROR: process group already active\n");
    CHECK(h.wait_state("extra", State::running));

    CHECK(h.client({"remove", "extra"}, &out, &err) == 1);
    CHECK(out == "ERROR: process/group still running: extra\n");
    CHECK(h.status()["extra"].state == State::running);
    CHECK(h.client({"stop", "extra"}, &out, &err) == 0);
    CHECK(h.client({"remove", "extra"}, &out, &err) == 0);
    CHECK(out == "extra: removed process group\n");
    CHECK(h.wait_until([&] { return h.status().count("extra") == 0; }));
    CHECK(h.client({"avail"}, &out, &err) == 0);
    CHECK(has(out, "extra                            avail     auto"));

    CHECK(h.client({"update", "web", "nosuch"}, &out, &err) == 1);
    CHECK(out == "ERROR: no such group: nosuch\nweb: stopped\nweb: updated process group\n");
    CHECK(h.wait_until([&] {
        auto s = h.status()["web"];
        return s.state == State::running && s.pid != web_pid;
    }));
    CHECK(h.status().count("extra") == 0);   // only what was named

    // RELOAD applies the rest: extra added, manual's changed key counted.
    CHECK(h.client({"--format=messages", "reload"}, &out, &err) == 0);
    CHECK(out == "%SUPERVISE-S-RELOADED, configuration reloaded: 1 added, 1 changed, 0 removed\n");
    CHECK(has(err, "%SUPERVISE-W-CONFIGWARN, "));
    CHECK(h.client({"reload"}, &out, &err) == 0);   // the same in the default form
    CHECK(out == "%SUPERVISE-S-RELOADED, configuration reloaded: 0 added, 0 changed, 0 removed\n");
    CHECK(h.client({"reread"}, &out, &err) == 0);
    CHECK(out == "No config updates to processes\n");
}

TEST_CASE("a configuration with errors: REREAD, UPDATE and RELOAD refuse it (1) and change nothing; ADD of a program in use is 0") {
    Harness h;
    int64_t web_pid = start_before(h);
    std::string out, err;
    CHECK(h.client({"add", "web"}, &out, &err) == 0);
    CHECK(out == "ERROR: process group already active\n");
    h.write_config(std::string(kAfter) + "[program:bad]\ncommand=sleep 1\nstartsecs=often\n");
    for (const char* action : {"reread", "update", "reload"}) {
        CAPTURE(action);
        CHECK(h.client({action}, &out, &err) == 1);
        CHECK(has(err, "%SUPERVISE-E-CONFIGERR, "));
        CHECK(has(err, "startsecs"));
    }
    CHECK(h.status().count("extra") == 0);
    CHECK(h.status()["web"].pid == web_pid);
}

TEST_CASE("a RELOAD of 40,000 bad lines is answered: 100 errors and the count; the server goes on serving") {
    Harness h;
    int64_t web_pid = start_before(h);
    std::string bad = kBefore;
    for (int i = 0; i < 40000; ++i) bad += "not ini " + std::to_string(i) + "\n";
    h.write_config(bad);
    std::string out, err;
    CHECK(h.client({"reload"}, &out, &err) == 1);
    CHECK(has(err, "%SUPERVISE-E-CONFIGERR, "));
    CHECK_MESSAGE(has(err, "... and 39900 more errors"), err.substr(0, 2000));
    size_t listed = 0;
    for (size_t at = err.find("not ini "); at != std::string::npos; at = err.find("not ini ", at + 1)) ++listed;
    CHECK(listed == 100);
    CHECK(h.status()["web"].pid == web_pid);
    CHECK(h.client({"status"}, &out, &err) == 3);   // manual is STOPPED
    CHECK(has(out, "RUNNING"));
}

TEST_CASE("update with no name applies everything, as supervisorctl's update") {
    Harness h;
    start_before(h);
    h.write_config("[program:web]\ncommand=sleep 1000\nstartsecs=0\nstopwaitsecs=5\n"
                   "[program:extra]\ncommand=sleep 1000\nstartsecs=0\nstopwaitsecs=5\n");
    std::string out, err;
    CHECK(h.client({"update"}, &out, &err) == 0);
    CHECK(out == "grp: stopped\ngrp: removed process group\nextra: added process group\n");
    CHECK(h.wait_state("extra", State::running));
    CHECK(h.wait_until([&] { return h.status().count("manual") == 0; }));
}

TEST_CASE("pid, clear, -s, -u, -i, exit as an action, and BADSIGNAL with its name") {
    Harness h;
    h.write_config("[program:web]\ncommand=/bin/sh -c 'echo hello; exec sleep 1000'\nstartsecs=0\n"
                   "stdout_file=" + h.path("web.out") + "\n"
                   "[program:idle]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    std::string out, err;

    CHECK(h.client({"pid"}, &out, &err) == 0);
    CHECK(out == std::to_string(h.server_pid()) + "\n");
    CHECK(h.client({"pid", "web"}, &out, &err) == 0);
    CHECK(out == std::to_string(h.status()["web"].pid) + "\n");
    CHECK(h.client({"pid", "all"}, &out, &err) == 0);
    CHECK(out == "0\n" + std::to_string(h.status()["web"].pid) + "\n");   // idle, web: by name
    CHECK(h.client({"--format=messages", "pid", "web"}, &out, &err) == 0);
    CHECK(out == "%SUPERVISE-I-PID, program web pid " + std::to_string(h.status()["web"].pid) + "\n");

    REQUIRE(h.wait_until([&] { return has(h.read("web.out"), "hello"); }));
    CHECK(h.client({"clear", "web", "nosuch"}, &out, &err) == 1);
    CHECK(out == "web: cleared\nnosuch: ERROR (no such process)\n");
    CHECK(h.read("web.out").empty());
    CHECK(h.status()["web"].state == State::running);

    // -s names the socket: a wrong one is used (and fails), the right one works.
    CHECK(h.client({"-s", "unix://" + h.path("none.sock"), "status"}, &out, &err) == 4);
    CHECK(out == "unix://" + h.path("none.sock") + " no such file\n");
    CHECK(h.client({"-s", "unix://" + h.socket(), "-u", "someone", "status", "web"}, &out, &err) == 0);
    CHECK(has(out, "RUNNING"));
    CHECK(h.client({"--serverurl=http://127.0.0.1:9001", "status"}, &out, &err) == 2);
    CHECK(has(err, "%SUPERVISE-E-BADVALUE"));

    CHECK(h.client({"exit"}, &out, &err) == 0);
    CHECK(out.empty());
    CHECK(err.empty());

    // -i: the action, then the prompt reads commands (here from a pipe);
    // the status is 0 as supervisorctl's interactive mode, whatever failed.
    std::string cmd = "printf 'status idle\\nexit\\n' | env -u SUPERVISORD_CMD " SV_SUPERVISE " -c '" + h.conf() +
                      "' -i status web 2>&1";
    std::FILE* p = ::popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    out.clear();
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    int st = ::pclose(p);
    CHECK(WIFEXITED(st));
    CHECK(WEXITSTATUS(st) == 0);
    CHECK(has(out, "web                              RUNNING"));
    CHECK(has(out, "idle                             STOPPED   Not started"));

    CHECK(h.client({"--format=messages", "signal", "NOSUCHSIG", "web"}, &out, &err) == 1);
    CHECK(has(err, "%SUPERVISE-E-BADSIGNAL, unknown or unsupported signal name NOSUCHSIG"));
    CHECK(h.client({"signal", "RTMIN+1", "web"}, &out, &err) == 0);
    CHECK(out == "web: signalled\n");

}

}  // TEST_SUITE
