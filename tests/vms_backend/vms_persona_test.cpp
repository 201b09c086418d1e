// The `user` key on OpenVMS (src/os/vms/vms_persona.cpp) on the simulator: a
// program of another account runs under that account's username and UIC
// (read with $GETJPI, not the server's word); an account SYSUAF does not hold
// is a configuration error (as on Linux); a server without IMPERSONATE fails
// that start with its reason (FATAL), starting no process; the server's own
// account is unchanged. The simulated SYSUAF
// holds SIMOTHER [200,201] besides the default account (tests/vms/sim,
// VMSSIM_UAF).
#include "vms_harness.h"

#include <prvdef.h>

using namespace sv;
using namespace vmstest;

namespace {

struct Prog {
    std::string name, user;
};

// mailbox TAG_CMD, table TAG_TABLE, log TAG.log; one failed start is FATAL.
std::string persona_conf(const std::string& tag, const std::vector<Prog>& programs) {
    std::string text = "[supervisord]\nlogfile = " + broker().dir + "/" + tag + ".log\nmailbox = " + tag +
                       "_CMD\ntable = " + tag + "_TABLE\n";
    for (const auto& p : programs)
        text += "[program:" + p.name + "]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + p.user +
                "\nstartsecs = 1\nstartretries = 0\n";
    std::string path = broker().dir + "/" + tag + ".conf";
    std::ofstream(path) << text;
    return path;
}

std::string log_text(const std::string& tag) { return read_text(broker().dir + "/" + tag + ".log"); }

constexpr unsigned int kOtherUic = 0200u << 16 | 0201u;   // SIMOTHER [200,201]

// The program's process as $GETJPI sees it, by the PID the server reports
// (a process of another UIC group is not found by name from ours).
bool jpi_of_program(const std::string& name, os::vms::JpiInfo* who) {
    auto st = status();
    auto it = st.find(name);
    return it != st.end() && it->second.pid != 0 &&
           os::vms::ok(os::vms::getjpi(static_cast<unsigned int>(it->second.pid), "", who));
}

}  // namespace

TEST_CASE("user= another account: the program runs under its username and UIC; the server's own account unchanged") {
    REQUIRE(g_broker->pid > 0);
    const os::vms::JpiInfo& me = os::vms::self();
    std::string conf = persona_conf("SVA", {{"a_other", "simother"}, {"a_self", me.username}});
    Server s;
    s.start(conf);
    g_cmd = "SVA_CMD";
    REQUIRE_MESSAGE(wait_for([] { return in_state("a_other", State::running) && in_state("a_self", State::running); },
                             10000),
                    log_text("SVA"));
    os::vms::JpiInfo other, own;
    REQUIRE(jpi_of_program("a_other", &other));
    CHECK(other.username == "SIMOTHER");
    CHECK(other.uic == kOtherUic);
    REQUIRE(jpi_of_program("a_self", &own));
    CHECK(own.username == me.username);
    CHECK(own.uic == me.uic);
    CHECK(jpi_pid_of("a_other") == 0);   // not a process of the server's UIC group
    // The server itself went back to its own account: its later start of
    // a_self (after a_other) is its own, and nothing was left unapplied.
    CHECK(log_text("SVA").find("not applied") == std::string::npos);
    // Stopped like any other program.
    CHECK(supervise("STOP A_OTHER/CONFIGURATION=\"" + conf + "\"").success());
    os::vms::JpiInfo gone;
    CHECK(os::vms::getjpi(other.pid, "", &gone) == SS$_NONEXPR);
    CHECK(in_state("a_other", State::stopped));
    finish(s, "/CONFIGURATION=\"" + conf + "\"", {"a_self"});
}

// As on Linux, an account that does not exist is an error of the
// configuration, named with its file and line, found when it is read (the
// persona services read SYSUAF: RMS$_RNF); the server does not start.
TEST_CASE("user= an account SYSUAF does not hold: the configuration is refused at its line, nothing started") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = persona_conf("SVN", {{"n_self", os::vms::self().username}, {"n_nosuch", "NOSUCH"}});
    const int kNosuchLine = 11;   // the line of [program:n_nosuch] (persona_conf: 4 + 6 per program)
    std::string out = broker().dir + "/svn.out";
    pid_t c = spawn({SV_SUPERVISORD_VMS, "-n", "-c", conf}, out);
    int st = 0;
    REQUIRE(exited_within(c, 10000, &st));
    CHECK((WEXITSTATUS(st) & 1) == 0);   // a failure condition
    std::string text = read_text(out) + log_text("SVN");
    CHECK_MESSAGE(text.find(conf + ":" + std::to_string(kNosuchLine)) != std::string::npos, text);
    CHECK(text.find("no such user 'NOSUCH'") != std::string::npos);
    // Nothing started, under any account.
    CHECK(jpi_pid_of("n_nosuch") == 0);
    CHECK(jpi_pid_of("n_self") == 0);
    CHECK(image_processes() == 0);
}

TEST_CASE("user= another account from a server without IMPERSONATE: FATAL with the reason, the rest served") {
    REQUIRE(g_broker->pid > 0);
    std::string dir = broker().dir;
    std::string conf = persona_conf("SVI", {{"i_other", "SIMOTHER"}, {"i_self", os::vms::self().username}});
    // supervisord run by DCL in a detached process holding every privilege
    // but IMPERSONATE.
    std::string proc = dir + "/svi.com";
    std::ofstream(proc) << "$ MCR " SV_SUPERVISORD_VMS " -n -c \"" << conf << "\"\n$ EXIT\n";
    std::string out = dir + "/svi.out";
    os::vms::Name image("SYS$SYSTEM:LOGINOUT.EXE"), input(proc), output(out), name("SVI_SERVER");
    uint64_t privs = ~uint64_t{0} & ~uint64_t{PRV$M_IMPERSONATE};
    unsigned int server = 0;
    REQUIRE(os::vms::ok(sys$creprc(&server, &image.d, &input.d, &output.d, &output.d,
                                   reinterpret_cast<struct _generic_64*>(&privs), nullptr, &name.d, 4, 0, 0,
                                   PRC$M_DETACH)));
    g_cmd = "SVI_CMD";
    proto::ProcessInfo info;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("i_other", State::fatal, &info); }, 15000),
                    (read_text(out) + log_text("SVI")));
    CHECK_MESSAGE(info.description.find("supervisord lacks the IMPERSONATE privilege") != std::string::npos,
                  info.description);
    CHECK(wait_for([] { return in_state("i_self", State::running); }, 10000));
    CHECK(jpi_pid_of("i_other") == 0);
    CHECK(image_processes() == 1);
    CHECK(supervise("SHUTDOWN/CONFIGURATION=\"" + conf + "\"").success());
    os::vms::JpiInfo who;
    CHECK(wait_for([&] { return !os::vms::ok(os::vms::getjpi(server, "", &who)); }, 10000));
    unsigned int self_pid = jpi_pid_of("i_self");
    if (self_pid) sys$delprc(&self_pid, nullptr);
    g_cmd = kCmd;
    CHECK(wait_for([] { return image_processes() == 0; }, 5000));
}

namespace {

// Every process named `prcnam`, of any UIC group, as a wildcard $GETJPIW
// (pidadr -1 ... SS$_NOMOREPROC) sees them; the test process holds WORLD.
// Written here with the services, not with the back end's find_process.
std::vector<os::vms::JpiInfo> processes_named(const std::string& prcnam) {
    std::vector<os::vms::JpiInfo> out;
    unsigned int context = 0xFFFFFFFFu;
    for (int call = 0; call < 10000; ++call) {
        unsigned int pid = 0;
        char name[16], user[12];
        unsigned short name_len = 0, user_len = 0;
        ILE3 items[4];
        items[0] = os::vms::item(JPI$_PID, &pid, sizeof pid, nullptr);
        items[1] = os::vms::item(JPI$_PRCNAM, name, sizeof name, &name_len);
        items[2] = os::vms::item(JPI$_USERNAME, user, sizeof user, &user_len);
        items[3] = os::vms::end_item();
        IOSB iosb;
        unsigned int st = sys$getjpiw(EFN$C_ENF, &context, nullptr, items, &iosb, nullptr, 0);
        if (os::vms::ok(st)) st = iosb.iosb$l_getxxi_status;
        if (st == SS$_NOMOREPROC) return out;
        REQUIRE(os::vms::ok(st));
        if (std::string(name, name_len) != prcnam) continue;
        os::vms::JpiInfo who;
        who.pid = pid;
        who.prcnam = prcnam;
        who.username = os::vms::upper_trim(std::string(user, user_len));
        out.push_back(who);
    }
    FAIL("the wildcard $GETJPIW did not end");
    return out;
}

// supervisord run by DCL in a detached process holding every privilege but
// WORLD (as the IMPERSONATE test above); its PID.
unsigned int server_without_world(const std::string& tag, const std::string& conf) {
    std::string dir = broker().dir;
    std::string proc = dir + "/" + tag + ".com";
    std::ofstream(proc) << "$ MCR " SV_SUPERVISORD_VMS " -n -c \"" << conf << "\"\n$ EXIT\n";
    std::string out = dir + "/" + tag + ".out";
    os::vms::Name image("SYS$SYSTEM:LOGINOUT.EXE"), input(proc), output(out), name(tag + "_SERVER");
    uint64_t privs = ~uint64_t{0} & ~uint64_t{PRV$M_WORLD};
    unsigned int server = 0;
    REQUIRE(os::vms::ok(sys$creprc(&server, &image.d, &input.d, &output.d, &output.d,
                                   reinterpret_cast<struct _generic_64*>(&privs), nullptr, &name.d, 4, 0, 0,
                                   PRC$M_DETACH)));
    return server;
}

void shutdown_server(const std::string& conf, unsigned int vms_pid) {
    CHECK(supervise("SHUTDOWN/CONFIGURATION=\"" + conf + "\"").success());
    os::vms::JpiInfo who;
    CHECK(wait_for([&] { return !os::vms::ok(os::vms::getjpi(vms_pid, "", &who)); }, 10000));
}

}  // namespace

// Crash-safety rule 1 for a program of another account: the entry is on
// record before $CREPRC, the PID after it. A server killed in between (the
// failure point child_before_record) leaves a process in SIMOTHER's UIC
// group that a $GETJPI by name from the server's group never finds; the next
// server looks for it by name and account with the wildcard $GETJPI and
// adopts it, and no second copy starts.
TEST_CASE("user= another account, the server dies between $CREPRC and recording the PID: the next server adopts it") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = persona_conf("SVX", {{"x_other", "SIMOTHER"}});
    int before = image_processes();
    Server s;
    s.start(conf, "child_before_record");
    int st = 0;
    REQUIRE_MESSAGE(exited_within(s.pid, 10000, &st), log_text("SVX"));
    s.pid = -1;
    REQUIRE(wait_for([&] { return image_processes() - before == 1; }, 5000));
    auto first = processes_named("x_other");
    REQUIRE(first.size() == 1);
    CHECK(first[0].username == "SIMOTHER");
    CHECK(jpi_pid_of("x_other") == 0);   // not in the server's UIC group

    s.start(conf);
    g_cmd = "SVX_CMD";
    proto::ProcessInfo info;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("x_other", State::running, &info); }, 15000), log_text("SVX"));
    CHECK(info.pid == first[0].pid);
    CHECK(log_text("SVX").find("adopted: 'x_other' with pid") != std::string::npos);
    auto now = processes_named("x_other");
    REQUIRE(now.size() == 1);
    CHECK(now[0].pid == first[0].pid);
    CHECK(now[0].username == "SIMOTHER");
    CHECK(image_processes() - before == 1);

    CHECK(supervise("SHUTDOWN/CONFIGURATION=\"" + conf + "\"").success());
    CHECK(exited_within(s.pid, 10000, &st));
    s.pid = -1;
    unsigned int pid = first[0].pid;
    sys$delprc(&pid, nullptr);
    g_cmd = kCmd;
    CHECK(wait_for([&] { return image_processes() == before; }, 5000));
}

// SS$_DUPLNAM from a $CREPRC under another account's persona: the holder is
// in that account's UIC group. A server with WORLD finds it (wildcard
// $GETJPI, name and username) and adopts it; one without WORLD cannot look
// there: it says so and starts no second copy.
TEST_CASE("user= another account, SS$_DUPLNAM: adopted with WORLD; without WORLD a warning and no second copy") {
    REQUIRE(g_broker->pid > 0);
    int before = image_processes();
    // The holder: w_other run by a first server.
    std::string first_conf = persona_conf("SVW", {{"w_other", "SIMOTHER"}});
    Server first;
    first.start(first_conf);
    g_cmd = "SVW_CMD";
    proto::ProcessInfo held;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("w_other", State::running, &held); }, 10000), log_text("SVW"));
    REQUIRE(processes_named("w_other").size() == 1);

    // A server without WORLD configured with the same program.
    std::string blind_conf = persona_conf("SVB", {{"w_other", "SIMOTHER"}});
    unsigned int blind = server_without_world("SVB", blind_conf);
    g_cmd = "SVB_CMD";
    proto::ProcessInfo refused;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("w_other", State::fatal, &refused); }, 15000),
                    (read_text(broker().dir + "/SVB.out") + log_text("SVB")));
    CHECK_MESSAGE(refused.description.find("lacks WORLD") != std::string::npos, refused.description);
    CHECK(log_text("SVB").find("lacks the WORLD privilege to find that process") != std::string::npos);
    CHECK(processes_named("w_other").size() == 1);
    CHECK(image_processes() - before == 1);
    shutdown_server(blind_conf, blind);

    // A server with WORLD: adopts the holder.
    std::string seeing_conf = persona_conf("SVS", {{"w_other", "SIMOTHER"}});
    Server seeing;
    seeing.start(seeing_conf);
    g_cmd = "SVS_CMD";
    proto::ProcessInfo adopted;
    REQUIRE_MESSAGE(wait_for([&] { return in_state("w_other", State::running, &adopted); }, 15000),
                    log_text("SVS"));
    CHECK(adopted.pid == held.pid);
    CHECK(log_text("SVS").find("adopted it instead of starting a second copy") != std::string::npos);
    CHECK(processes_named("w_other").size() == 1);
    CHECK(image_processes() - before == 1);

    int st = 0;
    CHECK(supervise("SHUTDOWN/CONFIGURATION=\"" + seeing_conf + "\"").success());
    CHECK(exited_within(seeing.pid, 10000, &st));
    seeing.pid = -1;
    g_cmd = "SVW_CMD";
    CHECK(supervise("SHUTDOWN/CONFIGURATION=\"" + first_conf + "\"").success());
    CHECK(exited_within(first.pid, 10000, &st));
    first.pid = -1;
    unsigned int pid = static_cast<unsigned int>(held.pid);
    sys$delprc(&pid, nullptr);
    g_cmd = kCmd;
    CHECK(wait_for([&] { return image_processes() == before; }, 5000));
}
