// The state table on Linux: a directory with one file per entry.
//
// Layout of <dir>:
//   lock               the lock file: flock(LOCK_EX) held by the server that
//                      owns the table, holding its pid in decimal text. A
//                      process the server starts inherits the lock until it
//                      has written its own entry (then it closes every
//                      descriptor, long before exec): this is the fence that
//                      keeps a new process of a dead server from writing its
//                      entry after the next server has read the table. So a
//                      next server that finds the lock held while the pid in
//                      the file is dead waits (5 ms steps) for those children;
//                      one still holding it after 200 ms is stuck (stopped or
//                      starved before its exec) and is ended: it has not run
//                      its program, so nothing is lost. A live holder is
//                      refused at once.
//   <encoded key>      one entry; the bytes are opaque here (core/table)
//   <name>.tmp.<pid>   an entry being written by process <pid>
//
// Key encoding: bytes in [A-Za-z0-9_-] stand for themselves, every other
// byte becomes %XX (upper-case hex): "p:web" is stored as "p%3Aweb". The
// dot is encoded too, so no entry file can look like a temporary file
// ("<name>.tmp.<pid>") or be "." or ".."; and a key that would be spelt
// "lock" has its first byte encoded ("%6Cock"). Names that do not decode
// are not entries and are skipped.
//
// Self records: a new process writes its own entry (the server prepared the
// bytes; the child stamps its pid and start time) under the server's
// temporary name; the server is suspended meanwhile, so the two never write
// at once.
//
// Replacement: an entry is written to a temporary file in the same
// directory and renamed over the old one, so a reader sees the old bytes or
// the new ones, never a torn mix, even if the server dies mid-write. No
// fsync: the table describes running processes, which do not survive a
// power loss either, and an fsync per entry would make starting 1000
// programs wait on the disk 1000 times. A zero-length or partial entry left
// by a crash of the machine is rejected by the table decoder.
//
// Safety: the directory is created mode 0700; an existing one owned by
// another user or writable by everybody is refused, since whoever can write
// there could make the server adopt (and later signal) any process.
#include "os/store.h"
#include "core/text.h"
#include "os/linux/process_linux.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sv::os {

namespace {
constexpr const char* kLockName = "lock";
constexpr const char* kTempMark = ".tmp.";
constexpr int kLockPollMs = 5;       // while a dead server's last child holds the lock
constexpr int kLockGraceMs = 200;    // then a child still holding it is ended
constexpr int kLockWaitMs = 5000;

bool plain_byte(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-';
}

std::string encode_key(const std::string& key) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : key) {
        if (plain_byte(c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    if (out == kLockName) out = "%6Cock";
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The key of an entry file, false for names that are not entries.
bool decode_name(const std::string& name, std::string* key) {
    if (name.empty() || name == kLockName) return false;
    key->clear();
    for (size_t k = 0; k < name.size(); ++k) {
        unsigned char c = static_cast<unsigned char>(name[k]);
        if (plain_byte(c)) {
            *key += static_cast<char>(c);
            continue;
        }
        if (c != '%' || k + 2 >= name.size()) return false;
        int hi = hex_value(name[k + 1]);
        int lo = hex_value(name[k + 2]);
        if (hi < 0 || lo < 0) return false;
        *key += static_cast<char>(hi * 16 + lo);
        k += 2;
    }
    return true;
}

std::string errno_text(int e) { return std::strerror(e); }

// mkdir -p: every missing component is created mode 0700.
bool make_dirs(const std::string& path, std::string* error) {
    for (size_t at = 1; at <= path.size(); ++at) {
        if (at != path.size() && path[at] != '/') continue;
        std::string part = path.substr(0, at);
        if (::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
            *error = "cannot create " + part + ": " + errno_text(errno);
            return false;
        }
    }
    return true;
}

bool read_fd(int fd, std::vector<uint8_t>* out) {
    uint8_t buf[8192];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) return true;
        out->insert(out->end(), buf, buf + n);
    }
}

bool write_fd(int fd, const uint8_t* data, size_t size) {
    size_t done = 0;
    while (done < size) {
        ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

class DirStore : public Store {
public:
    explicit DirStore(std::string dir) : dir_(std::move(dir)) {}
    ~DirStore() override {
        if (lock_fd_ >= 0) ::close(lock_fd_);   // releases the lock
    }
    DirStore(const DirStore&) = delete;
    DirStore& operator=(const DirStore&) = delete;

    bool lock(std::string* error) override {
        if (lock_fd_ >= 0) return true;
        std::string path = dir_ + "/" + kLockName;
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            *error = "cannot open " + path + ": " + errno_text(errno);
            return false;
        }
        // Held by a live server: refused at once. Held only by processes a
        // dead server was starting (each lets go once its entry is written,
        // microseconds after its creation): wait for them, bounded.
        std::string holder;
        for (int waited_ms = 0;; waited_ms += kLockPollMs) {
            if (::flock(fd, LOCK_EX | LOCK_NB) == 0) break;
            int e = errno;
            if (e != EWOULDBLOCK) {
                ::close(fd);
                *error = "cannot lock " + path + ": " + errno_text(e);
                return false;
            }
            // An empty name: a server is writing its pid this very moment
            // (truncate, then write): look again at the next step.
            holder = holder_of(fd);
            bool known = !holder.empty();
            bool dead = known && !process_start_time(std::strtoll(holder.c_str(), nullptr, 10));   // gone or a zombie
            // A child that has not let go within the grace time is stuck
            // (stopped, or starved): it has not run its program yet, so
            // ending it loses nothing (its entry, if written, names a dead
            // process and the program is started again).
            if (dead && waited_ms >= kLockGraceMs) end_stuck_children(fd);
            if ((known && !dead) || waited_ms >= kLockWaitMs) {
                ::close(fd);
                *error = "table " + dir_ + " is locked by " +
                         (holder.empty() ? std::string("another process") : "process " + holder) +
                         (dead ? " (gone; a process it was starting still holds the table)" : "");
                return false;
            }
            ::usleep(kLockPollMs * 1000);
        }
        std::string pid = std::to_string(::getpid()) + "\n";
        if (::ftruncate(fd, 0) != 0 ||
            !write_fd(fd, reinterpret_cast<const uint8_t*>(pid.data()), pid.size())) {
            *error = "cannot write " + path + ": " + errno_text(errno);
            ::close(fd);
            return false;
        }
        lock_fd_ = fd;
        return true;
    }

    bool read_all(Entries* out, std::string* error) override {
        out->clear();
        DIR* d = ::opendir(dir_.c_str());
        if (!d) {
            *error = "cannot read the table " + dir_ + ": " + errno_text(errno);
            return false;
        }
        std::vector<std::string> names;
        errno = 0;
        while (dirent* e = ::readdir(d)) names.emplace_back(e->d_name);
        int e = errno;
        ::closedir(d);
        if (e != 0) {
            *error = "cannot list the table " + dir_ + ": " + errno_text(e);
            return false;
        }
        for (const auto& name : names) {
            if (name.find(kTempMark) != std::string::npos) {
                drop_stale_temp(name);
                continue;
            }
            std::string key;
            if (!decode_name(name, &key)) continue;
            std::vector<uint8_t> bytes;
            int err = read_entry(dir_ + "/" + name, &bytes);
            if (err == ENOENT || err == EISDIR) continue;   // removed meanwhile, or not a file
            if (err != 0) {
                *error = "cannot read table entry " + dir_ + "/" + name + ": " + errno_text(err);
                return false;
            }
            out->emplace_back(std::move(key), std::move(bytes));
        }
        return true;
    }

    bool can_hold(const std::string& key, std::string* why) const override {
        // The longest file name written for an entry is its temporary name.
        size_t longest = encode_key(key).size() + std::strlen(kTempMark) + 10;
        if (key.empty()) return *why = "an empty name cannot be stored", false;
        if (longest > NAME_MAX) {
            *why = "the table cannot hold this name: its entry file name would take " +
                   std::to_string(longest) + " bytes (at most " + std::to_string(NAME_MAX) + ")";
            return false;
        }
        if (dir_.size() + 1 + longest >= PATH_MAX) {
            *why = "the table cannot hold this name: the path of its entry would be too long";
            return false;
        }
        return true;
    }

    std::unique_ptr<SelfRecord> self_record(const std::string& key, std::vector<uint8_t> entry,
                                            table::Slots slots) override;

    bool write(const std::string& key, const std::vector<uint8_t>& bytes, std::string* error) override {
        if (key.empty()) {
            *error = "empty table key";
            return false;
        }
        std::string final_path = dir_ + "/" + encode_key(key);
        std::string temp = final_path + kTempMark + std::to_string(::getpid());
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            *error = "cannot create " + temp + ": " + errno_text(errno);
            return false;
        }
        bool ok = write_fd(fd, bytes.data(), bytes.size());
        int e = errno;
        if (::close(fd) != 0 && ok) {
            ok = false;
            e = errno;
        }
        if (ok && ::rename(temp.c_str(), final_path.c_str()) != 0) {
            ok = false;
            e = errno;
        }
        if (!ok) {
            ::unlink(temp.c_str());
            *error = "cannot write " + final_path + ": " + errno_text(e);
        }
        return ok;
    }

    bool remove(const std::string& key) override {
        if (key.empty()) return false;
        std::string path = dir_ + "/" + encode_key(key);
        return ::unlink(path.c_str()) == 0 || errno == ENOENT;
    }

    std::string location() const override { return dir_; }

private:
    // 0, or the errno that kept the entry from being read (EISDIR: not a file).
    static int read_entry(const std::string& path, std::vector<uint8_t>* bytes) {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) return errno == ELOOP ? EISDIR : errno;
        struct stat st{};
        int err = 0;
        if (::fstat(fd, &st) != 0) err = errno;
        else if (!S_ISREG(st.st_mode)) err = EISDIR;
        else if (!read_fd(fd, bytes)) err = errno ? errno : EIO;
        ::close(fd);
        return err;
    }

    // The pid the lock file names, as text ("" when none).
    static std::string holder_of(int fd) {
        std::vector<uint8_t> text;
        if (::lseek(fd, 0, SEEK_SET) != 0 || !read_fd(fd, &text)) return {};
        std::string h(text.begin(), text.end());
        while (!h.empty() && (h.back() == '\n' || h.back() == ' ')) h.pop_back();
        return h.find_first_not_of("0123456789") == std::string::npos ? h : std::string();
    }

    // Ends the processes other than this one that hold the table's lock
    // (its flock, seen in /proc/PID/fdinfo) and run this very program: the
    // dead server's children between their creation and their exec (nothing
    // else keeps that descriptor: it is close-on-exec and they close it once
    // their entry is written). A server waiting for the lock has the file
    // open without the lock, and is not touched.
    static void end_stuck_children(int lock_fd) {
        struct stat lock_st{};
        if (::fstat(lock_fd, &lock_st) != 0) return;
        char self_exe[PATH_MAX] = {0};
        if (::readlink("/proc/self/exe", self_exe, sizeof self_exe - 1) <= 0) return;
        DIR* proc = ::opendir("/proc");
        if (!proc) return;
        std::vector<long> stuck;
        while (dirent* e = ::readdir(proc)) {
            char* end = nullptr;
            long pid = std::strtol(e->d_name, &end, 10);
            if (pid <= 0 || *end || pid == ::getpid()) continue;
            std::string base = std::string("/proc/") + e->d_name;
            char exe[PATH_MAX] = {0};
            if (::readlink((base + "/exe").c_str(), exe, sizeof exe - 1) <= 0 || std::strcmp(exe, self_exe) != 0)
                continue;
            DIR* fds = ::opendir((base + "/fd").c_str());
            if (!fds) continue;
            for (dirent* f = ::readdir(fds); f; f = ::readdir(fds)) {
                struct stat st{};
                if (f->d_name[0] == '.' || ::stat((base + "/fd/" + f->d_name).c_str(), &st) != 0) continue;
                if (st.st_dev != lock_st.st_dev || st.st_ino != lock_st.st_ino) continue;
                // Holding the lock, not merely the file open: another server
                // waiting for the lock has the file open too, and is left be.
                std::string info;
                bool holds = false;
                if (read_small_file(base + "/fdinfo/" + f->d_name, &info))
                    for (const auto& line : split(info, "\n", Empties::drop))
                        if (line.rfind("lock:", 0) == 0 && line.find("FLOCK") != std::string::npos) holds = true;
                if (holds) {
                    stuck.push_back(pid);
                    break;
                }
            }
            ::closedir(fds);
        }
        ::closedir(proc);
        for (long pid : stuck) ::kill(static_cast<pid_t>(pid), SIGKILL);
    }

    // A temporary file left by a writer that died. Only the lock holder
    // removes them: nobody else may be writing to the table then.
    void drop_stale_temp(const std::string& name) {
        if (lock_fd_ < 0) return;
        std::string mine = kTempMark + std::to_string(::getpid());
        if (name.size() >= mine.size() && name.compare(name.size() - mine.size(), mine.size(), mine) == 0)
            return;
        ::unlink((dir_ + "/" + name).c_str());
    }

    std::string dir_;
    int lock_fd_ = -1;
};

// Writes the entry under a temporary name and renames it into place, as
// DirStore::write does, with system calls only (it runs in the child).
class DirSelfRecord : public SelfRecord {
public:
    DirSelfRecord(std::string temp, std::string final_path, std::vector<uint8_t> entry, table::Slots slots)
        : temp_(std::move(temp)), final_(std::move(final_path)), entry_(std::move(entry)), slots_(slots) {}

    bool write(int64_t pid, uint64_t start_time) noexcept override {
        table::stamp(entry_.data(), entry_.size(), slots_, pid, start_time);
        int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) return false;
        bool ok = write_fd(fd, entry_.data(), entry_.size());
        int e = errno;
        if (::close(fd) != 0 && ok) ok = false, e = errno;
        if (ok && ::rename(temp_.c_str(), final_.c_str()) != 0) ok = false, e = errno;
        if (!ok) {
            ::unlink(temp_.c_str());
            errno = e ? e : EIO;
        }
        return ok;
    }

private:
    std::string temp_, final_;
    std::vector<uint8_t> entry_;
    table::Slots slots_;
};

std::unique_ptr<SelfRecord> DirStore::self_record(const std::string& key, std::vector<uint8_t> entry,
                                                  table::Slots slots) {
    std::string final_path = dir_ + "/" + encode_key(key);
    std::string temp = final_path + kTempMark + std::to_string(::getpid());
    return std::make_unique<DirSelfRecord>(std::move(temp), std::move(final_path), std::move(entry), slots);
}
}  // namespace

std::unique_ptr<Store> open_store(const std::string& location, std::string* error) {
    std::string dir = location;
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    if (dir.empty()) {
        *error = "no table location";
        return nullptr;
    }
    if (!make_dirs(dir, error)) return nullptr;
    struct stat st{};
    if (::stat(dir.c_str(), &st) != 0) {
        *error = "cannot read " + dir + ": " + errno_text(errno);
        return nullptr;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = dir + " is not a directory";
        return nullptr;
    }
    if (st.st_uid != ::geteuid()) {
        *error = dir + " belongs to another user (uid " + std::to_string(st.st_uid) + ")";
        return nullptr;
    }
    if (st.st_mode & S_IWOTH) {
        *error = dir + " is writable by every user";
        return nullptr;
    }
    return std::make_unique<DirStore>(dir);
}

}  // namespace sv::os
