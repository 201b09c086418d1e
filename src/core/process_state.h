// Process states, exit statuses and exit-code sets: the vocabulary shared by
// the state machine (fsm), the wire codec (proto), the table codec (table) and
// the server. Portable: std only.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sv {

// supervisor's states with supervisor's numeric codes (states.py); the codes
// travel on the wire and in the table, so they never change.
enum class State : uint16_t {
    stopped = 0,
    starting = 10,
    running = 20,
    backoff = 30,
    stopping = 40,
    exited = 100,
    fatal = 200,
    unknown = 1000,
};

const char* state_name(State s);                       // "RUNNING"
std::optional<State> state_from_code(unsigned code);   // nullopt if not a state code
std::optional<State> state_from_name(const std::string& upper_name);
// supervisor's groupings: "stopped" = STOPPED, EXITED, FATAL, UNKNOWN.
bool is_stopped_state(State s);
// "running" = STARTING, RUNNING, BACKOFF.
bool is_running_state(State s);

// How a process ended, as far as the server could learn it.
struct ExitStatus {
    enum class Kind : uint8_t {
        none = 0,      // has not ended (or never ran)
        exited = 1,    // value = exit code (Linux 0..255, VMS condition value)
        signaled = 2,  // value = signal number (OS numbering)
        unknown = 3,   // ended while the server was not watching (re-adoption)
    };
    Kind kind = Kind::none;
    int64_t value = 0;
    bool core_dumped = false;

    static ExitStatus exited(int64_t code) { return {Kind::exited, code, false}; }
    static ExitStatus signaled(int64_t sig, bool core = false) { return {Kind::signaled, sig, core}; }
    static ExitStatus lost() { return {Kind::unknown, 0, false}; }
    bool operator==(const ExitStatus& o) const {
        return kind == o.kind && value == o.value && core_dumped == o.core_dumped;
    }
};

// The `exitcodes` of a program: the exit statuses that count as expected.
// Linux: a list of codes (default 0). VMS: condition values, compared with
// the control bits (28-31) masked off; the VMS default is "any odd value"
// (success severity), written `odd` in the configuration.
struct ExitCodes {
    std::vector<int64_t> codes{0};
    bool any_odd = false;   // every odd value is expected (VMS success)
    bool masked = false;    // compare value & 0x0FFFFFFF (VMS condition values)

    // True when `st` is an expected exit. Signal deaths and unknown exits are
    // never expected (supervisor: a signal death has exit status -1).
    bool expected(const ExitStatus& st) const;
};

enum class AutoRestart : uint8_t { never = 0, unexpected = 1, always = 2 };

}  // namespace sv
