// How replies are shown: supervisorctl's exact status columns, JSON for
// scripts, and one message per per-name outcome.
#include <algorithm>
#include <cstdio>

#include "cond_symbols.h"
#include "client/client.h"
#include "core/msg.h"
#include "core/text.h"

namespace sv::client {

// supervisor's namespec of a reply's process: "group:name", or the name alone
// when the group has the same name (client.h).
std::string namespec(const proto::ProcessInfo& p) {
    return (p.group.empty() || p.group == p.name) ? p.name : p.group + ":" + p.name;
}

std::string status_table(const std::vector<proto::ProcessInfo>& processes) {
    size_t width = 30;
    for (const auto& p : processes) width = std::max(width, namespec(p).size());
    width += 3;  // supervisorctl: max(30, longest) + 3
    std::string out;
    for (const auto& p : processes) {
        std::string line = namespec(p);
        line.resize(std::max(width, line.size()), ' ');
        std::string state = state_name(p.state);
        state.resize(std::max<size_t>(10, state.size()), ' ');
        line += state + p.description;
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string to_json(const proto::Reply& r) {
    const auto& cat = msg::Catalogue::builtin();
    const msg::Message* m = cat.find(r.status);
    std::string out = "{\"status\":" + std::to_string(r.status) + ",\"message\":\"" +
                      (m ? m->ident : std::string()) + "\",\"processes\":[";
    for (size_t i = 0; i < r.processes.size(); ++i) {
        const auto& p = r.processes[i];
        const msg::Message* res = p.result ? cat.find(p.result) : nullptr;
        out += std::string(i ? "," : "") + "{\"name\":\"" + json_escape(p.name) + "\",\"group\":\"" +
               json_escape(p.group) + "\",\"state\":\"" + state_name(p.state) + "\",\"statecode\":" +
               std::to_string(static_cast<unsigned>(p.state)) + ",\"pid\":" + std::to_string(p.pid) +
               ",\"since\":" + std::to_string(p.since) + ",\"now\":" + std::to_string(p.now) +
               ",\"exitstatus\":" + std::to_string(p.exit.value) + ",\"description\":\"" +
               json_escape(p.description) + "\",\"result\":\"" + (res ? res->ident : std::string()) + "\"}";
    }
    out += "],\"lines\":[";
    for (size_t i = 0; i < r.lines.size(); ++i)
        out += std::string(i ? "," : "") + "\"" + json_escape(r.lines[i]) + "\"";
    return out + "]}\n";
}

}  // namespace sv::client
