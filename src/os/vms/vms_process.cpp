// The server's own process on OpenVMS (src/os/process.h).
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "core/msg.h"
#include "os/process.h"
#include "os/vms/vms_persona.h"
#include "os/vms/vms_util.h"

#include <prcdef.h>

extern "C" char** environ;   // VSI C RTL, as POSIX

namespace sv::os {

using namespace vms;

Platform platform() { return Platform::vms; }

// A DCL image exits with a condition value, not a small number: the last
// failure reported, with the inhibit bit since its message is already on
// the terminal (STS$M_INHIB_MSG, stsdef.h; vms-services.md 7); SS$_NORMAL
// on success; SUPERVISE's ABNORMAL when the code says failure and no
// condition was reported (a parse error DCL has shown already).
int exit_status(int code, uint32_t condition) {
    if (code == 0) return 1;   // SS$_NORMAL
    uint32_t c = condition != 0 ? condition : msg::Catalogue::builtin().code("ABNORMAL");
    return static_cast<int>(c | 0x10000000u);
}

std::string default_config_path() { return "SYS$MANAGER:SUPERVISORD.CONF"; }

int64_t current_pid() { return self().pid; }

// SYS$NODE, through getenv (the C RTL translates logical names: get_env).
std::string host_node_name() {
    std::string s = get_env("SYS$NODE");
    while (!s.empty() && s.back() == ':') s.pop_back();
    if (!s.empty() && s[0] == '_') s.erase(0, 1);
    return s;
}

std::map<std::string, std::string> environment() {
    std::map<std::string, std::string> out;
    for (char** e = environ; e && *e; ++e) {
        std::string kv = *e;
        size_t eq = kv.find('=');
        if (eq != std::string::npos) out.emplace(kv.substr(0, eq), kv.substr(eq + 1));
    }
    return out;
}

// What the C RTL's getenv answers, done here step by step so that the
// simulator (whose getenv is Linux's) shows the same: the environment array
// first, then the logical name, translated in LNM$FILE_DEV (the process,
// job, group and system tables in turn) as a file or device name would be
// (HP C Run-Time Library Reference Manual, getenv; $TRNLNM:
// reference/vms-services.md section 5, and the same table in Perl's
// my_trnlnm, reference/vms-simulator.md 2.3). Equivalence index 0, one level
// of translation. The RTL's last step, a DCL symbol, is not taken: the server
// runs detached, without a CLI, and a symbol is not a system-wide setting.
std::string get_env(const std::string& name) {
    if (const char* v = std::getenv(name.c_str())) return v;
    std::vector<std::string> eq;
    if (name.empty() || !ok(lnm_get("LNM$FILE_DEV", name, &eq)) || eq.empty()) return "";
    return eq[0];
}

// A device name as $CREMBX puts it in the mailbox's logical name ("_MBA12:",
// the form $GETDVI DVI$_DEVNAM gives: reference/vms-services.md 3.1; the
// simulator defines the same, tests/vms/sim/d/mailbox.cpp) is what
// SUPERVISORD_CMD translates to once a server has made its default command
// mailbox, since get_env reads logical names as the C RTL does. Taken as an
// override it would send a restarted server's $CREMBX to define a logical
// name "_MBA12:" (a second mailbox) and a client to a mailbox that no
// server reads after a kill -9. The name itself already leads to that
// device, so such a value is no override.
std::string location_override(const std::string& name) {
    std::string v = get_env(name);
    std::string t = upper_trim(v);
    if (t.size() > 2 && t.front() == '_' && t.back() == ':') return "";
    return v;
}

void unset_env(const std::string& name) { ::unsetenv(name.c_str()); }

// OpenVMS cannot fork: detach(ServerSpec) below creates the server's
// process; a bare output file is not enough to do that.
bool detach(const std::string&, std::string* error) {
    *error = "on OpenVMS the server detaches through its command procedure ([supervisord] command)";
    return false;
}

// Daemon mode: a detached process running LOGINOUT on the [supervisord]
// command procedure (which runs supervisord with -n), SYS$OUTPUT and
// SYS$ERROR the stdout_file, this process's UIC and privileges
// ($CREPRC, vms-services.md 1: PRC$M_DETACH, uic 0 = the creator's,
// prvadr omitted = the creator's); then this process exits, as a Linux
// daemon's parent does. [supervisord] user other than the server's own
// account needs $GETUAI for its UIC (not available): refused, not ignored.
bool detach(const ServerSpec& server, std::string* error) {
    if (server.command.empty()) {
        *error = "[supervisord] command: name the command procedure that runs supervisord -n "
                 "(or run supervisord with -n as a detached process)";
        return false;
    }
    if (!server.user.empty() && upper_trim(server.user) != self().username) {
        *error = "[supervisord] user " + upper_trim(server.user) + ": only the server's own account (" +
                 self().username + ") can run it detached";
        return false;
    }
    std::string output = server.stdout_file.empty() ? "NLA0:" : server.stdout_file;
    Name image("SYS$SYSTEM:LOGINOUT.EXE"), input(server.command), out(output);
    unsigned int pid = 0;
    unsigned int st = sys$creprc(&pid, &image.d, &input.d, &out.d, &out.d, nullptr, nullptr, nullptr, 4, 0, 0,
                                 PRC$M_DETACH);
    if (!ok(st)) {
        *error = failure("$CREPRC of LOGINOUT for " + server.command, st);
        return false;
    }
    std::printf("supervisord: detached as process %08X (%s, output to %s)\n", pid, server.command.c_str(),
                output.c_str());
    std::fflush(stdout);
    std::exit(1);   // SS$_NORMAL
}

// The server's own account, or one SYSUAF may hold (vms_persona.cpp: the
// persona services read SYSUAF; $GETUAI is not in the simulator).
bool user_exists(const std::string& name) {
    return upper_trim(name) == self().username || vms::account_may_exist(upper_trim(name));
}

bool is_current_user(const std::string& name) { return upper_trim(name) == self().username; }

// The C RTL's umask and chdir (a Unix-style or VMS directory specification).
void set_umask(unsigned mask) { ::umask(static_cast<mode_t>(mask & 0777)); }

bool change_directory(const std::string& dir, std::string* error) {
    if (::chdir(dir.c_str()) == 0) return true;
    return *error = "directory " + dir + ": " + std::strerror(errno), false;
}

std::string absolute_path(const std::string& path) {
    if (path.find(']') != std::string::npos || path.find(':') != std::string::npos) return path;
    std::error_code ec;
    auto p = std::filesystem::absolute(path, ec);
    return ec ? path : p.lexically_normal().string();
}

bool canonical_path(const std::string& path, std::string* out, std::string* error) {
    std::error_code ec;
    auto p = std::filesystem::canonical(path, ec);
    if (ec) {
        *error = path + ": " + ec.message();
        return false;
    }
    *out = p.string();
    return true;
}

// OpenVMS keeps the channel and the table in logical names, not in a
// directory: fixed names unless the configuration gives others.
bool fixed_default_locations(Locations* out) {
    out->channel = "SUPERVISORD_CMD";
    out->table = "SUPERVISORD_TABLE";
    return true;
}

// Never needed: fixed_default_locations always answers.
bool private_directory(const std::string&, bool, std::string*, std::string* error) {
    *error = "on OpenVMS the defaults are the logical names SUPERVISORD_CMD and SUPERVISORD_TABLE";
    return false;
}

bool check_private_directory(const std::string&, const std::string&, std::string*) { return true; }

// FILLM comes from the account (SYSUAF); nothing to raise at run time.
bool raise_open_file_limit(std::string*) { return true; }

// The C RTL's free() already returns what it can; nothing more to ask.
void release_free_memory() {}

}  // namespace sv::os
