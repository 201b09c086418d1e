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
