#include "server/registry.h"

#include "core/text.h"

namespace sv::server {

Managed& Registry::add(const std::string& name) {
    folded_[upcase(name)] = name;
    return procs_[name];
}

void Registry::erase(const std::string& name) {
    auto it = procs_.find(name);
    if (it == procs_.end()) return;
    set_timer(it->second, -1);
    procs_.erase(it);
    // Another record may fold to the same key ("web" and "WEB"): it takes it.
    std::string key = upcase(name);
    auto f = folded_.find(key);
    if (f == folded_.end() || f->second != name) return;
    folded_.erase(f);
    for (const auto& [other, m] : procs_)
        if (upcase(other) == key) folded_[key] = other;
}

Managed* Registry::find(const std::string& name) {
    return const_cast<Managed*>(static_cast<const Registry*>(this)->find(name));
}

const Managed* Registry::find(const std::string& name) const {
    auto it = procs_.find(name);
    if (it != procs_.end()) return &it->second;
    auto f = folded_.find(upcase(name));
    if (f == folded_.end()) return nullptr;
    it = procs_.find(f->second);
    return it == procs_.end() ? nullptr : &it->second;
}

std::string Registry::take_pid(int64_t pid) {
    auto it = by_pid_.find(pid);
    if (it == by_pid_.end()) return {};
    std::string name = it->second;
    by_pid_.erase(it);
    return name;
}

std::vector<int64_t> Registry::watched_pids() const {
    std::vector<int64_t> out;
    for (const auto& [pid, name] : by_pid_) out.push_back(pid);
    return out;
}

void Registry::set_timer(Managed& m, int64_t at) {
    if (m.timer_at >= 0) timers_.erase({m.timer_at, m.spec.name});
    m.timer_at = at;
    if (at >= 0) timers_.insert({at, m.spec.name});
}

std::string Registry::pop_due(int64_t now) {
    while (!timers_.empty() && timers_.begin()->first <= now) {
        std::string name = timers_.begin()->second;
        timers_.erase(timers_.begin());
        auto it = procs_.find(name);
        if (it == procs_.end()) continue;
        it->second.timer_at = -1;
        return name;
    }
    return {};
}

std::vector<std::string> Registry::check() const {
    std::vector<std::string> bad;
    for (const auto& [name, m] : procs_) {
        if (m.spec.name != name) bad.push_back("record '" + name + "' holds the spec of '" + m.spec.name + "'");
        auto f = folded_.find(upcase(name));
        if (f == folded_.end()) bad.push_back("'" + name + "' is not found in any case");
        if (m.timer_at >= 0 && !timers_.count({m.timer_at, name}))
            bad.push_back("'" + name + "' has a deadline the timers do not hold");
    }
    for (const auto& [folded, name] : folded_)
        if (!procs_.count(name) || upcase(name) != folded) bad.push_back("case-folded '" + folded + "' names no record");
    for (const auto& [pid, name] : by_pid_)
        if (!procs_.count(name)) bad.push_back("watched pid " + std::to_string(pid) + " names no record ('" + name + "')");
    for (const auto& [at, name] : timers_) {
        auto it = procs_.find(name);
        if (it == procs_.end()) bad.push_back("a timer names no record ('" + name + "')");
        else if (it->second.timer_at != at) bad.push_back("'" + name + "' has a stray timer");
    }
    return bad;
}

}  // namespace sv::server
