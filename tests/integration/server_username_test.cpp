// [unix_http_server] username= and password= with a real server and the
// real client: a request carries "username:password" (core/credential.h),
// the server checks both, the client takes them from -u/-p,
// [supervisorctl] or [unix_http_server].
#include <doctest/doctest.h>

#include <string>

#include "core/msg.h"
#include "core/sha1.h"
#include "integration/harness.h"

using sv::proto::Opcode;
using sv::test::Harness;

namespace {
uint32_t code(const char* ident) { return sv::msg::Catalogue::builtin().code(ident); }

const std::string kUser = "opsadmin-7q";
const std::string kPassword = "Sesame-42";
const std::string kProgram = "[program:x]\ncommand=sleep 1000\nautostart=false\n";

std::string unix_http(const std::string& user, const std::string& password) {
    return "[unix_http_server]\nusername=" + user + "\npassword=" + password + "\n";
}

// Ends the server with the credential it takes, so teardown finds it gone.
void shut_down(Harness& h, const std::string& credential) {
    auto r = h.request(Opcode::shutdown, {}, 0, credential);
    CHECK(r.status == code("SHUTDOWN"));
    CHECK(h.wait_server_exit(10000));
}

bool served(const sv::proto::Reply& r) { return r.processes.size() == 1 && r.processes[0].name == "x"; }
}  // namespace

TEST_SUITE("integration") {

TEST_CASE("username= and password=: only the right username with the right password is served") {
    for (bool hashed : {false, true}) {
        CAPTURE(hashed);
        Harness h;
        std::string configured = hashed ? "{SHA}" + sv::sha1_hex(kPassword) : kPassword;
        h.write_config(unix_http(kUser, configured) + kProgram);
        REQUIRE(h.start_server());
        CHECK(served(h.request(Opcode::status, {}, 0, kUser + ":" + kPassword)));
        for (const std::string& refused : {"intruder:" + kPassword,          // wrong username
                                           kUser + ":wrong-guess",            // wrong password
                                           std::string(kPassword),            // no username
                                           ":" + kPassword, kUser + ":", std::string()}) {
            CAPTURE(refused);
            auto r = h.request(Opcode::status, {}, 0, refused);
            CHECK(r.status == code("BADPASSWORD"));
            CHECK(r.processes.empty());
        }
        // A refused START started nothing; the server still serves the right credential.
        CHECK(h.request(Opcode::start, {"x"}, sv::proto::kFlagWait, "intruder:" + kPassword).status ==
              code("BADPASSWORD"));
        auto r = h.request(Opcode::status, {}, 0, kUser + ":" + kPassword);
        REQUIRE(served(r));
        CHECK(r.processes[0].state == sv::State::stopped);
        std::string log = h.log();
        CHECK(log.find("username and password check failed") != std::string::npos);
        CHECK(log.find(kUser) == std::string::npos);        // neither the username
        CHECK(log.find("intruder") == std::string::npos);   // nor a wrong one
        CHECK(log.find(kPassword) == std::string::npos);    // nor a password is logged
        CHECK(log.find("wrong-guess") == std::string::npos);
        // SUPERVISE without -u or -p sends the username and, unless it is
        // only a {SHA} hash, the password of the file it reads.
        std::string out;
        CHECK_MESSAGE(h.client({"status"}, &out) == (hashed ? 1 : 3), out);
        CHECK(out.find(hashed ? "%SUPERVISE-E-BADPASSWORD" : "STOPPED") != std::string::npos);
        shut_down(h, kUser + ":" + kPassword);
    }
}

TEST_CASE("a server without username= takes the password alone or after any username") {
    Harness h;
    h.write_config(kProgram, "password=" + kPassword + "\n");
    REQUIRE(h.start_server());
    CHECK(served(h.request(Opcode::status, {}, 0, kPassword)));
    CHECK(served(h.request(Opcode::status, {}, 0, "anyone:" + kPassword)));
    CHECK(h.request(Opcode::status, {}, 0, "anyone:wrong-guess").status == code("BADPASSWORD"));
    // The client's -u is sent and does not get in the way.
    std::string out;
    CHECK_MESSAGE(h.client({"-u", "anyone", "-p", kPassword, "status"}, &out) == 3, out);   // x is STOPPED
    CHECK(out.find("STOPPED") != std::string::npos);
    shut_down(h, kPassword);
}

TEST_CASE("SUPERVISE -u and -p: both must match; without them it takes the configuration's") {
    Harness h;
    // A {SHA} password: the client cannot take the password from the file.
    h.write_config(unix_http(kUser, "{SHA}" + sv::sha1_hex(kPassword)) + kProgram);
    REQUIRE(h.start_server());
    std::string out;
    CHECK_MESSAGE(h.client({"-u", kUser, "-p", kPassword, "status"}, &out) == 3, out);
    CHECK(out.find("STOPPED") != std::string::npos);
    // The long forms of /USERNAME and /PASSWORD.
    CHECK_MESSAGE(h.client({"--username=" + kUser, "--password=" + kPassword, "status"}, &out) == 3, out);
    CHECK_MESSAGE(h.client({"-u", "intruder", "-p", kPassword, "status"}, &out) == 1, out);
    CHECK(out.find("%SUPERVISE-E-BADPASSWORD") != std::string::npos);
    CHECK_MESSAGE(h.client({"-u", kUser, "-p", "wrong-guess", "status"}, &out) == 1, out);
    CHECK(out.find("%SUPERVISE-E-BADPASSWORD") != std::string::npos);
    // No -u: the username of [unix_http_server] is sent with -p.
    CHECK_MESSAGE(h.client({"-p", kPassword, "status"}, &out) == 3, out);
    // A refused STOP/START changes nothing.
    CHECK_MESSAGE(h.client({"-u", "intruder", "-p", kPassword, "start", "x"}, &out) == 1, out);
    CHECK(h.request(Opcode::status, {}, 0, kUser + ":" + kPassword).processes.at(0).state == sv::State::stopped);
    shut_down(h, kUser + ":" + kPassword);
}

TEST_CASE("SUPERVISE takes [supervisorctl] username= and password=; -u overrides the username") {
    Harness h;
    std::string server = unix_http(kUser, "{SHA}" + sv::sha1_hex(kPassword));
    h.write_config(server + "[supervisorctl]\nusername=" + kUser + "\npassword=" + kPassword + "\n" + kProgram);
    REQUIRE(h.start_server());
    std::string out;
    CHECK_MESSAGE(h.client({"status"}, &out) == 3, out);
    CHECK(out.find("STOPPED") != std::string::npos);
    // The client reads the file at each command; the server keeps what it read.
    h.write_config(server + "[supervisorctl]\nusername=intruder\npassword=" + kPassword + "\n" + kProgram);
    CHECK_MESSAGE(h.client({"status"}, &out) == 1, out);
    CHECK(out.find("%SUPERVISE-E-BADPASSWORD") != std::string::npos);
    CHECK_MESSAGE(h.client({"-u", kUser, "status"}, &out) == 3, out);
    h.write_config(server + "[supervisorctl]\nusername=" + kUser + "\npassword=wrong-guess\n" + kProgram);
    CHECK_MESSAGE(h.client({"status"}, &out) == 1, out);
    CHECK_MESSAGE(h.client({"-p", kPassword, "status"}, &out) == 3, out);
    CHECK(h.log().find(kUser) == std::string::npos);
    shut_down(h, kUser + ":" + kPassword);
}

TEST_CASE("SUPERVISE refuses a username with ':' or a username and password too long to send") {
    Harness h;
    h.write_config(kProgram);
    REQUIRE(h.start_server());
    std::string out;
    CHECK_MESSAGE(h.client({"-u", "ad:min", "-p", kPassword, "status"}, &out) == 2, out);
    CHECK(out.find("%SUPERVISE-E-BADVALUE") != std::string::npos);
    CHECK(out.find("cannot contain ':'") != std::string::npos);
    CHECK_MESSAGE(h.client({"-u", std::string(100, 'u'), "-p", std::string(28, 'p'), "status"}, &out) == 2, out);
    CHECK(out.find("%SUPERVISE-E-BADVALUE, invalid value /USERNAME and /PASSWORD") != std::string::npos);
    CHECK(out.find("129 bytes") != std::string::npos);
    CHECK(h.log().find("STATUS") == std::string::npos);   // nothing reached the server
}

TEST_CASE("supervisord refuses a username it could never be sent, naming file and line") {
    Harness h;
    std::string out;
    h.write_config(kProgram + unix_http("ad:min", kPassword));
    CHECK(h.run_server_expect_exit(&out) != 0);
    CHECK_MESSAGE(out.find("supervisord.conf:11: error: [unix_http_server] username: a username cannot contain ':'") !=
                      std::string::npos, out);
    h.write_config(kProgram + unix_http(std::string(100, 'u'), std::string(28, 'p')));
    CHECK(h.run_server_expect_exit(&out) != 0);
    CHECK_MESSAGE(out.find("supervisord.conf:11: error: [unix_http_server] username: username, ':' and password make "
                           "129 bytes") != std::string::npos, out);
    h.write_config(kProgram + "[unix_http_server]\nusername=" + kUser + "\n");
    CHECK(h.run_server_expect_exit(&out) != 0);
    CHECK_MESSAGE(out.find("supervisord.conf:11: error: [unix_http_server] username: needs a password") !=
                      std::string::npos, out);
    CHECK(out.find(kUser) == std::string::npos);   // the message names the line, not the username
}

TEST_CASE("username= with the password from supervisord -p: both are required") {
    Harness h;
    h.write_config(kProgram + "[unix_http_server]\nusername=" + kUser + "\n");
    h.set_server_args({"-p", kPassword});
    REQUIRE(h.start_server());
    CHECK(served(h.request(Opcode::status, {}, 0, kUser + ":" + kPassword)));
    CHECK(h.request(Opcode::status, {}, 0, kPassword).status == code("BADPASSWORD"));
    CHECK(h.request(Opcode::status, {}, 0, "intruder:" + kPassword).status == code("BADPASSWORD"));
    shut_down(h, kUser + ":" + kPassword);
}

}  // TEST_SUITE
