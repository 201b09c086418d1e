// Shared by the configuration tests (config_test.cpp, config_limits_test.cpp,
// config_compat_test.cpp): an in-memory os::FileAccess and small helpers.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/config_internal.h"
#include "os/file_access.h"

namespace sv::cfgtest {

// Shell-style wildcard match of * and ? (enough for include patterns).
inline bool glob_match(const char* p, const char* s) {
    if (*p == '\0') return *s == '\0';
    if (*p == '*') return glob_match(p + 1, s) || (*s != '\0' && *s != '/' && glob_match(p, s + 1));
    if (*s == '\0') return false;
    return (*p == '?' || *p == *s) && glob_match(p + 1, s + 1);
}

class MemFiles : public os::FileAccess {
public:
    std::map<std::string, std::string> files;
    std::optional<std::string> read(const std::string& path, std::string* error) override {
        auto it = files.find(path);
        if (it == files.end()) {
            *error = "No such file or directory";
            return std::nullopt;
        }
        return it->second;
    }
    std::vector<std::string> expand(const std::string& pattern) override {
        std::vector<std::string> out;
        for (const auto& kv : files)
            if (glob_match(pattern.c_str(), kv.first.c_str())) out.push_back(kv.first);
        return out;
    }
    std::string directory_of(const std::string& path) override {
        size_t slash = path.rfind('/');
        if (slash == std::string::npos) return ".";
        return slash == 0 ? "/" : path.substr(0, slash);
    }
    std::string resolve(const std::string& base, const std::string& rel) override {
        if (!rel.empty() && rel[0] == '/') return rel;
        std::string dir = directory_of(base);
        return dir + (dir.back() == '/' ? "" : "/") + rel;
    }
};

inline std::string slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline std::string golden(const std::string& name) {
    std::string here = __FILE__;
    return here.substr(0, here.rfind('/')) + "/golden/config/" + name;
}

inline const std::string kServer = "[supervisord]\nlogfile=/tmp/sv.log\n";

inline Config load_text(const std::string& text, Platform p = Platform::posix, const std::string& path = "/etc/sv/sv.conf") {
    MemFiles fs;
    fs.files[path] = text;
    ConfigContext ctx;
    ctx.platform = p;
    ctx.host_node_name = "node1";
    ctx.env = {{"HOME", "/home/op"}};
    return load_config(path, fs, ctx);
}

inline std::vector<std::string> formatted(const Config& c) {
    std::vector<std::string> out;
    for (const auto& d : c.diagnostics) out.push_back(d.format());
    return out;
}

inline bool has_diag(const Config& c, const std::string& fragment) {
    auto all = formatted(c);
    return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(fragment) != std::string::npos; });
}

// True when the configuration has no error; otherwise shows every diagnostic.
inline bool ok_or_dump(const Config& c) {
    if (!c.ok())
        for (const auto& d : c.diagnostics) MESSAGE(d.format());
    return c.ok();
}

inline size_t count_warnings(const Config& c) {
    return static_cast<size_t>(std::count_if(c.diagnostics.begin(), c.diagnostics.end(), [](const Diagnostic& d) { return d.warning; }));
}


}  // namespace sv::cfgtest
