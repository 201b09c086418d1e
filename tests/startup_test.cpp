// supervisord's command line: where the password comes from, and that it
// does not stay in the argument strings or the environment.
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unistd.h>

#include <sstream>

#include "core/embedded.h"
#include "core/help.h"
#include "os/process.h"
#include "server/startup.h"

using namespace sv;

namespace {
// A writable argv, as main() receives it.
struct Argv {
    std::vector<std::string> storage;
    std::vector<char*> ptrs;
    explicit Argv(std::vector<std::string> words) : storage(std::move(words)) {
        for (auto& w : storage) ptrs.push_back(w.data());
        ptrs.push_back(nullptr);
    }
    int argc() const { return static_cast<int>(storage.size()); }
    char** argv() { return ptrs.data(); }
    std::string joined() const {
        std::string s;
        for (const auto& w : storage) s += std::string(w.c_str()) + " ";
        return s;
    }
};
}  // namespace

TEST_CASE("-p, -pX and --password=X are read, then blanked in the argument strings") {
    for (auto words : std::vector<std::vector<std::string>>{{"supervisord", "-p", "Open-Sesame"},
                                                            {"supervisord", "-pOpen-Sesame"},
                                                            {"supervisord", "--password=Open-Sesame"},
                                                            {"supervisord", "--password", "Open-Sesame", "-n"}}) {
        Argv a(words);
        server::CommandLine cl;
        std::string err;
        REQUIRE_MESSAGE(server::parse_command_line(a.argc(), a.argv(), &cl, &err), err);
        CHECK(cl.options.password == "Open-Sesame");
        CHECK(a.joined().find("Sesame") == std::string::npos);
        CHECK(a.joined().find("supervisord") != std::string::npos);
    }
}

TEST_CASE("--password-file takes the first line; SUPERVISORD_PASSWORD is removed once read") {
    char tmpl[] = "/tmp/svpw-XXXXXX";
    int fd = ::mkstemp(tmpl);
    REQUIRE(fd >= 0);
    ::close(fd);
    std::ofstream(tmpl) << "From-File\nsecond line\n";
    Argv a({"supervisord", "--password-file", tmpl});
    server::CommandLine cl;
    std::string err;
    REQUIRE_MESSAGE(server::parse_command_line(a.argc(), a.argv(), &cl, &err), err);
    CHECK(cl.options.password == "From-File");

    ::setenv("SUPERVISORD_PASSWORD", "From-Env", 1);
    Argv b({"supervisord"});
    server::CommandLine cl2;
    REQUIRE(server::parse_command_line(b.argc(), b.argv(), &cl2, &err));
    CHECK(cl2.options.password == "From-Env");
    CHECK(os::get_env("SUPERVISORD_PASSWORD").empty());

    Argv c({"supervisord", "--password-file", std::string(tmpl) + ".missing"});
    server::CommandLine cl3;
    CHECK_FALSE(server::parse_command_line(c.argc(), c.argv(), &cl3, &err));
    CHECK(err.find(".missing") != std::string::npos);
    ::unlink(tmpl);
}

TEST_CASE("a password over 128 bytes is refused, wherever it comes from") {
    Argv ok({"supervisord", "-p", std::string(128, 'k')});
    server::CommandLine cl;
    std::string err;
    CHECK(server::parse_command_line(ok.argc(), ok.argv(), &cl, &err));
    Argv bad({"supervisord", "-p", std::string(129, 'k')});
    server::CommandLine cl2;
    CHECK_FALSE(server::parse_command_line(bad.argc(), bad.argv(), &cl2, &err));
    CHECK(err.find("%SUPERVISE-E-BADVALUE") != std::string::npos);
    CHECK(err.find("128") != std::string::npos);
    ::setenv("SUPERVISORD_PASSWORD", std::string(200, 'e').c_str(), 1);
    Argv env({"supervisord"});
    server::CommandLine cl3;
    CHECK_FALSE(server::parse_command_line(env.argc(), env.argv(), &cl3, &err));
    ::unsetenv("SUPERVISORD_PASSWORD");
}

TEST_CASE("a username needs a password from somewhere, and one supervisord is given must travel with it") {
    auto with = [](const std::string& password) {
        Config c;
        c.path = "/etc/sv/sv.conf";
        c.server.username = std::string(100, 'u');
        c.server.username_file = "/etc/sv/sv.conf";
        c.server.username_line = 7;
        c.server.password = password;
        return c;
    };
    Config alone = with("");
    server::check_username_password(alone, 0);
    REQUIRE(alone.diagnostics.size() == 1);
    CHECK(alone.diagnostics[0].format().find("/etc/sv/sv.conf:7: error: [unix_http_server] username: needs a password") == 0);
    Config given = with("");
    server::check_username_password(given, 27);   // -p of 27 bytes: 100 + 1 + 27 = 128
    CHECK(given.diagnostics.empty());
    Config too_long = with("short");
    server::check_username_password(too_long, 28);
    REQUIRE(too_long.diagnostics.size() == 1);
    CHECK(too_long.diagnostics[0].text.find("with the password supervisord was given") == 0);
    CHECK(too_long.diagnostics[0].text.find("129 bytes") != std::string::npos);
    Config configured = with("s3cret");
    server::check_username_password(configured, 0);
    CHECK(configured.diagnostics.empty());
    Config none;   // no username: nothing to check
    server::check_username_password(none, 0);
    CHECK(none.diagnostics.empty());
}

TEST_CASE("supervisord's usual options set their [supervisord] keys, over the file's") {
    Argv a({"supervisord", "-l", "/var/log/x.log", "-e", "WARNING", "-j", "/run/x.pid", "-q", "/var/log/kids",
            "-i", "web1", "-k", "-m", "027", "-d", "/srv", "-u", "svc", "-s", "-n"});
    server::CommandLine cl;
    std::string err;
    REQUIRE_MESSAGE(server::parse_command_line(a.argc(), a.argv(), &cl, &err), err);
    CHECK(cl.options.nodaemon);
    Config cfg;
    cfg.server.logfile = "/elsewhere.log";
    cfg.programs.resize(1);
    server::apply_overrides(cl.overrides, cfg);
    CHECK(cfg.server.logfile == "/var/log/x.log");
    CHECK(cfg.server.loglevel == "warn");
    CHECK(cfg.server.pidfile == "/run/x.pid");
    CHECK(cfg.server.childlogdir == "/var/log/kids");
    CHECK(cfg.server.identifier == "web1");
    CHECK(cfg.server.nocleanup);
    CHECK(cfg.server.umask == 027u);
    CHECK(cfg.server.directory == "/srv");
    CHECK(cfg.server.user == "svc");
    CHECK(cfg.programs[0].childlogdir == "/var/log/kids");
    CHECK(cfg.programs[0].log_identifier == "web1");

    Config untouched;
    untouched.server.logfile = "/kept.log";
    server::CommandLine none;
    Argv b({"supervisord"});
    REQUIRE(server::parse_command_line(b.argc(), b.argv(), &none, &err));
    server::apply_overrides(none.overrides, untouched);
    CHECK(untouched.server.logfile == "/kept.log");
    CHECK(untouched.server.umask == 022u);

    Argv v({"supervisord", "--version"});
    server::CommandLine cv;
    REQUIRE(server::parse_command_line(v.argc(), v.argv(), &cv, &err));
    CHECK(cv.version);
}

TEST_CASE("options that mean nothing here, and bad values, are refused with the reason") {
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"-t"}, "supervisord: -t/--strip_ansi is not supported"},
        {{"--strip_ansi"}, "supervisord: -t/--strip_ansi is not supported"},
        {{"-a", "100"}, "supervisord: -a/--minfds is not supported"},
        {{"--minprocs=5"}, "supervisord: --minprocs is not supported"},
        {{"-y", "1MB"}, "supervisord: -y/--logfile_maxbytes is not supported"},
        {{"-z5"}, "supervisord: -z/--logfile_backups is not supported"},
        {{"-e", "loud"}, "supervisord: not a log level: 'loud'"},
        {{"-m", "8"}, "supervisord: not an octal mode: '8'"},
        {{"-l"}, "supervisord: unknown option or missing value: -l"},
    };
    for (const auto& [words, says] : cases) {
        std::vector<std::string> argv{"supervisord"};
        argv.insert(argv.end(), words.begin(), words.end());
        Argv a(argv);
        server::CommandLine cl;
        std::string err;
        CHECK_FALSE(server::parse_command_line(a.argc(), a.argv(), &cl, &err));
        CHECK_MESSAGE(err.rfind(says, 0) == 0, err);
    }
}

TEST_CASE("[supervisord] user must be the user the server runs as") {
    Config cfg;
    std::string err;
    CHECK(server::check_server_user(cfg, &err));
    cfg.server.user = std::to_string(::geteuid());
    CHECK(server::check_server_user(cfg, &err));
    cfg.server.user = ::geteuid() == 0 ? "nobody" : "root";
    CHECK_FALSE(server::check_server_user(cfg, &err));
    CHECK(err.find("does not change user") != std::string::npos);
}

TEST_CASE("HELP SUPERVISORD Options lists every option supervisord takes, and the refused ones") {
    auto lib = help::HelpLibrary::parse(embedded::supervise_hlp(), nullptr);
    const help::Topic* t = lib.find({"SUPERVISE", "SUPERVISORD", "Options"});
    REQUIRE(t != nullptr);
    std::string text;
    for (const auto& l : t->text) text += l + "\n";
    std::istringstream usage(server::usage());
    std::string word;
    int seen = 0;
    while (usage >> word) {
        if (word.size() < 2 || word[0] != '-' || word == "--" ) continue;
        word = word.substr(0, word.find_first_of(",="));
        if (word.find('[') != std::string::npos || word.find(']') != std::string::npos) continue;
        CAPTURE(word);
        CHECK(text.find(word) != std::string::npos);
        ++seen;
    }
    CHECK(seen > 20);
    for (const char* refused : {"-t", "-a", "--minprocs", "-y", "-z", "--profile_options"})
        CHECK_MESSAGE(text.find(refused) != std::string::npos, refused);
}
