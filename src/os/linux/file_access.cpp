// The Linux file system behind os::FileAccess: whole-file reads, glob(3)
// for wildcards, and plain string rules for directories and relative paths
// (no symlink resolution, no access to the disk for path arithmetic).
#include "os/file_access.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sv::os {

namespace {
class LinuxFiles : public FileAccess {
public:
    std::optional<std::string> read(const std::string& path, std::string* error) override {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return fail(errno, error);
        struct stat st{};
        if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
            int e = S_ISDIR(st.st_mode) ? EISDIR : errno;
            ::close(fd);
            return fail(e, error);
        }
        std::string text;
        if (S_ISREG(st.st_mode)) text.reserve(static_cast<size_t>(st.st_size));  // one allocation
        char buf[16384];
        for (;;) {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                int e = errno;
                ::close(fd);
                return fail(e, error);
            }
            if (n == 0) break;
            text.append(buf, static_cast<size_t>(n));
        }
        ::close(fd);
        return text;
    }

    std::vector<std::string> expand(const std::string& pattern) override {
        std::vector<std::string> out;
        glob_t g{};
        // GLOB_MARK appends '/' to directories so they can be left out: a
        // wildcard names files to read, never directories.
        if (::glob(pattern.c_str(), GLOB_MARK, nullptr, &g) == 0) {
            for (size_t k = 0; k < g.gl_pathc; ++k) {
                std::string p = g.gl_pathv[k];
                if (!p.empty() && p.back() != '/') out.push_back(std::move(p));
            }
        }
        ::globfree(&g);
        std::sort(out.begin(), out.end());   // byte order, whatever the locale
        return out;
    }

    std::string directory_of(const std::string& path) override {
        size_t slash = path.find_last_of('/');
        if (slash == std::string::npos) return ".";
        size_t end = path.find_last_not_of('/', slash);
        if (end == std::string::npos) return "/";
        return path.substr(0, end + 1);
    }

    std::string resolve(const std::string& base_file, const std::string& relative) override {
        if (!relative.empty() && relative[0] == '/') return relative;
        std::string dir = directory_of(base_file);
        if (dir == ".") return relative;
        if (dir.back() == '/') return dir + relative;
        return dir + "/" + relative;
    }

private:
    static std::optional<std::string> fail(int e, std::string* error) {
        if (error) *error = std::strerror(e);
        return std::nullopt;
    }
};
}  // namespace

std::unique_ptr<FileAccess> make_file_access() { return std::make_unique<LinuxFiles>(); }

}  // namespace sv::os
