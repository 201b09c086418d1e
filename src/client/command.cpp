// SUPERVISE's front end: argv or the SUPERVISE> prompt, through the CLD.
#include "client/command.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "client/front_end.h"
#include "core/embedded.h"
#include "core/help.h"
#include "core/locations.h"
#include "os/command_line.h"
#include "os/process.h"
#include "core/msg.h"
#include "core/text.h"
#include "os/terminal.h"

namespace sv::client {

namespace {

constexpr const char* kVerb = "SUPERVISE";

struct ActionWord {
    const char* name;
    proto::Opcode op;
    Kind kind;
};
constexpr ActionWord kActions[] = {
    {"STATUS", proto::Opcode::status, Kind::request},   {"START", proto::Opcode::start, Kind::request},
    {"STOP", proto::Opcode::stop, Kind::request},       {"RESTART", proto::Opcode::restart, Kind::request},
    {"SIGNAL", proto::Opcode::signal, Kind::request},   {"SHUTDOWN", proto::Opcode::shutdown, Kind::request},
    {"RELOAD", proto::Opcode::reload, Kind::request},   {"VERSION", proto::Opcode::version, Kind::request},
    {"PID", proto::Opcode::pid, Kind::request},         {"CLEAR", proto::Opcode::clear, Kind::request},
    {"REREAD", proto::Opcode::reread, Kind::request},   {"AVAIL", proto::Opcode::avail, Kind::request},
    {"UPDATE", proto::Opcode::update, Kind::request},   {"ADD", proto::Opcode::add, Kind::request},
    {"REMOVE", proto::Opcode::remove, Kind::request},
    {"HELP", proto::Opcode::status, Kind::help},        {"EXIT", proto::Opcode::status, Kind::exit},
    {"QUIT", proto::Opcode::status, Kind::exit},
};

std::string first_value(CommandView& cmd, const char* entity) {
    auto v = cmd.originals(entity);
    return v.empty() ? std::string() : v.front();
}

const help::HelpLibrary& help_library() {
    static const help::HelpLibrary lib = help::HelpLibrary::parse(embedded::supervise_hlp(), nullptr);
    return lib;
}

// Asks for a missing required parameter at the prompt ("_Process: ").
class ReaderPrompter : public cli::Prompter {
public:
    explicit ReaderPrompter(os::LineReader& r) : reader_(r) {}
    bool ask(const std::string& prompt, std::string& answer) const override {
        auto line = reader_.read(prompt);
        if (!line) return false;
        answer = *line;
        return true;
    }

private:
    os::LineReader& reader_;
};

// Overwrites the password values in the process's own argument strings
// (where the parse found them), so the password does not stay visible in
// process listings (/proc/PID/cmdline) while the SUPERVISE> prompt runs.
void scrub_passwords(const cli::ArgvInfo& info, int argc, char** argv) {
    for (const auto& v : info.values) {
        int i = static_cast<int>(v.arg) + 1;  // args start at argv[1]
        if (v.qualifier != "PASSWORD" || i >= argc) continue;
        size_t len = std::strlen(argv[i]);
        if (v.offset < len) std::memset(argv[i] + v.offset, 0, len - v.offset);
    }
}

void print_lines(const cli::ParseOutcome& o) {
    for (const auto& l : o.lines) std::fprintf(stderr, "%s\n", l.c_str());
}

// Carries out one parsed command; `reader` is the prompt's (HELP then
// prompts for subtopics), null in argv mode.
int execute(const Invocation& inv, os::LineReader* reader) {
    if (inv.kind == Kind::exit) return kExitOk;
    std::FILE* out = stdout;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
    if (!inv.output.empty()) {
        file.reset(std::fopen(inv.output.c_str(), "w"));
        if (!file) {
            std::fprintf(stderr, "%s\n",
                         msg::Catalogue::builtin().format("BADVALUE", {"/OUTPUT=" + inv.output}).c_str());
            return kExitFailure;
        }
        out = file.get();
    }
    if (inv.kind == Kind::help) {
        std::vector<std::string> path{kVerb};
        path.insert(path.end(), inv.topic.begin(), inv.topic.end());
        if (reader && reader->interactive()) {
            help::interactive(help_library(), path,
                              [reader](const std::string& p) { return reader->read(p); },
                              [out](const std::string& s) { std::fputs(s.c_str(), out); });
        } else {
            std::fputs(help_library().render(path).c_str(), out);
        }
        return kExitOk;
    }
    std::string config = inv.config_path.empty() ? os::default_config_path() : inv.config_path;
    Target t = resolve_target(config, inv.password, inv.username);
    if (!inv.serverurl.empty() && !use_server_url(inv.serverurl, &t)) {
        std::fprintf(stderr, "%s\n", msg::Catalogue::builtin().format("BADVALUE", {"/SERVERURL=" + inv.serverurl +
                     ": only unix:// (a socket path) names a SUPERVISE server"}).c_str());
        return kExitUsage;
    }
    return perform(t, inv.action, out);
}

// The prompt: one command per line, '-' continues a line, EXIT or end of
// input leaves. Returns the status of the last command.
int interactive_session(const Invocation& defaults) {
    auto reader = os::make_line_reader();
    ReaderPrompter prompter(*reader);
    const auto& table = cli::builtin_table();
    int status = kExitOk;
    for (;;) {
        auto first = reader->read("SUPERVISE> ");
        if (!first) break;
        std::string line = *first;
        // A blank or comment-only line is no command: without this the
        // parser would prompt "_Action: " and take the next line as answer.
        size_t start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos || line[start] == '!') continue;
        std::string joined;
        for (int guard = 0; guard < 1000 && cli::line_continues(line, &joined); ++guard) {
            auto more = reader->read("_SUPERVISE> ");
            if (!more) break;
            line = joined + *more;
        }
        cli::Command cmd;
        auto outcome = cli::parse_command(table, kVerb, line, cmd, &prompter);
        if (!outcome.ok) {
            if (outcome.ident == "NOCOMD") continue;  // an empty or comment line
            print_lines(outcome);
            status = kExitUsage;
            continue;
        }
        Invocation inv;
        std::string error;
        if (!from_command(cmd, &inv, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            status = kExitUsage;
            continue;
        }
        if (inv.kind == Kind::exit) break;
        if (inv.config_path.empty()) inv.config_path = defaults.config_path;
        if (inv.password.empty()) inv.password = defaults.password;
        if (inv.username.empty()) inv.username = defaults.username;
        if (inv.serverurl.empty()) inv.serverurl = defaults.serverurl;
        status = execute(inv, reader.get());
    }
    return status;
}

}  // namespace

bool from_command(cli::Command& parsed, Invocation* inv, std::string* error) {
    CoreCommandView view(parsed);
    return from_command(view, inv, error);
}

bool from_command(CommandView& cmd, Invocation* inv, std::string* error) {
    const auto& cat = msg::Catalogue::builtin();
    std::string action = cmd.action();
    const ActionWord* word = nullptr;
    for (const auto& a : kActions)
        if (action == a.name) word = &a;
    if (!word) return *error = cat.format("BADREQUEST", {"no action given"}), false;
    inv->kind = word->kind;
    inv->action.op = word->op;
    if (cmd.present("CONFIGURATION") == cli::Presence::present) inv->config_path = first_value(cmd, "CONFIGURATION");
    if (cmd.present("PASSWORD") == cli::Presence::present) inv->password = first_value(cmd, "PASSWORD");
    if (cmd.defines("USERNAME") && cmd.present("USERNAME") == cli::Presence::present)
        inv->username = first_value(cmd, "USERNAME");
    if (cmd.present("OUTPUT") == cli::Presence::present) inv->output = first_value(cmd, "OUTPUT");
    if (cmd.defines("SERVERURL") && cmd.present("SERVERURL") == cli::Presence::present)
        inv->serverurl = first_value(cmd, "SERVERURL");
    if (cmd.defines("INTERACTIVE")) inv->interactive = cmd.present("INTERACTIVE") == cli::Presence::present;
    if (cmd.defines("FORMAT") && cmd.present("FORMAT.JSON") == cli::Presence::present)
        inv->action.format = Format::json;
    if (cmd.defines("FORMAT") && cmd.present("FORMAT.MESSAGES") == cli::Presence::present)
        inv->action.format = Format::messages;
    if (cmd.defines("FORMAT") && cmd.present("FORMAT.SUPERVISORCTL") == cli::Presence::present)
        inv->action.format = Format::supervisorctl;
    if (cmd.defines("WAIT")) inv->action.wait = cli::is_on(cmd.present("WAIT"));
    if (cmd.defines("TIMEOUT") && inv->action.wait) {
        std::string t = first_value(cmd, "TIMEOUT");
        if (!t.empty()) {
            char* end = nullptr;
            long long v = std::strtoll(t.c_str(), &end, 10);
            if (!end || *end || v < 0 || v > 86400)
                return *error = cat.format("BADVALUE", {"/TIMEOUT=" + t}), false;
            inv->action.timeout_s = v;
        }
    }
    if (inv->kind == Kind::help) {
        for (const auto& w : cmd.originals("P2")) {
            auto words = help::split_request(w);
            inv->topic.insert(inv->topic.end(), words.begin(), words.end());
        }
        return true;
    }
    const char* names = inv->action.op == proto::Opcode::signal ? "P3" : "P2";
    if (inv->action.op == proto::Opcode::signal) inv->action.argument = first_value(cmd, "P2");
    if (cmd.defines(names)) inv->action.names = cmd.originals(names);
    return true;
}

namespace {
// argv is parsed once, through the CLD: what the parse found (the action,
// -h, where the password lies) decides the rest.
int run_command_line(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    cli::Command cmd;
    cli::ArgvInfo info;
    auto outcome = cli::parse_argv(cli::builtin_table(), kVerb, args, cmd, &info);
    scrub_passwords(info, argc, argv);
    if (!info.action && outcome.ident == "INSFPRM") {
        // Options alone (supervise -c FILE) lead to the prompt with them as defaults.
        Invocation defaults;
        CoreCommandView view(cmd);
        for (auto [entity, field] : {std::pair{"CONFIGURATION", &defaults.config_path},
                                     std::pair{"PASSWORD", &defaults.password},
                                     std::pair{"USERNAME", &defaults.username},
                                     std::pair{"SERVERURL", &defaults.serverurl}})
            if (view.defines(entity) && view.present(entity) == cli::Presence::present)
                *field = first_value(view, entity);
        return interactive_session(defaults);
    }
    if (!outcome.ok) {
        print_lines(outcome);
        return usage_status(outcome.ident, info.word);
    }
    Invocation inv;
    std::string error;
    if (!from_command(cmd, &inv, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitUsage;
    }
    int status = execute(inv, nullptr);
    if (!inv.interactive) return status;
    interactive_session(inv);   // -i: the prompt after the action; its status is 0, as supervisorctl's
    return kExitOk;
}
}  // namespace

int main_entry(int argc, char** argv) {
    // A system whose command language parses SUPERVISE's commands (OpenVMS).
    auto native = os::native_front_end();
    int code = native ? run_front_end(*native) : run_command_line(argc, argv);
    return os::exit_status(code, last_condition());
}

}  // namespace sv::client
