// Shared by the fsm suites: the step runner on a fake clock (Rig) and the
// effect helpers. Header-only, test-only.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/fsm.h"
#include "fakes/fake_clock.h"

using sv::AutoRestart;
using sv::ExitStatus;
using sv::State;
using namespace sv::fsm;   // NOLINT: the whole file is about this namespace
using K = sv::fsm::EffectKind;
using Fx = std::vector<Effect>;

namespace {

std::string test_signal_name(int64_t signo);
inline std::string test_describe_exit(const ExitStatus& st) { return sv::fsm::describe_exit(st, &test_signal_name); }

inline std::string test_signal_name(int64_t signo) {
    return signo == 9 ? "SIGKILL" : signo == 11 ? "SIGSEGV" : signo == 15 ? "SIGTERM" : "";
}

inline std::vector<EffectKind> kinds(const std::vector<Effect>& fx) {
    std::vector<EffectKind> out;
    for (const auto& e : fx) out.push_back(e.kind);
    return out;
}

inline size_t count(const std::vector<Effect>& fx, EffectKind k) {
    return static_cast<size_t>(std::count_if(fx.begin(), fx.end(), [&](const Effect& e) { return e.kind == k; }));
}

inline const Effect* first_if(const std::vector<Effect>& fx, const std::function<bool(const Effect&)>& f) {
    auto it = std::find_if(fx.begin(), fx.end(), f);
    return it == fx.end() ? nullptr : &*it;
}
inline const Effect* first(const std::vector<Effect>& fx, EffectKind k) {
    return first_if(fx, [&](const Effect& e) { return e.kind == k; });
}
// The log effect with exactly this text, or null.
inline const Effect* log_line(const std::vector<Effect>& fx, const std::string& text) {
    return first_if(fx, [&](const Effect& e) { return e.kind == EffectKind::log && e.text == text; });
}

// One process driven through step() on a fake clock.
struct Rig {
    sv::test::FakeClock clock{100000, 1700000000};
    Rules rules;
    Process p;
    std::string name = "web";
    std::vector<Effect> fx;            // effects of the last event
    std::vector<std::string> log;      // every log text so far
    size_t spawns = 0;                 // spawn effects so far

    Rig() {
        rules.describe_exit = &test_describe_exit;
        rules.force_stop_name = "SIGKILL";
    }

    Now now() const { return {clock.monotonic_ms(), clock.wall_seconds()}; }
    const Fx& on(const Event& ev) {
        fx = sv::fsm::step(rules, name, p, ev, now());
        for (const auto& e : fx) {
            if (e.kind == EffectKind::log) log.push_back(e.text);
            if (e.kind == EffectKind::spawn) ++spawns;
        }
        return fx;
    }
    const Fx& start() { return on({EventKind::start, 0, {}, {}}); }
    const Fx& stop() { return on({EventKind::stop, 0, {}, {}}); }
    const Fx& spawned(int64_t pid) { return on({EventKind::spawned, pid, {}, {}}); }
    const Fx& spawn_failed(const std::string& why) { return on({EventKind::spawn_failed, 0, {}, why}); }
    const Fx& exited(ExitStatus st) { return on({EventKind::exited, p.pid, st, {}}); }
    const Fx& timer() { return on({EventKind::timer, 0, {}, {}}); }
    const Fx& adopted(int64_t pid) { return on({EventKind::adopted, pid, {}, {}}); }
    const Fx& adopted_dead() { return on({EventKind::adopted_dead, p.pid, ExitStatus::lost(), {}}); }

    // Moves the clock to the armed deadline and delivers the timer there.
    const Fx& fire() {
        REQUIRE(p.deadline_ms >= 0);
        clock.set_monotonic_ms(p.deadline_ms);
        return timer();
    }
    // start + spawned: the usual way into STARTING with a pid.
    void launch(int64_t pid) {
        start();
        REQUIRE(p.state == State::starting);
        spawned(pid);
    }
    bool logged(const std::string& text) const {
        return std::find(log.begin(), log.end(), text) != log.end();
    }
};

}  // namespace
