// SUPERVISE (supervise_vms) on the CLI$ routines, against supervisord_vms on
// the simulator: the command line from LIB$GET_FOREIGN and the SUPERVISE>
// prompt parsed by CLI$DCL_PARSE on the table object SUPERVISE_CLD, HELP from
// LBR$OUTPUT_HELP, the exit status a condition value; START, STOP, RESTART,
// /WAIT and /NOWAIT, STATUS checked against $GETJPI.
#include "vms_harness.h"

#include "core/msg.h"

#include <climsgdef.h>

using namespace sv;
using namespace vmstest;

namespace {

// A server of its own (mailbox SVC_CMD, table SVC_TABLE): c1 starts, c2 and
// c3 wait for START (c3 takes 2 s to be RUNNING).
std::string client_conf() {
    std::string user = os::vms::self().username;
    std::string dir = broker().dir;
    std::string text = "[supervisord]\nlogfile = " + dir + "/svc.log\nmailbox = SVC_CMD\ntable = SVC_TABLE\n"
                       "[program:c1]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                       "\nstartsecs = 1\n"
                       "[program:c2]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                       "\nstartsecs = 1\nautostart = false\n"
                       "[program:c3]\nimage = VMS_TEST_IMAGE\ncommand = HIBER\nuser = " + user +
                       "\nstartsecs = 2\nautostart = false\n";
    std::string path = dir + "/svc.conf";
    std::ofstream(path) << text;
    return path;
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The low byte of a condition value with the inhibit bit: what the
// simulator passes on as the Linux exit status.
int low_byte(uint32_t cond) { return static_cast<int>(cond & 0xFF); }

int pid_in_status(const std::string& name) {
    proto::ProcessInfo info;
    return in_state(name, State::running, &info) ? static_cast<int>(info.pid) : 0;
}

}  // namespace

TEST_CASE("SUPERVISE on CLI$: the foreign command, the SUPERVISE> prompt, HELP, exit statuses") {
    REQUIRE(g_broker->pid > 0);
    os::vms::self();
    std::string conf = client_conf();
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVC_CMD";
    REQUIRE_MESSAGE(wait_for([] { return in_state("c1", State::running); }, 10000), read_text(broker().dir + "/svc.log"));
    int c1 = pid_in_status("c1");

    // The foreign command line, parsed by CLI$DCL_PARSE: abbreviated
    // action, qualifier before the action, names upper-cased by DCL and
    // found by the server all the same.
    // (STATUS of every program fails while some are not running, as
    // supervisorctl's does: c2 and c3 wait for START.)
    Outcome o = supervise("STATUS" + q);
    CHECK_FALSE(o.success());
    CHECK(o.text.find("RUNNING   pid " + std::to_string(c1)) != std::string::npos);
    CHECK(o.text.find("c3") != std::string::npos);
    o = supervise(q.substr(0) + " STAT C1");
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(o.text.find("c1") != std::string::npos);
    CHECK(o.text.find("c2") == std::string::npos);

    // A syntax error: DCL's own message from CLI$DCL_PARSE, and the exit
    // status is its condition value (CLI$_IVKEYW), not a Linux code.
    o = supervise("FROB" + q);
    CHECK(o.text.find("%CLI-W-IVKEYW") != std::string::npos);
    CHECK(o.text.find("\\FROB\\") != std::string::npos);
    CHECK(o.status == low_byte(CLI$_IVKEYW));
    // DCL's syntax: an unquoted Linux path is a qualifier, not a value.
    o = supervise("STATUS/CONFIGURATION=" + conf);
    CHECK(o.text.find("%CLI-W-") != std::string::npos);
    CHECK_FALSE(o.success());
    // The CLD's DISALLOW: /TIMEOUT with /NOWAIT is refused before any request.
    o = supervise("STOP C1/NOWAIT/TIMEOUT=5" + q);
    CHECK(o.text.find("%CLI-W-") != std::string::npos);
    CHECK_FALSE(o.success());
    CHECK(pid_in_status("c1") == c1);
    // An unknown program: the server's condition, SUPERVISE-E-NOSUCHPROG, is
    // the exit status.
    o = supervise("STOP NOSUCH" + q);
    // Its text comes from $GETMSG on the message object linked into the
    // image (the client has no other source of text on OpenVMS).
    CHECK(o.text.find(msg::Catalogue::builtin().format("NOSUCHPROG", {"NOSUCH"})) != std::string::npos);
    CHECK(o.status == low_byte(msg::Catalogue::builtin().code("NOSUCHPROG")));

    // The prompt: SUPERVISE> lines from SYS$INPUT, blank and comment lines
    // skipped, a '-' continues a line, EXIT leaves (the STATUS after it is
    // never run).
    o = supervise("", "STATUS" + q + " C1\n\n! a comment\nSTATUS -\n" + q + " C1\nEXIT\nSTATUS" + q + " C1\n");
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(count(o.text, "RUNNING   pid " + std::to_string(c1)) == 2);
    // A bad line at the prompt is reported and the prompt goes on; the
    // status of the session is that of its last command.
    o = supervise("", "FROB\nSTATUS" + q + " C1\n");
    CHECK(o.text.find("%CLI-W-IVKEYW") != std::string::npos);
    CHECK(count(o.text, "RUNNING   pid " + std::to_string(c1)) == 1);
    CHECK(o.success());

    // HELP: LBR$OUTPUT_HELP on the library SUPERVISE$HELP names (else
    // SYS$HELP:HELPLIB.HLB, absent here: a failure status).
    o = supervise("HELP STATUS");
    CHECK_FALSE(o.success());
    REQUIRE(os::vms::ok(os::vms::lnm_set("LNM$SYSTEM_TABLE", "SUPERVISE$HELP", {SV_SOURCE_DIR "/hlp/supervise.hlp"})));
    o = supervise("HELP STATUS");
    CHECK_MESSAGE(o.success(), (o.text + " status " + std::to_string(o.status)));
    CHECK(o.text.find("Shows the state of each process") != std::string::npos);
    o = supervise("", "HELP STATUS\nEXIT\n");
    CHECK(o.text.find("Shows the state of each process") != std::string::npos);
    os::vms::lnm_delete("LNM$SYSTEM_TABLE", "SUPERVISE$HELP");

    finish(s, q, {"c1", "c2", "c3"});
}

TEST_CASE("SUPERVISE drives the server: START, STOP, RESTART, /WAIT and /NOWAIT") {
    REQUIRE(g_broker->pid > 0);
    std::string conf = client_conf();
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    Server s;
    s.start(conf);
    g_cmd = "SVC_CMD";
    REQUIRE(wait_for([] { return in_state("c1", State::running); }, 10000));
    unsigned int c1 = jpi_pid_of("c1");
    REQUIRE(c1 != 0);

    // STOP waits (/WAIT is the default): when it returns the process is gone.
    Outcome o = supervise("STOP C1" + q);
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(jpi_pid_of("c1") == 0);
    CHECK(in_state("c1", State::stopped));
    // START waits for RUNNING (startsecs = 2 for c3): no polling needed.
    o = supervise("START C1,C3" + q);
    CHECK_MESSAGE(o.success(), o.text);
    proto::ProcessInfo info;
    CHECK(in_state("c3", State::running, &info));
    CHECK(jpi_pid_of("c3") == static_cast<unsigned int>(info.pid));
    unsigned int c1b = jpi_pid_of("c1");
    CHECK(c1b != 0);
    CHECK(c1b != c1);
    // RESTART: a new process, the old one gone.
    o = supervise("RESTART C1" + q);
    CHECK_MESSAGE(o.success(), o.text);
    unsigned int c1c = jpi_pid_of("c1");
    CHECK(c1c != 0);
    CHECK(c1c != c1b);
    CHECK(in_state("c1", State::running, &info));
    CHECK(static_cast<unsigned int>(info.pid) == c1c);
    // /NOWAIT: the reply comes once the request is taken; the change follows.
    o = supervise("STOP/NOWAIT C1" + q);
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(wait_for([] { return in_state("c1", State::stopped) && jpi_pid_of("c1") == 0; }, 10000));
    o = supervise("START/NOWAIT C2" + q);
    CHECK_MESSAGE(o.success(), o.text);
    CHECK(wait_for([] { return in_state("c2", State::running); }, 10000));
    CHECK(image_processes() == 2);   // c2 and c3, each once

    finish(s, q, {"c1", "c2", "c3"});
}

// SUPERVISE's messages are written by $PUTMSG (src/os/vms/vms_message.cpp):
// the exact line, once (the action routine writes it where SUPERVISE writes
// and keeps $PUTMSG from writing it to SYS$OUTPUT and SYS$ERROR as well),
// and with the process's message flags: SET MESSAGE /NOFACILITY
// /NOSEVERITY /NOIDENTIFICATION leaves the text alone (the simulator takes
// them from VMSSIM_MESSAGE_FLAGS, CONTRACT MSG-8).
TEST_CASE("SUPERVISE's messages by $PUTMSG: exact lines, once, with the process's message flags") {
    REQUIRE(g_broker->pid > 0);
    // client_conf's programs with a mailbox and table of its own (SVM_): a
    // table shared with the cases above would bring back c1 stopped.
    std::string conf = broker().dir + "/svm.conf";
    {
        std::string text = read_text(client_conf());
        for (size_t at = text.find("SVC_"); at != std::string::npos; at = text.find("SVC_", at)) text[at + 2] = 'M';
        std::ofstream(conf) << text;
    }
    std::string q = "/CONFIGURATION=\"" + conf + "\"";
    // No server yet: NOSERVER with the mailbox's name as its FAO argument.
    Outcome o = supervise("STATUS" + q);
    CHECK_FALSE(o.success());
    CHECK_MESSAGE(count(o.text, "%SUPERVISE-E-NOSERVER, no server is listening on SVM_CMD\n") == 1, o.text);
    Server s;
    s.start(conf);
    g_cmd = "SVM_CMD";
    REQUIRE(wait_for([] { return in_state("c1", State::running); }, 10000));
    o = supervise("STOP NOSUCH" + q);
    CHECK_MESSAGE(o.text == "%SUPERVISE-E-NOSUCHPROG, no such program NOSUCH\n", o.text);
    // The message flags of the process: text only.
    std::string out = broker().dir + "/svm_flags.out";
    pid_t c = spawn({SV_SUPERVISE_VMS}, out, {{"VMSSIM_FOREIGN", "STOP NOSUCH" + q}, {"VMSSIM_MESSAGE_FLAGS", "1"}});
    int st = 0;
    REQUIRE(exited_within(c, 20000, &st));
    CHECK(read_text(out) == "no such program NOSUCH\n");
    finish(s, q, {"c1", "c2", "c3"});
}
