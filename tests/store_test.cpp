// The Linux state-table directory: entries, key encoding, the lock.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

#include "os/store.h"

namespace {
namespace fs = std::filesystem;

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/sv_store_XXXXXX";
        REQUIRE(::mkdtemp(tmpl) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::vector<uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }

std::map<std::string, std::string> entries(sv::os::Store& st) {
    std::map<std::string, std::string> out;
    for (const auto& [k, v] : st.read_all()) out[k] = std::string(v.begin(), v.end());
    return out;
}
}  // namespace

TEST_SUITE("store") {

TEST_CASE("entries are written, read back, replaced and removed") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path + "/table", &err);
    REQUIRE(st);
    CHECK(st->location() == t.path + "/table");
    struct stat sb{};
    REQUIRE(::stat((t.path + "/table").c_str(), &sb) == 0);
    CHECK((sb.st_mode & 0777) == 0700);
    CHECK(st->read_all().empty());

    REQUIRE(st->write("p:web", bytes("one"), &err));
    REQUIRE(st->write("s:server", bytes(std::string("\0\1\2", 3)), &err));
    auto e = entries(*st);
    CHECK(e.size() == 2);
    CHECK(e["p:web"] == "one");
    CHECK(e["s:server"] == std::string("\0\1\2", 3));

    REQUIRE(st->write("p:web", bytes("two"), &err));
    CHECK(entries(*st)["p:web"] == "two");

    CHECK(st->remove("p:web"));
    CHECK(st->remove("p:web"));   // already gone: nothing left to remove
    e = entries(*st);
    CHECK(e.size() == 1);
    CHECK(e.count("s:server") == 1);

    // A second store on the same directory sees the same entries.
    auto again = sv::os::open_store(t.path + "/table/", &err);
    REQUIRE(again);
    CHECK(entries(*again).count("s:server") == 1);
}

TEST_CASE("keys are encoded into safe file names and decoded back") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    REQUIRE(st->write("p:web", bytes("a"), &err));
    CHECK(fs::exists(t.path + "/p%3Aweb"));

    const std::vector<std::string> keys = {"lock", "..", ".", "a/b", "x.tmp.1", "p:name with space",
                                           std::string("nul\0byte", 8), "\xff\xfe", "%41"};
    for (const auto& k : keys) REQUIRE(st->write(k, bytes("v:" + k), &err));
    auto e = entries(*st);
    CHECK(e.size() == keys.size() + 1);
    for (const auto& k : keys) CHECK(e[k] == "v:" + k);
    CHECK(fs::exists(t.path + "/%6Cock"));
    CHECK(!fs::exists(t.path + "/lock"));
    for (const auto& d : fs::directory_iterator(t.path)) {
        std::string name = d.path().filename().string();
        CHECK(name.find('/') == std::string::npos);
        CHECK(name.find('.') == std::string::npos);
    }
    CHECK(!st->write("", bytes("x"), &err));
}

TEST_CASE("temporary files and foreign names are not entries; the lock holder clears stale ones") {
    TempDir t;
    std::string err;
    auto st = sv::os::open_store(t.path, &err);
    REQUIRE(st);
    REQUIRE(st->write("p:a", bytes("a"), &err));
    std::ofstream(t.path + "/p%3Ab.tmp.999999") << "half";
    std::ofstream(t.path + "/bad%G1") << "x";
    fs::create_directory(t.path + "/subdir");
    auto e = entries(*st);
    CHECK(e.size() == 1);
    CHECK(e.count("p:a") == 1);
    CHECK(fs::exists(t.path + "/p%3Ab.tmp.999999"));   // not ours to remove without the lock
    REQUIRE(st->lock(&err));
    CHECK(entries(*st).size() == 1);
    CHECK(!fs::exists(t.path + "/p%3Ab.tmp.999999"));
}

TEST_CASE("the lock is exclusive, names its holder and ends with the store") {
    TempDir t;
    std::string err;
    auto first = sv::os::open_store(t.path, &err);
    auto second = sv::os::open_store(t.path, &err);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(first->lock(&err));
    CHECK(first->lock(&err));   // taking it again is harmless

    std::string why;
    CHECK(!second->lock(&why));
    CHECK(why == "table " + t.path + " is locked by process " + std::to_string(::getpid()));

    first.reset();
    CHECK(second->lock(&why));
    std::ifstream in(t.path + "/lock");
    std::string pid;
    in >> pid;
    CHECK(pid == std::to_string(::getpid()));
    CHECK(second->read_all().empty());   // the lock file is not an entry
}

TEST_CASE("a table directory others can write to, or that is not a directory, is refused") {
    TempDir t;
    std::string err;
    REQUIRE(::chmod(t.path.c_str(), 0777) == 0);
    CHECK(!sv::os::open_store(t.path, &err));
    CHECK(err.find("writable by every user") != std::string::npos);
    REQUIRE(::chmod(t.path.c_str(), 0750) == 0);
    CHECK(sv::os::open_store(t.path, &err));   // an existing directory keeps its mode

    if (::geteuid() == 0) {   // only root can give a directory away
        REQUIRE(::chown(t.path.c_str(), 65534, 65534) == 0);
        err.clear();
        CHECK(!sv::os::open_store(t.path, &err));
        CHECK(err.find("belongs to another user (uid 65534)") != std::string::npos);
        REQUIRE(::chown(t.path.c_str(), 0, 0) == 0);
    }

    std::ofstream(t.path + "/file") << "x";
    REQUIRE(::chmod(t.path.c_str(), 0700) == 0);
    err.clear();
    CHECK(!sv::os::open_store(t.path + "/file", &err));
    CHECK(!err.empty());
}

}  // TEST_SUITE
