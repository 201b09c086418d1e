// The server's own process on OpenVMS (src/os/process.h).
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <system_error>

#include "core/msg.h"
#include "os/process.h"
#include "os/vms/vms_util.h"

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

// SYS$NODE, through getenv (the C RTL translates logical names).
std::string host_node_name() {
    const char* v = std::getenv("SYS$NODE");
    std::string s = v ? v : "";
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

std::string get_env(const std::string& name) {
    const char* v = std::getenv(name.c_str());
    return v ? v : "";
}

void unset_env(const std::string& name) { ::unsetenv(name.c_str()); }

// OpenVMS cannot fork. The server would $CREPRC itself detached (LOGINOUT
// running the [supervisord] command procedure under [supervisord] user), and
// the caller exit; that needs LOGINOUT, which the simulator lacks.
bool detach(const std::string&, std::string* error) {
    *error = "on OpenVMS run supervisord with -n (nodaemon) as a detached process (RUN/DETACH or SYSTARTUP); "
             "detaching itself is not available yet";
    return false;
}

// Only the server's own account can be confirmed without $GETUAI (not in the
// simulator): another name is refused rather than assumed to exist.
bool user_exists(const std::string& name) { return upper_trim(name) == self().username; }

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
// directory: a configuration names them ([supervisord] mailbox=, table=) or
// the logical names SUPERVISORD_CMD and SUPERVISORD_TABLE do.
bool private_directory(const std::string&, bool, std::string*, std::string* error) {
    *error = "on OpenVMS name the command mailbox and the table: [supervisord] mailbox= and table=, "
             "or the logical names SUPERVISORD_CMD and SUPERVISORD_TABLE";
    return false;
}

bool check_private_directory(const std::string&, const std::string&, std::string*) { return true; }

// FILLM comes from the account (SYSUAF); nothing to raise at run time.
bool raise_open_file_limit(std::string*) { return true; }

// The C RTL's free() already returns what it can; nothing more to ask.
void release_free_memory() {}

}  // namespace sv::os
