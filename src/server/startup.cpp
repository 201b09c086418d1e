#include "server/startup.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>

#include "core/msg.h"
#include "core/proto.h"
#include "os/clock.h"
#include "os/event_loop.h"
#include "os/file_access.h"
#include "os/locate.h"
#include "os/log_sink.h"
#include "os/process.h"
#include "os/spawner.h"
#include "os/store.h"

namespace sv::server {

const char* usage() {
    return "usage: supervisord [-c FILE] [-n] [--password-file FILE | -p PASSWORD] [--check] [-h]\n"
           "  -c, --configuration FILE  configuration file\n"
           "  -n, --nodaemon            stay in the foreground\n"
           "      --password-file FILE  control password: the first line of FILE\n"
           "  -p, --password PASSWORD   control password (visible to ps until read;\n"
           "                            prefer --password-file or SUPERVISORD_PASSWORD)\n"
           "      --check               check the configuration, print the programs, exit\n"
           "  -h, --help                this text\n";
}

namespace {
// "-c FILE", "-cFILE", "--configuration FILE", "--configuration=FILE".
bool take_value(int argc, char** argv, int& i, const char* shrt, const char* lng,
                std::string* out) {
    std::string a = argv[i];
    std::string l = std::string("--") + lng;
    if ((shrt && a == shrt) || a == l) {
        if (i + 1 >= argc) return false;
        *out = argv[++i];
        return true;
    }
    if (a.rfind(l + "=", 0) == 0) return *out = a.substr(l.size() + 1), true;
    if (shrt && a.rfind(shrt, 0) == 0 && a.size() > 2 && a[1] != '-') return *out = a.substr(2), true;
    return false;
}

// take_value, then the value is blanked in the process's own argument
// strings so that it does not stay visible in process listings.
bool take_secret(int argc, char** argv, int& i, const char* shrt, const char* lng, std::string* out) {
    int at = i;
    if (!take_value(argc, argv, i, shrt, lng, out)) return false;
    char* text = i > at ? argv[i] : argv[at] + (std::strlen(argv[at]) - out->size());
    std::memset(text, 0, std::strlen(text));
    return true;
}

// The first line of a password file, without its line end.
bool read_password_file(const std::string& path, std::string* out, std::string* error) {
    auto text = os::make_file_access()->read(path, error);
    if (!text) return *error = "supervisord: cannot read the password file " + path + ": " + *error, false;
    *out = text->substr(0, text->find_first_of("\r\n"));
    return true;
}
}  // namespace

bool parse_command_line(int argc, char** argv, CommandLine* out, std::string* error) {
    std::string password_file;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (take_value(argc, argv, i, "-c", "configuration", &out->options.config_path)) continue;
        if (take_secret(argc, argv, i, "-p", "password", &out->options.password)) continue;
        if (take_value(argc, argv, i, nullptr, "password-file", &password_file)) continue;
        if (a == "-n" || a == "--nodaemon") out->options.nodaemon = true;
        else if (a == "--check") out->check = true;
        else if (a == "-h" || a == "--help") out->help = true;
        else return *error = "supervisord: unknown option or missing value: " + a, false;
    }
    if (!password_file.empty() && !read_password_file(password_file, &out->options.password, error)) return false;
    out->options.password = os::password_lookup(out->options.password, "");
    // Read once; the programs, which inherit the server's environment, never see it.
    os::unset_env(os::kPasswordVariable);
    if (out->options.password.size() > proto::kMaxPasswordLength)
        return *error = msg::Catalogue::builtin().format("BADVALUE", {"password: longer than " +
                            std::to_string(proto::kMaxPasswordLength) + " bytes"}), false;
    if (out->options.config_path.empty()) out->options.config_path = os::default_config_path();
    out->options.loader = &load;
    return true;
}

Config load(const std::string& path) {
    auto files = os::make_file_access();
    ConfigContext ctx;
    ctx.platform = os::platform();
    ctx.host_node_name = os::host_node_name();
    ctx.env = os::environment();
    // Absolute, so %(here)s and relative includes still mean the same files
    // once the daemon has left the directory it was started from.
    Config cfg = load_config(os::absolute_path(path), *files, ctx);
    check_accounts(cfg);
    return cfg;
}

void check_accounts(Config& cfg) {
    std::set<std::string> seen;
    for (const auto& p : cfg.programs) {
        if (p.user.empty() || os::user_exists(p.user) || !seen.insert(p.program_name).second)
            continue;
        Diagnostic d;
        d.file = p.source_file;
        d.line = p.source_line;
        d.key = "program:" + p.program_name + "/user";
        d.text = "no such user '" + p.user + "'";
        cfg.diagnostics.push_back(d);
    }
}

bool report(const Config& cfg) {
    const auto& cat = msg::Catalogue::builtin();
    // Every error, also those past the listed ones (error_count), and those
    // added after the load (e.g. a user that does not exist).
    size_t listed = 0;
    for (const auto& d : cfg.diagnostics) listed += d.warning ? 0 : 1;
    size_t errors = std::max(cfg.error_count, listed);
    for (const auto& d : cfg.diagnostics) {
        std::fprintf(stderr, "%s\n", cat.format(d.warning ? "CONFIGWARN" : "CONFIGERR", {d.format()}).c_str());
    }
    if (errors)
        std::fprintf(stderr, "%s\n", cat.format("BADCONFIG", {cfg.path, static_cast<int64_t>(errors)}).c_str());
    return errors == 0;
}

bool locations_for(const Config& cfg, Locations* out, std::string* error) {
    return os::locate_server(cfg.path, cfg.server, os::LocateFor::server, out, error);
}

namespace {
os::LogLevel level_of(const std::string& name) {
    if (name == "debug") return os::LogLevel::debug;
    if (name == "warn") return os::LogLevel::warn;
    if (name == "error") return os::LogLevel::error;
    return os::LogLevel::info;
}

int fail(const char* ident, const std::vector<msg::Arg>& args) {
    std::fprintf(stderr, "%s\n", msg::Catalogue::builtin().format(ident, args).c_str());
    return 1;
}
}  // namespace

int run_server(const CommandLine& cl, Config cfg) {
    std::string error;
    Locations where;
    if (!locations_for(cfg, &where, &error)) return fail("NOSTART", {error});
    bool daemon = !(cl.options.nodaemon || cfg.server.nodaemon);
    if (daemon) {
        // Check the table here, while errors can still reach the terminal;
        // the daemon takes it again (the lock is released in between).
        auto probe = os::open_store(where.table, &error);
        if (!probe) return fail("NOTABLE", {where.table, error});
        if (!probe->lock(&error)) return fail("NOSTART", {error});
        probe.reset();
        if (!os::detach(cfg.server.stdout_file, &error)) return fail("INTERNAL", {error});
    }
    // One pidfd per program: 1000 programs need more than the usual 1024.
    if (!os::raise_open_file_limit(&error)) std::fprintf(stderr, "%s\n",
        msg::Catalogue::builtin().format("CONFIGWARN", {"open file limit: " + error}).c_str());
    auto store = os::open_store(where.table, &error);
    if (!store) return fail("NOTABLE", {where.table, error});
    auto loop = os::make_event_loop(&error);
    if (!loop) return fail("INTERNAL", {error});
    auto log = os::open_log(cfg.server.logfile, level_of(cfg.server.loglevel), &error);
    if (!log) return fail("NOLOG", {cfg.server.logfile, error});
    Server server(cl.options, std::move(cfg), std::move(loop), os::make_spawner(), std::move(store),
                  os::make_system_clock(), std::move(log), where);
    if (!server.start(&error)) return fail("NOSTART", {error});
    return server.run();
}

}  // namespace sv::server
