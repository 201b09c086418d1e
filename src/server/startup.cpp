#include "server/startup.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>

#include "core/config_internal.h"
#include "core/credential.h"
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
    return "usage: supervisord [-c FILE] [-n] [--password-file FILE | -p PASSWORD] [options] [--check] [-h] [-v]\n"
           "  -c, --configuration FILE  configuration file\n"
           "  -n, --nodaemon            stay in the foreground\n"
           "      --password-file FILE  control password: the first line of FILE\n"
           "  -p, --password PASSWORD   control password (visible to ps until read;\n"
           "                            prefer --password-file or SUPERVISORD_PASSWORD)\n"
           "  -l, --logfile FILE        activity log ([supervisord] logfile)\n"
           "  -e, --loglevel LEVEL      debug, info, warn or error (loglevel)\n"
           "  -j, --pidfile FILE        write the server's pid there, removed at exit (pidfile)\n"
           "  -q, --childlogdir DIR     where AUTO output files go (childlogdir)\n"
           "  -i, --identifier TEXT     part of AUTO file names (identifier)\n"
           "  -k, --nocleanup           keep old AUTO files at start (nocleanup)\n"
           "  -m, --umask MASK          the server's umask, inherited by programs (umask)\n"
           "  -d, --directory DIR       the server's working directory (directory)\n"
           "  -u, --user USER           must be the user the server runs as (user)\n"
           "  -s, --silent              accepted: the log never goes to standard output\n"
           "      --check               check the configuration, print the programs, exit\n"
           "  -v, --version             print the version and exit\n"
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

namespace {

// supervisord options of supervisor's that have no meaning here: each is
// refused with the reason, never silently taken.
struct Refused {
    const char* shrt;
    const char* lng;
    bool takes_value;
    const char* why;
};
const Refused kRefused[] = {
    {"-y", "logfile_maxbytes", true, "the log is not rotated by the server"},
    {"-z", "logfile_backups", true, "the log is not rotated by the server"},
    {"-a", "minfds", true, "the server raises its open-file limit to the hard limit; give a program quotas=NOFILE=n"},
    {nullptr, "minprocs", true, "give a program quotas=NPROC=n"},
    {"-t", "strip_ansi", false, "program output goes straight to its files, unfiltered"},
    {nullptr, "profile_options", true, "there is no profiler"},
};

bool refused(const std::string& a, std::string* error) {
    for (const Refused& r : kRefused) {
        std::string l = std::string("--") + r.lng;
        bool hit = (r.shrt && (a == r.shrt || (r.takes_value && a.rfind(r.shrt, 0) == 0 && a.size() > 2 && a[1] != '-'))) ||
                   a == l || a.rfind(l + "=", 0) == 0;
        if (!hit) continue;
        std::string name = r.shrt ? std::string(r.shrt) + "/" + l : l;
        *error = "supervisord: " + name + " is not supported: " + r.why;
        return true;
    }
    return false;
}

// The server options that set a [supervisord] key (ServerOverrides).
bool take_override(int argc, char** argv, int& i, ServerOverrides* o, std::string* error) {
    std::string v;
    auto path = [&](std::optional<std::string>* out) { *out = os::absolute_path(v); };
    if (take_value(argc, argv, i, "-l", "logfile", &v)) return path(&o->logfile), true;
    if (take_value(argc, argv, i, "-j", "pidfile", &v)) return path(&o->pidfile), true;
    if (take_value(argc, argv, i, "-q", "childlogdir", &v)) return path(&o->childlogdir), true;
    if (take_value(argc, argv, i, "-d", "directory", &v)) return path(&o->directory), true;
    if (take_value(argc, argv, i, "-i", "identifier", &v)) return o->identifier = v, true;
    if (take_value(argc, argv, i, "-u", "user", &v)) return o->user = v, true;
    std::string why;
    if (take_value(argc, argv, i, "-e", "loglevel", &v)) {
        if (auto level = cfg::parse_loglevel(v, &why)) return o->loglevel = *level, true;
    } else if (take_value(argc, argv, i, "-m", "umask", &v)) {
        if (auto mask = cfg::parse_octal(v, 0777, &why)) return o->umask = *mask, true;
    } else {
        return false;
    }
    *error = "supervisord: " + why;
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
        if (take_override(argc, argv, i, &out->overrides, error)) {
            if (!error->empty()) return false;
            continue;
        }
        if (refused(a, error)) return false;
        if (a == "-n" || a == "--nodaemon") out->options.nodaemon = true;
        else if (a == "-k" || a == "--nocleanup") out->overrides.nocleanup = true;
        else if (a == "-s" || a == "--silent") continue;   // the log never goes to standard output
        else if (a == "--check") out->check = true;
        else if (a == "-h" || a == "--help") out->help = true;
        else if (a == "-v" || a == "--version") out->version = true;
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
    ServerOverrides overrides = out->overrides;
    size_t given = out->options.password.size();
    out->options.loader = [overrides, given](const std::string& path) {
        Config cfg = load(path);
        apply_overrides(overrides, cfg);
        check_username_password(cfg, given);
        return cfg;
    };
    return true;
}

void apply_overrides(const ServerOverrides& o, Config& cfg) {
    ServerSpec& s = cfg.server;
    auto set = [](const std::optional<std::string>& v, std::string& key) {
        if (v) key = *v;
    };
    set(o.logfile, s.logfile);
    set(o.loglevel, s.loglevel);
    set(o.pidfile, s.pidfile);
    set(o.childlogdir, s.childlogdir);
    set(o.identifier, s.identifier);
    set(o.directory, s.directory);
    set(o.user, s.user);
    if (o.umask) s.umask = *o.umask;
    if (o.nocleanup) s.nocleanup = true;
    for (auto& p : cfg.programs) {
        p.childlogdir = s.childlogdir;
        p.log_identifier = s.identifier;
    }
}

bool check_server_user(const Config& cfg, std::string* error) {
    const std::string& user = cfg.server.user;
    if (user.empty() || os::is_current_user(user)) return true;
    *error = "[supervisord] user " + user +
             ": the server does not change user; start it as " + user + " (e.g. systemd's User=)";
    return false;
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

void check_username_password(Config& cfg, size_t given_bytes) {
    const ServerSpec& s = cfg.server;
    if (s.username.empty()) return;
    std::string why;
    if (given_bytes == 0 && s.password.empty())
        why = "needs a password (password=, --password-file, SUPERVISORD_PASSWORD or -p): a username alone checks nothing";
    else if (given_bytes > 0 && !credential_problem(s.username, given_bytes).empty())
        why = "with the password supervisord was given: " + credential_problem(s.username, given_bytes);
    if (why.empty()) return;
    Diagnostic d;
    d.file = s.username_file.empty() ? cfg.path : s.username_file;
    d.line = s.username_line;
    d.key = "unix_http_server/username";
    d.text = why;
    cfg.diagnostics.push_back(d);
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

uint32_t g_failure = 0;

int fail(const char* ident, const std::vector<msg::Arg>& args) {
    g_failure = msg::Catalogue::builtin().code(ident);
    std::fprintf(stderr, "%s\n", msg::Catalogue::builtin().format(ident, args).c_str());
    return 1;
}
}  // namespace

namespace {

// SUPERVISOR_SERVER_URL for programs whose serverurl is AUTO: the server's
// own socket, as supervisor gives its unix_http_server's (reference/peers.md).
void fill_server_url(Config& cfg, const std::string& url) {
    if (url.empty()) return;
    for (auto& p : cfg.programs)
        if (p.serverurl == "AUTO") p.serverurl = url;
}

// What the server's own process gets from [supervisord]: umask (always,
// 022 by default, so programs never depend on the shell that started the
// server) and directory (when given).
bool set_up_process(const ServerSpec& s, std::string* error) {
    os::set_umask(s.umask);
    return s.directory.empty() || os::change_directory(s.directory, error);
}

// supervisor's pidfile: the pid and a line end, removed at a clean exit.
class PidFile {
public:
    bool write(const std::string& path, std::string* error) {
        if (path.empty()) return true;
        // C stdio, not <fstream>: iostreams would add 0.6 MB of text (and
        // its resident pages) to the server for one line (bench: PSS 1.22 ->
        // 1.62 MiB at 10 programs while the pidfile was written with a stream).
        std::FILE* f = std::fopen(path.c_str(), "w");
        bool ok = f && std::fprintf(f, "%lld\n", static_cast<long long>(os::current_pid())) > 0;
        if (f && std::fclose(f) != 0) ok = false;
        if (!ok) return *error = "cannot write the pidfile " + path, false;
        path_ = path;
        return true;
    }
    ~PidFile() {
        if (!path_.empty()) std::remove(path_.c_str());
    }

private:
    std::string path_;
};

}  // namespace

uint32_t failure_condition() { return g_failure; }

int run_server(const CommandLine& cl, Config cfg) {
    std::string error;
    if (!check_server_user(cfg, &error)) return fail("NOSTART", {error});
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
        if (!os::detach(cfg.server, &error)) return fail("INTERNAL", {error});
    }
    if (!set_up_process(cfg.server, &error)) return fail("NOSTART", {error});
    // One pidfd per program: 1000 programs need more than the usual 1024.
    if (!os::raise_open_file_limit(&error)) std::fprintf(stderr, "%s\n",
        msg::Catalogue::builtin().format("CONFIGWARN", {"open file limit: " + error}).c_str());
    auto store = os::open_store(where.table, &error);
    if (!store) return fail("NOTABLE", {where.table, error});
    auto loop = os::make_event_loop(&error);
    if (!loop) return fail("INTERNAL", {error});
    auto log = os::open_log(cfg.server.logfile, level_of(cfg.server.loglevel), &error);
    if (!log) return fail("NOLOG", {cfg.server.logfile, error});
    std::string url = os::platform() == Platform::posix ? "unix://" + where.channel : "";
    fill_server_url(cfg, url);
    Options opts = cl.options;
    opts.loader = [base = cl.options.loader, url](const std::string& path) {
        Config c = base(path);
        fill_server_url(c, url);
        return c;
    };
    std::string pidfile = cfg.server.pidfile;
    Server server(std::move(opts), std::move(cfg), std::move(loop), os::make_spawner(), std::move(store),
                  os::make_system_clock(), std::move(log), where);
    if (!server.start(&error)) return fail("NOSTART", {error});
    // Written once the server holds the table (never over a running
    // server's); a failure is reported and the server goes on, as supervisor does.
    PidFile pid;
    if (!pid.write(pidfile, &error))
        std::fprintf(stderr, "%s\n", msg::Catalogue::builtin().format("CONFIGWARN", {error}).c_str());
    return server.run();
}

}  // namespace sv::server
