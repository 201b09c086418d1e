#include "os/linux/auto_log.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

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

size_t clear(const std::string& dir, const std::string& identifier, const std::vector<std::string>& keep) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return 0;
    size_t removed = 0;
    while (dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (!is_auto_name(name, identifier)) continue;
        std::string path = dir + "/" + name;
        char* real = ::realpath(path.c_str(), nullptr);   // keep holds /proc's canonical names
        std::string canonical = real ? real : path;
        std::free(real);
        if (std::find(keep.begin(), keep.end(), canonical) != keep.end()) continue;
        if (::unlink(path.c_str()) == 0) ++removed;
    }
    ::closedir(d);
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
