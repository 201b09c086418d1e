// supervisord's command line: where the password comes from, and that it
// does not stay in the argument strings or the environment.
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unistd.h>

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
