// src/sources.txt, the one source list CMake and descrip.mms read, against the
// files on disk: every .cpp under src/ and tests/ listed once and existing, in
// its component's folder, and DESIGN.md §2's naming rule for VMS object
// modules (file names [a-z0-9_] plus one dot, at most 31 characters, unique).
// tests/vms/ is outside: it is built by its own CMakeLists.txt.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "core/text.h"
#include "os/file_access.h"

namespace {

namespace fs = std::filesystem;

struct Listed {
    std::string component;
    std::string path;  // from the top of the tree, '/' separated
    int line = 0;
};

struct SourceList {
    std::vector<Listed> files;
    std::set<std::string> components;
    std::vector<std::string> errors;  // lines that are neither header nor path
};

// Reads the format described at the head of src/sources.txt, independently of
// CMakeLists.txt's reader.
SourceList parse_list(const std::string& text) {
    SourceList out;
    std::string component;
    std::istringstream in(text);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        std::string where = "src/sources.txt:" + std::to_string(number) + ": ";
        if (std::any_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) > 0x7e; }))
            out.errors.push_back(where + "not ASCII (CMake's file(STRINGS) cuts lines there)");
        if (line.empty() || line[0] == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            component = line.substr(1, line.size() - 2);
            if (component.empty() || component.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") !=
                                         std::string::npos)
                out.errors.push_back(where + "component names are [a-z0-9_]: " + line);
            out.components.insert(component);
        } else if (component.empty()) {
            out.errors.push_back(where + "a file before the first [component]: " + line);
        } else if (line.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_./") != std::string::npos ||
                   line.size() < 5 || line.compare(line.size() - 4, 4, ".cpp") != 0) {
            out.errors.push_back(where + "not a .cpp path of [a-z0-9_./] alone on its line: '" + line + "'");
        } else {
            out.files.push_back({component, line, number});
        }
    }
    return out;
}

// The folder each component's files live in, and a folder below it they must
// not come from. CMakeLists.txt builds exactly these.
struct Home {
    const char* folder;
    const char* not_below;
};
const std::map<std::string, Home> kHomes = {
    {"core", {"src/core/", nullptr}},         {"os_linux", {"src/os/linux/", nullptr}},
    {"os_vms", {"src/os/vms/", nullptr}},     {"server", {"src/server/", nullptr}},
    {"supervisord", {"src/server/", nullptr}}, {"client", {"src/client/", nullptr}},
    {"supervise", {"src/client/", nullptr}},  {"tests", {"tests/", "tests/fuzz/"}},
    {"fuzz", {"tests/fuzz/", nullptr}},
};

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

std::string file_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// DESIGN.md §2: [a-z0-9_], one dot, at most 31 characters.
bool vms_name(const std::string& name) {
    size_t dot = name.find('.');
    return name.size() <= 31 && dot != std::string::npos && dot > 0 && dot + 1 < name.size() &&
           name.find('.', dot + 1) == std::string::npos &&
           name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.") == std::string::npos;
}

// Every problem, one line each. `on_disk`: the .cpp and .h files under src/
// and tests/ (tests/vms/ left out), paths from the top of the tree.
std::vector<std::string> check(const SourceList& list, const std::vector<std::string>& on_disk) {
    std::vector<std::string> problems = list.errors;
    std::set<std::string> disk(on_disk.begin(), on_disk.end());
    std::map<std::string, int> seen;
    for (const auto& f : list.files) {
        std::string where = "src/sources.txt:" + std::to_string(f.line) + ": " + f.path;
        if (seen.count(f.path))
            problems.push_back(where + " is listed again (first on line " + std::to_string(seen[f.path]) + ")");
        seen.emplace(f.path, f.line);
        if (!disk.count(f.path)) problems.push_back(where + " does not exist");
        auto home = kHomes.find(f.component);
        if (home != kHomes.end() && (!starts_with(f.path, home->second.folder) ||
                                     (home->second.not_below && starts_with(f.path, home->second.not_below))))
            problems.push_back(where + " is not in " + home->second.folder + ", the folder of [" + f.component + "]");
    }
    for (const auto& c : list.components)
        if (!kHomes.count(c)) problems.push_back("src/sources.txt: [" + c + "] is no component CMakeLists.txt builds");
    std::map<std::string, std::string> names;
    for (const auto& path : on_disk) {
        bool cpp = path.size() > 4 && path.compare(path.size() - 4, 4, ".cpp") == 0;
        if (cpp && !seen.count(path)) problems.push_back(path + " is not listed in src/sources.txt");
        std::string name = file_name(path);
        if (!vms_name(name)) problems.push_back(path + ": a file name is [a-z0-9_] and one dot, at most 31 characters");
        auto [it, fresh] = names.emplace(name, path);
        if (!fresh) problems.push_back(path + ": the name is taken by " + it->second + " (VMS object modules are named after files)");
    }
    return problems;
}

std::vector<std::string> files_on_disk(const fs::path& top) {
    std::vector<std::string> out;
    for (const char* dir : {"src", "tests"}) {
        for (auto it = fs::recursive_directory_iterator(top / dir); it != fs::recursive_directory_iterator(); ++it) {
            std::string rel = fs::relative(it->path(), top).generic_string();
            if (it->is_directory() && rel == "tests/vms") {
                it.disable_recursion_pending();
                continue;
            }
            std::string ext = it->path().extension().string();
            if (it->is_regular_file() && (ext == ".cpp" || ext == ".h")) out.push_back(rel);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The problems `check` finds in a list given as text.
std::vector<std::string> problems_of(const std::string& list_text, const std::vector<std::string>& on_disk) {
    return check(parse_list(list_text), on_disk);
}

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

}  // namespace

TEST_SUITE("sources") {

TEST_CASE("src/sources.txt lists every source on disk, and only those, by DESIGN's naming rule") {
    fs::path top = SV_SOURCE_DIR;
    std::string error;
    auto text = sv::os::make_file_access()->read((top / "src/sources.txt").string(), &error);
    REQUIRE_MESSAGE(text, error);
    SourceList list = parse_list(*text);
    REQUIRE(list.files.size() > 50);
    std::vector<std::string> problems = check(list, files_on_disk(top));
    CHECK_MESSAGE(problems.empty(), sv::join(problems, "\n"));
    CHECK(list.components == std::set<std::string>{"core", "os_linux", "os_vms", "server", "supervisord", "client",
                                                   "supervise", "tests", "fuzz"});
}

TEST_CASE("the check passes a clean list and names each kind of problem") {
    const std::vector<std::string> disk = {"src/core/a.cpp", "src/core/a.h", "src/server/b.cpp",
                                           "tests/fuzz/f_fuzz.cpp"};
    auto clean = problems_of("# c\n\n[core]\nsrc/core/a.cpp\n[server]\nsrc/server/b.cpp\n[os_vms]\n"
                             "[fuzz]\ntests/fuzz/f_fuzz.cpp\n",
                             disk);
    CHECK_MESSAGE(clean.empty(), sv::join(clean, "\n"));

    const std::string name31 = std::string(29, 'x') + ".h", name32 = std::string(30, 'y') + ".h";
    struct Case {
        std::string list;
        std::vector<std::string> disk;
        std::vector<std::string> expected;  // a problem mentioning each
    };
    const Case cases[] = {
        {"[core]\nsrc/core/a.cpp\nsrc/core/gone.cpp\nsrc/core/a.cpp\n[fuzz]\ntests/fuzz/f_fuzz.cpp\n",
         disk,
         {"src/server/b.cpp is not listed", ":3: src/core/gone.cpp does not exist",
          ":4: src/core/a.cpp is listed again (first on line 2)"}},
        {"[core]\nsrc/core/a.cpp\nsrc/server/b.cpp\n[tests]\ntests/fuzz/f_fuzz.cpp\n[extra]\n",
         disk,
         {"src/server/b.cpp is not in src/core/", "tests/fuzz/f_fuzz.cpp is not in tests/", "[extra] is no component"}},
        {"src/core/a.cpp\n[Core]\n[core]\nsrc/core/a.cpp # comment\nsrc/core/a.h\n# \xc2\xa7 2\n",
         {},
         {":1: a file before the first [component]", ":2: component names are [a-z0-9_]", ":4: not a .cpp path",
          ":5: not a .cpp path", ":6: not ASCII"}},
        {"",
         {"src/core/Upper.cpp", "src/core/two.dots.h", "src/core/dash-name.h", "src/core/.h", "src/core/" + name32},
         {"Upper.cpp: a file name is", "two.dots.h: a file name is", "dash-name.h: a file name is",
          "src/core/.h: a file name is", name32 + ": a file name is"}},
        {"", {"src/core/a.h", "src/server/a.h"}, {"src/server/a.h: the name is taken by src/core/a.h"}},
    };
    for (const auto& c : cases) {
        auto p = problems_of(c.list, c.disk);
        for (const auto& e : c.expected) CHECK_MESSAGE(mentions(p, e), e << " not in:\n" << sv::join(p, "\n"));
    }
    CHECK(problems_of("", {"src/core/" + name31}).empty());   // 31 characters are allowed
}

}  // TEST_SUITE
