// Configuration: INI dialect, expansion, includes, every key, diagnostics.
// Files come from an in-memory os::FileAccess (config_rig.h), so nothing
// touches the disk except the fixtures under tests/golden/config/.
#include "config_rig.h"

using namespace sv;
using namespace sv::cfgtest;

TEST_SUITE("config") {

TEST_CASE("a minimal file gives supervisor's defaults") {
    Config c = load_text("[supervisord]\n[program:web]\ncommand=/usr/bin/web -p 80\n");
    REQUIRE(ok_or_dump(c));
    CHECK(c.diagnostics.empty());
    CHECK(c.server.logfile == "/etc/sv/supervisord.log");
    CHECK(c.server.stdout_file == "/dev/null");
    CHECK(c.server.loglevel == "info");
    CHECK(c.server.mailbox_size == 4096);
    REQUIRE(c.programs.size() == 1);
    const ProgramSpec& p = c.programs[0];
    CHECK(p.name == "web");
    CHECK(p.program_name == "web");
    CHECK(p.group_name == "web");
    CHECK(p.argv == std::vector<std::string>{"/usr/bin/web", "-p", "80"});
    CHECK(p.stdout_file == kAutoOutput);   // supervisor's AUTO: output is kept
    CHECK(p.stderr_file == kAutoOutput);
    CHECK(p.childlogdir == "/tmp");
    CHECK(p.log_identifier == "supervisor");
    CHECK(p.serverurl == "AUTO");
    CHECK(c.server.umask == 022u);
    CHECK(c.server.identifier == "supervisor");
    CHECK(c.server.pidfile.empty());
    CHECK_FALSE(c.server.nocleanup);
    CHECK(p.startsecs == 1);
    CHECK(p.startretries == 3);
    CHECK(p.stopwaitsecs == 10);
    CHECK(p.autorestart == AutoRestart::unexpected);
    CHECK(p.exitcodes.codes == std::vector<int64_t>{0});
    CHECK_FALSE(p.exitcodes.any_odd);
    CHECK(p.baspri == 4);
    CHECK(p.stopsignal == "TERM");
    CHECK(p.priority == 999);
    CHECK(p.source_file == "/etc/sv/sv.conf");
    CHECK(p.source_line == 2);
    CHECK(c.find("web") == &c.programs[0]);
    CHECK(c.find("nope") == nullptr);
}

TEST_CASE("comments, inline comments and continuation lines") {
    Config c = load_text("; a comment\n# another\n[supervisord] ; trailing\n"
                         "[program:a]\n"
                         "command=/bin/echo a;b #c ; the rest is a comment\n"
                         "  continued   ; also a comment\n"
                         "\t  # an indented comment line\n"
                         "    more\n"
                         "environment=A=1,\n   B=2\n");
    REQUIRE(ok_or_dump(c));
    const ProgramSpec& p = c.programs.at(0);
    CHECK(p.command == "/bin/echo a;b\ncontinued\nmore");
    CHECK(p.argv == std::vector<std::string>{"/bin/echo", "a;b", "continued", "more"});
    REQUIRE(p.environment.size() == 2);
    CHECK(p.environment[1] == std::make_pair(std::string("B"), std::string("2")));
}

TEST_CASE("lines that are not INI are errors with their line") {
    Config c = load_text(kServer + "[program:a]\ncommand=x\nthis is not ini\n  \n[broken\n");
    CHECK_FALSE(c.ok());
    CHECK(has_diag(c, "/etc/sv/sv.conf:5: error: not a section header"));
    CHECK(has_diag(c, "/etc/sv/sv.conf:7: error: not a section header"));
    Config d = load_text("command=x\n" + kServer);
    CHECK(has_diag(d, "sv.conf:1: error: 'command' is outside of any section"));
    Config e = load_text(kServer + "[program:a]\ncommand=x\ncommand=y\n");
    CHECK(has_diag(e, "sv.conf:5: error: key 'command' appears twice in section [program:a]"));
}

TEST_CASE("%(name)s expansion") {
    Config c = load_text(kServer + "[program:app]\n"
                         "command=%(here)s/run --home %(ENV_HOME)s --node %(host_node_name)s --pct 50%%\n"
                         "stdout_file=/tmp/%(program_name)s-%(group_name)s-%(process_num)03d.log\n");
    REQUIRE(ok_or_dump(c));
    const ProgramSpec& p = c.programs.at(0);
    CHECK(p.command == "/etc/sv/run --home /home/op --node node1 --pct 50%");
    CHECK(p.stdout_file == "/tmp/app-app-000.log");

    Config bad = load_text(kServer + "[program:app]\ncommand=run %(ENV_NOPE)s\ndirectory=%(program_nam)s\nuser=50%\n");
    CHECK(has_diag(bad, "sv.conf:4: error: [program:app] command: cannot expand '%(ENV_NOPE)': unknown name"));
    CHECK(has_diag(bad, "sv.conf:5: error: [program:app] directory: cannot expand '%(program_nam)': unknown name "
                        "(did you mean 'program_name'?)"));
    CHECK(has_diag(bad, "sv.conf:6: error: [program:app] user: a '%' must start"));
}

TEST_CASE("numprocs expands into processes") {
    Config c = load_text(kServer + "[program:w]\ncommand=w --n %(process_num)d\n"
                         "process_name=%(program_name)s_%(process_num)02d\nnumprocs=3\nnumprocs_start=7\n");
    REQUIRE(ok_or_dump(c));
    REQUIRE(c.programs.size() == 3);
    CHECK(c.programs[0].name == "w:w_07");   // group:process (the group is the program's name)
    CHECK(c.programs[0].process_name == "w_07");
    CHECK(c.programs[2].name == "w:w_09");
    CHECK(c.programs[2].process_num == 9);
    CHECK(c.programs[2].argv.back() == "9");
    CHECK(c.programs[1].program_name == "w");

    Config bad = load_text(kServer + "[program:w]\ncommand=w\nnumprocs=2\n");
    CHECK_FALSE(bad.ok());
    CHECK(has_diag(bad, "sv.conf:5: error: [program:w] process_name: must contain %(process_num)s"));
    Config zero = load_text(kServer + "[program:w]\ncommand=w\nnumprocs=0\n");
    CHECK(has_diag(zero, "[program:w] numprocs: out of range 1..10000: '0'"));
}

TEST_CASE("programs are sorted by priority, then name") {
    Config c = load_text(kServer + "[program:c]\ncommand=c\n[program:b]\ncommand=b\npriority=5\n"
                         "[program:a]\ncommand=a\n[program:z]\ncommand=z\npriority=-1\n");
    REQUIRE(ok_or_dump(c));
    std::vector<std::string> names;
    for (const auto& p : c.programs) names.push_back(p.name);
    CHECK(names == std::vector<std::string>{"z", "b", "a", "c"});
}

TEST_CASE("groups name their programs; unknown members are errors") {
    Config c = load_text(kServer + "[group:site]\nprograms=web, db\n[program:web]\ncommand=w\n[program:db]\ncommand=d\n"
                         "[program:other]\ncommand=o\n");
    REQUIRE(ok_or_dump(c));
    CHECK(c.find("web")->group_name == "site");
    CHECK(c.find("db")->group_name == "site");
    CHECK(c.find("other")->group_name == "other");

    Config bad = load_text(kServer + "[group:site]\nprograms=web,dbb\n[program:web]\ncommand=w\n[program:db]\ncommand=d\n");
    CHECK(has_diag(bad, "sv.conf:4: error: [group:site] programs: no [program:dbb] for this group (did you mean 'db'?)"));
    Config twice = load_text(kServer + "[group:g1]\nprograms=web\n[group:g2]\nprograms=web\n[program:web]\ncommand=w\n");
    CHECK(has_diag(twice, "sv.conf:6: error: [group:g2] programs: program 'web' is already in group 'g1'"));
}

TEST_CASE("[include] files: relative globs, nesting, cycles, missing files") {
    MemFiles fs;
    fs.files["/etc/sv/main.conf"] = kServer + "[include]\nfiles = conf.d/*.conf extra/one.ini\n";
    fs.files["/etc/sv/conf.d/a.conf"] = "[program:a]\ncommand=a %(here)s\n";
    fs.files["/etc/sv/conf.d/b.conf"] = "[program:b]\ncommand=b\n[include]\nfiles=/etc/sv/extra/*.ini\n";
    fs.files["/etc/sv/conf.d/b.txt"] = "[program:never]\ncommand=x\n";
    fs.files["/etc/sv/extra/one.ini"] = "[program:one]\ncommand=one\n";
    Config c = load_config("/etc/sv/main.conf", fs, {});
    CHECK(c.programs.size() == 3);
    CHECK(c.find("a")->argv.at(1) == "/etc/sv/conf.d");
    CHECK(c.find("never") == nullptr);
    // one.ini is reached twice (from main and from b.conf): read once.
    CHECK(c.ok());
    CHECK(has_diag(c, "warning: [include] files: '/etc/sv/extra/one.ini' is already included"));

    MemFiles cyc;
    cyc.files["/a.conf"] = kServer + "[include]\nfiles=b.conf\n";
    cyc.files["/b.conf"] = "[include]\nfiles=a.conf\n";
    Config cc = load_config("/a.conf", cyc, {});
    CHECK_FALSE(cc.ok());
    CHECK(has_diag(cc, "/b.conf:2: error: [include] files: include cycle: /a.conf -> /b.conf -> /a.conf"));

    // A cycle that names the file differently each time is stopped by depth.
    MemFiles deep;
    deep.files["/d/a.conf"] = kServer + "[include]\nfiles=../d/*.conf\n";
    for (std::string p = "/d/a.conf"; p.size() < 200; p = "/d/.." + p) deep.files[p] = "[include]\nfiles=../d/*.conf\n";
    Config cd = load_config("/d/a.conf", deep, {});
    CHECK(has_diag(cd, "error: [include] files: includes nested more than 16 deep"));

    MemFiles miss;
    miss.files["/m.conf"] = kServer + "[include]\nfiles=/nowhere/x.conf\nfile=x\n";
    Config cm = load_config("/m.conf", miss, {});
    CHECK(has_diag(cm, "/m.conf:4: warning: [include] files: no file matches '/nowhere/x.conf'"));
    CHECK(has_diag(cm, "/m.conf:5: error: [include] file: unknown key 'file' (did you mean 'files'?)"));
}

TEST_CASE("errors of every file are reported, in reading order") {
    MemFiles fs;
    fs.files["/cfg/main.conf"] = "[supervisord]\nlogfile=%(here)s/main.log\nloglevel=noisy\n[include]\nfiles=conf.d/*.conf\n"
                                 "[program:m]\ncommand=m\nstartsecs=-1\n";
    fs.files["/cfg/conf.d/a.conf"] = "[program:a]\ncommand=a\nstartretries=x\n";
    fs.files["/cfg/conf.d/b.conf"] = "[program:b]\ncommand=b\nautostrat=true\n";
    Config c = load_config("/cfg/main.conf", fs, {});
    CHECK(c.server.logfile == "/cfg/main.log");
    std::vector<std::string> want{
        "/cfg/main.conf:3: error: [supervisord] loglevel: not a log level: 'noisy' (debug, info, warn or error)",
        "/cfg/main.conf:8: error: [program:m] startsecs: out of range 0..1073741824: '-1'",
        "/cfg/conf.d/a.conf:3: error: [program:a] startretries: not an integer: 'x'",
        "/cfg/conf.d/b.conf:3: error: [program:b] autostrat: unknown key 'autostrat' (did you mean 'autostart'?)",
    };
    CHECK(formatted(c) == want);
    CHECK(c.programs.size() == 3);
}

TEST_CASE("a missing main file is one diagnostic with line 0") {
    MemFiles fs;
    Config c = load_config("/no/such.conf", fs, {});
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 0);
    CHECK(c.diagnostics[0].format() == "/no/such.conf: error: cannot read the configuration file: No such file or directory");
    CHECK_FALSE(c.ok());
}

TEST_CASE("five different errors in one file are all reported with file:line") {
    MemFiles fs;
    fs.files["/cfg/five.conf"] = slurp(golden("five_errors.conf"));
    REQUIRE_FALSE(fs.files["/cfg/five.conf"].empty());
    Config c = load_config("/cfg/five.conf", fs, {});
    std::vector<std::string> want{
        "/cfg/five.conf:4: error: [supervisord] loglevel: not a log level: 'loud' (debug, info, warn or error)",
        "/cfg/five.conf:8: error: [program:web] startsecs: not an integer: 'abc'",
        "/cfg/five.conf:9: error: [program:web] comand: unknown key 'comand' (did you mean 'command'?)",
        "/cfg/five.conf:10: error: [program:web] exitcodes: not an exit status (0..255): '300'",
        "/cfg/five.conf:12: error: [programs:db] unknown section (did you mean 'program:db'?)",
    };
    CHECK(formatted(c) == want);
}

TEST_CASE("sections supervisor has and this product does not serve: one warning each") {
    // [unix_http_server] is served (the command channel), with chmod=0700 as supervisor's default.
    Config c = load_text(kServer + "[unix_http_server]\nfile=/run/x.sock\nchmod=0700\n[inet_http_server]\nport=9001\n"
                         "[supervisorctl]\nserverurl=unix:///x\n[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = a:b\n"
                         "[eventlistener:l]\ncommand=x\n[fcgi-program:f]\ncommand=y\n[ctlplugin:p]\nx=1\n"
                         "[suprevisorctl]\n");
    CHECK(count_warnings(c) == 6);
    CHECK_FALSE(has_diag(c, "[unix_http_server]"));
    CHECK(c.server.mailbox == "/run/x.sock");
    CHECK(has_diag(c, "sv.conf:6: warning: [inet_http_server] section not used by this product; ignored"));
    CHECK(has_diag(c, "error: [suprevisorctl] unknown section (did you mean 'supervisorctl'?)"));
    CHECK(c.programs.empty());
}

TEST_CASE("program keys: values and their errors") {
    Config c = load_text(kServer + "[program:p]\ncommand=/bin/p\nautostart=no\nautorestart=true\n"
                         "stdout_logfile=AUTO\nstderr_logfile=/var/log/p.err\nredirect_stderr=off\n"
                         "startsecs=0\nstartretries=7\nstopwaitsecs=30\nexitcodes=0, 2,%X10\nbaspri=31\n"
                         "quotas=NOFILE=77,FILLM=77 ,as=1KB,RLIMIT_CORE=0\nprivileges=tmpmbx, CAP_NET_ADMIN,ALTPRI\n"
                         "kt_limit=65535\nnouaf=yes\ndirectory=/srv\nenvironment=A=\"x, y\",B='q',C=plain\n"
                         "umask=027\nstopsignal=sigusr1\nstopasgroup=true\nkillasgroup=false\npriority=3\nuser=svc\nimage=/bin/q\n");
    REQUIRE(ok_or_dump(c));
    const ProgramSpec& p = c.programs.at(0);
    CHECK_FALSE(p.autostart);
    CHECK(p.autorestart == AutoRestart::always);
    CHECK(p.stdout_file == kAutoOutput);
    CHECK(p.stderr_file == "/var/log/p.err");
    CHECK(p.startsecs == 0);
    CHECK(p.startretries == 7);
    CHECK(p.stopwaitsecs == 30);
    CHECK(p.exitcodes.codes == std::vector<int64_t>{0, 2, 16});
    CHECK_FALSE(p.exitcodes.masked);
    CHECK(p.baspri == 31);
    REQUIRE(p.quotas.size() == 4);
    CHECK(p.quotas[0].name == "NOFILE");
    CHECK(p.quotas[1].value == 77);
    CHECK(p.quotas[2].name == "AS");
    CHECK(p.quotas[2].value == 1024);
    CHECK(p.quotas[3].name == "CORE");
    CHECK(p.privileges == std::vector<std::string>{"TMPMBX", "CAP_NET_ADMIN", "SETPRI"});
    CHECK(p.kt_limit == 65535);
    CHECK(p.nouaf);
    CHECK(p.directory == "/srv");
    REQUIRE(p.environment.size() == 3);
    CHECK(p.environment[0].second == "x, y");
    CHECK(p.environment[1].second == "q");
    CHECK(p.environment[2].second == "plain");
    CHECK(p.umask == 027u);
    CHECK(p.stopsignal == "USR1");
    CHECK(p.stopasgroup);
    CHECK(p.killasgroup);  // forced by stopasgroup
    CHECK(p.priority == 3);
    CHECK(p.user == "svc");
    CHECK(p.image == "/bin/q");

    Config bad = load_text(kServer + "[program:p]\ncommand=/bin/p 'oops\nautostart=maybe\nautorestart=sometimes\n"
                           "baspri=32\nkt_limit=0\nquotas=NOFILES=5\nprivileges=TMPMBX,SYSPRIV\nenvironment=A\n"
                           "umask=089\nstopsignal=STOP\nexitcodes=odd,x\nstdout_logfile_maxbytes=50XB\n"
                           "stdout_file=/a\nstdout_logfile=/b\n");
    std::vector<std::string> want{
        "sv.conf:4: error: [program:p] command: unclosed single quote: '/bin/p 'oops'",
        "sv.conf:5: error: [program:p] autostart: not a boolean: 'maybe' (true or false)",
        "sv.conf:6: error: [program:p] autorestart: not one of true, false, unexpected: 'sometimes'",
        "sv.conf:7: error: [program:p] baspri: out of range 0..31: '32'",
        "sv.conf:8: error: [program:p] kt_limit: out of range 1..65535: '0'",
        "sv.conf:9: error: [program:p] quotas: unknown quota 'NOFILES' (did you mean 'NOFILE'?)",
        "sv.conf:10: error: [program:p] privileges: unknown privilege 'SYSPRIV' (did you mean 'SYSPRV'?)",
        "sv.conf:11: error: [program:p] environment: not KEY=value: 'A'",
        "sv.conf:12: error: [program:p] umask: not an octal mode: '089'",
        "sv.conf:13: error: [program:p] stopsignal: not a stop signal: 'STOP' (TERM, HUP, INT, QUIT, KILL, USR1 or USR2)",
        "sv.conf:14: error: [program:p] exitcodes: not an exit code: 'x' (decimal, %X hexadecimal or 'odd')",
        "sv.conf:15: error: [program:p] stdout_logfile_maxbytes: not a byte size: '50XB' (a number, optionally followed by KB, MB or GB)",
        "sv.conf:17: error: [program:p] stdout_logfile: same as 'stdout_file', which is also given",
    };
    for (const auto& w : want) CHECK_MESSAGE(has_diag(bad, w), w);
    CHECK(bad.diagnostics.size() == want.size());
}

TEST_CASE("a missing command, and supervisor keys accepted with a warning") {
    Config c = load_text(kServer + "[program:p]\nstartsecs=1\n");
    CHECK(has_diag(c, "sv.conf:3: error: [program:p] command: required key is missing"));
    Config w = load_text(kServer + "[program:p]\ncommand=p\nstdout_logfile_maxbytes=50MB\nstderr_logfile_backups=10\n"
                         "stdout_events_enabled=true\nserverurl=AUTO\nstdout_syslog=false\n");
    CHECK(w.ok());
    CHECK(count_warnings(w) == 4);   // serverurl is served (SUPERVISOR_SERVER_URL)
    CHECK(has_diag(w, "sv.conf:5: warning: [program:p] stdout_logfile_maxbytes: accepted but ignored"));
    Config e = load_text(kServer + "[program:p]\ncommand=\"\"\"\"\n");
    CHECK(has_diag(e, "[program:p] command: empty command"));
}

TEST_CASE("OpenVMS platform: defaults, meaningless keys, process names") {
    Config c = load_text("[supervisord]\n[program:batch]\nuser=SYSTEM\ncommand=DKA0:[APP]RUN.COM\n"
                         "umask=022\nstopasgroup=true\nexitcodes=%X10000001,odd\n"
                         "[program:dflt]\nuser=SYSTEM\n",
                         Platform::vms);
    REQUIRE(ok_or_dump(c));
    const ProgramSpec* b = c.find("batch");
    REQUIRE(b);
    CHECK(b->image == "LOGINOUT.EXE");
    CHECK(b->argv == std::vector<std::string>{"DKA0:[APP]RUN.COM"});
    CHECK(b->stdout_file == "NLA0:");
    CHECK_FALSE(b->umask.has_value());
    CHECK_FALSE(b->stopasgroup);
    CHECK(b->exitcodes.masked);
    CHECK(b->exitcodes.any_odd);
    CHECK(b->exitcodes.codes == std::vector<int64_t>{0x10000001});
    const ProgramSpec* d = c.find("dflt");
    REQUIRE(d);
    CHECK(d->command == "NLA0:");
    CHECK(d->exitcodes.any_odd);
    CHECK(d->exitcodes.masked);
    CHECK(d->exitcodes.codes.empty());
    CHECK(c.server.stdout_file == "NLA0:");
    CHECK(count_warnings(c) == 2);
    CHECK(has_diag(c, "sv.conf:5: warning: [program:batch] umask: has no meaning on OpenVMS"));

    Config bad = load_text("[supervisord]\n[program:averyveryverylongname]\ncommand=x\n", Platform::vms);
    CHECK(has_diag(bad, "[program:averyveryverylongname] user: required on OpenVMS"));
    CHECK(has_diag(bad, "longer than an OpenVMS process name (15)"));
    Config posix = load_text("[supervisord]\ncommand=@SUPERVISORD.COM\n");
    CHECK(has_diag(posix, "sv.conf:2: warning: [supervisord] command: has no meaning on Linux"));
}

TEST_CASE("[supervisord] keys") {
    Config c = load_text("[supervisord]\nnodaemon=true\nuser=root\nlogfile=logs/sv.log\nloglevel=critical\n"
                         "table=/var/lib/sv\nmailbox=/run/sv.sock\npassword=s3cret\nmailbox_mode=0660\n"
                         "mailbox_owner=op:ops\nmailbox_size=512\nstdout_file=NONE\npidfile=/run/sv.pid\n"
                         "minfds=1024\nchildlogdir=/tmp\nenvironment=A=1\n");
    REQUIRE(ok_or_dump(c));
    CHECK(c.server.nodaemon);
    CHECK(c.server.user == "root");
    CHECK(c.server.logfile == "/etc/sv/logs/sv.log");
    CHECK(c.server.loglevel == "error");
    CHECK(c.server.table == "/var/lib/sv");
    CHECK(c.server.mailbox == "/run/sv.sock");
    CHECK(c.server.password == "s3cret");
    CHECK(c.server.mailbox_mode == 0660u);
    CHECK(c.server.mailbox_owner == "op:ops");
    CHECK(c.server.mailbox_size == 512);
    CHECK(c.server.stdout_file == "/dev/null");
    CHECK(c.server.pidfile == "/run/sv.pid");
    CHECK(c.server.childlogdir == "/tmp");
    CHECK(c.server.environment == std::vector<std::pair<std::string, std::string>>{{"A", "1"}});
    CHECK(count_warnings(c) == 1);   // minfds
    CHECK(load_text("[supervisord]\nloglevel=blather\n").server.loglevel == "debug");
    CHECK(load_text("[supervisord]\nloglevel=WARNING\n").server.loglevel == "warn");

    Config bad = load_text("[supervisord]\nmailbox_size=70000\nmailbox_mode=rw\nnodaemon=2\nlogfle=x\nminfds=-1\n");
    CHECK(has_diag(bad, "sv.conf:2: error: [supervisord] mailbox_size: out of range 512..65535: '70000'"));
    CHECK(has_diag(bad, "sv.conf:3: error: [supervisord] mailbox_mode: not an octal mode: 'rw'"));
    CHECK(has_diag(bad, "sv.conf:4: error: [supervisord] nodaemon: not a boolean"));
    CHECK(has_diag(bad, "sv.conf:5: error: [supervisord] logfle: unknown key 'logfle' (did you mean 'logfile'?)"));
    CHECK(has_diag(bad, "sv.conf:6: error: [supervisord] minfds: out of range"));
    Config none = load_text("[program:a]\ncommand=a\n");
    CHECK(has_diag(none, "/etc/sv/sv.conf: error: no [supervisord] section"));
}

TEST_CASE("duplicate sections and process names") {
    MemFiles fs;
    fs.files["/m.conf"] = kServer + "[program:a]\ncommand=a\n[include]\nfiles=x.conf\n";
    fs.files["/x.conf"] = "[program:a]\ncommand=b\n[program:b]\ncommand=b\nprocess_name=a\n"
                          "[group:g]\nprograms=c,d\n[program:c]\ncommand=c\nprocess_name=x\n"
                          "[program:d]\ncommand=d\nprocess_name=x\n";
    Config c = load_config("/m.conf", fs, {});
    CHECK(has_diag(c, "/x.conf:1: error: [program:a] section also defined at /m.conf:3"));
    // A process is group:name: b's process "a" is b:a, a's is a.
    CHECK(c.find("b:a") != nullptr);
    CHECK(c.find("a")->program_name == "a");
    // Two programs of one group with one process name are the same process.
    CHECK(has_diag(c, "/x.conf:11: error: [program:d] process 'g:x' is also defined by [program:c]"));
    CHECK(c.programs.size() == 3);
}

TEST_CASE("the same process name in two programs: group:name tells them apart (on OpenVMS, an error)") {
    std::string text = kServer + "[group:a]\nprograms=one\n[group:b]\nprograms=two\n"
                                 "[program:one]\ncommand=one\nprocess_name=worker\n"
                                 "[program:two]\ncommand=two\nprocess_name=worker\n"
                                 "[program:worker]\ncommand=three\n";
    Config c = load_text(text);
    REQUIRE(ok_or_dump(c));
    REQUIRE(c.programs.size() == 3);
    CHECK(c.find("a:worker")->program_name == "one");
    CHECK(c.find("b:worker")->program_name == "two");
    CHECK(c.find("worker")->program_name == "worker");   // its group is its own name
    for (const auto& p : c.programs) CHECK(p.process_name == "worker");
    CHECK(c.find("a:worker")->fingerprint() != c.find("b:worker")->fingerprint());
    Config v = load_text("[supervisord]\n[group:a]\nprograms=one\n[program:one]\ncommand=x.com\nuser=S\n"
                         "process_name=worker\n[program:worker]\ncommand=y.com\nuser=S\n",
                         Platform::vms);
    CHECK(has_diag(v, "process name 'worker' is also used by [program:"));
}

TEST_CASE("Diagnostic::format") {
    CHECK(Diagnostic{"a.conf", 7, "program:web/startsecs", "not an integer: 'abc'", false}.format() ==
          "a.conf:7: error: [program:web] startsecs: not an integer: 'abc'");
    CHECK(Diagnostic{"a.conf", 3, "unix_http_server", "ignored", true}.format() ==
          "a.conf:3: warning: [unix_http_server] ignored");
    CHECK(Diagnostic{"a.conf", 0, "", "cannot read", false}.format() == "a.conf: error: cannot read");
}

TEST_CASE("split_command splits like a shell, without expansion") {
    std::string err;
    CHECK(split_command("  a  b\tc ", &err) == std::vector<std::string>{"a", "b", "c"});
    CHECK(err.empty());
    CHECK(split_command("sh -c 'echo $HOME; exit 1'", &err) == std::vector<std::string>{"sh", "-c", "echo $HOME; exit 1"});
    CHECK(split_command("say \"a \\\"quoted\\\" \\n word\"", &err) ==
          std::vector<std::string>{"say", "a \"quoted\" \\n word"});
    CHECK(split_command("a\\ b c\\\\d ''", &err) == std::vector<std::string>{"a b", "c\\d", ""});
    CHECK(split_command("x'y'\"z\"", &err) == std::vector<std::string>{"xyz"});
    CHECK(split_command("", &err).empty());
    CHECK(split_command("echo 'open", &err).empty());
    CHECK(err == "unclosed single quote");
    CHECK(split_command("echo \"open", &err).empty());
    CHECK(err == "unclosed double quote");
}

TEST_CASE("fingerprint: stable, and only start-relevant fields count") {
    ProgramSpec a;
    a.name = a.process_name = a.program_name = a.group_name = "web";
    a.argv = {"/usr/bin/web", "-p", "80"};
    a.stdout_file = a.stderr_file = "/dev/null";
    // Pinned: the value is recorded in state tables, so it must not drift.
    CHECK(a.fingerprint() == 0x34e1fb7368739950ull);
    ProgramSpec b = a;
    b.startsecs = 99;
    b.autorestart = AutoRestart::always;
    b.priority = 1;
    b.source_line = 42;
    b.stopsignal = "INT";
    CHECK(b.fingerprint() == a.fingerprint());
    for (int i = 0; i < 6; ++i) {
        ProgramSpec c = a;
        if (i == 0) c.argv = {"/usr/bin/web", "-p80"};
        if (i == 1) c.environment = {{"A", "1"}};
        if (i == 2) c.umask = 022;
        if (i == 3) c.quotas = {{"NOFILE", 10}};
        if (i == 4) c.user = "www";
        if (i == 5) c.directory = "/srv";
        CHECK_MESSAGE(c.fingerprint() != a.fingerprint(), i);
    }
}

TEST_CASE("describe_config: one block per process, every resolved key") {
    MemFiles fs;
    fs.files["/demo/describe.conf"] = slurp(golden("describe.conf"));
    Config c = load_config("/demo/describe.conf", fs, {});
    REQUIRE(ok_or_dump(c));
    std::string want = slurp(golden("describe.txt"));
    std::string got = describe_config(c);
    if (got != want) MESSAGE("describe_config gave:\n" << got);
    CHECK(got == want);
}

TEST_CASE("value syntax: expansion, byte sizes, environment, hints") {
    std::string why;
    std::map<std::string, std::string> vars{{"n", "7"}, {"neg", "-3"}, {"name", "web"}};
    CHECK(cfg::expand("%(n)03d|%(n)-3s|%(n)3d|%(neg)04d|%(name)s|%%(n)s", vars, &why) == "007|7  |  7|-003|web|%(n)s");
    CHECK_FALSE(cfg::expand("%(name)d", vars, &why));
    CHECK(why == "%(..)d needs a number, got 'web'");
    CHECK_FALSE(cfg::expand("%(n)q", vars, &why));
    CHECK_FALSE(cfg::expand("tail %(n", vars, &why));
    CHECK_FALSE(cfg::expand("100%", vars, &why));
    CHECK(cfg::parse_bytes("0", &why) == 0u);
    CHECK(cfg::parse_bytes("50MB", &why) == 50u * 1024 * 1024);
    CHECK(cfg::parse_bytes("2gb", &why) == 2ull * 1024 * 1024 * 1024);
    CHECK(cfg::parse_bytes("3 KB", &why) == 3072u);
    CHECK_FALSE(cfg::parse_bytes("-1", &why));
    CHECK_FALSE(cfg::parse_bytes("99999999999999999999", &why));
    CHECK_FALSE(cfg::parse_bytes("KB", &why));
    auto env = cfg::parse_environment(" A = \"a \\\"b\\\" c\" , B=,C='x=y'", &why);
    REQUIRE(env);
    CHECK(*env == std::vector<std::pair<std::string, std::string>>{{"A", "a \"b\" c"}, {"B", ""}, {"C", "x=y"}});
    CHECK_FALSE(cfg::parse_environment("A=\"open", &why));
    CHECK(why == "unclosed quote in the value of A");
    CHECK_FALSE(cfg::parse_environment("A=\"x\" y", &why));
    CHECK(cfg::edit_distance("kitten", "sitting") == 3);
    CHECK(cfg::closest("stopsingal", cfg::program_key_names()) == "stopsignal");
    CHECK(cfg::closest("zzzzzz", cfg::program_key_names()).empty());
    CHECK(cfg::parse_int("99999999999999999999", 0, 10, &why) == std::nullopt);
    CHECK(cfg::parse_octal("0777", 0777, &why) == 0777u);
    CHECK_FALSE(cfg::parse_octal("1000", 0777, &why));
}

TEST_CASE("the INI reader keeps a line for every section and key") {
    cfg::ptree tree;
    std::vector<cfg::IniError> errors;
    cfg::parse_ini("\xEF\xBB\xBF[a]\r\nKey.With.Dots : v1 \r\n\n[b:c]\nx=1\n  2\n", &tree, &errors);
    CHECK(errors.empty());
    REQUIRE(tree.size() == 2);
    auto it = tree.begin();
    CHECK(it->first == "a");
    CHECK(cfg::section_line(it->second) == 1);
    REQUIRE(it->second.size() == 1);
    CHECK(it->second.begin()->first == "key.with.dots");
    CHECK(it->second.begin()->second.data() == "v1");
    CHECK(cfg::key_line(it->second.begin()->second) == 2);
    ++it;
    CHECK(it->first == "b:c");
    CHECK(cfg::section_line(it->second) == 4);
    CHECK(it->second.begin()->second.data() == "1\n2");
    CHECK(cfg::key_line(it->second.begin()->second) == 5);
}

TEST_CASE("100 errors are all listed; warnings are capped on their own") {
    std::string text = kServer + "[program:web]\ncommand=/bin/true\n";
    for (int i = 0; i < 100; ++i) text += "not ini " + std::to_string(i) + "\n";
    Config c = load_text(text);
    CHECK(c.error_count == 100);
    CHECK(c.diagnostics.size() == 100);
    std::string many = kServer;
    for (int i = 0; i < 150; ++i) many += "[ctlplugin:p" + std::to_string(i) + "]\n";
    Config w = load_text(many);
    CHECK(w.ok());
    CHECK(w.warning_count == 150);
    REQUIRE(w.diagnostics.size() == 101);
    CHECK(w.diagnostics.back().format() == "/etc/sv/sv.conf: warning: ... and 50 more warnings");
}

}  // TEST_SUITE
