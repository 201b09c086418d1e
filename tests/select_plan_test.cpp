// plan::select: each rule of name selection on its own, then every request of
// up to three names on small tables against a transcription of the
// Server::select loop it replaces (src/server/dispatch.cpp at dc9ab5a).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/select_plan.h"
#include "core/text.h"

using namespace sv::plan;   // NOLINT: the whole file is about this namespace

namespace {

using Names = std::vector<std::string>;

// A process as the server has it: name, [group:g] (empty when none), program.
struct Proc {
    std::string name, group_name, program_name;
    std::string group() const { return group_name.empty() ? program_name : group_name; }
};

// A table in name order, as Server::processes() lists it.
struct Table {
    std::vector<Proc> procs;
    std::vector<std::string> groups;   // keeps the views alive
    std::vector<Candidate> candidates() {
        groups.clear();
        for (const auto& p : procs) groups.push_back(p.group());
        std::vector<Candidate> c;
        for (size_t i = 0; i < procs.size(); ++i) c.push_back({procs[i].name, groups[i]});
        return c;
    }
};

// web and api in [group:grp]; db alone; old an orphan (its entry names the
// program "old"); Tool in [group:Tools].
Table standard() {
    return {{{"Tool", "Tools", "Tool"}, {"api", "grp", "api"}, {"db", "", "db"}, {"old", "old", "old"},
             {"web", "grp", "web"}}, {}};
}

struct Outcome {
    Names chosen;
    Names missing;
    bool all = false;
};

Outcome run(Table t, const Names& names, bool flag_all = false, bool empty_means_all = false) {
    auto c = t.candidates();
    Selection s = select(names, flag_all, empty_means_all, c);
    Outcome o;
    for (size_t i : s.chosen) o.chosen.push_back(t.procs[i].name);
    for (size_t k : s.missing) o.missing.push_back(names[k]);
    o.all = s.all;
    return o;
}

const Names kEveryone{"Tool", "api", "db", "old", "web"};

}  // namespace

TEST_CASE("everything, in name order: the ALL flag, a name ALL in any case, or no names where that means all") {
    CHECK(run(standard(), {}, true).chosen == kEveryone);
    CHECK(run(standard(), {"web"}, true).chosen == kEveryone);
    for (const char* all : {"ALL", "all", "aLl"}) {
        Outcome o = run(standard(), {"nope", all, "web"});
        CHECK(o.all);
        CHECK(o.chosen == kEveryone);
        CHECK(o.missing.empty());   // unknown names beside ALL are not reported
    }
    CHECK(run(standard(), {}, false, true).all);   // STATUS
    CHECK(run(standard(), {}, false, true).chosen == kEveryone);
    Outcome start = run(standard(), {}, false, false);   // START with no names
    CHECK_FALSE(start.all);
    CHECK(start.chosen.empty());
    CHECK(start.missing.empty());
    CHECK(run(standard(), {"grp:all"}).chosen.empty());   // only a name by itself is ALL
    CHECK_FALSE(run(standard(), {"web", "api", "db", "old", "Tool"}).all);   // every one, not ALL
}

TEST_CASE("a name: spelled exactly, or in any case") {
    CHECK(run(standard(), {"web"}).chosen == Names{"web"});
    CHECK(run(standard(), {"WEB"}).chosen == Names{"web"});
    CHECK(run(standard(), {"tool"}).chosen == Names{"Tool"});
    Outcome o = run(standard(), {"nope"});
    CHECK(o.chosen.empty());
    CHECK(o.missing == Names{"nope"});
}

TEST_CASE("names that differ only in case: the exact one, else the first in name order") {
    Table t{{{"WEB", "", "WEB"}, {"Web", "", "Web"}, {"web", "", "web"}}, {}};
    CHECK(run(t, {"web"}).chosen == Names{"web"});
    CHECK(run(t, {"Web"}).chosen == Names{"Web"});
    CHECK(run(t, {"WEB"}).chosen == Names{"WEB"});
    CHECK(run(t, {"wEB"}).chosen == Names{"WEB"});   // (the server's folded index gave the last one added)
    CHECK(run(t, {"web", "wEB", "WEB"}).chosen == Names{"web", "WEB"});
}

TEST_CASE("group:* selects the group's processes in name order; group:name one of them; any case") {
    CHECK(run(standard(), {"grp:*"}).chosen == Names{"api", "web"});
    CHECK(run(standard(), {"GRP:*"}).chosen == Names{"api", "web"});
    CHECK(run(standard(), {"grp:web"}).chosen == Names{"web"});
    CHECK(run(standard(), {"Grp:WEB"}).chosen == Names{"web"});
    CHECK(run(standard(), {"tools:tool"}).chosen == Names{"Tool"});
    CHECK(run(standard(), {"db:*"}).chosen == Names{"db"});   // no [group:x]: the program name
    CHECK(run(standard(), {"db:db"}).chosen == Names{"db"});
    for (const char* none : {"grp:db", "grp:", "grp:nope", "nope:*", "web:*", "grp:w*", "a:b:c", "*", ":*", ":"}) {
        CAPTURE(none);
        Outcome o = run(standard(), {none});
        CHECK(o.chosen.empty());
        CHECK(o.missing == Names{none});
    }
}

TEST_CASE("an orphan is selected by its name and by its program's name as group") {
    CHECK(run(standard(), {"old"}).chosen == Names{"old"});
    CHECK(run(standard(), {"OLD:*"}).chosen == Names{"old"});
    CHECK(run(standard(), {"old:old"}).chosen == Names{"old"});
}

TEST_CASE("request order, each process once where first named; every missing name, repeats kept") {
    CHECK(run(standard(), {"web", "grp:*", "web"}).chosen == Names{"web", "api"});
    CHECK(run(standard(), {"grp:*", "web"}).chosen == Names{"api", "web"});
    CHECK(run(standard(), {"db", "WEB", "web", "grp:web"}).chosen == Names{"db", "web"});
    Outcome o = run(standard(), {"nope", "db", "NOPE", "nope", "grp:x"});
    CHECK(o.chosen == Names{"db"});
    CHECK(o.missing == Names{"nope", "NOPE", "nope", "grp:x"});
}

TEST_CASE("an empty table selects nothing, and everything then is nothing") {
    Table empty;
    CHECK(run(empty, {}, true).chosen.empty());
    CHECK(run(empty, {"all"}).missing.empty());
    CHECK(run(empty, {"web", "grp:*"}).missing == Names{"web", "grp:*"});
}

// ---------------------------------------------------------------------------
// Every small request against the server's loop before the plan.

namespace {

// Server::select as it was written: procs_ by name, folded_ by upcase(name)
// (no two names here differ only in case, where its answer depended on the
// order processes were added).
Outcome transcription(const Table& t, const Names& names, bool flag_all, bool empty_means_all) {
    std::map<std::string, Proc> procs;
    std::map<std::string, std::string> folded;
    for (const auto& p : t.procs) {
        procs[p.name] = p;
        folded[sv::upcase(p.name)] = p.name;
    }
    auto find = [&](const std::string& n) -> const Proc* {
        auto it = procs.find(n);
        if (it != procs.end()) return &it->second;
        auto f = folded.find(sv::upcase(n));
        return f == folded.end() ? nullptr : &procs.at(f->second);
    };
    Outcome o;
    bool all = flag_all || (names.empty() && empty_means_all);
    for (const auto& n : names)
        if (sv::upcase(n) == "ALL") all = true;
    if (all) {
        for (const auto& [name, p] : procs) o.chosen.push_back(name);
        return o;
    }
    for (const auto& n : names) {
        Names hits;
        auto colon = n.find(':');
        if (colon != std::string::npos) {
            std::string group = sv::upcase(n.substr(0, colon)), rest = n.substr(colon + 1);
            for (const auto& [name, p] : procs)
                if (sv::upcase(p.group()) == group && (rest == "*" || sv::upcase(rest) == sv::upcase(name)))
                    hits.push_back(name);
        } else if (const Proc* p = find(n)) {
            hits.push_back(p->name);
        }
        if (hits.empty()) o.missing.push_back(n);
        for (const auto& h : hits)
            if (std::find(o.chosen.begin(), o.chosen.end(), h) == o.chosen.end()) o.chosen.push_back(h);
    }
    return o;
}

const Names kTokens{"web", "WEB", "Tool", "tool", "db", "nope", "all", "ALL", "old",
                    "grp:*", "GRP:web", "grp:API", "grp:db", "grp:", "tools:*", "db:*", "a:b:c", "*"};

// Every request of up to `longest` tokens, with each flag, on `t`.
size_t every_request(const Table& t, size_t longest) {
    size_t requests = 0;
    std::vector<size_t> pick;
    for (size_t len = 0; len <= longest; ++len) {
        pick.assign(len, 0);
        for (;;) {
            Names names;
            for (size_t k : pick) names.push_back(kTokens[k]);
            for (int flags = 0; flags < 4; ++flags) {
                bool flag_all = flags & 1, empty_means_all = flags & 2;
                Outcome want = transcription(t, names, flag_all, empty_means_all);
                Outcome got = run(t, names, flag_all, empty_means_all);
                if (want.chosen != got.chosen || want.missing != got.missing) {
                    std::string req, table;
                    for (const auto& n : names) req += n + " ";
                    for (const auto& p : t.procs) table += p.name + "(" + p.group() + ") ";
                    FAIL_CHECK("differs from the server's loop: request " << req << "flags " << flags
                               << " table " << table);
                }
                ++requests;
            }
            size_t k = 0;
            while (k < pick.size() && ++pick[k] == kTokens.size()) pick[k++] = 0;
            if (k == pick.size()) break;
        }
    }
    return requests;
}

}  // namespace

TEST_CASE("every request of up to two names on every subset of a table matches the server's loop") {
    Table full = standard();
    size_t requests = 0;
    for (unsigned mask = 0; mask < (1u << full.procs.size()); ++mask) {
        Table t;
        for (size_t i = 0; i < full.procs.size(); ++i)
            if (mask & (1u << i)) t.procs.push_back(full.procs[i]);
        requests += every_request(t, 2);
    }
    CHECK(requests == 32 * 4 * (1 + 18 + 18 * 18));
}

TEST_CASE("every request of three names on the whole table matches the server's loop") {
    CHECK(every_request(standard(), 3) == 4 * (1 + 18 + 18 * 18 + 18 * 18 * 18));
}

TEST_CASE("one process name in several groups: group:name picks one, a plain name supervisor's name:name first") {
    // In the server's order (by group:name): a:worker, b:worker, worker.
    Table t{{{"worker", "a", "one"}, {"worker", "b", "two"}, {"worker", "", "worker"}}, {}};
    auto c = t.candidates();
    auto pick = [&](const Names& names) {
        std::vector<size_t> idx = select(names, false, false, c).chosen;
        Names out;
        for (size_t i : idx) out.push_back(t.groups[i] + ":" + t.procs[i].name);
        return out;
    };
    CHECK(pick({"b:worker"}) == Names{"b:worker"});
    CHECK(pick({"a:*"}) == Names{"a:worker"});
    CHECK(pick({"worker"}) == Names{"worker:worker"});
    Table two{{{"worker", "a", "one"}, {"worker", "b", "two"}}, {}};
    auto c2 = two.candidates();
    CHECK(select({"worker"}, false, false, c2).chosen == std::vector<size_t>{0});   // the first in name order
}
