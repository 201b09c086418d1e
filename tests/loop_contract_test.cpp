// The event loop and command channel ports' contract (os/event_loop.h,
// os/command_channel.h), run against the Linux loop (real processes, a real
// socket) and the fake loop of the server unit tests alike, as
// port_contract_test.cpp does for the Store and the Spawner. What only the
// Linux loop can be asked (signals, idle connections, limits) stays in
// event_loop_linux_test.cpp.
#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <functional>
#include <optional>
#include <sys/wait.h>
#include <unistd.h>

#include "fakes/fake_clock.h"
#include "fakes/fake_loop.h"
#include "fakes/fake_spawner.h"
#include "os/client_channel.h"
#include "os/clock.h"
#include "os/event_loop.h"
#include "signal_guard.h"

using namespace sv;

namespace {

struct Sink : os::LoopSink {
    struct Request {
        os::ReplyTo from;
        os::Peer peer;
        std::vector<uint8_t> message;
    };
    std::vector<std::pair<int64_t, ExitStatus>> exits;
    std::vector<Request> requests;
    std::vector<os::ReplyTo> gone;
    int deadlines = 0;

    void on_child_exit(int64_t pid, const ExitStatus& status) override { exits.emplace_back(pid, status); }
    void on_control(os::Control, const std::string&) override {}
    void on_request(os::ReplyTo from, const os::Peer& peer, const std::vector<uint8_t>& message) override {
        requests.push_back({from, peer, message});
    }
    void on_gone(os::ReplyTo to) override { gone.push_back(to); }
    void on_deadline() override { ++deadlines; }
};

// A back end of the two ports, with what the contract needs of it.
struct LoopEnv {
    std::unique_ptr<os::EventLoop> loop;
    std::string channel;                                // a name to listen on
    std::function<int64_t()> now;                       // the loop's monotonic clock
    std::function<void(int64_t, os::LoopSink&)> turn;   // one run_once (the fake: the clock moves on
                                                        // to the deadline when nothing is ready)
    std::function<int64_t(int)> child_exiting;          // a child of ours that ends with this code
    std::function<int64_t()> child_running;             // a child of ours that runs until ended
    std::function<void(int64_t)> end_child;             // ends it, from outside
    std::function<int64_t()> gone_pid;                  // a process that no longer exists
    std::function<void(const std::vector<uint8_t>&)> client_send;   // a client's request
    std::function<std::optional<std::vector<uint8_t>>()> client_receive;   // its reply (bounded)
    std::function<void()> client_close;                 // the client goes away
};

// Turns (each waiting at most 500 ms, at most 40 of them) until `done`.
bool run_until(LoopEnv& env, Sink& s, const std::function<bool()>& done) {
    for (int i = 0; i < 40 && !done(); ++i) env.turn(env.now() + 500, s);
    return done();
}

void loop_contract(LoopEnv& env) {
    os::EventLoop& loop = *env.loop;
    Sink s;
    std::string err;
    os::ChannelOptions opts;
    opts.name = env.channel;   // no access: the owner alone
    REQUIRE_MESSAGE(loop.channel().listen(opts, &err), err);

    // A request arrives whole, from a peer the back end judged; the reply
    // goes to the token it came with.
    const std::vector<uint8_t> request{1, 2, 3, 0, 5};
    env.client_send(request);
    REQUIRE(run_until(env, s, [&] { return !s.requests.empty(); }));
    REQUIRE(s.requests.size() == 1);
    CHECK(s.requests[0].message == request);
    CHECK_FALSE(s.requests[0].peer.who.empty());
    CHECK((s.requests[0].peer.same_user || s.requests[0].peer.privileged));   // the test's own user
    const os::ReplyTo from = s.requests[0].from;
    loop.channel().send(from, {{9, 8}, {7}});
    auto first = env.client_receive();
    auto second = env.client_receive();
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == std::vector<uint8_t>{9, 8});   // in order, boundaries kept
    CHECK(*second == std::vector<uint8_t>{7});
    loop.channel().send(from + 1000, {{1}});      // a token nobody holds: ignored

    // The client goes away: reported for its token where the channel has
    // connections, never where it has not; a reply to it is then ignored.
    env.client_close();
    const int deadlines = s.deadlines;
    run_until(env, s, [&] { return !s.gone.empty() || s.deadlines > deadlines; });
    for (os::ReplyTo g : s.gone) CHECK(g == from);
    loop.channel().send(from, {{1}});

    // A child of ours that ends: reported once, with its real status.
    const int64_t pid = env.child_exiting(3);
    REQUIRE_MESSAGE(loop.watch(pid, true, &err), err);
    REQUIRE(run_until(env, s, [&] { return !s.exits.empty(); }));
    REQUIRE(s.exits.size() == 1);
    CHECK(s.exits[0].first == pid);
    CHECK(s.exits[0].second == ExitStatus::exited(3));

    // A deadline that has passed is reported, and nothing else is: the end
    // above is not reported twice.
    const int before = s.deadlines;
    env.turn(env.now() - 1, s);
    CHECK(s.deadlines == before + 1);
    CHECK(s.exits.size() == 1);

    // A process forgotten is watched no more: its end is not reported.
    const int64_t quiet = env.child_running();
    REQUIRE_MESSAGE(loop.watch(quiet, true, &err), err);
    loop.forget(quiet);
    env.end_child(quiet);
    const int deadlines2 = s.deadlines;
    CHECK(run_until(env, s, [&] { return s.deadlines > deadlines2; }));
    CHECK(s.exits.size() == 1);

    // A process that no longer exists cannot be watched as an adopted one.
    CHECK_FALSE(loop.watch(env.gone_pid(), false, &err));
    CHECK_FALSE(err.empty());
    loop.channel().close_channel();
}

}  // namespace

TEST_SUITE("port contract") {

TEST_CASE("EventLoop and CommandChannel: the Linux loop, real processes and socket") {
    test::SignalGuard guard;
    char tmpl[] = "/tmp/sv_loopc_XXXXXX";
    REQUIRE(::mkdtemp(tmpl) != nullptr);
    const std::string dir = tmpl;
    std::vector<pid_t> children;   // every process started here, ended below
    std::unique_ptr<os::ClientChannel> client;
    auto clock = os::make_system_clock();
    {
        LoopEnv env;
        std::string err;
        env.loop = os::make_event_loop(&err);
        REQUIRE_MESSAGE(env.loop, err);
        env.channel = dir + "/c.sock";
        env.now = [&] { return clock->monotonic_ms(); };
        env.turn = [&](int64_t deadline, os::LoopSink& s) { env.loop->run_once(deadline, s); };
        auto fork_child = [&](int code, bool stay) {
            pid_t pid = ::fork();
            REQUIRE(pid >= 0);
            if (pid == 0) {
                if (stay)
                    for (int i = 0; i < 600; ++i) ::sleep(1);   // bounded: ten minutes at most
                ::_exit(code);
            }
            children.push_back(pid);
            return static_cast<int64_t>(pid);
        };
        env.child_exiting = [&](int code) { return fork_child(code, false); };
        env.child_running = [&] { return fork_child(0, true); };
        env.end_child = [](int64_t pid) { ::kill(static_cast<pid_t>(pid), SIGKILL); };
        env.gone_pid = [&] {
            pid_t pid = static_cast<pid_t>(fork_child(0, false));
            ::waitpid(pid, nullptr, 0);
            children.pop_back();
            return static_cast<int64_t>(pid);
        };
        env.client_send = [&](const std::vector<uint8_t>& m) {
            os::OpenFailure why{};
            std::string e;
            client = os::open_channel(env.channel, 4096, &why, &e);
            REQUIRE_MESSAGE(client, e);
            REQUIRE_MESSAGE(client->send(m, &e), e);
        };
        env.client_receive = [&]() -> std::optional<std::vector<uint8_t>> {
            std::vector<uint8_t> m;
            std::string e;
            if (!client || !client->receive(m, 5000, &e)) return std::nullopt;
            return m;
        };
        env.client_close = [&] { client.reset(); };
        loop_contract(env);
    }
    // Those the loop reaped are no longer ours (waitpid fails); one still
    // unreaped is ours, so its pid cannot have been reused: end it.
    for (pid_t pid : children) {
        if (::waitpid(pid, nullptr, WNOHANG) != 0) continue;
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("EventLoop and CommandChannel: the fake loop of the server tests, with and without connections") {
    for (bool connectionless : {false, true}) {
        CAPTURE(connectionless);
        auto procs = std::make_shared<test::FakeProcesses>();
        test::FakeClock clock;
        LoopEnv env;
        auto fake = std::make_unique<test::FakeLoop>(procs, clock);
        test::FakeLoop& fl = *fake;
        fl.connectionless = connectionless;
        env.loop = std::move(fake);
        env.channel = "fake.sock";
        env.now = [&] { return clock.monotonic_ms(); };
        env.turn = [&](int64_t deadline, os::LoopSink& s) {
            if (!fl.ready() && deadline > clock.monotonic_ms()) clock.set_monotonic_ms(deadline);
            fl.give_turns(1);
            fl.run_once(deadline, s);
        };
        env.child_exiting = [&](int code) {
            int64_t pid = procs->create("child", {}).pid;
            procs->end(pid, ExitStatus::exited(code));
            return pid;
        };
        env.child_running = [&] { return procs->create("child", {}).pid; };
        env.end_child = [&](int64_t pid) { procs->end(pid, ExitStatus::signaled(9)); };
        env.gone_pid = [&] {
            int64_t pid = procs->create("gone", {}).pid;
            procs->end(pid, ExitStatus::exited(0));
            return pid;
        };
        uint64_t conn = 0;
        size_t read = 0;
        env.client_send = [&](const std::vector<uint8_t>& m) { conn = fl.queue_request(m), read = 0; };
        env.client_receive = [&]() -> std::optional<std::vector<uint8_t>> {
            auto it = fl.sent.find(conn);
            if (it == fl.sent.end() || read >= it->second.size()) return std::nullopt;
            return it->second[read++];
        };
        env.client_close = [&] { fl.disconnect(conn); };
        loop_contract(env);
    }
}

}  // TEST_SUITE
