#include "core/reload_plan.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace sv::plan {

const char* action_name(SpecAction a) {
    switch (a) {
    case SpecAction::add: return "add";
    case SpecAction::adopt_orphan: return "adopt_orphan";
    case SpecAction::restart: return "restart";
    case SpecAction::restart_after: return "restart_after";
    case SpecAction::replace: return "replace";
    case SpecAction::update: return "update";
    }
    return "?";
}

const char* action_name(RemoveAction a) {
    switch (a) {
    case RemoveAction::stop_then_drop: return "stop_then_drop";
    case RemoveAction::drop_now: return "drop_now";
    case RemoveAction::drop_when_stopped: return "drop_when_stopped";
    }
    return "?";
}

namespace {

// The decision for a program whose name the server already has.
SpecDecision decide_existing(size_t index, const ProgramSpec& spec, const ProcessNow& p) {
    SpecDecision d{index, SpecAction::update, false};
    if (p.orphan || p.removing) {
        // Configured again: no longer to be dropped. A process still being
        // stopped by the earlier RELOAD starts again once stopped.
        d.action = SpecAction::adopt_orphan;
        d.start = spec.autostart && is_stopped_state(p.state);
        d.start_after_stop = spec.autostart && p.removing && p.state == State::stopping;
    } else if (spec.fingerprint() != p.fingerprint) {
        d.action = is_running_state(p.state)   ? SpecAction::restart
                   : p.state == State::stopping ? SpecAction::restart_after
                                                : SpecAction::replace;
    }
    return d;
}

RemoveAction removal_of(State s) {
    if (is_running_state(s)) return RemoveAction::stop_then_drop;
    return is_stopped_state(s) ? RemoveAction::drop_now : RemoveAction::drop_when_stopped;
}

// Added programs with autostart, by priority then name (as autostart and
// Config::programs order them).
std::vector<std::string> start_order(const ReloadPlan& plan, const std::vector<ProgramSpec>& next) {
    std::vector<const ProgramSpec*> order;
    for (const auto& d : plan.programs)
        if (d.start) order.push_back(&next[d.spec]);
    std::stable_sort(order.begin(), order.end(), [](const ProgramSpec* a, const ProgramSpec* b) {
        return a->priority != b->priority ? a->priority < b->priority : a->name < b->name;
    });
    std::vector<std::string> names;
    for (const ProgramSpec* s : order) names.push_back(s->name);
    return names;
}

}  // namespace

ReloadPlan reload(const std::vector<ProcessNow>& now, const std::vector<ProgramSpec>& next) {
    std::map<std::string_view, const ProcessNow*> by_name;   // also gives the name order
    for (const auto& p : now) by_name.emplace(p.name, &p);
    ReloadPlan plan;
    std::set<std::string_view> configured;
    for (size_t i = 0; i < next.size(); ++i) {
        const ProgramSpec& spec = next[i];
        configured.insert(spec.name);
        auto it = by_name.find(spec.name);
        SpecDecision d = it == by_name.end() ? SpecDecision{i, SpecAction::add, spec.autostart}
                                             : decide_existing(i, spec, *it->second);
        if (d.action == SpecAction::add || d.action == SpecAction::adopt_orphan) ++plan.added;
        if (d.action == SpecAction::restart || d.action == SpecAction::restart_after ||
            d.action == SpecAction::replace)
            ++plan.changed;
        if (d.action == SpecAction::restart) plan.stops.push_back(spec.name);
        plan.programs.push_back(d);
    }
    for (const auto& [name, p] : by_name) {
        if (configured.count(name) || p->orphan || p->removing) continue;   // removed already
        Removal r{std::string(name), removal_of(p->state)};
        if (r.action == RemoveAction::stop_then_drop) plan.stops.push_back(r.name);
        plan.removals.push_back(std::move(r));
        ++plan.removed;
    }
    plan.starts = start_order(plan, next);
    return plan;
}

}  // namespace sv::plan
