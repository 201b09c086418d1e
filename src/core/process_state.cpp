// Process states and exit-code sets (process_state.h): names and numeric
// codes as supervisor has them, and the "is this exit expected" rule.
#include "core/process_state.h"

#include "core/text.h"

namespace sv {

namespace {

constexpr State kAllStates[] = {
    State::stopped, State::starting, State::running, State::backoff,
    State::stopping, State::exited, State::fatal, State::unknown,
};

// The VMS condition-value control bits (28-31) are not part of the value.
constexpr int64_t kConditionMask = 0x0FFFFFFF;

}  // namespace

const char* state_name(State s) {
    switch (s) {
    case State::stopped: return "STOPPED";
    case State::starting: return "STARTING";
    case State::running: return "RUNNING";
    case State::backoff: return "BACKOFF";
    case State::stopping: return "STOPPING";
    case State::exited: return "EXITED";
    case State::fatal: return "FATAL";
    case State::unknown: return "UNKNOWN";
    }
    return "UNKNOWN";
}

std::optional<State> state_from_code(unsigned code) {
    for (State s : kAllStates) {
        if (static_cast<unsigned>(s) == code) return s;
    }
    return std::nullopt;
}

// Names are the upper-case ones state_name() writes; other spellings of the
// same letters are accepted too, since the caller may not have folded them.
std::optional<State> state_from_name(const std::string& upper_name) {
    for (State s : kAllStates) {
        if (equal_nocase(upper_name, state_name(s))) return s;
    }
    return std::nullopt;
}

bool is_stopped_state(State s) {
    return s == State::stopped || s == State::exited || s == State::fatal || s == State::unknown;
}

bool is_running_state(State s) {
    return s == State::starting || s == State::running || s == State::backoff;
}

bool ExitCodes::expected(const ExitStatus& st) const {
    if (st.kind != ExitStatus::Kind::exited) return false;
    if (any_odd && (st.value & 1) != 0) return true;
    const int64_t mask = masked ? kConditionMask : ~int64_t{0};
    const int64_t value = st.value & mask;
    for (int64_t c : codes) {
        if ((c & mask) == value) return true;
    }
    return false;
}

}  // namespace sv
