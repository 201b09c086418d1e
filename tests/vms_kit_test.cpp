// The OpenVMS kit's configuration template (kit/vms/supervisord.conf) is
// OpenVMS configuration the server accepts, without an error or a warning,
// its example program included, and it names the command mailbox and the
// state table as SUPERVISE$STARTUP.COM's logical names SUPERVISORD_CMD and
// SUPERVISORD_TABLE do, and the account and procedure the startup uses.
// (The build files and the rest of the kit: tests/vmsbuild/check.py.)
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "core/config.h"
#include "fakes/server_harness.h"

namespace {

std::string read_file(const std::string& rel) {
    std::ifstream in(std::string(SV_SOURCE_DIR) + "/" + rel, std::ios::binary);
    REQUIRE_MESSAGE(in, rel);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

sv::Config load_vms(const std::string& text) {
    sv::test::OneFile files(text);
    sv::ConfigContext ctx;
    ctx.platform = sv::Platform::vms;
    ctx.host_node_name = "NODE1";
    return sv::load_config(sv::test::kConfigPath, files, ctx);
}

std::string diagnostics(const sv::Config& c) {
    std::string out;
    for (const auto& d : c.diagnostics) out += d.format() + "\n";
    return out;
}

// What SUPERVISE$STARTUP.COM gives `symbol` or defines `logical` as.
std::string startup_value(const std::string& pattern) {
    static const std::string startup = read_file("kit/vms/supervise$startup.com");
    std::smatch m;
    REQUIRE_MESSAGE(std::regex_search(startup, m, std::regex(pattern, std::regex::icase)), pattern);
    return m[1];
}

}  // namespace

TEST_SUITE("vms_kit") {

TEST_CASE("the kit's supervisord.conf loads as OpenVMS configuration, without error or warning") {
    std::string text = read_file("kit/vms/supervisord.conf");
    auto cfg = load_vms(text);
    INFO(diagnostics(cfg));
    CHECK(cfg.ok());
    CHECK(cfg.warning_count == 0);
    CHECK(cfg.programs.empty());   // the example is commented out

    // The logical names of the startup procedure name the same places, so
    // the server and a client that cannot read the file agree.
    CHECK(cfg.server.mailbox == startup_value(R"re(define/system/executive_mode/nolog SUPERVISORD_CMD (\S+))re"));
    CHECK(cfg.server.table == startup_value(R"re(define/system/executive_mode/nolog SUPERVISORD_TABLE (\S+))re"));
    CHECK(cfg.server.user == startup_value(R"re(if account \.eqs\. "" then account = "([A-Z0-9_$]+)")re"));
    CHECK(cfg.server.command == "SYS$MANAGER:SUPERVISORD.COM");
    CHECK(startup_value(R"re(copy 'templates'SUPERVISORD.COM_TEMPLATE (\S+))re") == cfg.server.command);
    // 0700: only the server's account and the system may send commands.
    CHECK(cfg.server.mailbox_mode == 0700u);
}

TEST_CASE("the example program of the kit's supervisord.conf is valid once uncommented") {
    std::string text = read_file("kit/vms/supervisord.conf");
    size_t at = text.find(";[program:");
    REQUIRE(at != std::string::npos);
    std::string head = text.substr(0, at), tail = text.substr(at), uncommented;
    std::istringstream lines(tail);
    for (std::string line; std::getline(lines, line);) uncommented += (line.rfind(';', 0) == 0 ? line.substr(1) : line) + "\n";
    auto cfg = load_vms(head + uncommented);
    INFO(diagnostics(cfg));
    CHECK(cfg.ok());
    CHECK(cfg.warning_count == 0);
    REQUIRE(cfg.programs.size() == 1);
    CHECK(cfg.programs[0].name == "clock");
    CHECK(cfg.programs[0].stdout_backups == 4);   // CLOCK.LOG: the current version and 4 older

    // And a key the template mistypes would be caught: the test can fail.
    auto bad = load_vms(head + uncommented + "stdout_fiel = NLA0:\n");
    CHECK_FALSE(bad.ok());
}

}  // TEST_SUITE
