#include "core/select_plan.h"

#include "core/text.h"

namespace sv::plan {

namespace {

bool names_all(const std::vector<std::string>& names) {
    for (const auto& n : names)
        if (equal_nocase(n, "ALL")) return true;
    return false;
}

// "group:*" or "group:name": every process of that group the rest names.
void group_hits(std::string_view group, std::string_view rest, const std::vector<Candidate>& processes,
                std::vector<size_t>* hits) {
    for (size_t i = 0; i < processes.size(); ++i)
        if (equal_nocase(processes[i].group, group) && (rest == "*" || equal_nocase(rest, processes[i].name)))
            hits->push_back(i);
}

// The process spelled `name` exactly, else the first whose name differs
// only in case. Among processes of that name (programs in different groups
// may share one) supervisor's choice comes first: the one of the group
// of that name.
void name_hit(std::string_view name, const std::vector<Candidate>& processes, std::vector<size_t>* hits) {
    for (size_t i = 0; i < processes.size(); ++i)
        if (processes[i].name == name && processes[i].group == name) {
            hits->push_back(i);
            return;
        }
    size_t folded = processes.size();
    for (size_t i = 0; i < processes.size(); ++i) {
        if (processes[i].name == name) {
            hits->push_back(i);
            return;
        }
        if (folded == processes.size() && equal_nocase(processes[i].name, name)) folded = i;
    }
    if (folded != processes.size()) hits->push_back(folded);
}

}  // namespace

Selection select(const std::vector<std::string>& names, bool flag_all, bool empty_means_all,
                 const std::vector<Candidate>& processes) {
    Selection s;
    s.all = flag_all || (names.empty() && empty_means_all) || names_all(names);
    if (s.all) {
        for (size_t i = 0; i < processes.size(); ++i) s.chosen.push_back(i);
        return s;
    }
    std::vector<bool> taken(processes.size(), false);
    std::vector<size_t> hits;
    for (size_t k = 0; k < names.size(); ++k) {
        std::string_view n = names[k];
        hits.clear();
        auto colon = n.find(':');
        if (colon != std::string_view::npos)
            group_hits(n.substr(0, colon), n.substr(colon + 1), processes, &hits);
        else
            name_hit(n, processes, &hits);
        if (hits.empty()) s.missing.push_back(k);
        for (size_t h : hits)
            if (!taken[h]) {
                taken[h] = true;
                s.chosen.push_back(h);
            }
    }
    return s;
}

}  // namespace sv::plan
