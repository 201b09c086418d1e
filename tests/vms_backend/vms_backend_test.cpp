// The OpenVMS back end (src/os/vms) on the simulator: vmssimd in a private
// directory, supervisord_vms on a small configuration, requests through the
// command mailbox (the back end's own client channel), and the facts checked
// with the services themselves ($GETJPI, $TRNLNM) and /proc, not only the
// server's word. Every wait is bounded; nothing sleeps a fixed time.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "vms_harness.h"

using namespace sv;
using namespace vmstest;

namespace {

// ThreadSanitizer's runtime has a thread of its own that wakes by itself.
#if defined(__SANITIZE_THREAD__)
constexpr bool kSanitizerThreads = true;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
constexpr bool kSanitizerThreads = true;
#else
constexpr bool kSanitizerThreads = false;
#endif
#else
constexpr bool kSanitizerThreads = false;
#endif

// Voluntary context switches of every thread of a Linux process: each
// wakeup of a sleeping thread is one.
long context_switches(pid_t pid) {
    long n = 0;
    std::string dir = "/proc/" + std::to_string(pid) + "/task";
    DIR* d = ::opendir(dir.c_str());
    while (dirent* e = d ? ::readdir(d) : nullptr) {
        if (e->d_name[0] == '.') continue;
        std::istringstream in(read_text(dir + "/" + e->d_name + "/status"));
        std::string line;
        while (std::getline(in, line))
            if (line.rfind("voluntary_ctxt_switches:", 0) == 0) n += std::strtol(line.c_str() + 24, nullptr, 10);
    }
    if (d) ::closedir(d);
    return n;
}

std::string write_conf(const std::string& name, bool with_gamma) {
    std::string user = os::vms::self().username;
    std::string dir = broker().dir;
    std::string text = "[supervisord]\nlogfile = " + dir + "/supervisord.log\nmailbox = " + kCmd +
                       "\ntable = " + kTable + "\n"
                       "[program:alpha]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                       "\nstartsecs = 1\n"
                       "[program:beta]\nimage = VMS_TEST_IMAGE\ncommand = SLEEP=2500 EXIT=2C\nuser = " + user +
                       "\nstartsecs = 1\nautorestart = true\n";
    if (with_gamma)
        text += "[program:stubborn]\nimage = VMS_TEST_IMAGE\ncommand = NOAST HIBER\nuser = " + user +
                "\nstartsecs = 0\nstopwaitsecs = 1\n"
                "[program:gamma]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user + "\nstartsecs = 1\n";
    std::string path = dir + "/" + name;
    std::ofstream(path) << text;
    return path;
}


}  // namespace

TEST_CASE("the OpenVMS back end on the simulator: start, restart, kill -9 and re-adoption, DUPLNAM") {
    REQUIRE(broker().pid > 0);
    os::vms::self();   // this test is a VMS process too (VMSSIM_RUN)
    std::string conf = write_conf("one.conf", false);
    std::string log = broker().dir + "/supervisord.log";

    Server s1;
    s1.start(conf);

    // 1. Programs start: STARTING, then RUNNING after startsecs.
    bool saw_starting = wait_for([] { return in_state("alpha", State::starting) || in_state("alpha", State::running); }, 10000);
    REQUIRE_MESSAGE(saw_starting, (read_text(broker().dir + "/server.out") + read_text(log)));
    proto::ProcessInfo alpha, beta;
    REQUIRE(wait_for([&] { return in_state("alpha", State::running, &alpha); }, 10000));
    REQUIRE(wait_for([&] { return in_state("beta", State::running, &beta); }, 10000));
    CHECK(alpha.pid == jpi_pid_of("alpha"));   // the server's PID is the process of that name
    CHECK(beta.pid == jpi_pid_of("beta"));
    CHECK(read_text(log).find("entered RUNNING") != std::string::npos);
    // The client, built against the same back end, says the same.
    {
        // An OpenVMS image exits with a condition value (os::exit_status):
        // SS$_NORMAL here; its low bit says success.
        Outcome o = supervise("STATUS/CONFIGURATION=\"" + conf + "\"");
        CHECK(o.success());
        std::string text = o.text;
        CHECK(text.find("alpha") != std::string::npos);
        CHECK(text.find("RUNNING   pid " + std::to_string(alpha.pid)) != std::string::npos);
    }

    // 2. beta exits with %X2C after 2.5 s: an unexpected exit, restarted by
    // policy, its real condition value reported.
    proto::ProcessInfo beta2;
    REQUIRE(wait_for([&] {
        return in_state("beta", State::running, &beta2) && beta2.pid != beta.pid;
    }, 15000));
    CHECK(beta2.exit.kind == ExitStatus::Kind::exited);
    CHECK(beta2.exit.value == 0x2C);
    CHECK(read_text(log).find("%X0000002C") != std::string::npos);

    // 3. kill -9 of the server; alpha is made to exit with %X2A while no
    // server runs; a new server drains the permanent termination mailbox
    // before it decides: alpha's real status, beta adopted, no duplicate.
    s1.kill9();
    // The client finds no server at once (the permanent mailbox stays, no
    // one reads it): it says so, it does not hang.
    CHECK(client_fails(conf));
    proto::ProcessInfo beta_before = beta2;
    {
        unsigned int pid = static_cast<unsigned int>(alpha.pid);
        REQUIRE(os::vms::ok(sys$forcex(&pid, nullptr, 0x2A)));
        REQUIRE(wait_for([&] { return jpi_pid_of("alpha") == 0; }, 5000));
    }
    // beta must still be the process the first server started (it lives 2.5 s).
    bool beta_alive = jpi_pid_of("beta") == static_cast<unsigned int>(beta_before.pid);
    Server s2;
    s2.start(conf);
    proto::ProcessInfo alpha2;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("alpha", State::running, &alpha2); }, 15000),
                    (read_text(broker().dir + "/server.out") + read_text(log)));
    CHECK(alpha2.pid != alpha.pid);
    CHECK(alpha2.exit.kind == ExitStatus::Kind::exited);
    CHECK(alpha2.exit.value == 0x2A);
    CHECK(read_text(log).find("ended while supervisord was down") != std::string::npos);
    if (beta_alive) CHECK(read_text(log).find("adopted: 'beta' with pid " + std::to_string(beta_before.pid)) != std::string::npos);
    CHECK(image_processes() <= 2);   // alpha and beta, never a second copy
    CHECK(jpi_pid_of("alpha") == static_cast<unsigned int>(alpha2.pid));

    // 4. SS$_DUPLNAM: with no server, a process named gamma is created on the
    // permanent termination mailbox (as a dead server's start would have
    // left it); the next server's start of gamma meets SS$_DUPLNAM and
    // adopts that process, and still learns of its end.
    s2.kill9();
    std::vector<std::string> eq;
    REQUIRE(os::vms::ok(os::vms::lnm_get(kTable, "TERMINATION_MAILBOX", &eq)));
    REQUIRE(eq.size() == 1);
    unsigned short chan = 0, unit = 0;
    {
        os::vms::Name dev(eq[0]);
        REQUIRE(os::vms::ok(sys$assign(&dev.d, &chan, 0, nullptr)));
        unsigned int u = 0;
        ILE3 items[2] = {os::vms::item(DVI$_UNIT, &u, sizeof u, nullptr), os::vms::end_item()};
        IOSB iosb;
        REQUIRE(os::vms::ok(sys$getdviw(EFN$C_ENF, chan, nullptr, items, &iosb, nullptr, 0, nullptr)));
        unit = static_cast<unsigned short>(u);
        sys$dassgn(chan);
    }
    unsigned int gamma_pid = 0;
    {
        os::vms::Name image("VMS_TEST_IMAGE"), input("HIBER"), nl("NLA0:"), name("gamma");
        REQUIRE(os::vms::ok(sys$creprc(&gamma_pid, &image.d, &input.d, &nl.d, &nl.d, nullptr, nullptr, &name.d, 4, 0,
                                       unit, PRC$M_DETACH)));
    }
    Server s3;
    s3.start(write_conf("two.conf", true));
    proto::ProcessInfo gamma;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("gamma", State::running, &gamma); }, 15000),
                    (read_text(broker().dir + "/server.out") + read_text(log)));
    CHECK(gamma.pid == gamma_pid);
    CHECK(read_text(log).find("SS$_DUPLNAM") != std::string::npos);
    CHECK(image_processes() <= 4);
    {
        unsigned int pid = gamma_pid;
        REQUIRE(os::vms::ok(sys$delprc(&pid, nullptr)));
    }
    proto::ProcessInfo gamma2;
    CHECK(wait_for([&] { return in_state("gamma", State::running, &gamma2) && gamma2.pid != gamma.pid; }, 15000));
    CHECK(gamma2.exit.kind == ExitStatus::Kind::exited);
    CHECK(gamma2.exit.value == 0);   // $DELPRC: final status 0 (PRC-2)

    // 5. STOP: $FORCEX ends alpha (SS$_FORCEDEXIT); stubborn has its ASTs
    // disabled, so after stopwaitsecs the server escalates to $DELPRC.
    REQUIRE(wait_for([&] { return in_state("stubborn", State::running); }, 10000));
    unsigned int stubborn_pid = jpi_pid_of("stubborn");
    auto stopped = ask(proto::Opcode::stop, {"alpha", "stubborn"});
    CHECK(stopped.has_value());
    proto::ProcessInfo alpha3, stubborn;
    CHECK(wait_for([&] { return in_state("alpha", State::stopped, &alpha3); }, 10000));
    CHECK(wait_for([&] { return in_state("stubborn", State::stopped, &stubborn); }, 10000));
    CHECK(jpi_pid_of("alpha") == 0);
    CHECK(jpi_pid_of("stubborn") == 0);
    CHECK(alpha3.exit.value == SS$_FORCEDEXIT);
    CHECK(stubborn.exit.value == 0);   // deleted: final status 0 (PRC-2)
    CHECK(stubborn_pid != 0);
    auto started = ask(proto::Opcode::start, {"alpha"});
    CHECK(started.has_value());
    CHECK(wait_for([&] { return in_state("alpha", State::running, &alpha2); }, 10000));

    // 6. SHUTDOWN ends the server and leaves the programs running.
    auto bye = ask(proto::Opcode::shutdown);
    CHECK(bye.has_value());
    int st = 0;
    CHECK(exited_within(s3.pid, 10000, &st));
    s3.pid = -1;
    CHECK(client_fails(conf));   // the mailbox went with the server ($DELMBX)
    CHECK(jpi_pid_of("alpha") == static_cast<unsigned int>(alpha2.pid));
    CHECK(jpi_pid_of("gamma") == static_cast<unsigned int>(gamma2.pid));

    // Clean up for the next cases: no program of this one keeps running.
    for (const char* n : {"alpha", "beta", "gamma", "stubborn"}) {
        unsigned int pid = jpi_pid_of(n);
        if (pid) sys$delprc(&pid, nullptr);
    }
    CHECK(wait_for([] { return image_processes() == 0; }, 5000));
}

TEST_CASE("the OpenVMS table: entries across equivalence strings, the index, the lock, entries without a PID") {
    REQUIRE(g_broker->pid > 0);
    std::string error;
    auto store = os::open_store("SVT_STORE", &error);
    REQUIRE_MESSAGE(store, error);
    REQUIRE_MESSAGE(store->lock(&error), error);

    // A 1024-byte entry (9 equivalence strings of hex) comes back whole;
    // $TRNLNM shows it as 9 strings.
    std::vector<uint8_t> big(table::kMaxEntry);
    for (size_t k = 0; k < big.size(); ++k) big[k] = static_cast<uint8_t>(k * 7);
    REQUIRE_MESSAGE(store->write("p:big", big, &error), error);
    std::vector<std::string> eq;
    REQUIRE(os::vms::ok(os::vms::lnm_get("SVT_STORE", "p$3Abig", &eq)));
    CHECK(eq.size() == 9);
    // 300 more entries: the index spreads over several equivalence strings.
    for (int k = 0; k < 300; ++k) REQUIRE(store->write("p:n" + std::to_string(k), {uint8_t(k)}, &error));
    os::Entries all;
    REQUIRE_MESSAGE(store->read_all(&all, &error), error);
    CHECK(all.size() == 301);
    std::map<std::string, std::vector<uint8_t>> by_key(all.begin(), all.end());
    CHECK(by_key["p:big"] == big);
    CHECK(by_key["p:n299"] == std::vector<uint8_t>{uint8_t(299 % 256)});
    for (int k = 0; k < 300; ++k) CHECK(store->remove("p:n" + std::to_string(k)));
    REQUIRE(store->read_all(&all, &error));
    CHECK(all.size() == 1);
    std::string why;
    CHECK(store->can_hold("p:gamma", &why));
    CHECK_FALSE(store->can_hold("p:" + std::string(200, '.'), &why));

    // An entry written before $CREPRC (no PID) is resolved by process name
    // on the next read: a live process of that name is adopted, no process
    // makes it BACKOFF (started again, never a second copy).
    unsigned int pid = 0;
    {
        os::vms::Name image("VMS_TEST_IMAGE"), input("HIBER"), nl("NLA0:"), name("delta");
        REQUIRE(os::vms::ok(sys$creprc(&pid, &image.d, &input.d, &nl.d, &nl.d, nullptr, nullptr, &name.d, 4, 0, 0,
                                       PRC$M_DETACH)));
    }
    for (const char* n : {"delta", "epsilon"}) {
        table::ProcessEntry e;
        e.name = n;
        e.program = n;
        e.state = State::starting;
        REQUIRE(store->write(std::string("p:") + n, table::encode(e), &error));
    }
    REQUIRE(store->read_all(&all, &error));
    std::map<std::string, table::ProcessEntry> entries;
    for (const auto& [key, bytes] : all) {
        table::ProcessEntry e;
        if (table::decode(bytes.data(), bytes.size(), e) == table::Decode::ok) entries[key] = e;
    }
    CHECK(entries["p:delta"].pid == pid);
    CHECK(entries["p:delta"].state == State::starting);
    CHECK(entries["p:delta"].start_time != 0);
    CHECK(entries["p:epsilon"].pid == 0);
    CHECK(entries["p:epsilon"].state == State::backoff);

    // The lock: LOCK naming a live process (PID and login time) refuses a
    // second holder; once that process is gone it blocks nobody.
    os::vms::JpiInfo holder;
    REQUIRE(os::vms::ok(os::vms::getjpi(pid, "", &holder)));
    char text[40];
    std::snprintf(text, sizeof text, "%08X %016llX", holder.pid, static_cast<unsigned long long>(holder.login));
    REQUIRE(os::vms::ok(os::vms::lnm_set("SVT_STORE", "LOCK", {text})));
    auto second = os::open_store("SVT_STORE", &error);
    REQUIRE(second);
    CHECK_FALSE(second->lock(&error));
    char hex[12];
    std::snprintf(hex, sizeof hex, "%08X", pid);
    CHECK(error.find(hex) != std::string::npos);
    REQUIRE(os::vms::ok(sys$delprc(&pid, nullptr)));
    CHECK(wait_for([&] { return jpi_pid_of("delta") == 0; }, 5000));
    CHECK_MESSAGE(second->lock(&error), error);
}

TEST_CASE("the server dies in each window of a start: every program runs once afterwards") {
    REQUIRE(g_broker->pid > 0);
    std::string user = os::vms::self().username;
    int round = 0;
    for (const char* point : {"spawned:2", "child_before_record:2", "child_after_record:2"}) {
        ++round;
        CAPTURE(point);
        std::string tag = "SVF" + std::to_string(round);
        std::string text = "[supervisord]\nlogfile = " + broker().dir + "/" + tag + ".log\nmailbox = " + tag +
                           "_CMD\ntable = " + tag + "_TABLE\n";
        std::vector<std::string> names;
        for (const char* p : {"a", "b", "c"}) {
            names.push_back("f" + std::to_string(round) + p);
            text += "[program:" + names.back() + "]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                    "\nstartsecs = 0\n";
        }
        std::string conf = broker().dir + "/" + tag + ".conf";
        std::ofstream(conf) << text;
        int before = image_processes();
        Server s;
        s.start(conf, point);
        int st = 0;
        REQUIRE_MESSAGE(exited_within(s.pid, 10000, &st), read_text(broker().dir + "/" + tag + ".log"));
        s.pid = -1;
        // Died while starting the second program: two processes. (The count
        // is waited for: a process $CREPRC made may not have exec'd its
        // image yet; a duplicate would stay.)
        CHECK(wait_for([&] { return image_processes() - before == 2; }, 5000));
        s.start(conf);
        g_cmd = tag + "_CMD";
        std::map<std::string, unsigned int> pids;
        CHECK_MESSAGE(wait_for([&] {
            for (const auto& n : names) {
                proto::ProcessInfo info;
                if (!in_state(n, State::running, &info)) return false;
                pids[n] = static_cast<unsigned int>(info.pid);
            }
            return true;
        }, 15000), read_text(broker().dir + "/" + tag + ".log"));
        for (const auto& n : names) CHECK(jpi_pid_of(n) == pids[n]);   // the server's process is the one of that name
        CHECK(wait_for([&] { return image_processes() - before == 3; }, 5000));   // each exactly once
        if (round == 1 && !kSanitizerThreads) {
            // Idle (every program RUNNING, no deadline, no request): the
            // server sleeps in $HIBER and nothing wakes it, its simulator
            // threads included. A window of 1 s, after 0.2 s to settle.
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            long a = context_switches(s.pid);
            std::this_thread::sleep_for(std::chrono::milliseconds(1000));
            CHECK(a > 0);
            CHECK(context_switches(s.pid) == a);
        }
        auto bye = ask(proto::Opcode::shutdown);
        CHECK(exited_within(s.pid, 10000, &st));
        s.pid = -1;
        g_cmd = kCmd;
        for (auto& [n, pid] : pids) sys$delprc(&pid, nullptr);
        CHECK(wait_for([&] { return image_processes() == before; }, 5000));
    }
}

TEST_CASE("an end read by a server that dies before recording it is still known to the next server") {
    REQUIRE(g_broker->pid > 0);
    std::string user = os::vms::self().username;
    std::string conf = broker().dir + "/sve.conf";
    std::ofstream(conf) << "[supervisord]\nlogfile = " + broker().dir + "/sve.log\nmailbox = SVE_CMD\n"
                           "table = SVE_TABLE\n[program:e1]\nimage = VMS_TEST_IMAGE\ncommand = SLEEP=300 EXIT=2C\n"
                           "user = " + user + "\nstartsecs = 0\nautorestart = false\n";
    Server s;
    s.start(conf, "exit_read");   // dies as soon as e1's termination message is read
    int st = 0;
    REQUIRE_MESSAGE(exited_within(s.pid, 10000, &st), read_text(broker().dir + "/sve.log"));
    s.pid = -1;
    std::vector<std::string> eq;
    REQUIRE(os::vms::ok(os::vms::lnm_get("SVE_TABLE", "ENDED", &eq)));   // kept in the table
    CHECK(eq.size() == 1);
    s.start(conf);
    g_cmd = "SVE_CMD";
    proto::ProcessInfo e1;
    CHECK_MESSAGE(wait_for([&] { return in_state("e1", State::exited, &e1); }, 10000),
                  read_text(broker().dir + "/sve.log"));
    CHECK(e1.exit.kind == ExitStatus::Kind::exited);
    CHECK(e1.exit.value == 0x2C);
    // Recorded in e1's entry: the copy in ENDED is gone.
    CHECK(wait_for([&] { return os::vms::lnm_get("SVE_TABLE", "ENDED", &eq) == SS$_NOLOGNAM; }, 5000));
    ask(proto::Opcode::shutdown);
    CHECK(exited_within(s.pid, 10000, &st));
    s.pid = -1;
    g_cmd = kCmd;
}

TEST_CASE("the server dies in each window of a STOP: the next server finishes it, with the real status") {
    REQUIRE(g_broker->pid > 0);
    std::string user = os::vms::self().username;
    int round = 0;
    for (const char* point : {"stop_recorded", "stop_signalled"}) {
        ++round;
        CAPTURE(point);
        std::string tag = "SVS" + std::to_string(round);
        std::string a = "s" + std::to_string(round) + "a", b = "s" + std::to_string(round) + "b";
        std::string text = "[supervisord]\nlogfile = " + broker().dir + "/" + tag + ".log\nmailbox = " + tag +
                           "_CMD\ntable = " + tag + "_TABLE\n";
        for (const auto& n : {a, b})
            text += "[program:" + n + "]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                    "\nstartsecs = 0\n";
        std::string conf = broker().dir + "/" + tag + ".conf";
        std::ofstream(conf) << text;
        Server s;
        s.start(conf, point);
        g_cmd = tag + "_CMD";
        REQUIRE(wait_for([&] { return in_state(a, State::running) && in_state(b, State::running); }, 10000));
        unsigned int b_pid = jpi_pid_of(b);
        ask(proto::Opcode::stop, {a});   // the server dies on the way: no reply
        int st = 0;
        REQUIRE(exited_within(s.pid, 10000, &st));
        s.pid = -1;
        s.start(conf);
        proto::ProcessInfo info;
        CHECK_MESSAGE(wait_for([&] { return in_state(a, State::stopped, &info); }, 10000),
                      read_text(broker().dir + "/" + tag + ".log"));
        CHECK(info.exit.kind == ExitStatus::Kind::exited);
        CHECK(info.exit.value == SS$_FORCEDEXIT);   // the real status, though the stop straddled two servers
        CHECK(jpi_pid_of(a) == 0);
        CHECK(jpi_pid_of(b) == b_pid);   // untouched, adopted
        ask(proto::Opcode::shutdown);
        CHECK(exited_within(s.pid, 10000, &st));
        s.pid = -1;
        g_cmd = kCmd;
        sys$delprc(&b_pid, nullptr);
    }
    CHECK(wait_for([] { return image_processes() == 0; }, 5000));
}

// The broker belongs to a parent that never calls a service: the tests run
// in a child (a VMS process of the simulator), which has ended before the
// broker is stopped (the simulator ends a process whose broker goes away).
int main(int argc, char** argv) {
    Broker b;
    g_broker = &b;
    std::fflush(stdout);
    pid_t child = ::fork();
    if (child == 0) {
        doctest::Context ctx(argc, argv);
        int rc = ctx.run();
        std::fflush(stdout);
        std::fflush(stderr);
        ::_exit(rc);
    }
    int st = 0;
    ::waitpid(child, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
