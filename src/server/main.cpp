// supervisord: read the configuration, take the table and the channel,
// re-adopt, start what must run, then serve until SHUTDOWN.
#include <cstdio>
#include <cstring>
#include <string>

#include "core/config.h"
#include "core/msg.h"
#include "os/clock.h"
#include "os/event_loop.h"
#include "os/file_access.h"
#include "os/log_sink.h"
#include "os/process.h"
#include "os/spawner.h"
#include "os/store.h"
#include "server/server.h"
#include "server/startup.h"

int main(int argc, char** argv) {
    using namespace sv;
    server::CommandLine cl;
    std::string error;
    if (!server::parse_command_line(argc, argv, &cl, &error)) {
        std::fprintf(stderr, "%s\n%s", error.c_str(), server::usage());
        return os::exit_status(2, 0);
    }
    if (cl.help) {
        std::fputs(server::usage(), stdout);
        return os::exit_status(0, 0);
    }
    if (cl.version) {
        std::puts(SV_VERSION);
        return os::exit_status(0, 0);
    }
    Config cfg = cl.options.loader(cl.options.config_path);
    if (!server::report(cfg)) return os::exit_status(1, 0);
    if (cl.check) {
        std::fputs(describe_config(cfg).c_str(), stdout);
        return os::exit_status(0, 0);
    }
    int code = server::run_server(cl, std::move(cfg));
    return os::exit_status(code, server::failure_condition());
}
