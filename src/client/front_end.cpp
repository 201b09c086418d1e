// SUPERVISE driven by a system's own command language (client/front_end.h).
#include "client/front_end.h"

#include <cstdio>
#include <memory>

#include "core/msg.h"
#include "os/command_line.h"
#include "os/process.h"

namespace sv::client {

namespace {

// Carries out one parsed command.
int execute(FrontEnd& fe, const Invocation& inv) {
    if (inv.kind == Kind::exit) return kExitOk;
    if (inv.kind == Kind::help) {
        uint32_t st = fe.help(inv.topic, fe.interactive());
        if (st & 1) return kExitOk;
        note_condition(st);
        return kExitFailure;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
    if (!inv.output.empty()) {
        file.reset(std::fopen(inv.output.c_str(), "w"));
        if (!file) {
            uint32_t bad = msg::Catalogue::builtin().code("BADVALUE");
            note_condition(bad);
            os::put_message(stderr, bad, {"/OUTPUT=" + inv.output});
            return kExitFailure;
        }
    }
    std::string config = inv.config_path.empty() ? os::default_config_path() : inv.config_path;
    return perform(resolve_target(config, inv.password, inv.username), inv.action, file ? file.get() : stdout);
}

// From the parsed command to its outcome; `leave` is set by EXIT and QUIT.
int run_parsed(FrontEnd& fe, bool* leave) {
    Invocation inv;
    std::string error;
    if (!from_command(fe.command(), &inv, &error)) {
        note_condition(msg::Catalogue::builtin().code("BADVALUE"));
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitUsage;
    }
    *leave = inv.kind == Kind::exit;
    return execute(fe, inv);
}

}  // namespace

int run_front_end(FrontEnd& fe) {
    uint32_t st = 0;
    bool leave = false;
    switch (fe.invocation(&st)) {
    case FrontEnd::Got::command: return run_parsed(fe, &leave);
    case FrontEnd::Got::failed: return note_condition(st), kExitUsage;
    case FrontEnd::Got::nothing:
    case FrontEnd::Got::end: break;
    }
    int status = kExitOk;
    while (!leave) {
        FrontEnd::Got got = fe.next(&st);
        if (got == FrontEnd::Got::end) break;
        if (got == FrontEnd::Got::nothing) continue;
        if (got == FrontEnd::Got::failed) {
            note_condition(st);
            status = kExitUsage;
            continue;
        }
        status = run_parsed(fe, &leave);
    }
    return status;
}

}  // namespace sv::client
