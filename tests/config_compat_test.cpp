// Configuration as supervisor users write it: Debian's file, the demo,
// [unix_http_server], {SHA} passwords, the client's server-only read, and what
// [supervisord] gives children (AUTO files, childlogdir, environment, umask).
#include "config_rig.h"

using namespace sv;
using namespace sv::cfgtest;

TEST_SUITE("config") {

TEST_CASE("Debian's supervisord.conf with a supervisor-syntax program from conf.d") {
    std::string debian = slurp("/etc/supervisor/supervisord.conf");
    if (debian.empty()) {
        MESSAGE("skipped: /etc/supervisor/supervisord.conf is not installed");
        return;
    }
    MemFiles fs;
    fs.files["/etc/supervisor/supervisord.conf"] = debian;
    fs.files["/etc/supervisor/conf.d/webapp.conf"] = slurp(golden("debian_program.conf"));
    Config c = load_config("/etc/supervisor/supervisord.conf", fs, {});
    for (const auto& d : c.diagnostics) MESSAGE(d.format());
    REQUIRE(ok_or_dump(c));
    CHECK(c.server.logfile == "/var/log/supervisor/supervisord.log");
    REQUIRE(c.programs.size() == 3);
    const ProgramSpec* web = c.find("webapp");
    REQUIRE(web);
    CHECK(web->group_name == "site");
    CHECK(web->stdout_file == "/var/log/supervisor/webapp.out.log");
    CHECK(web->stopsignal == "INT");
    CHECK(web->environment.size() == 2);
    CHECK(c.find("worker_01")->argv.back() == "1");
    CHECK(c.find("worker_00")->redirect_stderr);
    CHECK(c.find("worker_00")->stdout_file == kAutoOutput);   // stdout_logfile=AUTO
}

TEST_CASE("Debian's supervisord.conf read from disk") {
    class Disk : public MemFiles {
    public:
        std::optional<std::string> read(const std::string& path, std::string* error) override {
            std::ifstream f(path);
            if (!f) {
                *error = "cannot open";
                return std::nullopt;
            }
            std::stringstream ss;
            ss << f.rdbuf();
            return ss.str();
        }
        std::vector<std::string> expand(const std::string&) override { return {}; }
    } disk;
    if (!std::ifstream("/etc/supervisor/supervisord.conf")) {
        MESSAGE("skipped: /etc/supervisor/supervisord.conf is not installed");
        return;
    }
    Config c = load_config("/etc/supervisor/supervisord.conf", disk, {});
    for (const auto& d : c.diagnostics) MESSAGE(d.format());
    CHECK(c.ok());
    CHECK(c.server.logfile == "/var/log/supervisor/supervisord.log");
    // rpcinterface, supervisorctl, empty conf.d glob (pidfile and childlogdir are served)
    CHECK(count_warnings(c) == 3);
    CHECK(c.server.pidfile == "/var/run/supervisord.pid");
    CHECK(c.server.childlogdir == "/var/log/supervisor");
    CHECK(c.server.mailbox == "/var/run/supervisor.sock");  // [unix_http_server] file=
    CHECK(c.server.mailbox_mode == 0700u);
}

TEST_CASE("the demo configuration in examples/ loads cleanly") {
    std::string here = __FILE__;
    std::string root = here.substr(0, here.rfind("/tests/"));
    std::string text = slurp(root + "/examples/supervisord.conf");
    REQUIRE_FALSE(text.empty());
    MemFiles fs;
    fs.files["/co/examples/supervisord.conf"] = text;
    Config c = load_config("/co/examples/supervisord.conf", fs, {});
    for (const auto& d : c.diagnostics) MESSAGE(d.format());
    CHECK(c.ok());
    CHECK(c.programs.size() >= 3);
    CHECK(c.server.table.empty());
    CHECK(c.server.mailbox.empty());
    CHECK_FALSE(c.server.logfile.empty());
    for (const auto& p : c.programs) {
        REQUIRE(p.argv.size() >= 2);
        CHECK(p.argv[1].rfind("/co/examples/bin/", 0) == 0);
        CHECK_MESSAGE(std::ifstream(root + p.argv[1].substr(3)).good(), p.argv[1]);  // the script exists
    }
}

TEST_CASE("[unix_http_server] as supervisor users write it sets the command channel") {
    Config c = load_text(kServer + "[unix_http_server]\nfile=%(here)s/sv.sock\nchmod=0770\nchown=op:ops\n"
                                   "username=admin\npassword=s3cret\n");
    REQUIRE(ok_or_dump(c));
    CHECK(c.diagnostics.empty());
    CHECK(c.server.mailbox == "/etc/sv/sv.sock");
    CHECK(c.server.mailbox_mode == 0770u);
    CHECK(c.server.mailbox_owner == "op:ops");
    CHECK(c.server.username == "admin");
    CHECK(c.server.password == "s3cret");
    Config dflt = load_text("[unix_http_server]\nfile=/run/a.sock\n" + kServer);
    REQUIRE(ok_or_dump(dflt));
    CHECK(dflt.server.mailbox_mode == 0600u);  // ours, not supervisor's 0700, when chmod is absent
    CHECK(dflt.server.mailbox == "/run/a.sock");
    Config same = load_text(kServer + "mailbox=/run/a.sock\npassword=x\n[unix_http_server]\nfile=/run/a.sock\npassword=x\n");
    CHECK(ok_or_dump(same));
}

TEST_CASE("[unix_http_server] that disagrees with [supervisord] is an error at its line") {
    Config c = load_text("[unix_http_server]\nfile=/run/b.sock\npassword=two\nchmod=0660\nfiel=x\n"
                         "[supervisord]\nmailbox=/run/a.sock\npassword=one\nmailbox_mode=0640\n");
    CHECK(has_diag(c, "sv.conf:2: error: [unix_http_server] file: '/run/b.sock' differs from [supervisord] mailbox "
                      "'/run/a.sock' (/etc/sv/sv.conf:7); give one"));
    CHECK(has_diag(c, "sv.conf:3: error: [unix_http_server] password: differs from [supervisord] password (/etc/sv/sv.conf:8); give one"));
    CHECK(has_diag(c, "sv.conf:4: error: [unix_http_server] chmod: '0660' differs from [supervisord] mailbox_mode"));
    CHECK(has_diag(c, "sv.conf:5: error: [unix_http_server] fiel: unknown key 'fiel' (did you mean 'file'?)"));
    Config m = load_text(kServer + "[unix_http_server]\nchmod=rwx\n");
    CHECK(has_diag(m, "sv.conf:4: error: [unix_http_server] chmod: not an octal mode: 'rwx'"));
}

TEST_CASE("supervisor's {SHA} passwords are kept as written; malformed ones are errors") {
    std::string sha = "{SHA}" + std::string("a9993e364706816aba3e25717850c26c9cd0d89d");
    Config c = load_text(kServer + "[unix_http_server]\nfile=/run/a.sock\npassword=" + sha + "\n");
    REQUIRE(ok_or_dump(c));
    CHECK(c.server.password == sha);
    Config bad = load_text(kServer + "password={SHA}abc\n");
    CHECK(has_diag(bad, "sv.conf:3: error: [supervisord] password: a {SHA} password is 40 hexadecimal digits after {SHA}"));
}

TEST_CASE("a password longer than the request can carry is refused at load") {
    std::string p128(128, 'p');
    CHECK(ok_or_dump(load_text(kServer + "password=" + p128 + "\n")));
    Config c = load_text(kServer + "password=" + p128 + "q\n");
    CHECK(has_diag(c, "sv.conf:3: error: [supervisord] password: password longer than 128 bytes"));
    Config u = load_text(kServer + "[unix_http_server]\npassword=" + p128 + "q\n");
    CHECK(has_diag(u, "sv.conf:4: error: [unix_http_server] password: password longer than 128 bytes"));
}

TEST_CASE("a server-only read (the client's) reads the server's sections and not one line of a program's") {
    // Program sections full of what a full read refuses: not INI, a NUL
    // byte, unknown keys, a bad name. None of it is read, so none is reported.
    std::string junk = "[program:a]\nthis is not INI\ncomand=/bin/true\nbad" + std::string(1, '\0') +
                       "byte=1\n  stray continuation\n[program:b c]\nnumprocs=x\n[group:g]\nprograms=nosuch\n";
    MemFiles fs;
    fs.files["/etc/sv/sv.conf"] = junk + "[supervisord]\nlogfile=/tmp/sv.log\nmailbox_size=9000\n" + junk +
                                  "[include]\nfiles=more/*.conf\n" + junk;
    fs.files["/etc/sv/more/http.conf"] = junk + "[unix_http_server]\nfile=/run/x.sock\npassword=secret\n"
                                         "chmod=0777x\n" + junk;
    ConfigContext ctx;
    ctx.server_only = true;
    Config c = load_config("/etc/sv/sv.conf", fs, ctx);
    CHECK(c.server.mailbox == "/run/x.sock");
    CHECK(c.server.password == "secret");
    CHECK(c.server.mailbox_size == 9000);
    CHECK(c.programs.empty());
    // The one error left is in a section that was read, at its true line
    // (line numbers count the skipped lines too).
    auto all = formatted(c);
    REQUIRE(all.size() == 1);
    CHECK(all[0].find("/etc/sv/more/http.conf:13: error: [unix_http_server] chmod:") == 0);
    // The full read of the same files refuses the programs.
    ConfigContext full;
    CHECK(load_config("/etc/sv/sv.conf", fs, full).error_count > 5);
}

}  // TEST_SUITE

TEST_SUITE("config") {

TEST_CASE("output files: AUTO is kept output (OpenVMS: in childlogdir); NONE and OFF are the null device") {
    for (const char* none : {"NONE", "none", "OFF", "off"}) {
        Config c = load_text(kServer + "[program:p]\ncommand=p\nstdout_logfile=" + none + "\nstderr_file=" + none + "\n");
        REQUIRE(ok_or_dump(c));
        CHECK(c.programs[0].stdout_file == "/dev/null");
        CHECK(c.programs[0].stderr_file == "/dev/null");
    }
    Config a = load_text(kServer + "[program:p]\ncommand=p\nstdout_logfile=auto\n");
    CHECK(a.programs[0].stdout_file == kAutoOutput);
    // OpenVMS: AUTO with a childlogdir; the default is NLA0:.
    Config v = load_text("[supervisord]\nchildlogdir=/logs\n[program:p]\ncommand=x.com\nuser=SYSTEM\nstdout_file=AUTO\n",
                         Platform::vms);
    REQUIRE(ok_or_dump(v));
    CHECK(v.programs[0].stdout_file == kAutoOutput);
    CHECK(v.programs[0].stderr_file == "NLA0:");
    // The server's own output is never an AUTO file.
    CHECK(load_text("[supervisord]\nstdout_file=AUTO\n").server.stdout_file == "/dev/null");
}

TEST_CASE("childlogdir: $TMPDIR, else /tmp, else as given beside the file; programs carry it and the identifier") {
    MemFiles fs;
    fs.files["/etc/sv/sv.conf"] = "[supervisord]\n[program:p]\ncommand=p\n";
    ConfigContext ctx;
    ctx.env["TMPDIR"] = "/var/tmp/x";
    Config c = load_config("/etc/sv/sv.conf", fs, ctx);
    CHECK(c.server.childlogdir == "/var/tmp/x");
    CHECK(c.programs[0].childlogdir == "/var/tmp/x");
    Config d = load_text("[supervisord]\nchildlogdir=logs\nidentifier=web1\npidfile=run/sv.pid\n"
                         "[program:p]\ncommand=p\n");
    REQUIRE(ok_or_dump(d));
    CHECK(d.server.childlogdir == "/etc/sv/logs");
    CHECK(d.server.pidfile == "/etc/sv/run/sv.pid");
    CHECK(d.programs[0].childlogdir == "/etc/sv/logs");
    CHECK(d.programs[0].log_identifier == "web1");
    CHECK(has_diag(load_text("[supervisord]\nidentifier=a b\n"), "[supervisord] identifier: not usable in a file name"));
    CHECK(has_diag(load_text("[supervisord]\nidentifier=a/b\n"), "[supervisord] identifier: not usable in a file name"));
    // OpenVMS: childlogdir is carried (resolved as on Linux by this test's
    // files; vms_file_access.cpp keeps a VMS directory or logical name);
    // AUTO without it is an error at the key, and the default is NLA0:.
    Config v = load_text("[supervisord]\nchildlogdir=/var/log/sv\n[program:p]\nuser=u\nstdout_logfile=AUTO\n",
                         Platform::vms);
    REQUIRE(ok_or_dump(v));
    CHECK(v.programs[0].childlogdir == "/var/log/sv");
    CHECK(v.programs[0].stdout_file == kAutoOutput);
    CHECK(v.programs[0].stderr_file == "NLA0:");
    Config none = load_text("[supervisord]\n[program:p]\nuser=u\nstdout_logfile=AUTO\nstderr_file=auto\n", Platform::vms);
    CHECK(has_diag(none, "sv.conf:4: error: [program:p] stdout_logfile: AUTO needs [supervisord] childlogdir on OpenVMS"));
    CHECK(has_diag(none, "sv.conf:5: error: [program:p] stderr_file: AUTO needs [supervisord] childlogdir on OpenVMS"));
    CHECK(load_text("[supervisord]\n[program:p]\nuser=u\nstdout_file=NONE\n", Platform::vms).programs[0].stdout_file == "NLA0:");
}

TEST_CASE("[supervisord] environment is merged under each program's and adds to %(ENV_X)s") {
    Config c = load_text("[supervisord]\nenvironment=A=\"1\",B=\"2\"\n"
                         "[program:p]\ncommand=p %(ENV_A)s\nenvironment=B=\"3\",C=\"%(ENV_B)s\"\n"
                         "[program:q]\ncommand=q\n");
    REQUIRE(ok_or_dump(c));
    using Env = std::vector<std::pair<std::string, std::string>>;
    CHECK(c.find("p")->environment == Env{{"A", "1"}, {"B", "3"}, {"C", "2"}});
    CHECK(c.find("p")->argv.back() == "1");
    CHECK(c.find("q")->environment == Env{{"A", "1"}, {"B", "2"}});
    CHECK(has_diag(load_text("[supervisord]\nenvironment=A\n"), "[supervisord] environment: not KEY=value"));
}

TEST_CASE("[supervisord] umask, directory, nocleanup; program serverurl") {
    Config c = load_text("[supervisord]\numask=077\ndirectory=/srv\nnocleanup=true\n"
                         "[program:p]\ncommand=p\nserverurl=http://localhost:9001\n");
    REQUIRE(ok_or_dump(c));
    CHECK(c.server.umask == 077u);
    CHECK(c.server.directory == "/srv");
    CHECK(c.server.nocleanup);
    CHECK(c.programs[0].serverurl == "http://localhost:9001");
    CHECK(c.diagnostics.empty());
    CHECK(has_diag(load_text("[supervisord]\numask=9\n"), "[supervisord] umask: not an octal mode"));
    CHECK(has_diag(load_text(kServer + "[program:p]\ncommand=p\nserverurl=nowhere\n"),
                   "[program:p] serverurl: not a server URL: 'nowhere'"));
}

TEST_CASE("every key supervisor accepts is accepted (served or warned); a typo stays an error with its hint") {
    // supervisor 4.2's keys, section by section (its documentation, configuration.rst).
    Config c = load_text(
        "[unix_http_server]\nfile=/tmp/s.sock\nchmod=0700\nchown=root:root\nusername=u\npassword=p\n"
        "[inet_http_server]\nport=127.0.0.1:9001\nusername=u\npassword=p\n"
        "[supervisord]\nlogfile=/tmp/sv.log\nlogfile_maxbytes=50MB\nlogfile_backups=10\nloglevel=info\n"
        "pidfile=/tmp/sv.pid\numask=022\nnodaemon=false\nsilent=false\nminfds=1024\nminprocs=200\n"
        "nocleanup=false\nchildlogdir=/tmp\nuser=root\ndirectory=/tmp\nstrip_ansi=false\nenvironment=K=\"v\"\n"
        "identifier=supervisor\n"
        "[supervisorctl]\nserverurl=unix:///tmp/s.sock\nusername=u\npassword=p\nprompt=x\nhistory_file=~/.h\n"
        "[program:p]\ncommand=/bin/cat\nprocess_name=%(program_name)s_%(process_num)s\nnumprocs=1\n"
        "numprocs_start=0\npriority=999\nautostart=true\nstartsecs=1\nstartretries=3\nautorestart=unexpected\n"
        "exitcodes=0\nstopsignal=TERM\nstopwaitsecs=10\nstopasgroup=false\nkillasgroup=false\nuser=root\n"
        "redirect_stderr=false\nstdout_logfile=AUTO\nstdout_logfile_maxbytes=1MB\nstdout_logfile_backups=10\n"
        "stdout_capture_maxbytes=1MB\nstdout_events_enabled=false\nstdout_syslog=false\nstderr_logfile=AUTO\n"
        "stderr_logfile_maxbytes=1MB\nstderr_logfile_backups=10\nstderr_capture_maxbytes=1MB\n"
        "stderr_events_enabled=false\nstderr_syslog=false\nenvironment=A=\"1\"\ndirectory=/tmp\numask=022\n"
        "serverurl=AUTO\n"
        "[group:g]\nprograms=p\npriority=999\n"
        "[include]\nfiles=\n"
        "[eventlistener:e]\ncommand=/bin/cat\nevents=PROCESS_STATE\nbuffer_size=10\n"
        "[fcgi-program:f]\ncommand=/bin/cat\nsocket=unix:///tmp/f.sock\n"
        "[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory=supervisor.rpcinterface:make_main_rpcinterface\n");
    for (const auto& d : c.diagnostics) CHECK_MESSAGE(d.warning, d.format());
    CHECK(c.ok());
    Config typo = load_text(kServer + "[program:p]\ncommand=p\nstdout_logfle=AUTO\n");
    CHECK(has_diag(typo, "[program:p] stdout_logfle: unknown key 'stdout_logfle' (did you mean 'stdout_logfile'?)"));
    Config typo2 = load_text("[supervisord]\nchildlogdr=/tmp\n");
    CHECK(has_diag(typo2, "[supervisord] childlogdr: unknown key 'childlogdr' (did you mean 'childlogdir'?)"));
}

}  // TEST_SUITE
