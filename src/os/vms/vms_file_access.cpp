// Files on OpenVMS (src/os/file_access.h), with the C++ library only.
//
// A file specification with a directory in brackets ("DKA0:[SV]A.CONF") has
// its directory up to the ']' (or the device up to the ':'); a relative name
// is resolved against it. Other names are taken as POSIX-style paths, which
// the VSI C RTL also accepts (and which the simulator runs with).
// Wildcards: '*' and '?' in the last component (POSIX style) or in the name
// part of a VMS spec ('%' as the one-character wildcard). On OpenVMS proper
// LIB$FIND_FILE would search-list the directory; the simulator's LIB$FIND_FILE
// takes version wildcards only (tests/vms/sim/CONTRACT.md FIL-5), so the
// directory is listed with std::filesystem.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "core/text.h"
#include "os/file_access.h"

namespace sv::os {

namespace {

bool vms_spec(const std::string& p) { return p.find(']') != std::string::npos || p.find('>') != std::string::npos; }

// '*' any run, '?' or '%' one character; case-blind for VMS specs.
bool match(const char* pat, const char* s, bool fold) {
    auto same = [fold](char a, char b) {
        if (!fold) return a == b;
        return upcase(a) == upcase(b);   // core/text.h
    };
    const char* star = nullptr;
    const char* back = nullptr;
    while (*s) {   // bounded: each pass advances s, or back-tracks to a later s
        if (*pat == '*') {
            star = pat++;
            back = s;
        } else if ((*pat == '?' || *pat == '%' || same(*pat, *s)) && *pat) {
            ++pat;
            ++s;
        } else if (star) {
            pat = star + 1;
            s = ++back;
        } else {
            return false;
        }
    }
    while (*pat == '*') ++pat;
    return *pat == '\0';
}

class VmsFiles : public FileAccess {
public:
    std::optional<std::string> read(const std::string& path, std::string* error) override {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            if (error) *error = "Is a directory";
            return std::nullopt;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            if (error) *error = "No such file or directory";
            return std::nullopt;
        }
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    std::vector<std::string> expand(const std::string& pattern) override {
        std::vector<std::string> out;
        std::string dir = directory_of(pattern);
        std::string name = pattern.substr(pattern.size() - last_part(pattern).size());
        bool fold = vms_spec(pattern);
        std::error_code ec;
        std::string list_dir = dir == "." ? std::string(".") : dir;
        for (auto it = std::filesystem::directory_iterator(list_dir, ec);
             !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
            if (!it->is_regular_file(ec)) continue;
            std::string file = it->path().filename().string();
            if (!match(name.c_str(), file.c_str(), fold)) continue;
            out.push_back(dir == "." && pattern.find('/') == std::string::npos ? file : resolve(pattern, file));
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    std::string directory_of(const std::string& path) override {
        if (vms_spec(path)) {
            size_t close = path.find_last_of("]>");
            return path.substr(0, close + 1);
        }
        size_t slash = path.find_last_of('/');
        if (slash == std::string::npos) {
            size_t colon = path.find(':');
            return colon == std::string::npos ? "." : path.substr(0, colon + 1);
        }
        size_t end = path.find_last_not_of('/', slash);
        if (end == std::string::npos) return "/";
        return path.substr(0, end + 1);
    }

    std::string resolve(const std::string& base_file, const std::string& relative) override {
        if (relative.empty() || relative[0] == '/' || vms_spec(relative) || relative.find(':') != std::string::npos)
            return relative;
        std::string dir = directory_of(base_file);
        if (dir == ".") return relative;
        if (dir.back() == '/' || dir.back() == ']' || dir.back() == '>' || dir.back() == ':') return dir + relative;
        return dir + "/" + relative;
    }

private:
    std::string last_part(const std::string& p) {
        size_t cut = p.find_last_of(vms_spec(p) ? "]>" : "/");
        return cut == std::string::npos ? p : p.substr(cut + 1);
    }
};

}  // namespace

std::unique_ptr<FileAccess> make_file_access() { return std::make_unique<VmsFiles>(); }

}  // namespace sv::os
