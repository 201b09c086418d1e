// supervisor's "desc" column (supervisor/rpcinterface.py _interpretProcessInfo,
// reference/peers.md §4.5), so scripts written for supervisorctl keep working.
#include <ctime>
#include <string>

#include "server/server.h"

namespace sv::server {

namespace {
// Python's timedelta text: "2:03:04", "1 day, 2:03:04", "3 days, 0:00:01".
std::string uptime_text(int64_t seconds) {
    if (seconds < 0) seconds = 0;
    int64_t days = seconds / 86400, rest = seconds % 86400;
    char hms[32];
    std::snprintf(hms, sizeof hms, "%lld:%02lld:%02lld", static_cast<long long>(rest / 3600),
                  static_cast<long long>(rest % 3600 / 60), static_cast<long long>(rest % 60));
    if (days == 0) return hms;
    return std::to_string(days) + (days == 1 ? " day, " : " days, ") + hms;
}

// "Nov 23 07:10 PM" in local time.
std::string stop_time_text(int64_t wall) {
    std::time_t t = static_cast<std::time_t>(wall);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%b %d %I:%M %p", &tm);
    return buf;
}
}  // namespace

std::string describe_process(const Managed& m, int64_t wall_now) {
    const fsm::Process& p = m.proc;
    switch (p.state) {
    case State::running:
        return "pid " + std::to_string(p.pid) + ", uptime " + uptime_text(wall_now - p.since_wall);
    case State::stopped:
    case State::exited:
        return p.ever_started ? stop_time_text(p.since_wall) : "Not started";
    case State::backoff:
    case State::fatal:
        return p.spawnerr.empty() ? "unknown error (try \"tail " + m.spec.name + "\")" : p.spawnerr;
    default:
        return "";
    }
}

}  // namespace sv::server
