#include "os/linux/auto_log.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>

namespace sv::os::autolog {

namespace {

// Python's tempfile names (what supervisor's mkstemp gives): 8 characters of this set.
constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789_";

std::string random_part() {
    unsigned char bytes[8] = {};
    if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
        uint64_t seed = static_cast<uint64_t>(::getpid()) * 1000003u ^ reinterpret_cast<uintptr_t>(bytes);
        for (auto& b : bytes) b = static_cast<unsigned char>(seed >>= 3);
    }
    std::string s;
    for (unsigned char b : bytes) s += kAlphabet[b % (sizeof kAlphabet - 1)];
    return s;
}

std::string key_of(const ProgramSpec& spec) { return spec.name; }   // group:name

}  // namespace

bool Files::path_for(const ProgramSpec& spec, const char* channel, std::string* path, std::string* error) {
    auto key = std::make_pair(key_of(spec), std::string(channel));
    auto it = files_.find(key);
    if (it != files_.end()) return *path = it->second, true;
    std::string dir = spec.childlogdir.empty() ? "/tmp" : spec.childlogdir;
    const std::string& name = spec.process_name.empty() ? spec.name : spec.process_name;
    std::string prefix = dir + "/" + name + "-" + channel + "---" + spec.log_identifier + "-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string candidate = prefix + random_part() + ".log";
        int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            ::close(fd);
            files_[key] = candidate;
            return *path = candidate, true;
        }
        if (errno != EEXIST) break;
    }
    *error = "couldn't make the AUTO " + std::string(channel) + " file in " + dir + ": " + std::strerror(errno);
    return false;
}

void Files::adopt(const ProgramSpec& spec, const char* channel, const std::string& path) {
    files_[{key_of(spec), channel}] = path;
}

std::string Files::existing(const ProgramSpec& spec, const char* channel) const {
    auto it = files_.find({key_of(spec), channel});
    return it == files_.end() ? std::string() : it->second;
}

bool is_auto_name(const std::string& name, const std::string& identifier) {
    std::string mark = "---" + identifier + "-";
    size_t at = name.find(mark, 1);   // `.+?`: at least one character before it
    if (at == std::string::npos) return false;
    std::string rest = name.substr(at + mark.size());
    size_t log = rest.find(".log");
    if (log == std::string::npos || log == 0) return false;   // `\S+` before ".log"
    return std::none_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(log),
                        [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; });
}

namespace {

// Every file under `dir` (canonical, ending in '/') that some process this
// one can see holds open: another server sharing the directory and the
// identifier must not lose the files its programs write to.
std::set<std::string> open_under(const std::string& dir) {
    std::set<std::string> out;
    DIR* procs = ::opendir("/proc");
    if (!procs) return out;
    while (dirent* p = ::readdir(procs)) {
        if (p->d_name[0] < '1' || p->d_name[0] > '9') continue;
        std::string fds = std::string("/proc/") + p->d_name + "/fd";
        DIR* d = ::opendir(fds.c_str());
        if (!d) continue;   // gone, or another user's
        while (dirent* f = ::readdir(d)) {
            if (f->d_name[0] == '.') continue;
            char buf[4096];
            ssize_t n = ::readlink((fds + "/" + f->d_name).c_str(), buf, sizeof buf - 1);
            if (n > 0 && static_cast<size_t>(n) > dir.size() && std::strncmp(buf, dir.c_str(), dir.size()) == 0)
                out.emplace(buf, static_cast<size_t>(n));
        }
        ::closedir(d);
    }
    ::closedir(procs);
    return out;
}

}  // namespace

size_t clear(const std::string& dir, const std::string& identifier, const std::vector<std::string>& keep) {
    char* real_dir = ::realpath(dir.c_str(), nullptr);   // /proc shows canonical names
    if (!real_dir) return 0;
    std::string canonical_dir = std::string(real_dir) + "/";
    std::free(real_dir);
    DIR* d = ::opendir(dir.c_str());
    if (!d) return 0;
    std::vector<std::string> candidates;
    while (dirent* e = ::readdir(d))
        if (is_auto_name(e->d_name, identifier)) candidates.push_back(e->d_name);
    ::closedir(d);
    if (candidates.empty()) return 0;
    std::set<std::string> busy = open_under(canonical_dir);
    busy.insert(keep.begin(), keep.end());
    size_t removed = 0;
    for (const auto& name : candidates) {
        if (busy.count(canonical_dir + name)) continue;
        if (::unlink((dir + "/" + name).c_str()) == 0) ++removed;
    }
    return removed;
}

std::string output_of(int64_t pid, int fd) {
    std::string link = "/proc/" + std::to_string(pid) + "/fd/" + std::to_string(fd);
    char buf[4096];
    ssize_t n = ::readlink(link.c_str(), buf, sizeof buf - 1);
    if (n <= 0) return {};
    std::string path(buf, static_cast<size_t>(n));
    const std::string gone = " (deleted)";
    if (path.size() > gone.size() && path.compare(path.size() - gone.size(), gone.size(), gone) == 0) return {};
    return path;
}

}  // namespace sv::os::autolog
