// process_state: state names and codes (they travel on the wire and in the
// table), supervisor's state groupings, and the expected-exit rule.
#include <doctest/doctest.h>

#include <string>

#include "core/process_state.h"

using sv::ExitCodes;
using sv::ExitStatus;
using sv::State;

namespace {

struct Named {
    State state;
    unsigned code;
    const char* name;
    bool stopped;
    bool running;
};

// supervisor's states.py, and its two groupings.
const Named kStates[] = {
    {State::stopped, 0, "STOPPED", true, false},
    {State::starting, 10, "STARTING", false, true},
    {State::running, 20, "RUNNING", false, true},
    {State::backoff, 30, "BACKOFF", false, true},
    {State::stopping, 40, "STOPPING", false, false},
    {State::exited, 100, "EXITED", true, false},
    {State::fatal, 200, "FATAL", true, false},
    {State::unknown, 1000, "UNKNOWN", true, false},
};

}  // namespace

TEST_SUITE("process_state") {

TEST_CASE("every state has supervisor's name, code and grouping") {
    for (const auto& s : kStates) {
        CAPTURE(s.name);
        CHECK(static_cast<unsigned>(s.state) == s.code);
        CHECK(std::string(sv::state_name(s.state)) == s.name);
        REQUIRE(sv::state_from_code(s.code).has_value());
        CHECK(*sv::state_from_code(s.code) == s.state);
        REQUIRE(sv::state_from_name(s.name).has_value());
        CHECK(*sv::state_from_name(s.name) == s.state);
        CHECK(sv::is_stopped_state(s.state) == s.stopped);
        CHECK(sv::is_running_state(s.state) == s.running);
    }
}

TEST_CASE("STOPPING is neither stopped nor running") {
    CHECK_FALSE(sv::is_stopped_state(State::stopping));
    CHECK_FALSE(sv::is_running_state(State::stopping));
}

TEST_CASE("codes that are not states are refused") {
    for (unsigned code : {1u, 5u, 11u, 19u, 21u, 50u, 99u, 101u, 199u, 201u, 999u, 1001u, 65535u, 4294967295u}) {
        CAPTURE(code);
        CHECK_FALSE(sv::state_from_code(code).has_value());
    }
}

TEST_CASE("names: any letter case of a state name, nothing else") {
    REQUIRE(sv::state_from_name("running").has_value());
    CHECK(*sv::state_from_name("running") == State::running);
    CHECK(*sv::state_from_name("Backoff") == State::backoff);
    CHECK_FALSE(sv::state_from_name("").has_value());
    CHECK_FALSE(sv::state_from_name("RUN").has_value());
    CHECK_FALSE(sv::state_from_name("RUNNINGX").has_value());
    CHECK_FALSE(sv::state_from_name(" RUNNING").has_value());
    CHECK_FALSE(sv::state_from_name("STOPPED ").has_value());
    CHECK_FALSE(sv::state_from_name(std::string("FATAL\0", 6)).has_value());
}

TEST_CASE("an out-of-range state value is named UNKNOWN rather than crashing") {
    CHECK(std::string(sv::state_name(static_cast<State>(7))) == "UNKNOWN");
}

TEST_CASE("default exitcodes: only 0 is expected") {
    ExitCodes ec;
    CHECK(ec.expected(ExitStatus::exited(0)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(1)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(2)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(256)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(-1)));
}

TEST_CASE("signal deaths, unknown exits and no exit are never expected") {
    ExitCodes ec;
    ec.codes = {0, 9, 15};
    ec.any_odd = true;
    CHECK_FALSE(ec.expected(ExitStatus::signaled(9)));
    CHECK_FALSE(ec.expected(ExitStatus::signaled(15, true)));
    CHECK_FALSE(ec.expected(ExitStatus::signaled(0)));
    CHECK_FALSE(ec.expected(ExitStatus::lost()));
    CHECK_FALSE(ec.expected(ExitStatus{}));
    CHECK(ec.expected(ExitStatus::exited(9)));
}

TEST_CASE("a list of codes") {
    ExitCodes ec;
    ec.codes = {0, 2, 255};
    CHECK(ec.expected(ExitStatus::exited(0)));
    CHECK(ec.expected(ExitStatus::exited(2)));
    CHECK(ec.expected(ExitStatus::exited(255)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(1)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(3)));
    // Unmasked: the high bits count.
    CHECK_FALSE(ec.expected(ExitStatus::exited(0x10000002)));
}

TEST_CASE("an empty list expects nothing") {
    ExitCodes ec;
    ec.codes.clear();
    CHECK_FALSE(ec.expected(ExitStatus::exited(0)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(1)));
}

TEST_CASE("any_odd: VMS success severity") {
    ExitCodes ec;
    ec.codes.clear();
    ec.any_odd = true;
    ec.masked = true;
    CHECK(ec.expected(ExitStatus::exited(1)));            // SS$_NORMAL
    CHECK(ec.expected(ExitStatus::exited(0x10000001)));   // SS$_NORMAL, inhibit-message bit
    CHECK(ec.expected(ExitStatus::exited(3)));
    CHECK(ec.expected(ExitStatus::exited(0x0018292B)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(0)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(2)));      // warning severity
    CHECK_FALSE(ec.expected(ExitStatus::exited(0x2C)));   // SS$_ABORT, error severity
    CHECK_FALSE(ec.expected(ExitStatus::exited(0x10000004)));
    CHECK(ec.expected(ExitStatus::exited(-1)));            // odd, whatever its sign
}

TEST_CASE("masked comparison ignores the control bits on both sides") {
    ExitCodes ec;
    ec.codes = {0x0000002C, 0x30000010};
    ec.masked = true;
    CHECK(ec.expected(ExitStatus::exited(0x2C)));
    CHECK(ec.expected(ExitStatus::exited(0x1000002C)));
    CHECK(ec.expected(ExitStatus::exited(0xF000002C)));
    CHECK(ec.expected(ExitStatus::exited(0x10)));
    CHECK(ec.expected(ExitStatus::exited(0x70000010)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(0x2D)));
    CHECK_FALSE(ec.expected(ExitStatus::exited(0x0100002C)));   // bit 24 is part of the value
    CHECK_FALSE(ec.expected(ExitStatus::exited(1)));            // odd, but any_odd is off
}

TEST_CASE("ExitStatus factories and equality") {
    CHECK(ExitStatus::exited(3).kind == ExitStatus::Kind::exited);
    CHECK(ExitStatus::exited(3).value == 3);
    CHECK(ExitStatus::signaled(11, true).core_dumped);
    CHECK(ExitStatus::lost().kind == ExitStatus::Kind::unknown);
    CHECK(ExitStatus::exited(3) == ExitStatus::exited(3));
    CHECK_FALSE(ExitStatus::exited(3) == ExitStatus::exited(4));
    CHECK_FALSE(ExitStatus::exited(9) == ExitStatus::signaled(9));
    CHECK_FALSE(ExitStatus::signaled(9) == ExitStatus::signaled(9, true));
}

}  // TEST_SUITE
