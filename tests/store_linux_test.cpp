// The Linux state-table directory: entries, key encoding, the lock.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <csignal>
#include <thread>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "os/store.h"

namespace {
namespace fs = std::filesystem;

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/sv_store_XXXXXX";
        REQUIRE(::mkdtemp(tmpl) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::vector<uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }

std::map<std::string, std::string> entries(sv::os::Store& st) {
    std::map<std::string, std::string> out;
    sv::os::Entries all;
    std::string err;
    REQUIRE(st.read_all(&all, &err));
    for (const auto& [k, v] : all) out[k] = std::string(v.begin(), v.end());
    return out;
}

// Alive and not a zombie.
bool running(pid_t pid) {
    std::ifstream st("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(st, line)) return false;
    size_t close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

// Forks a child that takes the table's lock, tells the parent, and waits to
// be killed. Returns its pid.
pid_t lock_in_child(const std::string& dir) {
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::string err;
        auto st = sv::os::open_store(dir, &err);
        char ok = st && st->lock(&err) ? 'y' : 'n';
        (void)!::write(ready[1], &ok, 1);
        for (int i = 0; i < 600; ++i) ::pause();
        ::_exit(0);
    }
    ::close(ready[1]);
    char ok = 0;
    REQUIRE(::read(ready[0], &ok, 1) == 1);
    ::close(ready[0]);
    REQUIRE(ok == 'y');
    return pid;
}
}  // namespace

TEST_SUITE("store") {

TEST_CASE("entries are written, read back, replaced and removed") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path + "/table", &err);
    REQUIRE(st);
    CHECK(st->location() == t.path + "/table");
    struct stat sb{};
    REQUIRE(::stat((t.path + "/table").c_str(), &sb) == 0);
    CHECK((sb.st_mode & 0777) == 0700);
    CHECK(entries(*st).empty());

    REQUIRE(st->write("p:web", bytes("one"), &err));
    REQUIRE(st->write("s:server", bytes(std::string("\0\1\2", 3)), &err));
    auto e = entries(*st);
    CHECK(e.size() == 2);
    CHECK(e["p:web"] == "one");
    CHECK(e["s:server"] == std::string("\0\1\2", 3));

    REQUIRE(st->write("p:web", bytes("two"), &err));
    CHECK(entries(*st)["p:web"] == "two");

    CHECK(st->remove("p:web"));
    CHECK(st->remove("p:web"));   // already gone: nothing left to remove
    e = entries(*st);
    CHECK(e.size() == 1);
    CHECK(e.count("s:server") == 1);

    // A second store on the same directory sees the same entries.
    auto again = sv::os::open_store(t.path + "/table/", &err);
    REQUIRE(again);
    CHECK(entries(*again).count("s:server") == 1);
}

TEST_CASE("keys are encoded into safe file names and decoded back") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    REQUIRE(st->write("p:web", bytes("a"), &err));
    CHECK(fs::exists(t.path + "/p%3Aweb"));

    const std::vector<std::string> keys = {"lock", "..", ".", "a/b", "x.tmp.1", "p:name with space",
                                           std::string("nul\0byte", 8), "\xff\xfe", "%41"};
    for (const auto& k : keys) REQUIRE(st->write(k, bytes("v:" + k), &err));
    auto e = entries(*st);
    CHECK(e.size() == keys.size() + 1);
    for (const auto& k : keys) CHECK(e[k] == "v:" + k);
    CHECK(fs::exists(t.path + "/%6Cock"));
    CHECK(!fs::exists(t.path + "/lock"));
    for (const auto& d : fs::directory_iterator(t.path)) {
        std::string name = d.path().filename().string();
        CHECK(name.find('/') == std::string::npos);
        CHECK(name.find('.') == std::string::npos);
    }
    CHECK(!st->write("", bytes("x"), &err));
}

TEST_CASE("temporary files and foreign names are not entries; the lock holder clears stale ones") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    REQUIRE(st->write("p:a", bytes("a"), &err));
    std::ofstream(t.path + "/p%3Ab.tmp.999999") << "half";
    std::ofstream(t.path + "/bad%G1") << "x";
    fs::create_directory(t.path + "/subdir");
    auto e = entries(*st);
    CHECK(e.size() == 1);
    CHECK(e.count("p:a") == 1);
    CHECK(fs::exists(t.path + "/p%3Ab.tmp.999999"));   // not ours to remove without the lock
    REQUIRE(st->lock(&err));
    CHECK(entries(*st).size() == 1);
    CHECK(!fs::exists(t.path + "/p%3Ab.tmp.999999"));
}

TEST_CASE("the lock is exclusive, names its holder and ends with the store") {
    TempDir t;
    std::string err;
    auto first = sv::os::open_store(t.path, &err);
    auto second = sv::os::open_store(t.path, &err);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(first->lock(&err));
    CHECK(first->lock(&err));   // taking it again is harmless

    std::string why;
    CHECK(!second->lock(&why));
    CHECK(why == "table " + t.path + " is locked by process " + std::to_string(::getpid()));

    first.reset();
    CHECK(second->lock(&why));
    std::ifstream in(t.path + "/lock");
    std::string pid;
    in >> pid;
    CHECK(pid == std::to_string(::getpid()));
    CHECK(entries(*second).empty());   // the lock file is not an entry
}

TEST_CASE("the lock of a dead server blocks nobody; a live one is named") {
    TempDir t;
    std::string err;
    pid_t holder = lock_in_child(t.path);
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    std::string why;
    CHECK(!st->lock(&why));
    CHECK(why == "table " + t.path + " is locked by process " + std::to_string(holder));
    REQUIRE(::kill(holder, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(holder, &status, 0) == holder);
    // The lock file still names the dead holder: it does not matter.
    std::ifstream in(t.path + "/lock");
    std::string pid;
    in >> pid;
    CHECK(pid == std::to_string(holder));
    CHECK(st->lock(&why));
}

TEST_CASE("a dead server's last child holds the lock until it lets go; the next server waits for it") {
    TempDir t;
    // The server: takes the lock, forks a "child between clone and exec"
    // that keeps the inherited descriptor, then dies.
    int released[2];
    REQUIRE(::pipe(released) == 0);
    int child_ready[2];
    REQUIRE(::pipe(child_ready) == 0);
    pid_t server = ::fork();
    REQUIRE(server >= 0);
    if (server == 0) {
        std::string e;
        auto st = sv::os::open_store(t.path, &e);
        if (!st || !st->lock(&e)) ::_exit(1);
        pid_t child = ::fork();
        if (child == 0) {
            char c = 'r';
            (void)!::write(child_ready[1], &c, 1);
            ::usleep(100 * 1000);                  // still "writing its entry"
            (void)!::write(released[1], &c, 1);    // then lets go of everything
            ::_exit(0);                            // (its descriptors close here)
        }
        char c = 0;
        (void)!::read(child_ready[0], &c, 1);
        ::_exit(0);   // the server dies; its child still holds the lock
    }
    int status = 0;
    REQUIRE(::waitpid(server, &status, 0) == server);
    ::close(released[1]);
    ::close(child_ready[1]);
    std::string err;
    auto next = sv::os::open_store(t.path, &err);
    REQUIRE(next);
    std::string why;
    CHECK_MESSAGE(next->lock(&why), why);
    // Taken only once the child had let go (1: it said so) or was ended as
    // stuck (0: end of file, its write end closed with it); never while it
    // still held the table (-1, EAGAIN: alive and silent).
    int flags = ::fcntl(released[0], F_GETFL);
    ::fcntl(released[0], F_SETFL, flags | O_NONBLOCK);
    char c = 0;
    CHECK(::read(released[0], &c, 1) >= 0);
    ::close(released[0]);
    ::close(child_ready[0]);
}

TEST_CASE("a dead server's child stuck before its exec (stopped) is ended, and blocks nobody") {
    TempDir t;
    int told[2];
    REQUIRE(::pipe(told) == 0);
    pid_t server = ::fork();
    REQUIRE(server >= 0);
    if (server == 0) {
        std::string e;
        auto st = sv::os::open_store(t.path, &e);
        if (!st || !st->lock(&e)) ::_exit(1);
        pid_t child = ::fork();
        if (child == 0) {
            ::raise(SIGSTOP);   // stuck between its creation and its exec
            ::_exit(0);
        }
        (void)!::write(told[1], &child, sizeof child);
        ::_exit(0);
    }
    ::close(told[1]);
    pid_t child = 0;
    REQUIRE(::read(told[0], &child, sizeof child) == static_cast<ssize_t>(sizeof child));
    ::close(told[0]);
    int status = 0;
    REQUIRE(::waitpid(server, &status, 0) == server);
    // Another server waiting for the lock: the file open, no lock. Not ended.
    int opened[2];
    REQUIRE(::pipe(opened) == 0);
    pid_t waiter = ::fork();
    REQUIRE(waiter >= 0);
    if (waiter == 0) {
        int fd = ::open((t.path + "/lock").c_str(), O_RDWR);
        char c = fd >= 0 ? 'o' : 'x';
        (void)!::write(opened[1], &c, 1);
        ::pause();
        ::_exit(0);
    }
    ::close(opened[1]);
    char o = 0;
    REQUIRE(::read(opened[0], &o, 1) == 1);
    ::close(opened[0]);
    REQUIRE(o == 'o');
    std::string err, why;
    auto next = sv::os::open_store(t.path, &err);
    REQUIRE(next);
    CHECK_MESSAGE(next->lock(&why), why);
    CHECK(running(waiter));   // the waiting server was left alone
    ::kill(waiter, SIGKILL);
    ::waitpid(waiter, nullptr, 0);
    // The stuck child is gone (a zombie at most, when it came back to us).
    std::ifstream st("/proc/" + std::to_string(child) + "/stat");
    std::string line;
    if (std::getline(st, line)) CHECK(line.find(") Z") != std::string::npos);
    ::waitpid(child, nullptr, WNOHANG);
}

TEST_CASE("a server waiting for the lock is never taken for a stuck child; a lock file being written is waited for") {
    TempDir t;
    std::string err;
    // The holder: a live process that took the lock and has not yet written
    // its pid (an empty lock file), as for an instant at every start.
    int go[2], locked[2];
    REQUIRE(::pipe(go) == 0);
    REQUIRE(::pipe(locked) == 0);
    pid_t holder = ::fork();
    REQUIRE(holder >= 0);
    if (holder == 0) {
        int fd = ::open((t.path + "/lock").c_str(), O_RDWR | O_CREAT, 0600);
        if (fd < 0 || ::flock(fd, LOCK_EX) != 0) ::_exit(1);
        char c = 'l';
        (void)!::write(locked[1], &c, 1);
        (void)!::read(go[0], &c, 1);   // until told: then write the pid, keep the lock
        std::string pid = std::to_string(::getpid()) + "\n";
        (void)!::write(fd, pid.data(), pid.size());
        ::pause();
        ::_exit(0);
    }
    ::close(go[0]);
    ::close(locked[1]);
    char ready = 0;
    REQUIRE(::read(locked[0], &ready, 1) == 1);
    ::close(locked[0]);
    // A waiting server (another process, the lock file open, no lock) must survive.
    pid_t waiter = ::fork();
    REQUIRE(waiter >= 0);
    if (waiter == 0) {
        int fd = ::open((t.path + "/lock").c_str(), O_RDWR);
        (void)fd;
        ::pause();
        ::_exit(0);
    }
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    // While the file is empty the store waits; once the live holder's pid is
    // there it refuses at once, naming it.
    std::thread writer([&] {
        ::usleep(300 * 1000);
        char c = 'w';
        (void)!::write(go[1], &c, 1);
    });
    std::string why;
    CHECK_FALSE(st->lock(&why));
    writer.join();
    CHECK(why == "table " + t.path + " is locked by process " + std::to_string(holder));
    CHECK(running(holder));   // the live holder was not ended
    CHECK(running(waiter));   // nor the waiting one
    for (pid_t p : {holder, waiter}) {
        ::kill(p, SIGKILL);
        ::waitpid(p, nullptr, 0);
    }
    ::close(go[1]);
}

TEST_CASE("an unreadable table is an error, never an empty table") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path + "/table", &err);
    REQUIRE(st);
    REQUIRE(st->write("p:web", bytes("one"), &err));
    sv::os::Entries all;
    // A directory that vanished or cannot be listed.
    fs::rename(t.path + "/table", t.path + "/gone");
    err.clear();
    CHECK(!st->read_all(&all, &err));
    CHECK(err.find("cannot read the table " + t.path + "/table") != std::string::npos);
    fs::rename(t.path + "/gone", t.path + "/table");
    CHECK(entries(*st).size() == 1);
}

TEST_CASE("names the table cannot hold are told apart before any write") {
    TempDir t;
    std::string err, why;
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    CHECK(st->can_hold("p:web", &why));
    CHECK(st->can_hold("p:" + std::string(200, 'a'), &why));
    CHECK(!st->can_hold("p:" + std::string(250, 'a'), &why));
    CHECK(why.find("at most 255") != std::string::npos);
    // Each byte outside [A-Za-z0-9_-] takes three in the file name.
    CHECK(!st->can_hold("p:" + std::string(80, '.'), &why));
    CHECK(!st->can_hold("", &why));
    // What can_hold accepts can be written.
    REQUIRE(st->write("p:" + std::string(200, 'a'), bytes("x"), &err));
}

TEST_CASE("a self record stamps pid and start time and replaces the entry") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    sv::table::ProcessEntry e;
    e.name = "web";
    e.state = sv::State::starting;
    sv::table::Slots slots;
    auto rec = st->self_record("p:web", sv::table::encode_with_slots(e, &slots), slots);
    REQUIRE(rec->write(4321, 98765));
    std::string raw = entries(*st)["p:web"];
    sv::table::ProcessEntry got;
    REQUIRE(sv::table::decode(reinterpret_cast<const uint8_t*>(raw.data()), raw.size(), got) ==
            sv::table::Decode::ok);
    CHECK(got.pid == 4321);
    CHECK(got.start_time == 98765);
    CHECK(got.state == sv::State::starting);
    // A table it cannot write to: false with errno, nothing left behind.
    fs::remove_all(t.path);
    errno = 0;
    CHECK(!rec->write(1, 1));
    CHECK(errno == ENOENT);
}

TEST_CASE("a table directory others can write to, or that is not a directory, is refused") {
    TempDir t;
    std::string err;
    REQUIRE(::chmod(t.path.c_str(), 0777) == 0);
    CHECK(!sv::os::open_store(t.path, &err));
    CHECK(err.find("writable by every user") != std::string::npos);
    REQUIRE(::chmod(t.path.c_str(), 0750) == 0);
    CHECK(sv::os::open_store(t.path, &err));   // an existing directory keeps its mode

    if (::geteuid() == 0) {   // only root can give a directory away
        REQUIRE(::chown(t.path.c_str(), 65534, 65534) == 0);
        err.clear();
        CHECK(!sv::os::open_store(t.path, &err));
        CHECK(err.find("belongs to another user (uid 65534)") != std::string::npos);
        REQUIRE(::chown(t.path.c_str(), 0, 0) == 0);
    }

    std::ofstream(t.path + "/file") << "x";
    REQUIRE(::chmod(t.path.c_str(), 0700) == 0);
    err.clear();
    CHECK(!sv::os::open_store(t.path + "/file", &err));
    CHECK(!err.empty());
}

}  // TEST_SUITE
