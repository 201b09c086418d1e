// The Linux event loop with real signals, processes and sockets. Every wait
// is a run_once with a deadline, bounded in time and in count; every
// process started here is tracked by pid and ended before the test returns.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "os/client_channel.h"
#include "os/event_loop.h"
#include "signal_guard.h"

namespace {
namespace fs = std::filesystem;
using sv::ExitStatus;
using sv::os::EventLoop;
using sv::os::Peer;
using sv::os::Control;

int64_t now_ms() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

using sv::test::SignalGuard;   // each test puts the signal mask back (signal_guard.h)

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/sv_loop_XXXXXX";
        REQUIRE(::mkdtemp(tmpl) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

struct Recorder : sv::os::LoopSink {
    std::vector<std::pair<int64_t, ExitStatus>> exits;
    std::vector<Control> signals;
    std::vector<std::string> causes;
    struct Request {
        uint64_t conn;
        Peer peer;
        std::vector<uint8_t> message;
    };
    std::vector<Request> requests;
    std::vector<uint64_t> disconnects;
    int deadlines = 0;
    std::function<void(uint64_t, const std::vector<uint8_t>&)> on_message;

    void on_child_exit(int64_t pid, const ExitStatus& status) override { exits.emplace_back(pid, status); }
    void on_control(Control c, const std::string& cause) override {
        signals.push_back(c);
        causes.push_back(cause);
    }
    void on_request(uint64_t conn, const Peer& peer, const std::vector<uint8_t>& message) override {
        requests.push_back({conn, peer, message});
        if (on_message) on_message(conn, message);
    }
    void on_gone(uint64_t conn) override { disconnects.push_back(conn); }
    void on_deadline() override { ++deadlines; }
};

// Runs the loop until `done` holds: at most 5 s and 1000 rounds.
bool run_until(EventLoop& loop, Recorder& rec, const std::function<bool()>& done) {
    int64_t limit = now_ms() + 5000;
    for (int round = 0; round < 1000 && !done(); ++round) {
        if (now_ms() >= limit) break;
        loop.run_once(limit, rec);
    }
    return done();
}

// Reports whatever is ready now, without waiting.
void poll_now(EventLoop& loop, Recorder& rec) { loop.run_once(now_ms(), rec); }

std::unique_ptr<EventLoop> new_loop() {
    std::string err;
    auto loop = sv::os::make_event_loop(&err);
    REQUIRE_MESSAGE(loop, err);
    return loop;
}

// A child that stays until it is signalled (it unblocks what the loop blocked).
pid_t start_pausing_child() {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        sigset_t all;
        sigfillset(&all);
        ::sigprocmask(SIG_UNBLOCK, &all, nullptr);
        for (;;) ::pause();
    }
    return pid;
}

void reap(pid_t pid) {
    int st = 0;
    ::waitpid(pid, &st, 0);
}

std::vector<uint8_t> bytes(size_t n, uint8_t fill) { return std::vector<uint8_t>(n, fill); }

std::vector<int> open_fds() {
    std::vector<int> out;
    DIR* d = ::opendir("/proc/self/fd");
    REQUIRE(d);
    while (dirent* e = ::readdir(d))
        if (e->d_name[0] != '.' && std::atoi(e->d_name) != ::dirfd(d)) out.push_back(std::atoi(e->d_name));
    ::closedir(d);
    return out;
}

std::unique_ptr<sv::os::ClientChannel> connect_to(const std::string& path) {
    sv::os::OpenFailure why{};
    std::string err;
    auto c = sv::os::open_channel(path, 4096, &why, &err);
    REQUIRE_MESSAGE(c, err);
    return c;
}
}  // namespace

TEST_SUITE("event_loop") {

TEST_CASE("SIGTERM, SIGINT and SIGHUP reach the sink as events") {
    SignalGuard guard;
    auto loop = new_loop();
    Recorder rec;
    REQUIRE(::kill(::getpid(), SIGHUP) == 0);
    REQUIRE(run_until(*loop, rec, [&] { return !rec.signals.empty(); }));
    CHECK(rec.signals == std::vector<Control>{Control::reload});
    REQUIRE(::kill(::getpid(), SIGTERM) == 0);
    REQUIRE(run_until(*loop, rec, [&] { return rec.signals.size() == 2; }));
    REQUIRE(::kill(::getpid(), SIGINT) == 0);
    REQUIRE(run_until(*loop, rec, [&] { return rec.signals.size() == 3; }));
    CHECK(rec.signals == std::vector<Control>{Control::reload, Control::shutdown, Control::shutdown});
    CHECK(rec.causes == std::vector<std::string>{"SIGHUP", "SIGTERM", "SIGINT"});
    sigset_t pending;
    ::sigpending(&pending);
    CHECK(!sigismember(&pending, SIGHUP));
    CHECK(!sigismember(&pending, SIGTERM));
    CHECK(!sigismember(&pending, SIGINT));
}

TEST_CASE("a deadline with nothing else to do fires on_deadline, once") {
    SignalGuard guard;
    auto loop = new_loop();
    Recorder rec;
    int64_t start = now_ms();
    loop->run_once(start + 30, rec);
    CHECK(now_ms() - start >= 30);
    CHECK(rec.deadlines == 1);
    CHECK(rec.signals.empty());
    CHECK(rec.exits.empty());
    loop->run_once(start - 1000, rec);   // already past: returns at once
    CHECK(rec.deadlines == 2);

    // Ready events are reported first, then the deadline that has passed.
    REQUIRE(::kill(::getpid(), SIGHUP) == 0);
    loop->run_once(start - 1000, rec);
    CHECK(rec.signals == std::vector<Control>{Control::reload});
    CHECK(rec.deadlines == 3);
}

TEST_CASE("an own child's exit code and signal are reported once, and it is reaped") {
    SignalGuard guard;
    auto loop = new_loop();
    Recorder rec;
    std::string err;

    pid_t coded = ::fork();
    REQUIRE(coded >= 0);
    if (coded == 0) ::_exit(7);
    pid_t killed = start_pausing_child();
    REQUIRE(loop->watch(coded, true, &err));
    REQUIRE(loop->watch(killed, true, &err));
    REQUIRE(::kill(killed, SIGUSR1) == 0);
    bool both = run_until(*loop, rec, [&] { return rec.exits.size() >= 2; });
    if (!both) {
        ::kill(killed, SIGKILL);
        reap(killed);
        reap(coded);
    }
    REQUIRE(both);
    for (const auto& [pid, st] : rec.exits) {
        if (pid == coded) CHECK(st == ExitStatus::exited(7));
        else if (pid == killed) CHECK(st == ExitStatus::signaled(SIGUSR1, false));
        else FAIL("unexpected pid " << pid);
    }
    poll_now(*loop, rec);
    CHECK(rec.exits.size() == 2);   // once each
    errno = 0;
    CHECK(::waitpid(coded, nullptr, WNOHANG) == -1);
    CHECK(errno == ECHILD);         // the loop collected it
    CHECK(::waitpid(killed, nullptr, WNOHANG) == -1);
}

TEST_CASE("an own child that is already a zombie when watched is still reported") {
    SignalGuard guard;
    auto loop = new_loop();
    Recorder rec;
    std::string err;
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) ::_exit(3);
    siginfo_t si{};
    REQUIRE(::waitid(P_PID, static_cast<id_t>(pid), &si, WEXITED | WNOWAIT) == 0);   // ended, not reaped

    // As somebody else's process, a zombie counts as ended.
    CHECK(!loop->watch(pid, false, &err));
    CHECK(err.find("has ended") != std::string::npos);
    REQUIRE(loop->watch(pid, true, &err));
    bool seen = run_until(*loop, rec, [&] { return !rec.exits.empty(); });
    if (!seen) reap(pid);
    REQUIRE(seen);
    CHECK(rec.exits[0].first == pid);
    CHECK(rec.exits[0].second == ExitStatus::exited(3));

    // Gone entirely: watching fails.
    err.clear();
    CHECK(!loop->watch(pid, true, &err));
    CHECK(!err.empty());
}

TEST_CASE("an adopted process (not our child) is reported lost when it ends") {
    SignalGuard guard;
    auto loop = new_loop();
    Recorder rec;
    int report[2], hold[2];
    REQUIRE(::pipe(report) == 0);
    REQUIRE(::pipe(hold) == 0);
    pid_t middle = ::fork();
    REQUIRE(middle >= 0);
    if (middle == 0) {
        ::close(report[0]);
        ::close(hold[1]);
        pid_t grandchild = ::fork();
        if (grandchild == 0) {
            char c;
            while (::read(hold[0], &c, 1) != 0) {}   // until our test closes its end
            ::_exit(0);
        }
        (void)!::write(report[1], &grandchild, sizeof grandchild);
        ::_exit(0);
    }
    ::close(report[1]);
    ::close(hold[0]);
    pid_t grandchild = -1;
    ssize_t got = ::read(report[0], &grandchild, sizeof grandchild);
    ::close(report[0]);
    reap(middle);
    REQUIRE(got == static_cast<ssize_t>(sizeof grandchild));
    REQUIRE(grandchild > 0);

    std::string err;
    bool watched = loop->watch(grandchild, false, &err);
    ::close(hold[1]);   // lets the grandchild end, whatever happens below
    REQUIRE_MESSAGE(watched, err);
    REQUIRE(run_until(*loop, rec, [&] { return !rec.exits.empty(); }));
    CHECK(rec.exits.size() == 1);
    CHECK(rec.exits[0].first == grandchild);
    CHECK(rec.exits[0].second == ExitStatus::lost());
    poll_now(*loop, rec);
    CHECK(rec.exits.size() == 1);
}

TEST_CASE("watch fails for a process that does not exist; forget stops the reports") {
    SignalGuard guard;
    auto loop = new_loop();
    Recorder rec;
    std::string err;
    CHECK(!loop->watch(0, false, &err));
    CHECK(!loop->watch(-5, true, &err));
    CHECK(!loop->watch(static_cast<int64_t>(INT_MAX) + 10, false, &err));

    pid_t pid = start_pausing_child();
    REQUIRE(loop->watch(pid, true, &err));
    CHECK(loop->watch(pid, true, &err));   // watching twice is one watch
    loop->forget(pid);
    ::kill(pid, SIGKILL);
    siginfo_t si{};
    REQUIRE(::waitid(P_PID, static_cast<id_t>(pid), &si, WEXITED | WNOWAIT) == 0);
    poll_now(*loop, rec);
    CHECK(rec.exits.empty());
    reap(pid);
}

TEST_CASE("request and reply over a real socket, with the peer's credentials") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";   // no access given: the owner alone
    std::string err;
    REQUIRE_MESSAGE(loop->channel().listen(opts, &err), err);
    struct stat st{};
    REQUIRE(::stat(opts.name.c_str(), &st) == 0);
    CHECK(S_ISSOCK(st.st_mode));
    CHECK((st.st_mode & 07777) == 0600);

    rec.on_message = [&](uint64_t conn, const std::vector<uint8_t>& m) {
        std::vector<uint8_t> first = m, second = {'o', 'k'};
        first.push_back('!');
        loop->channel().send(conn, {first, second});
    };
    auto client = connect_to(opts.name);
    REQUIRE(client->send({'h', 'i'}, &err));
    REQUIRE(run_until(*loop, rec, [&] { return !rec.requests.empty(); }));
    CHECK(rec.requests[0].message == std::vector<uint8_t>{'h', 'i'});
    CHECK(rec.requests[0].peer.who == "uid " + std::to_string(::getuid()) + " pid " + std::to_string(::getpid()));
    CHECK(rec.requests[0].peer.same_user);
    CHECK(rec.requests[0].peer.privileged == (::getuid() == 0));
    CHECK_FALSE(rec.requests[0].peer.granted);   // 0600: nobody else is admitted
    std::vector<uint8_t> reply;
    REQUIRE(client->receive(reply, 5000, &err));
    CHECK(reply == std::vector<uint8_t>{'h', 'i', '!'});
    REQUIRE(client->receive(reply, 5000, &err));
    CHECK(reply == std::vector<uint8_t>{'o', 'k'});

    // Two clients get different connection ids; a closed client is reported.
    rec.on_message = nullptr;
    auto other = connect_to(opts.name);
    REQUIRE(other->send({'x'}, &err));
    REQUIRE(run_until(*loop, rec, [&] { return rec.requests.size() == 2; }));
    CHECK(rec.requests[1].conn != rec.requests[0].conn);
    uint64_t first_conn = rec.requests[0].conn;
    client.reset();
    REQUIRE(run_until(*loop, rec, [&] { return !rec.disconnects.empty(); }));
    CHECK(rec.disconnects == std::vector<uint64_t>{first_conn});

    // close() from the sink's side ends the connection for the client.
    loop->channel().hang_up(rec.requests[1].conn);
    CHECK(!other->receive(reply, 5000, &err));
    CHECK(err == "the server closed the connection");

    loop->channel().close_channel();
    CHECK(!fs::exists(opts.name));
}

TEST_CASE("a connection the sink closes while requests wait yields no more of them") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    std::string err;
    REQUIRE(loop->channel().listen(opts, &err));
    rec.on_message = [&](uint64_t conn, const std::vector<uint8_t>&) {
        loop->channel().send(conn, {{'b', 'y', 'e'}});
        loop->channel().hang_up(conn);
    };
    auto client = connect_to(opts.name);
    for (uint8_t k = 0; k < 3; ++k) REQUIRE(client->send({k}, &err));
    REQUIRE(run_until(*loop, rec, [&] { return !rec.requests.empty(); }));
    poll_now(*loop, rec);
    CHECK(rec.requests.size() == 1);
    CHECK(rec.disconnects.empty());   // the sink closed it: nothing to tell it
    // The client sees the end (a reply still in flight may be lost to the
    // reset that closing with unread requests causes: AF_UNIX semantics).
    std::vector<uint8_t> reply;
    bool ended = false;
    for (int k = 0; k < 2 && !ended; ++k) {
        ended = !client->receive(reply, 5000, &err);
        if (!ended) CHECK(reply == std::vector<uint8_t>{'b', 'y', 'e'});
    }
    CHECK(ended);
    CHECK(err != "timed out");
}

TEST_CASE("a live server keeps its socket; a stale socket file is replaced") {
    SignalGuard guard;
    TempDir t;
    std::string path = t.path + "/sv.sock";
    auto first = new_loop();
    auto second = new_loop();
    sv::os::ChannelOptions opts;
    opts.name = path;
    std::string err;
    REQUIRE(first->channel().listen(opts, &err));
    CHECK(!second->channel().listen(opts, &err));
    CHECK(err == "another server is listening on " + path);
    CHECK(fs::exists(path));

    // A socket file nobody serves (a server that died) is taken over.
    first.reset();   // removes the file, so make a stale one by hand
    CHECK(!fs::exists(path));
    int fd = ::socket(AF_UNIX, SOCK_SEQPACKET, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, path.c_str());
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    ::close(fd);
    REQUIRE(fs::exists(path));
    REQUIRE_MESSAGE(second->channel().listen(opts, &err), err);
    Recorder rec;
    auto client = connect_to(path);
    REQUIRE(client->send({'1'}, &err));
    REQUIRE(run_until(*second, rec, [&] { return !rec.requests.empty(); }));
}

TEST_CASE("the channel refuses a path that is not a socket, a bad owner, a long path") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/plain";
    std::ofstream(opts.name) << "keep me";
    std::string err;
    CHECK(!loop->channel().listen(opts, &err));
    CHECK(err == opts.name + " exists and is not a socket");
    CHECK(fs::file_size(opts.name) == 7);

    opts.name = t.path + "/sv.sock";
    opts.access = "0600 no_such_user_sv";
    CHECK(!loop->channel().listen(opts, &err));
    CHECK(err.find("no_such_user_sv") != std::string::npos);
    CHECK(!fs::exists(opts.name));

    opts.access = "0600x";
    CHECK(!loop->channel().listen(opts, &err));
    CHECK(err.find("must be octal") != std::string::npos);
    CHECK(!fs::exists(opts.name));

    opts.access = "0660 " + std::to_string(::getuid()) + ":" + std::to_string(::getgid());
    REQUIRE_MESSAGE(loop->channel().listen(opts, &err), err);
    struct stat st{};
    REQUIRE(::stat(opts.name.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0660);
    CHECK(st.st_uid == ::getuid());

    opts.name = t.path + "/" + std::string(200, 'x');
    CHECK(!loop->channel().listen(opts, &err));
    CHECK(err.find("too long") != std::string::npos);
}

TEST_CASE("messages up to the limit pass whole; a longer one arrives cut to limit + 1") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    opts.max_message = 4096;
    std::string err;
    REQUIRE(loop->channel().listen(opts, &err));
    auto client = connect_to(opts.name);
    REQUIRE(client->send(bytes(4096, 'a'), &err));
    REQUIRE(client->send(bytes(10000, 'b'), &err));
    REQUIRE(client->send(bytes(1, 'c'), &err));
    REQUIRE(run_until(*loop, rec, [&] { return rec.requests.size() == 3; }));
    CHECK(rec.requests[0].message == bytes(4096, 'a'));
    CHECK(rec.requests[1].message == bytes(4097, 'b'));
    CHECK(rec.requests[2].message == bytes(1, 'c'));

    loop->channel().send(rec.requests[0].conn, {bytes(4096, 'r'), bytes(4096, 's')});
    std::vector<uint8_t> reply;
    REQUIRE(client->receive(reply, 5000, &err));
    CHECK(reply == bytes(4096, 'r'));
    REQUIRE(client->receive(reply, 5000, &err));
    CHECK(reply == bytes(4096, 's'));
}

TEST_CASE("replies the socket cannot take wait their turn; a client that never reads is dropped") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    std::string err;
    REQUIRE(loop->channel().listen(opts, &err));

    // Slow reader: more than the socket buffer, less than the queue limit.
    auto slow = connect_to(opts.name);
    REQUIRE(slow->send({'s'}, &err));
    REQUIRE(run_until(*loop, rec, [&] { return rec.requests.size() == 1; }));
    std::vector<std::vector<uint8_t>> batch;
    for (int k = 0; k < 200; ++k) batch.push_back(bytes(4000, static_cast<uint8_t>(k)));
    loop->channel().send(rec.requests[0].conn, batch);
    int received = 0;
    std::vector<uint8_t> reply;
    for (int round = 0; round < 2000 && received < 200; ++round) {
        if (slow->receive(reply, 0, &err)) {
            CHECK(reply == batch[static_cast<size_t>(received)]);
            ++received;
        } else {
            poll_now(*loop, rec);   // the socket has room again: the loop sends more
        }
    }
    CHECK(received == 200);
    CHECK(rec.disconnects.empty());

    // Deaf client: 8 MB of replies. send() returns at once, the connection
    // is dropped and reported, and the client sees the end.
    auto deaf = connect_to(opts.name);
    REQUIRE(deaf->send({'d'}, &err));
    REQUIRE(run_until(*loop, rec, [&] { return rec.requests.size() == 2; }));
    uint64_t conn = rec.requests[1].conn;
    std::vector<std::vector<uint8_t>> flood(2000, bytes(4000, 'f'));
    int64_t before = now_ms();
    loop->channel().send(conn, flood);
    CHECK(now_ms() - before < 2000);
    REQUIRE(run_until(*loop, rec, [&] { return !rec.disconnects.empty(); }));
    CHECK(rec.disconnects == std::vector<uint64_t>{conn});
    loop->channel().send(conn, {bytes(1, 'x')});   // to a dropped connection: ignored
    bool ended = false;
    for (int k = 0; k < 3000 && !ended; ++k)
        ended = !deaf->receive(reply, 5000, &err);
    CHECK(ended);
    CHECK(err == "the server closed the connection");
}

TEST_CASE("out of descriptors, waiting connections are refused instead of spinning the loop") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    std::string err;
    REQUIRE(loop->channel().listen(opts, &err));
    std::vector<std::unique_ptr<sv::os::ClientChannel>> clients;
    for (int k = 0; k < 3; ++k) clients.push_back(connect_to(opts.name));
    auto fds = open_fds();
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(*std::max_element(fds.begin(), fds.end()) + 1);
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &tight) == 0);
    std::vector<int> fillers;   // take the free numbers below the limit too
    for (int k = 0; k < 10000; ++k) {
        int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0) break;
        fillers.push_back(fd);
    }
    int64_t start = now_ms();
    loop->run_once(start + 50, rec);
    int rounds = 1;
    while (rec.deadlines == 0 && rounds < 100) {
        loop->run_once(start + 50, rec);
        ++rounds;
    }
    for (int fd : fillers) ::close(fd);
    ::setrlimit(RLIMIT_NOFILE, &saved);
    CHECK(rounds <= 2);   // one round for the refusals, then quiet until the deadline
    CHECK(rec.deadlines == 1);
    CHECK(rec.requests.empty());
    std::vector<uint8_t> reply;
    for (auto& c : clients) {
        CHECK(!c->receive(reply, 5000, &err));
        CHECK(err == "the server closed the connection");
    }
    // With descriptors again, new clients are served.
    auto fine = connect_to(opts.name);
    REQUIRE(fine->send({'k'}, &err));
    CHECK(run_until(*loop, rec, [&] { return rec.requests.size() == 1; }));
}

TEST_CASE("every descriptor the loop opens is close-on-exec") {
    SignalGuard guard;
    TempDir t;
    auto before = open_fds();
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    std::string err;
    REQUIRE(loop->channel().listen(opts, &err));
    pid_t pid = start_pausing_child();
    bool watched = loop->watch(pid, true, &err);
    auto client = connect_to(opts.name);
    bool sent = client->send({'q'}, &err);
    if (watched && sent) run_until(*loop, rec, [&] { return !rec.requests.empty(); });
    int checked = 0;
    for (int fd : open_fds()) {
        if (std::find(before.begin(), before.end(), fd) != before.end()) continue;
        int flags = ::fcntl(fd, F_GETFD);
        CHECK_MESSAGE((flags & FD_CLOEXEC), "fd " << fd);
        ++checked;
    }
    CHECK(checked >= 6);   // epoll, signalfd, listener, pidfd, accepted, client
    ::kill(pid, SIGKILL);
    if (watched) run_until(*loop, rec, [&] { return !rec.exits.empty(); });
    else reap(pid);
    CHECK(rec.exits.size() == 1);
}

}  // TEST_SUITE

TEST_CASE("a connection silent past the idle timeout is closed; one that sent a request is not") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    opts.idle_timeout_ms = 200;
    std::string err;
    REQUIRE_MESSAGE(loop->channel().listen(opts, &err), err);
    auto silent = connect_to(opts.name);
    auto talker = connect_to(opts.name);
    REQUIRE(talker->send({'x'}, &err));
    REQUIRE(run_until(*loop, rec, [&] { return rec.requests.size() == 1; }));
    // No deadline of the sink's own: the idle timeout alone ends the wait.
    int64_t t0 = now_ms();
    REQUIRE(run_until(*loop, rec, [&] { return rec.disconnects.size() == 1; }));
    CHECK(now_ms() - t0 < 4000);
    CHECK(rec.disconnects[0] != rec.requests[0].conn);
    std::vector<uint8_t> reply;
    CHECK(silent->receive_message(reply, 1000, &err) == sv::os::Received::closed);
    loop->channel().send(rec.requests[0].conn, {{'o', 'k'}});
    CHECK(talker->receive_message(reply, 1000, &err) == sv::os::Received::message);
    // Nothing waits for a first request any more: only the given deadline ends run_once.
    rec.deadlines = 0;
    loop->run_once(now_ms() + 300, rec);
    CHECK(rec.deadlines == 1);
    CHECK(rec.disconnects.size() == 1);
}

TEST_CASE("a receive that times out says so as an outcome, not as text") {
    SignalGuard guard;
    TempDir t;
    auto loop = new_loop();
    Recorder rec;
    sv::os::ChannelOptions opts;
    opts.name = t.path + "/sv.sock";
    std::string err;
    REQUIRE_MESSAGE(loop->channel().listen(opts, &err), err);
    auto client = connect_to(opts.name);
    std::vector<uint8_t> reply;
    CHECK(client->receive_message(reply, 50, &err) == sv::os::Received::timed_out);
    sv::os::OpenFailure why;
    CHECK_FALSE(sv::os::open_channel(t.path + "/" + std::string(120, 'x'), 4096, &why, &err));
    CHECK(why == sv::os::OpenFailure::bad_path);
    CHECK(err.find("the limit is 107") != std::string::npos);
    CHECK_FALSE(sv::os::open_channel(t.path + "/none.sock", 4096, &why, &err));
    CHECK(why == sv::os::OpenFailure::no_server);
}
