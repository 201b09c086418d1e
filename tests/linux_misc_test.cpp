// The small Linux ports: the system clock, the log file, file access.
#include <doctest/doctest.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <unistd.h>

#include "os/clock.h"
#include "os/linux/auto_log.h"
#include "os/file_access.h"
#include "os/log_sink.h"
#include "os/process.h"

namespace {
namespace fs = std::filesystem;

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/sv_misc_XXXXXX";
        REQUIRE(::mkdtemp(tmpl) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}
}  // namespace

TEST_SUITE("linux_misc") {

TEST_CASE("the system clock: monotonic milliseconds and Unix seconds") {
    auto c = sv::os::make_system_clock();
    int64_t a = c->monotonic_ms();
    int64_t b = c->monotonic_ms();
    CHECK(a >= 0);
    CHECK(b >= a);
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    CHECK(ts.tv_sec * 1000 + ts.tv_nsec / 1000000 >= b);
    int64_t wall = c->wall_seconds();
    int64_t now = static_cast<int64_t>(std::time(nullptr));
    CHECK(wall <= now);
    CHECK(wall >= now - 1);
}

TEST_CASE("log lines: timestamp with milliseconds, level, text; appended; filtered") {
    TempDir t;
    std::string path = t.path + "/sv.log";
    std::ofstream(path) << "earlier line\n";
    std::string err;
    {
        auto log = sv::os::open_log(path, sv::os::LogLevel::info, &err);
        REQUIRE(log);
        log->write(sv::os::LogLevel::debug, "not shown");
        log->write(sv::os::LogLevel::info, "spawned: 'web' with pid 42");
        log->write(sv::os::LogLevel::warn, "careful");
        log->write(sv::os::LogLevel::error, "two\nlines");
    }
    auto lines = lines_of(slurp(path));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "earlier line");
    std::regex stamp(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} )");
    CHECK(std::regex_search(lines[1], stamp));
    CHECK(lines[1].substr(24) == "INFO spawned: 'web' with pid 42");
    CHECK(lines[2].substr(24) == "WARN careful");
    CHECK(lines[3].substr(24) == "ERRO two");
    CHECK(lines[4] == "    lines");   // a continuation can never pass for a line of its own

    char today[16];
    time_t now = std::time(nullptr);
    tm local{};
    ::localtime_r(&now, &local);
    std::strftime(today, sizeof today, "%Y-%m-%d", &local);
    CHECK(lines[1].substr(0, 4) == std::string(today).substr(0, 4));

    auto debug = sv::os::open_log(path, sv::os::LogLevel::debug, &err);
    REQUIRE(debug);
    debug->write(sv::os::LogLevel::debug, "now shown");
    lines = lines_of(slurp(path));
    REQUIRE(lines.size() == 6);
    CHECK(lines[5].substr(24) == "DEBG now shown");
}

TEST_CASE("a log that cannot be opened is an error; '-' is standard error") {
    std::string err;
    CHECK(!sv::os::open_log("/nonexistent-dir/x/sv.log", sv::os::LogLevel::info, &err));
    CHECK(err == "No such file or directory");
    auto log = sv::os::open_log("-", sv::os::LogLevel::error, &err);
    REQUIRE(log);
    log->write(sv::os::LogLevel::info, "filtered, so nothing reaches stderr");
}

TEST_CASE("file access: whole files, errors in the system's words") {
    TempDir t;
    auto fa = sv::os::make_file_access();
    std::string big(100000, 'x');
    big += "\nend\n";
    std::ofstream(t.path + "/a.conf") << big;
    std::string err;
    auto text = fa->read(t.path + "/a.conf", &err);
    REQUIRE(text);
    CHECK(*text == big);
    std::ofstream(t.path + "/empty.conf");
    text = fa->read(t.path + "/empty.conf", &err);
    REQUIRE(text);
    CHECK(text->empty());
    CHECK(!fa->read(t.path + "/missing.conf", &err));
    CHECK(err == "No such file or directory");
    CHECK(!fa->read(t.path, &err));
    CHECK(err == "Is a directory");
}

TEST_CASE("file access: wildcards expand to sorted files only") {
    TempDir t;
    auto fa = sv::os::make_file_access();
    for (const char* n : {"b.conf", "a.conf", "c.ini", "B.conf"}) std::ofstream(t.path + "/" + n) << n;
    fs::create_directory(t.path + "/d.conf");
    auto all = fa->expand(t.path + "/*.conf");
    std::vector<std::string> want = {t.path + "/B.conf", t.path + "/a.conf", t.path + "/b.conf"};
    CHECK(all == want);
    CHECK(fa->expand(t.path + "/c.ini") == std::vector<std::string>{t.path + "/c.ini"});
    CHECK(fa->expand(t.path + "/none*.conf").empty());
    CHECK(fa->expand(t.path + "/missing.conf").empty());
}

TEST_CASE("file access: directory_of and resolve") {
    auto fa = sv::os::make_file_access();
    CHECK(fa->directory_of("/etc/sv/a.conf") == "/etc/sv");
    CHECK(fa->directory_of("a.conf") == ".");
    CHECK(fa->directory_of("/a.conf") == "/");
    CHECK(fa->directory_of("conf.d//a.conf") == "conf.d");
    CHECK(fa->directory_of("") == ".");

    CHECK(fa->resolve("/etc/sv/a.conf", "conf.d/*.ini") == "/etc/sv/conf.d/*.ini");
    CHECK(fa->resolve("/etc/sv/a.conf", "/abs/x.ini") == "/abs/x.ini");
    CHECK(fa->resolve("a.conf", "x.ini") == "x.ini");
    CHECK(fa->resolve("rel/a.conf", "x.ini") == "rel/x.ini");
    CHECK(fa->resolve("/a.conf", "x.ini") == "/x.ini");
}

}  // TEST_SUITE

TEST_CASE("AUTO file names: supervisor's pattern, and only this identifier's are cleared") {
    using sv::os::autolog::is_auto_name;
    CHECK(is_auto_name("web-stdout---supervisor-ab_3xyz9.log", "supervisor"));
    CHECK(is_auto_name("web-stderr---supervisor-ab_3xyz9.log.1", "supervisor"));
    CHECK_FALSE(is_auto_name("---supervisor-ab_3xyz9.log", "supervisor"));     // nothing before
    CHECK_FALSE(is_auto_name("web-stdout---supervisor-.log", "supervisor"));   // nothing random
    CHECK_FALSE(is_auto_name("web-stdout---supervisor-a b.log", "supervisor"));
    CHECK_FALSE(is_auto_name("web-stdout---other-ab_3xyz9.log", "supervisor"));
    CHECK_FALSE(is_auto_name("web.log", "supervisor"));
    TempDir d;
    for (const char* f : {"a-stdout---id-11111111.log", "b-stdout---id-22222222.log", "c-stdout---x-33333333.log", "d.log"})
        std::ofstream(d.path + "/" + f) << "x";
    CHECK(sv::os::autolog::clear(d.path, "id", {d.path + "/b-stdout---id-22222222.log"}) == 1);
    CHECK_FALSE(fs::exists(d.path + "/a-stdout---id-11111111.log"));
    CHECK(fs::exists(d.path + "/b-stdout---id-22222222.log"));
    CHECK(fs::exists(d.path + "/c-stdout---x-33333333.log"));
    CHECK(fs::exists(d.path + "/d.log"));
}

TEST_CASE("AUTO files some process holds open are not cleared (another server's programs write there)") {
    TempDir d;
    std::string held = d.path + "/a-stdout---id-11111111.log";
    std::string loose = d.path + "/b-stdout---id-22222222.log";
    std::ofstream(loose) << "x";
    std::ofstream keep_open(held);   // this process writes there
    keep_open << "x" << std::flush;
    CHECK(sv::os::autolog::clear(d.path, "id", {}) == 1);
    CHECK(fs::exists(held));
    CHECK_FALSE(fs::exists(loose));
}

// os::default_config_path: supervisor's search list, the first readable of
// supervisord.conf (in the working directory), /etc/supervisord.conf,
// /etc/supervisor/supervisord.conf; the first when none is.
TEST_CASE("the configuration used when none is named: supervisor's search list") {
    TempDir d;
    const fs::path was = fs::current_path();
    fs::current_path(d.path);
    std::string in_empty = sv::os::default_config_path();
    std::ofstream(d.path + "/supervisord.conf") << "[supervisord]\n";
    std::string with_local = sv::os::default_config_path();
    fs::current_path(was);
    CHECK(with_local == "supervisord.conf");
    std::string want = ::access("/etc/supervisord.conf", R_OK) == 0                ? "/etc/supervisord.conf"
                       : ::access("/etc/supervisor/supervisord.conf", R_OK) == 0 ? "/etc/supervisor/supervisord.conf"
                                                                                  : "supervisord.conf";
    CHECK(in_empty == want);
}
