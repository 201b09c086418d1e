// The golden table of supervisorctl's exit statuses and per-name lines
// (issue 12): every row runs the real supervise against a real supervisord
// and checks the exit status and standard output exactly. The expected
// values are supervisorctl 4.2.5's (supervisor/supervisorctl.py; the
// differential test tests/compat/ runs both on the same configuration).
// The same rows in the MESSAGES form give the same exit statuses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "integration/harness.h"

using sv::State;
using sv::test::Harness;

namespace {

struct Row {
    std::vector<std::string> args;
    int status;
    std::string out;   // standard output, exactly
};

// web runs; grp:manual waits to be started; broken's command is not there;
// crash exits at once (one try: a spawn error).
const char* kPrograms =
    "[program:web]\ncommand=sleep 1000\nstartsecs=0\nstopwaitsecs=5\n"
    "[program:manual]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\nstopwaitsecs=5\n"
    "[program:broken]\ncommand=/nonexistent/binary\nautostart=false\nstartretries=0\n"
    "[program:crash]\ncommand=/bin/sh -c 'exit 1'\nautostart=false\nstartsecs=1\nstartretries=0\n"
    "[group:grp]\nprograms=manual\n";

// In order: a row may leave state for the next one.
std::vector<Row> running_rows() {
    return {
        {{"status", "web"}, 0, ""},   // checked by prefix below: the uptime moves
        {{"status", "nosuch"}, 4, "nosuch: ERROR (no such process)\n"},
        {{"status", "nosuch:*"}, 4, "nosuch: ERROR (no such group)\n"},
        {{"start", "nosuch"}, 1, "nosuch: ERROR (no such process)\n"},
        {{"stop", "nosuch"}, 1, "nosuch: ERROR (no such process)\n"},
        {{"start", "nosuch:*"}, 2, "nosuch: ERROR (no such group)\n"},
        {{"stop", "nosuch:*"}, 1, "nosuch: ERROR (no such group)\n"},
        {{"start", "web"}, 0, "web: ERROR (already started)\n"},
        {{"stop", "grp:manual"}, 0, "grp:manual: ERROR (not running)\n"},
        {{"signal", "HUP", "grp:manual"}, 7, "grp:manual: ERROR (not running)\n"},
        {{"signal", "NOSUCHSIG", "web"}, 1, "web: ERROR (bad signal name)\n"},
        {{"start", "crash"}, 7, "crash: ERROR (spawn error)\n"},
        {{"start", "broken"}, 1, "broken: ERROR (no such file)\n"},
        {{"pid", "nosuch"}, 1, "No such process nosuch\n"},
        {{"pid", "grp:manual"}, 7, "0\n"},
        // Mixed lists: in the order given, the last failure wins.
        {{"start", "grp:manual", "nosuch", "web"}, 1,
         "grp:manual: started\nnosuch: ERROR (no such process)\nweb: ERROR (already started)\n"},
        {{"stop", "nosuch", "grp:manual"}, 1, "nosuch: ERROR (no such process)\ngrp:manual: stopped\n"},
        {{"start", "nosuch", "crash"}, 7, "nosuch: ERROR (no such process)\ncrash: ERROR (spawn error)\n"},
        {{"start", "crash", "nosuch"}, 1, "crash: ERROR (spawn error)\nnosuch: ERROR (no such process)\n"},
        {{"restart", "grp:manual"}, 0, "grp:manual: ERROR (not running)\ngrp:manual: started\n"},
        {{"restart", "grp:manual"}, 0, "grp:manual: stopped\ngrp:manual: started\n"},
        {{"stop", "grp:*"}, 0, "grp:manual: stopped\n"},
        // Unknown action, missing names.
        {{"bogus"}, 1, ""},
        {{"start"}, 2, ""},
        {{"stop"}, 1, ""},
        {{"restart"}, 1, ""},
        {{"signal", "HUP"}, 1, ""},
        {{"exit"}, 0, ""},
    };
}

// The server gone (no socket at all).
std::vector<Row> no_server_rows(const std::string& url) {
    return {
        {{"status"}, 4, url + " no such file\n"},
        {{"start", "web"}, 7, url + " no such file\n"},
        {{"stop", "web"}, 7, url + " no such file\n"},
        {{"restart", "web"}, 7, url + " no such file\n"},
        {{"version"}, 7, url + " no such file\n"},
        {{"shutdown"}, 1, "ERROR: " + url + " no such file (already shut down?)\n"},
        {{"reload"}, 1, ""},
    };
}

void check_rows(Harness& h, const std::vector<Row>& rows) {
    for (const auto& row : rows) {
        std::string out, err, shown;
        for (const auto& a : row.args) shown += a + " ";
        CAPTURE(shown);
        int status = h.client(row.args, &out, &err);
        CAPTURE(err);
        CHECK(status == row.status);
        if (row.args == std::vector<std::string>{"status", "web"})
            CHECK(out.rfind("web" + std::string(30, ' ') + "RUNNING   pid ", 0) == 0);
        else
            CHECK(out == row.out);
        // The same request in the MESSAGES form: the same exit status, no
        // supervisorctl line (a state-changing row is not run twice).
        if (row.args[0] == "status" || row.args[0] == "pid" || row.args == std::vector<std::string>{"start", "web"} ||
            row.args[0] == "signal" || row.args[0] == "bogus") {
            std::vector<std::string> m = row.args;
            m.insert(m.begin(), "--format=messages");
            std::string mout, merr;
            CHECK(h.client(m, &mout, &merr) == row.status);
            CHECK(mout.find("ERROR (") == std::string::npos);
        }
    }
}

}  // namespace

TEST_SUITE("integration-client") {

TEST_CASE("exit statuses and per-name lines are supervisorctl's, row by row (golden table)") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    check_rows(h, running_rows());
    // status: all running 0; a stopped one 3; 3 wins over an unknown name.
    std::string out, err;
    CHECK(h.client({"status"}, &out, &err) == 3);
    CHECK(h.client({"status", "nosuch", "grp:manual"}, &out, &err) == 3);
    CHECK(out.rfind("nosuch: ERROR (no such process)\ngrp:manual ", 0) == 0);
    CHECK(h.client({"stop", "all"}, &out, &err) == 0);
    CHECK(out == "web: stopped\n");   // stop all lists what it stopped, nothing else
    CHECK(h.client({"shutdown"}, &out, &err) == 0);
    CHECK(out == "Shut down\n");
    REQUIRE(h.wait_server_exit());
    check_rows(h, no_server_rows("unix://" + h.socket()));
}

TEST_CASE("a socket nobody serves: supervisorctl's 'refused connection', 4 for every action it checks") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    h.kill_server_hard();   // the socket file stays behind
    std::string url = "unix://" + h.socket();
    check_rows(h, {
        {{"status"}, 4, url + " refused connection\n"},
        {{"start", "web"}, 4, url + " refused connection\n"},
        {{"stop", "web"}, 4, url + " refused connection\n"},
        {{"version"}, 4, url + " refused connection\n"},
        {{"pid"}, 4, url + " refused connection\n"},
    });
}

TEST_CASE("status lists by group:name, as supervisorctl does; ALL acts by priority, then group:name") {
    Harness h;
    h.write_config("[program:zeta]\ncommand=sleep 1000\nautostart=false\npriority=1\nstartsecs=0\n"
                   "[program:alpha]\ncommand=sleep 1000\nautostart=false\nstartsecs=0\n"
                   "[program:mid]\ncommand=sleep 1000\nautostart=false\npriority=5\nstartsecs=0\n"
                   "[program:aaa]\ncommand=sleep 1000\nautostart=false\nstartsecs=0\n"
                   "[group:b]\nprograms=zeta,aaa\n");
    REQUIRE(h.start_server());
    std::string out, err;
    CHECK(h.client({"status"}, &out, &err) == 3);
    std::vector<std::string> names;
    for (size_t at = 0; at < out.size();) {
        size_t end = out.find('\n', at);
        names.push_back(out.substr(at, out.find(' ', at) - at));
        at = end == std::string::npos ? out.size() : end + 1;
    }
    CHECK(names == std::vector<std::string>{"alpha", "b:aaa", "b:zeta", "mid"});
    CHECK(h.client({"start", "all"}, &out, &err) == 0);
    CHECK(out == "b:zeta: started\nmid: started\nalpha: started\nb:aaa: started\n");
    CHECK(h.client({"stop", "all"}, &out, &err) == 0);
    CHECK(out == "b:zeta: stopped\nmid: stopped\nalpha: stopped\nb:aaa: stopped\n");
}

}  // TEST_SUITE
