// Configuration under hostile input: huge files, many errors, NUL bytes,
// names that are not UTF-8 or too long, expansions past their bounds.
#include "config_rig.h"

using namespace sv;
using namespace sv::cfgtest;

TEST_SUITE("config") {

TEST_CASE("40,000 bad lines: the first 100 errors are listed, then one line counts the rest") {
    std::string text = kServer + "[program:web]\ncommand=/bin/true\n";
    for (int i = 0; i < 20000; ++i) text += "comand" + std::to_string(i) + " = x\nnot ini " + std::to_string(i) + "\n";
    Config c = load_text(text);
    CHECK_FALSE(c.ok());
    CHECK(c.error_count == 40000);
    CHECK(c.warning_count == 0);
    REQUIRE(c.diagnostics.size() == 101);
    CHECK(c.diagnostics[0].format().rfind("/etc/sv/sv.conf:5: error: [program:web] comand0: unknown key 'comand0'", 0) == 0);
    CHECK(c.diagnostics[99].line == 104);
    CHECK(c.diagnostics[100].format() == "/etc/sv/sv.conf: error: ... and 39900 more errors");
}

TEST_CASE("40,000 sections and a 40,000-line continuation are read (linear in the file)") {
    std::string text = kServer;
    for (int i = 0; i < 40000; ++i) text += "[nosuch" + std::to_string(i) + "]\n";
    Config c = load_text(text);
    CHECK(c.error_count == 40000);
    CHECK(c.diagnostics.size() == 101);
    std::string deep = kServer + "[program:web]\ncommand=/bin/echo\n";
    for (int i = 0; i < 40000; ++i) deep += "  w" + std::to_string(i) + "\n";
    Config d = load_text(deep);
    REQUIRE(ok_or_dump(d));
    CHECK(d.programs.at(0).argv.size() == 40001);
}

TEST_CASE("the same error of 10,000 processes is listed once and counted once") {
    Config c = load_text(kServer + "[program:web]\ncommand=/bin/true\nnumprocs=10000\nprocess_name=w%(process_num)d\nstartsecs=x\n");
    CHECK(c.error_count == 1);
    CHECK(formatted(c) == std::vector<std::string>{"/etc/sv/sv.conf:7: error: [program:web] startsecs: not an integer: 'x'"});
}

TEST_CASE("a NUL byte anywhere in the file is an error with its line") {
    Config c = load_text(kServer + "[program:a]\ncommand=/bin/echo ab" + std::string(1, '\0') + "cd\n");
    CHECK_FALSE(c.ok());
    CHECK(has_diag(c, "/etc/sv/sv.conf:4: error: a NUL byte at column 21"));
    Config k = load_text(kServer + "[program:a]\ncommand=/bin/echo\n" + std::string(1, '\0') + "\n");
    CHECK(has_diag(k, "/etc/sv/sv.conf:5: error: a NUL byte at column 1"));
    Config u = load_text(std::string("\xFF\xFE[\0s\0", 6));
    CHECK(has_diag(u, "/etc/sv/sv.conf:1: error: the file is UTF-16 text; save it as UTF-8"));
    CHECK(u.error_count == 2);  // and "no [supervisord] section"
}

TEST_CASE("program, group and process names must be UTF-8 without control characters") {
    Config ok = load_text(kServer + "[program:caf\xC3\xA9]\ncommand=x\n[group:gr\xC3\xBCn]\nprograms=caf\xC3\xA9\n");
    REQUIRE(ok_or_dump(ok));
    CHECK(ok.programs.at(0).group_name == "gr\xC3\xBCn");
    Config p = load_text(kServer + "[program:caf\xE9]\ncommand=x\n");
    CHECK(has_diag(p, "sv.conf:3: error: [program:caf\\xe9] not a valid program name: 'caf\\xe9' (not UTF-8)"));
    Config g = load_text(kServer + "[program:a]\ncommand=x\n[group:\xC0\xAF]\nprograms=a\n");
    CHECK(has_diag(g, "sv.conf:5: error: [group:\\xc0\\xaf] not a valid group name: '\\xc0\\xaf' (not UTF-8)"));
    MemFiles fs;
    fs.files["/c.conf"] = kServer + "[program:a]\ncommand=x\nprocess_name=a%(ENV_BAD)s\n";
    ConfigContext ctx;
    ctx.env = {{"BAD", "\xED\xA0\x80"}};  // an encoded surrogate
    Config e = load_config("/c.conf", fs, ctx);
    CHECK(has_diag(e, "/c.conf:5: error: [program:a] process_name: not a valid process name: 'a\\xed\\xa0\\x80' (not UTF-8)"));
    ctx.env = {{"BAD", "\x1b[31m"}};
    Config t = load_config("/c.conf", fs, ctx);
    CHECK(has_diag(t, "/c.conf:5: error: [program:a] process_name: not a valid process name: 'a\\x1b[31m' (a control character)"));
    Config d = load_text(kServer + "[program:a\x7f]\ncommand=x\n");
    CHECK(has_diag(d, "(a control character)"));
    Config c1 = load_text(kServer + "[program:a\xC2\x85]\ncommand=x\n");  // U+0085, a C1 control
    CHECK(has_diag(c1, "(a control character)"));
}

TEST_CASE("a value that expands past 1 MiB is an error, not a gigabyte") {
    std::string wide;
    for (int i = 0; i < 200; ++i) wide += "%(here)9999s";  // 2,400 bytes that would expand to 2 MB
    Config c = load_text(kServer + "[program:w]\ncommand=/bin/echo " + wide + "\n");
    CHECK(has_diag(c, "sv.conf:4: error: [program:w] command: expands to more than 1048576 bytes"));
}

TEST_CASE("numprocs times the values is bounded: 64 MiB of expanded values in all") {
    std::string wide;
    for (int i = 0; i < 10; ++i) wide += "%(here)9999s";  // 100 KB per process
    Config c = load_text(kServer + "[program:w]\ncommand=/bin/echo " + wide +
                         "\nnumprocs=1000\nprocess_name=w%(process_num)d\n");
    CHECK(has_diag(c, "sv.conf:3: error: [program:w] the values expand to more than 67108864 bytes in all"));
    CHECK(c.programs.size() < 1000);
    Config big = load_text(kServer + "[program:w]\ncommand=/bin/true\nnumprocs=10001\nprocess_name=w%(process_num)d\n");
    CHECK(has_diag(big, "sv.conf:5: error: [program:w] numprocs: out of range 1..10000: '10001'"));
}

TEST_CASE("a very long line is reported with a bounded excerpt") {
    Config c = load_text(kServer + std::string(1 << 20, 'x') + "\n");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 3);
    CHECK(c.diagnostics[0].text.size() < 600);
    CHECK(c.diagnostics[0].text.find("... (") != std::string::npos);
    Config k = load_text(kServer + "[program:a]\ncommand=/bin/true\n" + std::string(100000, 'k') + "=1\n");
    CHECK(k.diagnostics.at(0).key.size() < 600);
}

TEST_CASE("names longer than a reply can carry (255 bytes) are errors") {
    std::string n255(255, 'n');
    CHECK(ok_or_dump(load_text(kServer + "[program:" + n255 + "]\ncommand=x\n")));
    Config c = load_text(kServer + "[program:" + n255 + "n]\ncommand=x\n");
    CHECK(has_diag(c, "(longer than 255 bytes)"));
}

TEST_CASE("a group listing thousands of missing programs: every one reported, hints for the listed ones") {
    std::string text = kServer;
    for (int i = 0; i < 3000; ++i) text += "[program:prog" + std::to_string(i) + "]\ncommand=/bin/true\n";
    text += "[group:g]\nprograms=";
    for (int i = 0; i < 3000; ++i) text += "prog" + std::to_string(i) + "x,";
    Config c = load_text(text + "\n");
    CHECK(c.error_count == 3000);
    CHECK(has_diag(c, "no [program:prog0x] for this group (did you mean 'prog0'?)"));
}

}  // TEST_SUITE
