// SUPERVISE (supervise_vms) against supervisord_vms on the simulator, over the
// command mailbox: RELOAD, SHUTDOWN leaving the programs running and a new
// server re-adopting them, kill -9 of the server with programs ending while
// it is down, the password, a client of another UIC, and the default
// locations (SUPERVISORD_CMD read as the C RTL reads it). The facts are
// checked with $GETJPI and /proc, not only the server's word.
#include "vms_harness.h"

#include "core/sha1.h"
#include "os/process.h"

#include <prvdef.h>

using namespace sv;
using namespace vmstest;

namespace {

struct Program {
    std::string name, command;
    bool autorestart = false;
};

// A configuration of its own: mailbox TAG_CMD, table TAG_TABLE, log TAG.log.
std::string conf_of(const std::string& tag, const std::vector<Program>& programs, const std::string& extra = "") {
    std::string user = os::vms::self().username;
    std::string text = "[supervisord]\nlogfile = " + broker().dir + "/" + tag + ".log\nmailbox = " + tag +
                       "_CMD\ntable = " + tag + "_TABLE\n" + extra;
    for (const auto& p : programs)
        text += "[program:" + p.name + "]\nimage = VMS_TEST_IMAGE\ncommand = " + p.command + "\nuser = " + user +
                "\nstartsecs = 1\nautorestart = " + (p.autorestart ? "true" : "false") + "\n";
    std::string path = broker().dir + "/" + tag + ".conf";
    std::ofstream(path) << text;
    return path;
}

std::string log_of(const std::string& tag) { return read_text(broker().dir + "/" + tag + ".log"); }

bool all_running(const std::vector<std::string>& names) {
    for (const auto& n : names)
        if (!in_state(n, State::running)) return false;
    return true;
}

int occurrences(const std::string& text, const std::string& what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("RELOAD through SUPERVISE: a changed program restarted, an added one started, a removed one stopped") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = conf_of("SVR", {{"r1", "HIBER"}, {"r2", "HIBER"}, {"r3", "HIBER"}});
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVR_CMD";
    REQUIRE_MESSAGE(wait_for([] { return all_running({"r1", "r2", "r3"}); }, 10000), log_of("SVR"));
    unsigned int r1 = jpi_pid_of("r1"), r2 = jpi_pid_of("r2"), r3 = jpi_pid_of("r3");
    REQUIRE(r3 != 0);

    conf_of("SVR", {{"r1", "SLEEP=3600000"}, {"r2", "HIBER"}, {"r4", "HIBER"}});
    Outcome o = supervise("RELOAD" + q);
    CHECK_MESSAGE(o.success(), o.text);
    CHECK_MESSAGE(wait_for([] { return all_running({"r1", "r2", "r4"}); }, 15000), log_of("SVR"));
    CHECK(wait_for([&] { return jpi_pid_of("r3") == 0; }, 10000));
    auto st = status();
    CHECK(st.count("r3") == 0);
    CHECK(st["r1"].pid != static_cast<int64_t>(r1));                  // restarted with the new command
    CHECK(jpi_pid_of("r1") == static_cast<unsigned int>(st["r1"].pid));
    CHECK(jpi_pid_of("r2") == r2);                                    // unchanged: untouched
    CHECK(jpi_pid_of("r4") == static_cast<unsigned int>(st["r4"].pid));
    CHECK(wait_for([] { return image_processes() == 3; }, 5000));     // r1, r2, r4, each once
    finish(s, q, {"r1", "r2", "r3", "r4"});
}

TEST_CASE("SHUTDOWN leaves the programs running; a new server adopts them, no second copy") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = conf_of("SVA", {{"a1", "HIBER"}, {"a2", "HIBER"}});
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVA_CMD";
    REQUIRE_MESSAGE(wait_for([] { return all_running({"a1", "a2"}); }, 10000), log_of("SVA"));
    unsigned int a1 = jpi_pid_of("a1"), a2 = jpi_pid_of("a2");

    Outcome o = supervise("SHUTDOWN" + q);
    CHECK_MESSAGE(o.success(), o.text);
    int st = 0;
    REQUIRE(exited_within(s.pid, 10000, &st));
    s.pid = -1;
    CHECK(jpi_pid_of("a1") == a1);
    CHECK(jpi_pid_of("a2") == a2);
    CHECK(client_fails(conf));

    s.start(conf);
    CHECK_MESSAGE(wait_for([] { return all_running({"a1", "a2"}); }, 10000), log_of("SVA"));
    auto now = status();
    CHECK(now["a1"].pid == static_cast<int64_t>(a1));
    CHECK(now["a2"].pid == static_cast<int64_t>(a2));
    CHECK(log_of("SVA").find("adopted: 'a1' with pid " + std::to_string(a1)) != std::string::npos);
    CHECK(image_processes() == 2);
    o = supervise("STATUS" + q);
    CHECK(o.success());
    CHECK(o.text.find("RUNNING   pid " + std::to_string(a1)) != std::string::npos);
    finish(s, q, {"a1", "a2"});
}

TEST_CASE("kill -9 of the server: the next one adopts the living and reports each end meanwhile once") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = conf_of("SVK", {{"k1", "HIBER"}, {"k2", "HIBER"}, {"k3", "HIBER"}, {"k4", "HIBER", true}});
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVK_CMD";
    REQUIRE_MESSAGE(wait_for([] { return all_running({"k1", "k2", "k3", "k4"}); }, 10000), log_of("SVK"));
    std::map<std::string, unsigned int> pid;
    for (const char* n : {"k1", "k2", "k3", "k4"}) pid[n] = jpi_pid_of(n);

    s.kill9();
    // While no server runs: k2, k3 and k4 end, each with its own status.
    const std::map<std::string, unsigned int> code{{"k2", 0x2C}, {"k3", 0x3A}, {"k4", 0x4C}};
    for (const auto& [n, c] : code) {
        unsigned int p = pid[n];
        REQUIRE(os::vms::ok(sys$forcex(&p, nullptr, c)));
    }
    REQUIRE(wait_for([&] {
        for (const auto& [n, c] : code)
            if (jpi_pid_of(n) != 0) return false;
        return true;
    }, 10000));

    s.start(conf);
    proto::ProcessInfo k2, k3, k4;
    CHECK_MESSAGE(wait_for([&] {
        return in_state("k1", State::running) && in_state("k2", State::exited, &k2) &&
               in_state("k3", State::exited, &k3) && in_state("k4", State::running, &k4) &&
               k4.pid != static_cast<int64_t>(pid["k4"]);
    }, 15000), log_of("SVK"));
    CHECK(status()["k1"].pid == static_cast<int64_t>(pid["k1"]));   // adopted, not started again
    CHECK(k2.exit.value == 0x2C);                                   // 0 lost: each real status
    CHECK(k3.exit.value == 0x3A);
    CHECK(k4.exit.value == 0x4C);                                   // and k4 started again by policy
    std::string log = log_of("SVK");
    for (const auto& [n, c] : code)                                 // 0 duplicated: reported once
        CHECK(occurrences(log, "'" + n + "' (pid " + std::to_string(pid[n]) + ") ended while supervisord was down") == 1);
    CHECK(jpi_pid_of("k1") == pid["k1"]);
    CHECK(wait_for([] { return image_processes() == 2; }, 5000));   // k1 and the new k4
    // SUPERVISE shows the same.
    Outcome o = supervise("STATUS K2" + q);
    CHECK(o.text.find("EXITED") != std::string::npos);
    finish(s, q, {"k1", "k2", "k3", "k4"});
}

TEST_CASE("the password: a wrong one or none refused, the right one accepted") {
    REQUIRE(g_broker->pid > 0);
    // Only the hash is in the configuration, so SUPERVISE cannot take the
    // password from it.
    std::string conf = conf_of("SVP", {{"p1", "HIBER"}}, "password = {SHA}" + sha1_hex("Secret1") + "\n");
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVP_CMD";
    REQUIRE_MESSAGE(wait_for([&] { return jpi_pid_of("p1") != 0; }, 10000), log_of("SVP"));

    Outcome none = supervise("STATUS" + q);
    CHECK_FALSE(none.success());
    CHECK(none.text.find("BADPASSWORD") != std::string::npos);
    Outcome wrong = supervise("STATUS/PASSWORD=\"nope\"" + q);
    CHECK_FALSE(wrong.success());
    CHECK(wrong.text.find("BADPASSWORD") != std::string::npos);
    // DCL upper-cases a value that is not quoted: SECRET1 is not Secret1.
    Outcome upper = supervise("STATUS/PASSWORD=Secret1" + q);
    CHECK_FALSE(upper.success());
    Outcome right = supervise("STATUS/PASSWORD=\"Secret1\"" + q);
    CHECK_MESSAGE(right.success(), right.text);
    CHECK(right.text.find("p1") != std::string::npos);
    CHECK(supervise("STOP P1/PASSWORD=\"Secret1\"" + q).success());
    CHECK(jpi_pid_of("p1") == 0);
    CHECK(supervise("SHUTDOWN/PASSWORD=\"Secret1\"" + q).success());
    int st = 0;
    CHECK(exited_within(s.pid, 10000, &st));
    s.pid = -1;
    g_cmd = kCmd;
}

TEST_CASE("username= and password=: /USERNAME is sent with /PASSWORD and both must match") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = conf_of("SVW", {{"w1", "HIBER"}},
                               "password = {SHA}" + sha1_hex("Secret1") + "\n[unix_http_server]\nusername = opsadmin\n");
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVW_CMD";
    REQUIRE_MESSAGE(wait_for([&] { return jpi_pid_of("w1") != 0; }, 10000), log_of("SVW"));

    Outcome right = supervise("STATUS/USERNAME=\"opsadmin\"/PASSWORD=\"Secret1\"" + q);
    CHECK_MESSAGE(right.success(), right.text);
    CHECK(right.text.find("w1") != std::string::npos);
    Outcome other = supervise("STATUS/USERNAME=\"intruder\"/PASSWORD=\"Secret1\"" + q);
    CHECK_FALSE(other.success());
    CHECK(other.text.find("BADPASSWORD") != std::string::npos);
    // DCL upper-cases a value that is not quoted: OPSADMIN is not opsadmin.
    Outcome upper = supervise("STATUS/USERNAME=opsadmin/PASSWORD=\"Secret1\"" + q);
    CHECK_FALSE(upper.success());
    CHECK(upper.text.find("BADPASSWORD") != std::string::npos);
    // Without /USERNAME the configuration's username= is sent.
    Outcome by_file = supervise("STATUS/PASSWORD=\"Secret1\"" + q);
    CHECK_MESSAGE(by_file.success(), by_file.text);
    CHECK(log_of("SVW").find("opsadmin") == std::string::npos);
    CHECK(log_of("SVW").find("intruder") == std::string::npos);
    CHECK(supervise("STOP W1/USERNAME=\"opsadmin\"/PASSWORD=\"Secret1\"" + q).success());
    CHECK(jpi_pid_of("w1") == 0);
    finish(s, "/PASSWORD=\"Secret1\"" + q, {"w1"});
}

namespace {

// SUPERVISE run by DCL in a detached process of the given UIC and no
// privilege: $CREPRC of LOGINOUT with a command procedure that runs it
// as an MCR foreign command. Returns what the process wrote, once it ended.
std::string supervise_as(unsigned int uic, const std::string& tag, const std::string& line) {
    std::string proc = broker().dir + "/" + tag + ".com";
    std::ofstream(proc) << "$ SET NOON\n$ MCR " SV_SUPERVISE_VMS " " << line
                        << "\n$ WRITE SYS$OUTPUT \"STATUS=\", $STATUS\n$ EXIT\n";
    std::string out = broker().dir + "/" + tag + ".log";
    std::remove(out.c_str());
    os::vms::Name image("SYS$SYSTEM:LOGINOUT.EXE"), input(proc), output(out), name(tag);
    uint64_t none = 0;   // no privilege: not SYSPRV
    unsigned int pid = 0;
    unsigned int st = sys$creprc(&pid, &image.d, &input.d, &output.d, &output.d,
                                 reinterpret_cast<struct _generic_64*>(&none), nullptr, &name.d, 4, uic, 0,
                                 PRC$M_DETACH);
    if (!os::vms::ok(st)) return "$CREPRC failed: " + os::vms::hex_status(st);
    os::vms::JpiInfo who;
    wait_for([&] { return !os::vms::ok(os::vms::getjpi(pid, "", &who)); }, 20000);
    return read_text(out);
}

}  // namespace

TEST_CASE("a client of another UIC without privilege is refused; the owner's UIC is served") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = conf_of("SVU", {{"u1", "HIBER"}});
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVU_CMD";
    REQUIRE_MESSAGE(wait_for([] { return in_state("u1", State::running); }, 10000), log_of("SVU"));
    unsigned int mine = os::vms::self().uic;
    unsigned int other = ((mine >> 16) + 1) << 16 | 1;   // another group

    std::string refused = supervise_as(other, "SVUOTHER", "STATUS" + q);
    CHECK_MESSAGE(refused.find("NOTAUTH") != std::string::npos, refused);
    CHECK(refused.find("RUNNING") == std::string::npos);
    CHECK(refused.find("STATUS=%X") != std::string::npos);   // DCL saw the image end
    char who[32];
    std::snprintf(who, sizeof who, "[%o,%o]", other >> 16, other & 0xFFFF);
    CHECK(log_of("SVU").find(who) != std::string::npos);     // the server names the refused UIC

    std::string served = supervise_as(mine, "SVUSAME", "STATUS" + q);
    CHECK_MESSAGE(served.find("RUNNING") != std::string::npos, served);
    CHECK(served.find("NOTAUTH") == std::string::npos);
    finish(s, q, {"u1"});
}

TEST_CASE("supervisord without -n detaches itself: LOGINOUT runs the [supervisord] command procedure") {
    REQUIRE(g_broker->pid > 0);
    std::string dir = broker().dir;
    std::string proc = dir + "/svd.com";
    std::string conf = conf_of("SVD", {{"d1", "HIBER"}},
                               "command = " + proc + "\nstdout_file = " + dir + "/svd.out\n");
    std::ofstream(proc) << "$ MCR " SV_SUPERVISORD_VMS " -n -c \"" << conf << "\"\n$ EXIT\n";

    // The caller checks the table, gives it up, then creates the server: a
    // store given up names no holder any more, so the new server never
    // waits for the caller to be gone.
    {
        std::string error;
        auto probe = os::open_store("SVD_PROBE", &error);
        REQUIRE_MESSAGE(probe, error);
        REQUIRE_MESSAGE(probe->lock(&error), error);
        std::vector<std::string> eq;
        CHECK(os::vms::ok(os::vms::lnm_get("SVD_PROBE", "LOCK", &eq)));
        probe.reset();
        CHECK(os::vms::lnm_get("SVD_PROBE", "LOCK", &eq) == SS$_NOLOGNAM);
    }
    // Without a command procedure it cannot detach: it says so and fails.
    std::string bare = conf_of("SVN", {});
    std::string out = dir + "/svn.start";
    pid_t c = spawn({SV_SUPERVISORD_VMS, "-c", bare}, out);
    int st = 0;
    REQUIRE(exited_within(c, 10000, &st));
    CHECK((WEXITSTATUS(st) & 1) == 0);
    CHECK(read_text(out).find("[supervisord] command") != std::string::npos);
    // Another account as [supervisord] user: refused, not ignored.
    std::string other = conf_of("SVO", {}, "command = " + proc + "\nuser = SOMEONE_ELSE\n");
    out = dir + "/svo.start";
    c = spawn({SV_SUPERVISORD_VMS, "-c", other}, out);
    REQUIRE(exited_within(c, 10000, &st));
    CHECK((WEXITSTATUS(st) & 1) == 0);
    CHECK(read_text(out).find("SOMEONE_ELSE") != std::string::npos);

    out = dir + "/svd.start";
    c = spawn({SV_SUPERVISORD_VMS, "-c", conf}, out);
    REQUIRE(exited_within(c, 10000, &st));   // the caller exits...
    CHECK_MESSAGE((WEXITSTATUS(st) & 1) == 1, read_text(out));
    CHECK(read_text(out).find("detached as process") != std::string::npos);
    g_cmd = "SVD_CMD";
    // ... and the detached process serves: d1 started, requests answered.
    CHECK_MESSAGE(wait_for([] { return in_state("d1", State::running); }, 15000),
                  (read_text(dir + "/svd.out") + log_of("SVD")));
    std::vector<std::string> lock;
    REQUIRE(os::vms::ok(os::vms::lnm_get("SVD_TABLE", "LOCK", &lock)));
    unsigned int server = static_cast<unsigned int>(std::strtoul(lock.at(0).c_str(), nullptr, 16));
    os::vms::JpiInfo who;
    CHECK(os::vms::ok(os::vms::getjpi(server, "", &who)));   // the server is a process of its own
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    CHECK(supervise("STATUS" + q).success());
    // SHUTDOWN ends supervisord, then the procedure's EXIT ends the process.
    CHECK(supervise("SHUTDOWN" + q).success());
    CHECK(wait_for([&] { return !os::vms::ok(os::vms::getjpi(server, "", &who)); }, 10000));
    unsigned int d1 = jpi_pid_of("d1");
    if (d1) sys$delprc(&d1, nullptr);
    g_cmd = kCmd;
    CHECK(wait_for([] { return image_processes() == 0; }, 5000));
}

TEST_CASE("a configuration that names no mailbox or table: the logical names SUPERVISORD_CMD and SUPERVISORD_TABLE") {
    REQUIRE(g_broker->pid > 0);
    std::string user = os::vms::self().username;
    std::string conf = broker().dir + "/svl.conf";
    std::ofstream(conf) << "[supervisord]\nlogfile = " + broker().dir + "/svl.log\n"
                           "[program:l1]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                           "\nstartsecs = 1\n";
    Server s;
    s.start(conf);
    g_cmd = "SUPERVISORD_CMD";
    CHECK_MESSAGE(wait_for([] { return in_state("l1", State::running); }, 10000), read_text(broker().dir + "/svl.log"));
    std::vector<std::string> lock;
    CHECK(os::vms::ok(os::vms::lnm_get("SUPERVISORD_TABLE", "LOCK", &lock)));   // the table of that name
    // SUPERVISE finds the server by the same default, with no configuration
    // file at all (SYS$MANAGER:SUPERVISORD.CONF does not exist here).
    Outcome o = supervise("STATUS L1");
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(o.text.find("RUNNING") != std::string::npos);
    finish(s, "", {"l1"});
}

namespace {
// A mailbox named by `name` (logical name or device), as $GETDVIW sees it:
// its device name (DVI$_DEVNAM) and how many channels it has (DVI$_REFCNT);
// false when no such device exists.
struct Device {
    std::string name;
    unsigned int refcnt = 0;
};
bool device_of(const std::string& name, Device* out) {
    os::vms::Name dev(name);
    char buf[64];
    unsigned short len = 0;
    unsigned int refcnt = 0;
    ILE3 items[3] = {os::vms::item(DVI$_DEVNAM, buf, sizeof buf, &len),
                     os::vms::item(DVI$_REFCNT, &refcnt, sizeof refcnt, nullptr), os::vms::end_item()};
    IOSB iosb;
    if (!os::vms::ok(sys$getdviw(EFN$C_ENF, 0, &dev.d, items, &iosb, nullptr, 0, nullptr))) return false;
    out->name.assign(buf, len);
    out->refcnt = refcnt;
    return true;
}
}  // namespace

// SUPERVISORD_CMD is both the default mailbox's logical name and the override
// variable; getenv translates logical names (as the C RTL does), so after a
// kill -9 it reads "_MBAnnn:", the device of the mailbox left behind. That
// value must not become the channel's name: the next server would $CREMBX a
// second mailbox (logical name "_MBAnnn:") and SUPERVISE would write to the
// old one, which nobody reads.
TEST_CASE("default locations, kill -9, a new server: one command mailbox, SUPERVISE reaches it, programs adopted") {
    REQUIRE(g_broker->pid > 0);
    std::string user = os::vms::self().username;
    std::string conf = broker().dir + "/svm.conf";
    std::ofstream(conf) << "[supervisord]\nlogfile = " + broker().dir + "/svm.log\n"
                           "[program:m1]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                           "\nstartsecs = 1\n[program:m2]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " +
                           user + "\nstartsecs = 1\n";
    auto log = [&] { return read_text(broker().dir + "/svm.log"); };
    Server s;
    s.start(conf);
    g_cmd = "SUPERVISORD_CMD";
    REQUIRE_MESSAGE(wait_for([] { return all_running({"m1", "m2"}); }, 10000), log());
    unsigned int m1 = jpi_pid_of("m1"), m2 = jpi_pid_of("m2");
    Device before;
    REQUIRE(device_of("SUPERVISORD_CMD", &before));
    REQUIRE(before.name.front() == '_');
    REQUIRE(before.name.back() == ':');

    s.kill9();
    // The permanent mailbox stays, with its logical name, and no reader.
    Device left;
    REQUIRE(wait_for([&] { return device_of("SUPERVISORD_CMD", &left) && left.refcnt == 0; }, 10000));
    CHECK(left.name == before.name);

    s.start(conf);
    CHECK_MESSAGE(wait_for([] { return all_running({"m1", "m2"}); }, 10000), log());
    // One mailbox: the name still leads to the same device, which the new
    // server holds (its one channel); no logical name was made of the device.
    Device after;
    REQUIRE(device_of("SUPERVISORD_CMD", &after));
    CHECK(after.name == before.name);
    CHECK(after.refcnt == 1);
    std::vector<std::string> eq;
    CHECK_FALSE(os::vms::ok(os::vms::lnm_get("LNM$FILE_DEV", before.name, &eq)));
    // SUPERVISE (no configuration: the defaults) reaches the new server.
    Outcome o = supervise("STATUS");
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(o.text.find("RUNNING   pid " + std::to_string(m1)) != std::string::npos);
    // Adopted, not started again.
    auto now = status();
    CHECK(now["m1"].pid == static_cast<int64_t>(m1));
    CHECK(now["m2"].pid == static_cast<int64_t>(m2));
    CHECK(image_processes() == 2);
    // SHUTDOWN deletes the mailbox: nothing of it is left behind.
    finish(s, "", {"m1", "m2"});
    Device gone;
    CHECK_FALSE(device_of("SUPERVISORD_CMD", &gone));
    CHECK_FALSE(device_of(before.name, &gone));
}

// os::get_env as the C RTL's getenv: the environment, then a logical name in
// LNM$FILE_DEV (here the process table, then the system table); and the
// location override refuses a device name.
TEST_CASE("get_env reads the environment, then logical names; a device name is no location override") {
    REQUIRE(g_broker->pid > 0);
    const std::string name = "SVT_GETENV";
    ::unsetenv(name.c_str());
    CHECK(os::get_env(name).empty());
    REQUIRE(os::vms::ok(os::vms::lnm_set("LNM$SYSTEM_TABLE", name, {"FROM_SYSTEM"})));
    CHECK(os::get_env(name) == "FROM_SYSTEM");
    REQUIRE(os::vms::ok(os::vms::lnm_set("LNM$PROCESS_TABLE", name, {"FROM_PROCESS"})));
    CHECK(os::get_env(name) == "FROM_PROCESS");
    ::setenv(name.c_str(), "FROM_ENVIRONMENT", 1);
    CHECK(os::get_env(name) == "FROM_ENVIRONMENT");
    CHECK(os::location_override(name) == "FROM_ENVIRONMENT");
    ::unsetenv(name.c_str());
    CHECK(os::vms::ok(os::vms::lnm_delete("LNM$PROCESS_TABLE", name)));
    CHECK(os::get_env(name) == "FROM_SYSTEM");
    REQUIRE(os::vms::ok(os::vms::lnm_set("LNM$SYSTEM_TABLE", name, {"_MBA7:"})));
    CHECK(os::get_env(name) == "_MBA7:");
    CHECK(os::location_override(name).empty());   // a device: the name itself already leads there
    REQUIRE(os::vms::ok(os::vms::lnm_set("LNM$SYSTEM_TABLE", name, {"OTHER_CMD"})));
    CHECK(os::location_override(name) == "OTHER_CMD");
    CHECK(os::vms::ok(os::vms::lnm_delete("LNM$SYSTEM_TABLE", name)));
    CHECK(os::get_env(name).empty());
}
