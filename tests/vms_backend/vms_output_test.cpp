// Output files of the OpenVMS back end on the simulator (src/os/vms/
// vms_output.cpp): each start of a program writes a new version of its
// stdout_file and stderr_file; *_backups keeps that many older versions
// (PURGE/KEEP=n+1); AUTO is a file named after the program in childlogdir;
// NONE is NLA0:. The versions are read from the Linux files the simulator
// keeps them in ("NAME.TYPE;n", tests/vms/sim/CONTRACT.md FIL-7), not
// through the services the back end uses.
#include "vms_harness.h"

#include "core/msg.h"
#include "os/vms/vms_output.h"

using namespace sv;
using namespace vmstest;

namespace {

// The versions of `name` in the Linux directory `dir`: version -> content.
std::map<int, std::string> versions_of(const std::string& dir, const std::string& name) {
    std::map<int, std::string> out;
    DIR* d = ::opendir(dir.c_str());
    while (dirent* e = d ? ::readdir(d) : nullptr) {
        std::string f = e->d_name;
        if (f.size() <= name.size() + 1 || f.compare(0, name.size() + 1, name + ";") != 0) continue;
        std::string v = f.substr(name.size() + 1);
        if (v.find_first_not_of("0123456789") != std::string::npos) v = "-1";   // not a version: fails the checks
        out[std::atoi(v.c_str())] = read_text(dir + "/" + f);
    }
    if (d) ::closedir(d);
    return out;
}

std::string pid_line(int64_t pid) {
    char b[32];
    std::snprintf(b, sizeof b, "pid %08X\n", static_cast<unsigned>(pid));
    return b;
}

std::vector<int> keys(const std::map<int, std::string>& m) {
    std::vector<int> k;
    for (const auto& kv : m) k.push_back(kv.first);
    return k;
}

// The server of configuration `tag`: its programs' PIDs once all run.
bool running(const std::vector<std::string>& names, std::map<std::string, int64_t>* pids) {
    auto st = status();
    for (const auto& n : names) {
        auto it = st.find(n);
        if (it == st.end() || it->second.state != State::running) return false;
        (*pids)[n] = it->second.pid;
    }
    return true;
}

// RESTART of `names`; true once each runs again as another process.
bool restarted(const std::vector<std::string>& names, std::map<std::string, int64_t>* pids) {
    auto before = *pids;
    if (!ask(proto::Opcode::restart, names)) return false;
    return wait_for([&] {
        if (!running(names, pids)) return false;
        for (const auto& n : names)
            if ((*pids)[n] == before[n]) return false;
        return true;
    }, 15000);
}

std::string program(const std::string& name, const std::string& command, const std::string& keys_text) {
    return "[program:" + name + "]\nimage = VMS_TEST_IMAGE\ncommand = " + command + "\nuser = " +
           os::vms::self().username + "\nstartsecs = 1\nautorestart = false\n" + keys_text;
}

// Starts the server of `conf` (tag TAG: mailbox TAG_CMD, log TAG.log) and
// waits until `names` run; their PIDs in `pids`.
bool start_all(Server& s, const std::string& conf, const std::string& tag, const std::vector<std::string>& names,
               std::map<std::string, int64_t>* pids) {
    s.start(conf);
    g_cmd = tag + "_CMD";
    bool up = wait_for([&] { return running(names, pids); }, 10000);
    if (!up) MESSAGE(read_text(broker().dir + "/" + tag + ".log"));
    return up;
}

std::string server(const std::string& tag, const std::string& extra = "") {
    return "[supervisord]\nlogfile = " + broker().dir + "/" + tag + ".log\nmailbox = " + tag + "_CMD\ntable = " +
           tag + "_TABLE\n" + extra;
}

}  // namespace

TEST_CASE("each start writes a new version of the output files; *_backups keeps that many older ones") {
    REQUIRE(g_broker->pid > 0);
    std::string dir = broker().dir + "/outv";
    REQUIRE(::mkdir(dir.c_str(), 0755) == 0);
    std::string conf = broker().dir + "/outv.conf";
    std::ofstream(conf) << server("OUTV")
                        << program("vo1", "SAYPID ERRPID HIBER",
                                   "stdout_file = " + dir + "/O1.LOG\nstderr_file = " + dir + "/O1.ERR\n")
                        << program("vo2", "SAYPID ERRPID HIBER",
                                   "stdout_file = " + dir + "/O2.LOG\nstdout_logfile_backups = 1\n"
                                   "stderr_file = " + dir + "/O2.ERR\nstderr_logfile_backups = 0\n");
    Server s;
    std::vector<std::string> names{"vo1", "vo2"};
    std::map<std::string, int64_t> pids;
    REQUIRE(start_all(s, conf, "OUTV", names, &pids));
    std::vector<std::map<std::string, int64_t>> runs{pids};
    for (int k = 0; k < 2; ++k) {
        REQUIRE_MESSAGE(restarted(names, &pids), read_text(broker().dir + "/OUTV.log"));
        runs.push_back(pids);
    }
    // Output reaches the file before the process counts as RUNNING? Not
    // necessarily: wait for the third run's line.
    CHECK(wait_for([&] { return versions_of(dir, "O1.ERR")[3] == pid_line(runs[2]["vo1"]); }, 5000));

    // No *_backups: every version stays, one per start, each its run's.
    auto o1 = versions_of(dir, "O1.LOG");
    CHECK(keys(o1) == std::vector<int>{1, 2, 3});
    for (int v = 1; v <= 3; ++v) CHECK(o1[v] == pid_line(runs[v - 1]["vo1"]));
    CHECK(keys(versions_of(dir, "O1.ERR")) == std::vector<int>{1, 2, 3});
    CHECK(versions_of(dir, "O1.ERR")[1] == pid_line(runs[0]["vo1"]));
    CHECK(read_text(dir + "/O1.LOG") == pid_line(runs[2]["vo1"]));   // the name without a version: the newest

    // stdout_logfile_backups = 1: the current version and one older.
    auto o2 = versions_of(dir, "O2.LOG");
    CHECK(keys(o2) == std::vector<int>{2, 3});
    CHECK(o2[2] == pid_line(runs[1]["vo2"]));
    CHECK(o2[3] == pid_line(runs[2]["vo2"]));
    // stderr_logfile_backups = 0: only the current one; every older version
    // was deleted before the start, so it is version 1 again (RMS counts
    // from the versions that exist, FIL-1).
    CHECK(wait_for([&] { return versions_of(dir, "O2.ERR")[1] == pid_line(runs[2]["vo2"]); }, 5000));
    CHECK(keys(versions_of(dir, "O2.ERR")) == std::vector<int>{1});
    CHECK(read_text(broker().dir + "/OUTV.log").find("couldn't") == std::string::npos);
    finish(s, "/CONFIGURATION=\"" + conf + "\"", names);
}

TEST_CASE("AUTO gives a file named after the program in childlogdir (a logical name); NONE gives none") {
    REQUIRE(g_broker->pid > 0);
    std::string dir = broker().dir + "/outa_logs";
    REQUIRE(::mkdir(dir.c_str(), 0755) == 0);
    // childlogdir as an OpenVMS manager writes it: a logical name, here in
    // the system table, naming the directory (FIL-3).
    REQUIRE(os::vms::ok(os::vms::lnm_set("LNM$SYSTEM_TABLE", "OUTA$LOGS", {dir + "/"})));
    std::string conf = broker().dir + "/outa.conf";
    std::ofstream(conf) << server("OUTA", "childlogdir = OUTA$LOGS:\nidentifier = outa\n")
                        << program("va1", "SAYPID ERRPID HIBER", "stdout_logfile = AUTO\nstderr_logfile = AUTO\n"
                                                                "stdout_logfile_backups = 1\n")
                        << program("vn1", "SAYPID ERRPID HIBER", "stdout_logfile = NONE\nstderr_logfile = NONE\n");
    auto entries = [](const std::string& d) {
        std::vector<std::string> out;
        DIR* h = ::opendir(d.c_str());
        while (dirent* e = h ? ::readdir(h) : nullptr)
            if (e->d_name[0] != '.') out.push_back(e->d_name);
        if (h) ::closedir(h);
        std::sort(out.begin(), out.end());
        return out;
    };
    std::vector<std::string> run_dir_before = entries(broker().dir);
    Server s;
    std::vector<std::string> names{"va1", "vn1"};
    std::map<std::string, int64_t> pids;
    REQUIRE(start_all(s, conf, "OUTA", names, &pids));
    int64_t first = pids["va1"];
    REQUIRE(restarted({"va1"}, &pids));
    REQUIRE(restarted({"va1"}, &pids));
    const std::string out = "VA1-STDOUT---OUTA.LOG", err = "VA1-STDERR---OUTA.LOG";
    CHECK(wait_for([&] { return versions_of(dir, err)[3] == pid_line(pids["va1"]); }, 5000));
    // A new version per start; stdout_logfile_backups = 1 keeps two of them.
    CHECK(keys(versions_of(dir, out)) == std::vector<int>{2, 3});
    CHECK(versions_of(dir, out)[3] == pid_line(pids["va1"]));
    CHECK(keys(versions_of(dir, err)) == std::vector<int>{1, 2, 3});
    CHECK(versions_of(dir, err)[1] == pid_line(first));
    // Only a1's files are there: n1 (NONE) wrote to NLA0:, nothing new in
    // the simulator's directory either (but the server's own files).
    CHECK(entries(dir) == std::vector<std::string>{err, err + ";1", err + ";2", err + ";3", out, out + ";2", out + ";3"});
    for (const auto& e : entries(broker().dir)) {
        if (std::find(run_dir_before.begin(), run_dir_before.end(), e) != run_dir_before.end()) continue;
        CHECK_MESSAGE(e.find("vn1") == std::string::npos, e);
        CHECK_MESSAGE(e.find("N1") == std::string::npos, e);
    }
    finish(s, "/CONFIGURATION=\"" + conf + "\"", names);
    os::vms::lnm_delete("LNM$SYSTEM_TABLE", "OUTA$LOGS");
}

TEST_CASE("CLEAR of an AUTO program is refused with its reason; the versions stay, no file named AUTO is made") {
    REQUIRE(g_broker->pid > 0);
    std::string dir = broker().dir + "/outc_logs", cwd = broker().dir + "/outc_cwd";
    REQUIRE(::mkdir(dir.c_str(), 0755) == 0);
    REQUIRE(::mkdir(cwd.c_str(), 0755) == 0);   // the server's working directory
    std::string conf = broker().dir + "/outc.conf";
    std::ofstream(conf) << server("OUTC", "childlogdir = " + dir + "\nidentifier = outc\ndirectory = " + cwd + "\n")
                        << program("vc1", "SAYPID ERRPID HIBER", "stdout_logfile = AUTO\nstderr_logfile = AUTO\n")
                        << program("vq1", "SAYPID HIBER", "stdout_logfile = NONE\nstderr_logfile = NONE\n");
    Server s;
    std::vector<std::string> names{"vc1", "vq1"};
    std::map<std::string, int64_t> pids;
    REQUIRE(start_all(s, conf, "OUTC", names, &pids));
    const std::string out = "VC1-STDOUT---OUTC.LOG", err = "VC1-STDERR---OUTC.LOG";
    REQUIRE(wait_for([&] { return versions_of(dir, err)[1] == pid_line(pids["vc1"]); }, 5000));
    REQUIRE(wait_for([&] { return versions_of(dir, out)[1] == pid_line(pids["vc1"]); }, 5000));

    auto r = ask(proto::Opcode::clear, {"vc1", "vq1"});
    REQUIRE(r);
    std::map<std::string, uint32_t> result;
    for (const auto& p : r->processes) result[p.name] = p.result;
    CHECK(result["vc1"] == msg::Catalogue::builtin().code("FAILED"));
    CHECK(result["vq1"] == msg::Catalogue::builtin().code("CLEARED"));   // NLA0: only: nothing to do
    // Nothing changed: one version each, with the run's line.
    CHECK(versions_of(dir, out) == std::map<int, std::string>{{1, pid_line(pids["vc1"])}});
    CHECK(versions_of(dir, err) == std::map<int, std::string>{{1, pid_line(pids["vc1"])}});
    for (const auto& d : {cwd, broker().dir, dir}) {
        struct stat st {};
        CHECK_MESSAGE(::stat((d + "/AUTO").c_str(), &st) != 0, d);
    }
    std::string log = read_text(broker().dir + "/OUTC.log");
    CHECK_MESSAGE(log.find("could not clear the output files of vc1: CLEAR is not done on OpenVMS yet: " + dir + "/" +
                           out + " would need an empty new version (RMS $CREATE)") != std::string::npos,
                  log);
    CHECK(in_state("vc1", State::running));
    finish(s, "/CONFIGURATION=\"" + conf + "\"", names);
}

TEST_CASE("a version that cannot be deleted is a warning in the log; the program starts") {
    REQUIRE(g_broker->pid > 0);
    std::string dir = broker().dir + "/outp";
    REQUIRE(::mkdir(dir.c_str(), 0755) == 0);
    // Version 1 is a directory: LIB$DELETE_FILE cannot delete it (even as root).
    REQUIRE(::mkdir((dir + "/P1.LOG;1").c_str(), 0755) == 0);
    std::string conf = broker().dir + "/outp.conf";
    std::ofstream(conf) << server("OUTP")
                        << program("vp1", "SAYPID HIBER", "stdout_file = " + dir + "/P1.LOG\nstdout_logfile_backups = 0\n");
    Server s;
    std::map<std::string, int64_t> pids;
    REQUIRE(start_all(s, conf, "OUTP", {"vp1"}, &pids));
    std::string log = read_text(broker().dir + "/OUTP.log");
    CHECK_MESSAGE(log.find("vp1: couldn't delete " + dir + "/P1.LOG;1 (stdout_logfile_backups=0, LIB$DELETE_FILE)") !=
                      std::string::npos,
                  log);
    CHECK(wait_for([&] { return versions_of(dir, "P1.LOG")[2] == pid_line(pids["vp1"]); }, 5000));
    finish(s, "/CONFIGURATION=\"" + conf + "\"", {"vp1"});
}

TEST_CASE("output_files: AUTO's name in childlogdir of each form, NLA0: for none, one file with redirect_stderr") {
    using os::vms::in_directory;
    CHECK(in_directory("DKA0:[LOGS]", "A.LOG") == "DKA0:[LOGS]A.LOG");
    CHECK(in_directory("DKA0:<LOGS>", "A.LOG") == "DKA0:<LOGS>A.LOG");
    CHECK(in_directory("SUPERVISE$LOGS:", "A.LOG") == "SUPERVISE$LOGS:A.LOG");
    CHECK(in_directory("SUPERVISE$LOGS", "A.LOG") == "SUPERVISE$LOGS:A.LOG");
    CHECK(in_directory("/var/log/sv", "A.LOG") == "/var/log/sv/A.LOG");
    CHECK(in_directory("/var/log/sv/", "A.LOG") == "/var/log/sv/A.LOG");
    ProgramSpec spec;
    spec.name = "grp:web_1";
    spec.childlogdir = "DKA0:[LOGS]";
    spec.log_identifier = "node.a";
    spec.stdout_file = spec.stderr_file = kAutoOutput;
    auto f = os::vms::output_files(spec);
    CHECK(f.output == "DKA0:[LOGS]GRP_WEB_1-STDOUT---NODE_A.LOG");
    CHECK(f.error == "DKA0:[LOGS]GRP_WEB_1-STDERR---NODE_A.LOG");
    spec.redirect_stderr = true;
    CHECK(os::vms::output_files(spec).error == f.output);
    spec.stdout_file = "";
    spec.stderr_file = "";
    spec.redirect_stderr = false;
    CHECK(os::vms::output_files(spec).output == "NLA0:");
    CHECK(os::vms::output_files(spec).error == "NLA0:");
}
