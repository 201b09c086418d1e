// files.h: the simulator's files (the broker's $CREPRC output files, and
// LIB$FIND_FILE / LIB$DELETE_FILE in libvmssim). Behaviours: sim/CONTRACT.md
// rows FIL-n.
//
// A specification maps to a Linux directory and a file name:
//  - the device part (`NAME:`) is looked up as a logical name (`translate`, at
//    most 10 levels); a translation beginning with '/' is a Linux directory;
//  - a specification beginning with '/' is a Linux path (as the VSI C RTL
//    accepts UNIX-style names);
//  - anything left of the name that is not a Linux directory (an untranslated
//    device, a [directory]) is folded into the file name, in `default_dir`
//    (the simulator's run directory), as the simulator always did.
// Versions: version n of NAME.TYPE is the Linux file "NAME.TYPE;n"; the name
// without a version is a hard link to the highest version, so that a Linux
// reader (or a C program's fopen of the name, which on OpenVMS opens the
// highest version) sees the newest one. Names compare case-blind (ODS-5 keeps
// the case given, finds any). A plain Linux file with no versions beside it
// counts as version 1.
#ifndef VMSSIM_FILES_H
#define VMSSIM_FILES_H

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace vmssim::files {

// RMS: version numbers run from 1 to 32767 [D] (RMS Reference: the version
// field is a decimal number up to 32767; creation past it fails).
constexpr int kMaxVersion = 32767;

struct Spec {
    std::string dir;   // Linux directory
    std::string name;  // NAME.TYPE (case as given)
    // The version part: none (""), "*" (every version), ";0"/";" (the
    // highest), a positive number, or a negative one (relative to the highest).
    bool has_version = false;
    bool any_version = false;
    int version = 0;   // 0: the highest (or, creating, a new one); < 0 relative
    bool ok = false;
};

using Translate = std::function<bool(const std::string &lognam, std::string *eqv)>;

inline std::string upper(std::string s) {
    for (auto &ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return s;
}

inline bool same_name(const std::string &a, const std::string &b) { return upper(a) == upper(b); }

inline Spec parse(std::string spec, const Translate &translate, const std::string &default_dir) {
    Spec s;
    while (!spec.empty() && spec.back() == ' ') spec.pop_back();
    // Logical name in the device position (10 levels, as RMS's limit on
    // iterative translation is small) [D: RMS translates the device field].
    for (int i = 0; i < 10 && !spec.empty() && spec[0] != '/'; ++i) {
        auto colon = spec.find(':');
        if (colon == std::string::npos || colon == 0) break;
        std::string eqv;
        if (!translate || !translate(spec.substr(0, colon), &eqv) || eqv.empty()) break;
        std::string rest = spec.substr(colon + 1);
        if (eqv[0] == '/' && eqv.back() != '/') eqv += '/';
        spec = eqv + rest;
    }
    std::string prefix;
    std::string file = spec;
    if (!spec.empty() && spec[0] == '/') {
        auto slash = spec.rfind('/');
        s.dir = slash == 0 ? "/" : spec.substr(0, slash);
        file = spec.substr(slash + 1);
    } else {
        auto cut = spec.find_last_of(":]>");
        if (cut != std::string::npos) {
            prefix = spec.substr(0, cut + 1);
            file = spec.substr(cut + 1);
        }
        s.dir = default_dir;
    }
    auto semi = file.find(';');
    if (semi != std::string::npos) {
        std::string v = file.substr(semi + 1);
        file.resize(semi);
        s.has_version = true;
        if (v == "*") {
            s.any_version = true;
        } else if (!v.empty()) {
            char *end = nullptr;
            long n = std::strtol(v.c_str(), &end, 10);
            if (*end || n > kMaxVersion || n < -kMaxVersion) return s;
            s.version = static_cast<int>(n);
        }
    }
    if (file.empty() || file.find('/') != std::string::npos) return s;
    for (char ch : prefix) s.name += std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' ? ch : '_';
    s.name += file;
    s.ok = true;
    return s;
}

// The versions of `name` in `dir`, highest first: (version, Linux file name).
// A plain file with no version beside it becomes version 1 (linked as such)
// unless `adopt_plain` is false.
inline std::vector<std::pair<int, std::string>> versions(const std::string &dir, const std::string &name,
                                                         bool adopt_plain = true) {
    std::vector<std::pair<int, std::string>> out;
    std::string plain;
    if (DIR *d = ::opendir(dir.c_str())) {
        while (dirent *e = ::readdir(d)) {
            std::string f = e->d_name;
            auto semi = f.rfind(';');
            if (semi == std::string::npos) {
                if (same_name(f, name)) plain = f;
                continue;
            }
            if (!same_name(f.substr(0, semi), name)) continue;
            char *end = nullptr;
            long n = std::strtol(f.c_str() + semi + 1, &end, 10);
            if (*end || n < 1 || n > kMaxVersion) continue;
            out.emplace_back(static_cast<int>(n), f);
        }
        ::closedir(d);
    }
    if (out.empty() && !plain.empty() && adopt_plain) {
        std::string v1 = plain + ";1";
        if (::link((dir + "/" + plain).c_str(), (dir + "/" + v1).c_str()) == 0) out.emplace_back(1, v1);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    return out;
}

// Points the plain name at the highest version left (or removes it).
inline void relink(const std::string &dir, const std::string &name) {
    auto v = versions(dir, name, false);
    std::string plain = dir + "/" + name;
    if (v.empty()) {
        ::unlink(plain.c_str());
        return;
    }
    // A link under a name of this process, renamed over the plain name (a
    // reader sees the old or the new file); rename() leaves it when both are
    // already the same file, so it is removed after either way.
    std::string tmp = plain + ";tmp" + std::to_string(::getpid());
    ::unlink(tmp.c_str());
    if (::link((dir + "/" + v.front().second).c_str(), tmp.c_str()) == 0) {
        ::rename(tmp.c_str(), plain.c_str());
        ::unlink(tmp.c_str());
    }
}

// Creates a new version for writing, as RMS $CREATE does: without a version
// (or with ;0) one above the highest, 1 when there is none [D]; an explicit
// version that exists is refused (no supersede here). Past 32767: refused.
// Returns the descriptor (-1 on failure) and the Linux path.
inline int create(const Spec &s, std::string *path) {
    if (!s.ok || s.any_version || s.version < 0) return -1;
    auto v = versions(s.dir, s.name);
    int n = s.version > 0 ? s.version : (v.empty() ? 1 : v.front().first + 1);
    if (n > kMaxVersion) {
        errno = ENOSPC;
        return -1;
    }
    *path = s.dir + "/" + s.name + ";" + std::to_string(n);
    int fd = ::open(path->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) relink(s.dir, s.name);
    return fd;
}

// The versions a specification names, highest first: all of them (;*), one
// exact version, the highest (no version, ";", ";0") or one relative to it.
inline std::vector<std::pair<int, std::string>> matching(const Spec &s) {
    auto v = versions(s.dir, s.name);
    if (s.any_version) return v;
    std::vector<std::pair<int, std::string>> out;
    if (s.version > 0) {
        for (const auto &x : v)
            if (x.first == s.version) out.push_back(x);
    } else if (static_cast<std::size_t>(-s.version) < v.size()) {
        out.push_back(v[static_cast<std::size_t>(-s.version)]);
    }
    return out;
}

// Deletes one version (its Linux file name in the spec's directory).
inline bool erase(const Spec &s, const std::string &file) {
    if (::unlink((s.dir + "/" + file).c_str()) != 0) return false;
    relink(s.dir, s.name);
    return true;
}

}  // namespace vmssim::files
#endif
