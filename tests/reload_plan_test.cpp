// plan::reload: each of RELOAD's decisions on its own, state by state, then
// every small table against a transcription of the loop Server::reload ran
// before the plan (src/server/reload.cpp at dc9ab5a), carried out the way
// the server carries out the plan.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/reload_plan.h"

using sv::ProgramSpec;
using sv::State;
using namespace sv::plan;   // NOLINT: the whole file is about this namespace

namespace {

const State kStates[] = {State::stopped, State::starting, State::running, State::backoff,
                         State::stopping, State::exited,  State::fatal,   State::unknown};

ProgramSpec spec(const std::string& name, bool autostart = true, int priority = 999,
                 const std::string& command = "/usr/bin/prog") {
    ProgramSpec s;
    s.program_name = name;
    s.group_name = name;
    s.name = name;
    s.command = command;
    s.argv = {command};
    s.autostart = autostart;
    s.priority = priority;
    return s;
}

// The fingerprint `name` had before its command changed.
uint64_t old_fingerprint(const std::string& name) { return spec(name, true, 999, "/usr/bin/old").fingerprint(); }

ProcessNow configured(const std::string& name, State s, uint64_t fingerprint) { return {name, fingerprint, false, s}; }
ProcessNow orphan(const std::string& name, State s) { return {name, 0, true, s}; }

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("a new program is added, and started only with autostart") {
    for (bool autostart : {true, false}) {
        CAPTURE(autostart);
        std::vector<ProgramSpec> next{spec("web", autostart)};
        ReloadPlan p = reload({}, next);
        REQUIRE(p.programs.size() == 1);
        CHECK(p.programs[0].spec == 0);
        CHECK(p.programs[0].action == SpecAction::add);
        CHECK(p.programs[0].start == autostart);
        CHECK(p.starts == (autostart ? Names{"web"} : Names{}));
        CHECK(p.stops.empty());
        CHECK(p.removals.empty());
        CHECK((p.added == 1 && p.changed == 0 && p.removed == 0));
    }
}

TEST_CASE("a changed program: restarted when running, started after a stop under way, replaced when stopped") {
    std::vector<ProgramSpec> next{spec("web")};
    for (State s : kStates) {
        CAPTURE(sv::state_name(s));
        ReloadPlan p = reload({configured("web", s, old_fingerprint("web"))}, next);
        REQUIRE(p.programs.size() == 1);
        bool running = s == State::starting || s == State::running || s == State::backoff;
        SpecAction want = s == State::stopping ? SpecAction::restart_after
                          : running            ? SpecAction::restart
                                               : SpecAction::replace;
        CHECK(action_name(p.programs[0].action) == std::string(action_name(want)));
        CHECK_FALSE(p.programs[0].start);   // a restart's start comes from its start intent
        CHECK(p.stops == (want == SpecAction::restart ? Names{"web"} : Names{}));
        CHECK(p.starts.empty());
        CHECK((p.added == 0 && p.changed == 1 && p.removed == 0));
    }
}

TEST_CASE("an unchanged program takes the new spec and rules, whatever its state, and nothing more") {
    for (bool autostart : {true, false}) {
        std::vector<ProgramSpec> next{spec("web", autostart)};
        for (State s : kStates) {
            CAPTURE(sv::state_name(s));
            ReloadPlan p = reload({configured("web", s, next[0].fingerprint())}, next);
            REQUIRE(p.programs.size() == 1);
            CHECK(p.programs[0].action == SpecAction::update);
            CHECK_FALSE(p.programs[0].start);   // a stopped autostart program stays stopped
            CHECK(p.stops.empty());
            CHECK(p.starts.empty());
            CHECK((p.added == 0 && p.changed == 0 && p.removed == 0));
        }
    }
}

TEST_CASE("an orphan configured again keeps its process, is never restarted, and starts only when stopped with autostart") {
    for (bool autostart : {true, false})
        for (State s : kStates) {
            CAPTURE(autostart);
            CAPTURE(sv::state_name(s));
            std::vector<ProgramSpec> next{spec("web", autostart)};
            ReloadPlan p = reload({orphan("web", s)}, next);
            REQUIRE(p.programs.size() == 1);
            CHECK(p.programs[0].action == SpecAction::adopt_orphan);
            bool start = autostart && sv::is_stopped_state(s);   // not when RUNNING, nor STOPPING
            CHECK(p.programs[0].start == start);
            CHECK(p.starts == (start ? Names{"web"} : Names{}));
            CHECK(p.stops.empty());
            CHECK(p.removals.empty());
            CHECK((p.added == 1 && p.changed == 0 && p.removed == 0));
        }
}

TEST_CASE("a program configured again while an earlier RELOAD still stops it is kept, and starts once stopped") {
    for (bool autostart : {true, false}) {
        CAPTURE(autostart);
        ProcessNow leaving{"web", spec("web").fingerprint(), false, State::stopping, true};
        std::vector<ProgramSpec> next{spec("web", autostart)};
        ReloadPlan p = reload({leaving}, next);
        REQUIRE(p.programs.size() == 1);
        CHECK(p.programs[0].action == SpecAction::adopt_orphan);   // the removal is undone
        CHECK_FALSE(p.programs[0].start);                          // not while it stops
        CHECK(p.programs[0].start_after_stop == autostart);
        CHECK(p.removals.empty());
        CHECK((p.added == 1 && p.changed == 0 && p.removed == 0));
    }
    // Still not configured: it is being removed already, not counted twice.
    ProcessNow leaving{"web", 1, false, State::stopping, true};
    ReloadPlan p = reload({leaving}, {});
    CHECK(p.removals.empty());
    CHECK(p.removed == 0);
}

TEST_CASE("a program no longer configured: stopped then dropped, dropped now, or dropped when its stop ends") {
    for (State s : kStates) {
        CAPTURE(sv::state_name(s));
        ReloadPlan p = reload({configured("old", s, old_fingerprint("old"))}, {});
        REQUIRE(p.removals.size() == 1);
        CHECK(p.removals[0].name == "old");
        RemoveAction want = sv::is_running_state(s)   ? RemoveAction::stop_then_drop
                            : sv::is_stopped_state(s) ? RemoveAction::drop_now
                                                      : RemoveAction::drop_when_stopped;
        CHECK(action_name(p.removals[0].action) == std::string(action_name(want)));
        CHECK(p.stops == (want == RemoveAction::stop_then_drop ? Names{"old"} : Names{}));
        CHECK(p.starts.empty());
        // STOPPING: an operator's stop, or the removal an earlier RELOAD began:
        // counted again either way.
        CHECK((p.added == 0 && p.changed == 0 && p.removed == 1));
    }
}

TEST_CASE("an orphan that stays unconfigured is left alone and not counted") {
    for (State s : kStates) {
        CAPTURE(sv::state_name(s));
        ReloadPlan p = reload({orphan("gone", s)}, {spec("web")});
        CHECK(p.removals.empty());
        CHECK(p.stops.empty());
        CHECK(p.starts == Names{"web"});
        CHECK((p.added == 1 && p.changed == 0 && p.removed == 0));
    }
}

TEST_CASE("orders: decisions in configuration order, removals by name, stops restarts first, starts by priority") {
    // Configuration order is priority, then name (load_config sorts so).
    std::vector<ProgramSpec> next{spec("zeta", true, 1), spec("alpha", true, 5), spec("beta", true, 5),
                                  spec("mid", true, 7), spec("eta", true, 9)};
    std::vector<ProcessNow> now{configured("mid", State::running, old_fingerprint("mid")),
                                configured("eta", State::backoff, old_fingerprint("eta")),
                                configured("old2", State::running, 1), configured("old1", State::starting, 1),
                                configured("old3", State::exited, 1), orphan("alpha", State::stopped)};
    ReloadPlan p = reload(now, next);
    REQUIRE(p.programs.size() == next.size());
    for (size_t i = 0; i < next.size(); ++i) CHECK(p.programs[i].spec == i);
    Names removed;
    for (const auto& r : p.removals) removed.push_back(r.name);
    CHECK(removed == Names{"old1", "old2", "old3"});
    CHECK(p.stops == Names{"mid", "eta", "old1", "old2"});   // restarts by priority, as the server did
    CHECK(p.starts == Names{"zeta", "alpha", "beta"});       // alpha: an orphan configured again
    CHECK((p.added == 3 && p.changed == 2 && p.removed == 3));
}

TEST_CASE("starts follow priority, then name, whatever order the list comes in") {
    std::vector<ProgramSpec> next{spec("c", true, 2), spec("b", true, 1), spec("a", true, 2)};
    CHECK(reload({}, next).starts == Names{"b", "a", "c"});
}

TEST_CASE("names match exactly: a program renamed only in case is a new program, and the old one is removed") {
    // The server's find() would have matched "Web" to "web" without case and
    // then also removed "web": one process both updated and dropped.
    std::vector<ProgramSpec> next{spec("Web")};
    ReloadPlan p = reload({configured("web", State::running, next[0].fingerprint())}, next);
    CHECK(p.programs[0].action == SpecAction::add);
    REQUIRE(p.removals.size() == 1);
    CHECK(p.removals[0].name == "web");
    CHECK(p.stops == Names{"web"});
    CHECK(p.starts == Names{"Web"});
    CHECK((p.added == 1 && p.changed == 0 && p.removed == 1));
}

TEST_CASE("an empty configuration removes every configured process; an empty table adds every program") {
    ReloadPlan gone = reload({configured("a", State::running, 1), configured("b", State::fatal, 1)}, {});
    CHECK(gone.programs.empty());
    CHECK(gone.stops == Names{"a"});
    CHECK((gone.added == 0 && gone.changed == 0 && gone.removed == 2));
    ReloadPlan fresh = reload({}, {spec("a"), spec("b", false)});
    CHECK(fresh.starts == Names{"a"});
    CHECK((fresh.added == 2 && fresh.changed == 0 && fresh.removed == 0));
    ReloadPlan none = reload({}, {});
    CHECK((none.programs.empty() && none.removals.empty() && none.stops.empty() && none.starts.empty()));
}

// ---------------------------------------------------------------------------
// Every small table against the server's loop before the plan.

namespace {

// What the server's RELOAD left behind, as far as the decisions go.
struct Outcome {
    struct Proc {
        uint64_t fingerprint = 0;   // of the spec it has
        bool orphan = false, start = false, stop = false, remove = false;
        State state = State::stopped;
        bool operator==(const Proc& o) const {
            return fingerprint == o.fingerprint && orphan == o.orphan && start == o.start && stop == o.stop &&
                   remove == o.remove && state == o.state;
        }
    };
    std::map<std::string, Proc> procs;
    Names writes;           // table entries flushed, in order (the recording windows)
    Names changed_log;      // "NAME: configuration changed", in order
    Names to_stop, to_start, dropped;
    int64_t added = 0, changed = 0, removed = 0;
};

std::map<std::string, Outcome::Proc> before(const std::vector<ProcessNow>& now) {
    std::map<std::string, Outcome::Proc> m;
    for (const auto& p : now) m[p.name] = {p.fingerprint, p.orphan, false, false, p.orphan, p.state};
    return m;
}

// Server::reload's decisions as they were written (find() by exact name).
Outcome transcription(const std::vector<ProcessNow>& now, const std::vector<ProgramSpec>& next) {
    Outcome o;
    o.procs = before(now);
    std::set<std::string> keep;
    for (const auto& spec : next) {
        keep.insert(spec.name);
        auto it = o.procs.find(spec.name);
        Outcome::Proc* m = it == o.procs.end() ? nullptr : &it->second;
        if (!m || m->orphan) {
            bool was_orphan = m != nullptr;
            m = &o.procs[spec.name];
            m->fingerprint = spec.fingerprint();
            m->orphan = false;
            m->remove = false;
            ++o.added;
            if (spec.autostart && (!was_orphan || sv::is_stopped_state(m->state))) {
                m->start = true;
                o.writes.push_back(spec.name);
                o.to_start.push_back(spec.name);
            }
            continue;
        }
        bool differs = spec.fingerprint() != m->fingerprint;
        m->fingerprint = spec.fingerprint();
        if (!differs) continue;
        ++o.changed;
        o.changed_log.push_back(spec.name);
        if (sv::is_running_state(m->state) || m->state == State::stopping) {
            m->start = true;
            m->stop = m->state != State::stopping;
            o.writes.push_back(spec.name);
            if (m->stop) o.to_stop.push_back(spec.name);
        }
    }
    for (auto& [name, m] : o.procs) {
        if (keep.count(name) || m.orphan) continue;
        ++o.removed;
        m.remove = true;
        m.start = false;
        m.stop = sv::is_running_state(m.state);
        o.writes.push_back(name);
        if (m.stop) o.to_stop.push_back(name);
        else if (sv::is_stopped_state(m.state)) o.dropped.push_back(name);
    }
    return o;
}

// The plan carried out as the server does (the wiring given with the plan).
Outcome carried_out(const std::vector<ProcessNow>& now, const std::vector<ProgramSpec>& next) {
    Outcome o;
    o.procs = before(now);
    ReloadPlan plan = reload(now, next);
    for (const auto& d : plan.programs) {
        const ProgramSpec& spec = next[d.spec];
        Outcome::Proc& m = o.procs[spec.name];   // add() for SpecAction::add
        m.fingerprint = spec.fingerprint();
        switch (d.action) {
        case SpecAction::add:
        case SpecAction::adopt_orphan:
            m.orphan = false;
            m.remove = false;
            if (d.start) {
                m.start = true;
                o.writes.push_back(spec.name);
            }
            break;
        case SpecAction::restart:
        case SpecAction::restart_after:
            m.start = true;
            m.stop = d.action == SpecAction::restart;
            o.writes.push_back(spec.name);
            o.changed_log.push_back(spec.name);
            break;
        case SpecAction::replace: o.changed_log.push_back(spec.name); break;
        case SpecAction::update: break;
        }
    }
    for (const auto& r : plan.removals) {
        Outcome::Proc& m = o.procs[r.name];
        m.remove = true;
        m.start = false;
        m.stop = r.action == RemoveAction::stop_then_drop;
        o.writes.push_back(r.name);
        if (r.action == RemoveAction::drop_now) o.dropped.push_back(r.name);
    }
    o.to_stop = plan.stops;
    o.to_start = plan.starts;
    o.added = plan.added;
    o.changed = plan.changed;
    o.removed = plan.removed;
    return o;
}

void check_same(const std::vector<ProcessNow>& now, const std::vector<ProgramSpec>& next) {
    Outcome want = transcription(now, next), got = carried_out(now, next);
    bool same = want.procs == got.procs && want.writes == got.writes && want.changed_log == got.changed_log &&
                want.to_stop == got.to_stop && want.to_start == got.to_start && want.dropped == got.dropped &&
                want.added == got.added && want.changed == got.changed && want.removed == got.removed;
    if (same) return;
    std::string table;
    for (const auto& p : now)
        table += p.name + (p.orphan ? " orphan " : " ") + sv::state_name(p.state) + " fp " +
                 std::to_string(p.fingerprint) + "; ";
    std::string config;
    for (const auto& s : next)
        config += s.name + " fp " + std::to_string(s.fingerprint()) + (s.autostart ? "" : " noauto") + "; ";
    FAIL_CHECK("plan differs from the server's loop; table: " << table << " configuration: " << config);
}

// For one name: what the server has (nothing, an orphan, a configured
// process with the same or another fingerprint), in which state, and what
// the configuration says (nothing, autostart, no autostart).
struct Variant {
    int has;           // 0 none, 1 orphan, 2 configured same, 3 configured changed
    State state;
    int configured;    // 0 not configured, 1 autostart, 2 autostart=false
};

std::vector<Variant> variants(const std::vector<State>& states) {
    std::vector<Variant> out;
    for (int c = 0; c < 3; ++c) {
        out.push_back({0, State::stopped, c});
        for (int has = 1; has <= 3; ++has)
            for (State s : states) out.push_back({has, s, c});
    }
    return out;
}

// Every combination of variants over `names` (priorities given per name).
void every_table(const Names& names, const std::vector<int>& priority, const std::vector<State>& states,
                 size_t* tables) {
    std::vector<Variant> vs = variants(states);
    std::vector<size_t> pick(names.size(), 0);
    for (;;) {
        std::vector<ProcessNow> now;
        std::vector<ProgramSpec> next;
        for (size_t i = 0; i < names.size(); ++i) {
            const Variant& v = vs[pick[i]];
            ProgramSpec s = spec(names[i], v.configured != 2, priority[i]);
            if (v.has == 1) now.push_back(orphan(names[i], v.state));
            if (v.has >= 2)
                now.push_back(configured(names[i], v.state, v.has == 2 ? s.fingerprint() : old_fingerprint(names[i])));
            if (v.configured) next.push_back(s);
        }
        std::stable_sort(next.begin(), next.end(), [](const ProgramSpec& a, const ProgramSpec& b) {
            return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
        });
        std::reverse(now.begin(), now.end());   // the plan must not rely on the table's order
        check_same(now, next);
        ++*tables;
        size_t k = 0;
        while (k < pick.size() && ++pick[k] == vs.size()) pick[k++] = 0;
        if (k == pick.size()) return;
    }
}

}  // namespace

TEST_CASE("every table of two processes, every state, matches the server's loop") {
    size_t tables = 0;
    std::vector<State> states(std::begin(kStates), std::end(kStates));
    every_table({"a", "b"}, {999, 999}, states, &tables);
    every_table({"a", "b"}, {2, 1}, states, &tables);
    CHECK(tables == 2 * 75 * 75);
}

TEST_CASE("every table of three processes, one state of each kind, matches the server's loop") {
    size_t tables = 0;
    std::vector<State> states{State::running, State::stopping, State::exited};
    every_table({"a", "b", "c"}, {3, 1, 2}, states, &tables);
    CHECK(tables == 30 * 30 * 30);
}
