// Which processes a request names, decided without touching anything: the
// server lists its processes, `plan::select` says which of them the names
// select and which names select nothing (%SUPERVISE-E-NOSUCHPROG). Pure: std
// only; tests/select_plan_test.cpp pins every case.
//
// The rules (supervisorctl's, with DCL's indifference to case):
//  - everything, in name order, when the request has the ALL flag, when any
//    of its names is ALL (any case), or when it has no names and the request
//    takes "no names" as everything (STATUS); nothing is then missing;
//  - otherwise each name in request order: "group:*" selects the group's
//    processes, "group:name" the one of that group with that name (group and
//    name in any case; "group:" alone selects nothing), any other name the
//    process of that name: spelled exactly (when programs of several groups
//    have a process of that name, the one whose group has that name, as
//    supervisor reads a plain name as name:name, else the first in name
//    order), else the one whose name differs only in case (the first in
//    name order if several do);
//  - a process named twice is selected once, where it was first named; a
//    name that selects nothing is missing, once per time it is given.
// A process's group is its [group:g], or its program name when it has none;
// an orphan's is the program name its table entry records.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sv::plan {

// One process the server has. The views must outlive the call.
struct Candidate {
    std::string_view name;
    std::string_view group;   // group_name, or program_name when empty
};

struct Selection {
    std::vector<size_t> chosen;    // indices into the candidates, in selection order
    std::vector<size_t> missing;   // indices into the names that selected nothing, in order
    bool all = false;              // everything was selected
};

// `processes` in name order (the server's table order: std::map of names,
// compared byte by byte); `flag_all`: the request's ALL flag;
// `empty_means_all`: the request takes no names as everything (STATUS).
Selection select(const std::vector<std::string>& names, bool flag_all, bool empty_means_all,
                 const std::vector<Candidate>& processes);

}  // namespace sv::plan
