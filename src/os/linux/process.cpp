// Linux back end of the process port: facts about and changes to the
// server's own process.
#include "os/process.h"
#include "os/linux/process_linux.h"
#include "os/linux/mapping.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <malloc.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

extern char** environ;

namespace sv::os {

namespace {

std::string errno_text(const std::string& what, int err) { return what + ": " + std::strerror(err); }

// Writes all of `n` bytes, retrying on EINTR. Used between fork and exit.
void write_all(int fd, const void* p, size_t n) {
    const char* c = static_cast<const char*>(p);
    while (n > 0) {
        ssize_t w = ::write(fd, c, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        c += w;
        n -= static_cast<size_t>(w);
    }
}

}  // namespace

int64_t current_pid() { return static_cast<int64_t>(::getpid()); }

uint32_t current_uid() { return static_cast<uint32_t>(::geteuid()); }

bool is_privileged() { return ::geteuid() == 0; }

std::string host_node_name() {
    struct utsname u {};
    if (::uname(&u) != 0) return "localhost";
    return u.nodename;
}

std::map<std::string, std::string> environment() {
    std::map<std::string, std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const char* eq = std::strchr(*e, '=');
        if (!eq || eq == *e) continue;
        env.emplace(std::string(*e, static_cast<size_t>(eq - *e)), std::string(eq + 1));  // first definition wins, as getenv
    }
    return env;
}

std::string get_env(const std::string& name) {
    const char* v = std::getenv(name.c_str());
    return v ? v : "";
}

std::string location_override(const std::string& name) { return get_env(name); }

// The parent opens the files (so a bad path is reported on the terminal),
// forks, and waits on a pipe until the child has its new session and
// descriptors; the child reports a failure through that pipe as errno.
Platform platform() { return Platform::posix; }

int exit_status(int code, uint32_t) { return code; }

std::string default_config_path() {
    static const char* const list[] = {"supervisord.conf", "/etc/supervisord.conf",
                                       "/etc/supervisor/supervisord.conf"};
    for (const char* p : list)
        if (::access(p, R_OK) == 0) return p;
    return list[0];
}

// Linux derives them from the configuration (private_directory).
bool fixed_default_locations(Locations*) { return false; }

bool detach(const ServerSpec& server, std::string* error) { return detach(server.stdout_file, error); }

bool detach(const std::string& output_given, std::string* error) {
    const std::string output = output_given.empty() ? "/dev/null" : output_given;
    int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd < 0) return *error = errno_text("/dev/null", errno), false;
    int out_fd = ::open(output.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (out_fd < 0) {
        int e = errno;
        ::close(null_fd);
        return *error = errno_text(output, e), false;
    }
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        int e = errno;
        ::close(null_fd);
        ::close(out_fd);
        return *error = errno_text("pipe", e), false;
    }
    std::fflush(nullptr);
    pid_t pid = ::fork();
    if (pid < 0) {
        int e = errno;
        for (int fd : {null_fd, out_fd, ready[0], ready[1]}) ::close(fd);
        return *error = errno_text("fork", e), false;
    }
    if (pid > 0) {
        ::close(ready[1]);
        ::close(null_fd);
        ::close(out_fd);
        int child_errno = 0;
        ssize_t n;
        do {
            n = ::read(ready[0], &child_errno, sizeof child_errno);
        } while (n < 0 && errno == EINTR);
        ::close(ready[0]);
        if (n == static_cast<ssize_t>(sizeof child_errno) && child_errno == 0) ::_exit(0);
        *error = n == static_cast<ssize_t>(sizeof child_errno) ? errno_text("daemon set-up", child_errno)
                                                               : "the daemon died while starting";
        return false;
    }
    ::close(ready[0]);
    int status = 0;
    if (::setsid() < 0 || ::dup2(null_fd, 0) < 0 || ::dup2(out_fd, 1) < 0 || ::dup2(out_fd, 2) < 0)
        status = errno;
    ::close(null_fd);
    ::close(out_fd);
    write_all(ready[1], &status, sizeof status);
    ::close(ready[1]);
    if (status != 0) ::_exit(1);
    return true;
}

bool user_exists(const std::string& name) { return lookup_user(name, nullptr, nullptr); }

bool is_current_user(const std::string& name) {
    uint32_t uid = 0;
    if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos && name.size() < 10)
        uid = static_cast<uint32_t>(std::stoul(name));
    else if (!lookup_user(name, &uid, nullptr))
        return false;
    return uid == static_cast<uint32_t>(::geteuid());
}

void set_umask(unsigned mask) { ::umask(static_cast<mode_t>(mask & 0777)); }

bool change_directory(const std::string& dir, std::string* error) {
    if (::chdir(dir.c_str()) == 0) return true;
    return *error = errno_text("directory " + dir, errno), false;
}

bool lookup_user(const std::string& name, uint32_t* uid, uint32_t* gid) {
    long hint = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buf(hint > 0 ? static_cast<size_t>(hint) : 4096);
    struct passwd pw {};
    struct passwd* found = nullptr;
    for (;;) {
        int rc = ::getpwnam_r(name.c_str(), &pw, buf.data(), buf.size(), &found);
        if (rc == ERANGE && buf.size() < (1u << 20)) {
            buf.resize(buf.size() * 2);
            continue;
        }
        if (rc != 0 || !found) return false;
        break;
    }
    if (uid) *uid = static_cast<uint32_t>(found->pw_uid);
    if (gid) *gid = static_cast<uint32_t>(found->pw_gid);
    return true;
}

std::string absolute_path(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p = path.empty() ? fs::current_path(ec) : fs::absolute(fs::path(path), ec);
    if (ec) p = fs::path(path);
    std::string s = p.lexically_normal().string();
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
}

void unset_env(const std::string& name) { ::unsetenv(name.c_str()); }

bool canonical_path(const std::string& path, std::string* out, std::string* error) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (!resolved) return *error = errno_text(path, errno), false;
    *out = resolved;
    std::free(resolved);
    return true;
}

namespace {

bool owner_of(const std::string& file, uid_t* uid, std::string* error) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return *error = errno_text(file, errno), false;
    *uid = st.st_uid;
    return true;
}

// The superuser's configurations keep their channel and table in /run (a
// tmpfs root alone may write); everybody else's in /tmp, as tmux does.
std::string private_directory_of(uid_t uid) {
    return uid == 0 ? "/run/supervise" : "/tmp/supervise-" + std::to_string(uid);
}

// lstat, so a symbolic link is seen as one and never followed.
bool verify_private(const std::string& dir, uid_t owner, std::string* error) {
    struct stat st {};
    std::string what = "private directory " + dir;
    if (::lstat(dir.c_str(), &st) != 0) return *error = errno_text(what, errno), false;
    if (S_ISLNK(st.st_mode)) return *error = what + " is a symbolic link; remove it", false;
    if (!S_ISDIR(st.st_mode)) return *error = what + " is not a directory; remove it", false;
    if (st.st_uid != owner && st.st_uid != 0)
        return *error = what + " is owned by uid " + std::to_string(st.st_uid) + ", not by uid " +
                        std::to_string(owner) + " (the configuration's owner) or root; remove it", false;
    if ((st.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return *error = what + " has mode " + mode + ": group and others have access; it must be 0700", false;
    }
    return true;
}

}  // namespace

bool check_private_directory(const std::string& dir, const std::string& config, std::string* error) {
    uid_t owner = 0;
    return owner_of(config, &owner, error) && verify_private(dir, owner, error);
}

bool private_directory(const std::string& config, bool create, std::string* dir, std::string* error) {
    uid_t owner = 0;
    if (!owner_of(config, &owner, error)) return false;
    *dir = private_directory_of(owner);
    if (create) {
        mode_t old_mask = ::umask(077);
        int r = ::mkdir(dir->c_str(), 0700);
        int e = errno;
        ::umask(old_mask);
        if (r != 0 && e != EEXIST) return *error = errno_text("cannot create private directory " + *dir, e), false;
        // Made by root for another user's configuration: it is theirs.
        if (r == 0 && owner != 0 && ::geteuid() == 0 && ::lchown(dir->c_str(), owner, static_cast<gid_t>(-1)) != 0)
            return *error = errno_text("cannot hand " + *dir + " to uid " + std::to_string(owner), errno), false;
    } else {
        struct stat st {};
        if (::lstat(dir->c_str(), &st) != 0 && errno == ENOENT) return true;   // no server made it yet
    }
    return verify_private(*dir, owner, error);
}


namespace {
rlim_t g_inherited_nofile_soft = 0;
}  // namespace

bool read_small_file(const std::string& path, std::string* out) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    out->clear();
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            return n == 0;
        }
        out->append(buf, static_cast<size_t>(n));
    }
}

rlim_t inherited_nofile_soft() { return g_inherited_nofile_soft; }

bool raise_open_file_limit(std::string* error) {
    struct rlimit rl {};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0) return *error = errno_text("getrlimit", errno), false;
    rlim_t target = rl.rlim_max;
    if (target == RLIM_INFINITY) {
        // The kernel refuses more than fs.nr_open descriptors even when unlimited.
        std::string text;
        unsigned long nr_open = read_small_file("/proc/sys/fs/nr_open", &text) ? std::strtoul(text.c_str(), nullptr, 10) : 0;
        target = nr_open > 0 ? static_cast<rlim_t>(nr_open) : static_cast<rlim_t>(1048576);
    }
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur >= target) return true;
    rlim_t before = rl.rlim_cur;
    rl.rlim_cur = target;
    if (::setrlimit(RLIMIT_NOFILE, &rl) != 0) return *error = errno_text("setrlimit RLIMIT_NOFILE", errno), false;
    g_inherited_nofile_soft = before;
    return true;
}

void release_free_memory() {
    static bool tuned = false;
    if (!tuned) {
        // Blocks of 64 KiB and more (a STATUS reply of 1000 programs) are
        // mapped on their own and unmapped when freed; a fixed threshold
        // stops glibc from raising it after the first such block is freed.
        ::mallopt(M_MMAP_THRESHOLD, 64 * 1024);
        ::mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        tuned = true;
    }
    // Free pages inside the heap go back to the system once there are more
    // than a few of them (counting them is cheap; the trim walks the heap).
    constexpr size_t kWorthIt = 256 * 1024;
    if (::mallinfo2().fordblks >= kWorthIt) ::malloc_trim(0);
}

}  // namespace sv::os
