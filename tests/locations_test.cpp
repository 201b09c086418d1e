// Locations of the channel and the table: a function of the configuration
// alone (core/locations), and the private directory the defaults live in
// (os::private_directory, os::check_private_directory).
#include <doctest/doctest.h>

#include <climits>
#include <cstdlib>
#include <fstream>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/locations.h"
#include "os/process.h"

using namespace sv;

namespace {
struct TempDir {
    std::string dir;
    TempDir() {
        char tmpl[] = "/tmp/svloc-XXXXXX";
        dir = ::mkdtemp(tmpl);
    }
    ~TempDir() {
        std::string cmd = "rm -rf '" + dir + "'";
        if (std::system(cmd.c_str()) != 0) MESSAGE("could not remove " << dir);
    }
};

Locations resolve(const std::string& config) {
    LocationInputs in;
    std::string err;
    REQUIRE(os::canonical_path(config, &in.config_canonical, &err));
    REQUIRE(os::private_directory(in.config_canonical, false, &in.private_dir, &err));
    return derive_locations(in);
}
}  // namespace

TEST_CASE("default locations: 16 hex digits of the canonical path in the private directory") {
    LocationInputs in;
    in.config_canonical = "/etc/supervisord.conf";
    in.private_dir = "/run/supervise";
    CHECK(uses_private_directory(in));
    Locations l = derive_locations(in);
    CHECK(location_tag("/etc/supervisord.conf").size() == 16);
    CHECK(l.channel == "/run/supervise/" + location_tag("/etc/supervisord.conf") + ".sock");
    CHECK(l.table == "/run/supervise/" + location_tag("/etc/supervisord.conf") + ".table");
    CHECK(location_tag("/etc/supervisord.conf") != location_tag("/etc/other.conf"));
    CHECK(location_tag("") == "cbf29ce484222325");   // FNV-1a 64 offset basis
}

TEST_CASE("the environment overrides the configuration, which overrides the default") {
    LocationInputs in;
    in.config_canonical = "/etc/supervisord.conf";
    in.private_dir = "/run/supervise";
    in.config_channel = "/srv/cmd.sock";
    in.config_table = "/srv/table";
    CHECK_FALSE(uses_private_directory(in));
    CHECK(derive_locations(in).channel == "/srv/cmd.sock");
    CHECK(derive_locations(in).table == "/srv/table");
    in.env_channel = "/env/cmd.sock";
    in.env_table = "/env/table";
    CHECK(derive_locations(in).channel == "/env/cmd.sock");
    CHECK(derive_locations(in).table == "/env/table");
    in.config_table.clear();
    in.env_table.clear();
    CHECK(uses_private_directory(in));
}

TEST_CASE("a configuration through a symlink and by its real path has the same locations") {
    TempDir t;
    std::string real = t.dir + "/real.conf";
    std::ofstream(real) << "[supervisord]\n";
    std::string link = t.dir + "/link.conf";
    REQUIRE(::symlink(real.c_str(), link.c_str()) == 0);
    std::string dotted = t.dir + "/./sub/../real.conf";
    ::mkdir((t.dir + "/sub").c_str(), 0755);
    Locations a = resolve(real), b = resolve(link), c = resolve(dotted);
    CHECK(a.channel == b.channel);
    CHECK(a.table == b.table);
    CHECK(a.channel == c.channel);
    std::string err, canon;
    CHECK(os::canonical_path(link, &canon, &err));
    char buf[PATH_MAX];
    CHECK(canon == std::string(::realpath(real.c_str(), buf)));
    CHECK_FALSE(os::canonical_path(t.dir + "/missing.conf", &canon, &err));
    CHECK(err.find("missing.conf") != std::string::npos);
}

TEST_CASE("XDG_RUNTIME_DIR set or unset gives the same locations") {
    TempDir t;
    std::string conf = t.dir + "/s.conf";
    std::ofstream(conf) << "[supervisord]\n";
    std::string saved = os::get_env("XDG_RUNTIME_DIR");
    ::unsetenv("XDG_RUNTIME_DIR");
    Locations without = resolve(conf);
    ::setenv("XDG_RUNTIME_DIR", t.dir.c_str(), 1);
    Locations with = resolve(conf);
    if (saved.empty()) ::unsetenv("XDG_RUNTIME_DIR");
    else ::setenv("XDG_RUNTIME_DIR", saved.c_str(), 1);
    CHECK(without.channel == with.channel);
    CHECK(without.table == with.table);
    CHECK(with.channel.find(t.dir) == std::string::npos);
}

TEST_CASE("the private directory is chosen by the configuration's owner and made 0700") {
    TempDir t;
    std::string conf = t.dir + "/s.conf";
    std::ofstream(conf) << "[supervisord]\n";
    std::string dir, err;
    REQUIRE(os::private_directory(conf, true, &dir, &err));
    CHECK(dir == (::geteuid() == 0 ? std::string("/run/supervise") : "/tmp/supervise-" + std::to_string(::geteuid())));
    struct stat st {};
    REQUIRE(::lstat(dir.c_str(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));
    CHECK((st.st_mode & 077) == 0);
    struct passwd* nobody = ::getpwnam("nobody");
    if (::geteuid() != 0 || !nobody) return;
    // Root runs the server of another user's configuration: that user's directory.
    REQUIRE(::chown(conf.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
    std::string theirs = "/tmp/supervise-" + std::to_string(nobody->pw_uid);
    struct stat before {};
    bool existed = ::lstat(theirs.c_str(), &before) == 0;
    REQUIRE_MESSAGE(os::private_directory(conf, true, &dir, &err), err);
    CHECK(dir == theirs);
    REQUIRE(::lstat(dir.c_str(), &st) == 0);
    if (!existed) {
        CHECK(st.st_uid == nobody->pw_uid);
        ::rmdir(theirs.c_str());
    }
}

TEST_CASE("a hostile private directory is refused with a message naming it and what is wrong") {
    TempDir t;
    std::string conf = t.dir + "/s.conf";
    std::ofstream(conf) << "[supervisord]\n";
    std::string dir = t.dir + "/priv";
    std::string err;
    REQUIRE(::mkdir(dir.c_str(), 0700) == 0);
    CHECK_MESSAGE(os::check_private_directory(dir, conf, &err), err);

    REQUIRE(::chmod(dir.c_str(), 0777) == 0);
    CHECK_FALSE(os::check_private_directory(dir, conf, &err));
    CHECK(err.find(dir) != std::string::npos);
    CHECK(err.find("0777") != std::string::npos);
    REQUIRE(::chmod(dir.c_str(), 0750) == 0);
    CHECK_FALSE(os::check_private_directory(dir, conf, &err));
    REQUIRE(::chmod(dir.c_str(), 0700) == 0);

    std::string link = t.dir + "/link";
    REQUIRE(::symlink(dir.c_str(), link.c_str()) == 0);
    CHECK_FALSE(os::check_private_directory(link, conf, &err));
    CHECK(err.find(link) != std::string::npos);
    CHECK(err.find("symbolic link") != std::string::npos);

    std::string file = t.dir + "/file";
    std::ofstream(file) << "x";
    ::chmod(file.c_str(), 0600);
    CHECK_FALSE(os::check_private_directory(file, conf, &err));
    CHECK(err.find("not a directory") != std::string::npos);

    struct passwd* nobody = ::getpwnam("nobody");
    if (::geteuid() != 0 || !nobody) {
        MESSAGE("the other-owner case needs root and user nobody");
        return;
    }
    REQUIRE(::chown(dir.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
    CHECK_FALSE(os::check_private_directory(dir, conf, &err));
    CHECK(err.find(dir) != std::string::npos);
    CHECK(err.find("owned by uid " + std::to_string(nobody->pw_uid)) != std::string::npos);
    // The configuration's owner's own directory is fine; so is one of root.
    REQUIRE(::chown(conf.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
    CHECK_MESSAGE(os::check_private_directory(dir, conf, &err), err);
    REQUIRE(::chown(dir.c_str(), 0, 0) == 0);
    CHECK_MESSAGE(os::check_private_directory(dir, conf, &err), err);
}
