// Sending one action to the server and printing what came back.
#include <cstdio>

#include "cond_symbols.h"

#include "client/client.h"
#include "core/config.h"
#include "core/locations.h"
#include "core/msg.h"
#include "os/client_channel.h"
#include "os/command_line.h"
#include "os/file_access.h"
#include "os/locate.h"
#include "os/process.h"

namespace sv::client {

Target resolve_target(const std::string& config_path, const std::string& password) {
    auto files = os::make_file_access();
    ConfigContext ctx;
    ctx.host_node_name = os::host_node_name();
    ctx.env = os::environment();
    // Only the sections that say where the server is and which password it
    // takes are read: a program section costs one look per line.
    ctx.server_only = true;
    Config cfg = load_config(os::absolute_path(config_path), *files, ctx);
    Target t;
    t.config_path = config_path;
    Locations where;
    std::string error;
    if (!os::locate_server(config_path, cfg.server, os::LocateFor::client, &where, &error)) t.channel_error = error;
    t.channel = where.channel;
    // Of a hashed password ({SHA}...) only the hash is known: nothing to send.
    const std::string& configured = cfg.server.password;
    t.password = os::password_lookup(password, configured.rfind("{SHA}", 0) == 0 ? std::string() : configured);
    t.max_message = static_cast<size_t>(cfg.server.mailbox_size);
    return t;
}

namespace {
uint32_t g_last_condition = 0;   // the last failure reported (0: none)
}  // namespace

void note_condition(uint32_t code) {
    if (code != 0 && !msg::is_success(code)) g_last_condition = code;
}

uint32_t last_condition() { return g_last_condition; }

namespace {
void say(std::FILE* out, const char* ident, const std::vector<msg::Arg>& args) {
    const auto& cat = msg::Catalogue::builtin();
    note_condition(cat.code(ident));
    os::put_message(out, cat.code(ident), args);
}

enum class Outcome : uint8_t { replied, timed_out, failed };

// Receives every part of a reply (parts flagged "more follows"); the
// timeout applies to each part.
Outcome receive_reply(os::ClientChannel& ch, const Target& t, int64_t timeout_ms, proto::Reply& reply,
                      std::string* error) {
    for (size_t parts = 0;; ++parts) {
        std::vector<uint8_t> bytes;
        switch (ch.receive_message(bytes, timeout_ms, error)) {
        case os::Received::message: break;
        case os::Received::timed_out: return Outcome::timed_out;
        case os::Received::closed:
        case os::Received::failed: return Outcome::failed;
        }
        proto::Reply part;
        auto d = proto::unpack(bytes.data(), bytes.size(), part, t.max_message);
        if (d != proto::Decode::ok) return *error = proto::describe(d), Outcome::failed;
        if (parts == 0) reply = part;
        else proto::merge(reply, part);
        if (!(part.flags & proto::kFlagMore)) return Outcome::replied;
    }
}

void print_outcomes(const Action& a, const proto::Reply& r, std::FILE* out) {
    const auto& cat = msg::Catalogue::builtin();
    for (const auto& p : in_request_order(a, r)) {
        if (a.op == proto::Opcode::pid && !p.result) say(out, "PID", {p.name, std::to_string(p.pid)});
        if (!p.result) continue;
        const msg::Message* m = cat.find(p.result);
        if (!m) continue;
        // Failures are messages for standard error, as print_status does.
        std::FILE* where = msg::is_success(p.result) ? out : stderr;
        if (p.result == cond::SPAWNERR || p.result == cond::NOFILE) say(where, m->ident.c_str(), {p.name, p.description});
        else say(where, m->ident.c_str(), {p.name});
    }
}

// A configuration diagnostic the server passed on ("file:line: warning: ...").
bool is_warning(const std::string& line) { return line.find(": warning: ") != std::string::npos; }

// The request's own status: a message without arguments is printed as is;
// one with arguments takes its text from the reply lines (the first line as
// the message, the rest as follow-on lines, as VMS shows a message chain).
// Configuration warnings among the lines are warnings of their own
// (%SUPERVISE-W-CONFIGWARN), whatever the request's status.
void print_status(const proto::Reply& r, std::FILE* out) {
    const auto& cat = msg::Catalogue::builtin();
    const msg::Message* m = cat.find(r.status);
    std::FILE* where = msg::is_success(r.status) ? out : stderr;
    if (!m) {
        std::fprintf(where, "%%SUPERVISE-E-UNKNOWN, status %%X%08X\n", r.status);
        return;
    }
    std::vector<std::string> lines;
    for (size_t i = 0; i < r.lines.size(); ++i) {
        if (is_warning(r.lines[i])) say(stderr, "CONFIGWARN", {r.lines[i]});
        else lines.push_back(r.lines[i]);
    }
    if (m->fao_count == 0 || lines.empty()) {
        if (m->ident != "NORMAL") std::fprintf(where, "%s\n", cat.format(m->ident, {}).c_str());
        for (const auto& line : lines) std::fprintf(where, "%s\n", line.c_str());
        return;
    }
    std::string head = std::string(1, '%') + cat.facility() + "-" + msg::severity_letter(m->severity) + "-" + m->ident + ", ";
    for (size_t i = 0; i < lines.size(); ++i)
        std::fprintf(where, "%s%s\n", (i ? "-" + head.substr(1) : head).c_str(), lines[i].c_str());
}

// No server at the channel: supervisorctl's line in its form (on standard
// output, as it prints it), %SUPERVISE-E-NOSERVER otherwise.
int no_server(const Target& t, const Action& a, Format form, bool refused, std::FILE* out) {
    bool ctl_says = a.op == proto::Opcode::status || no_server_status(a.op, false) == kExitSpawn;
    std::string url = "unix://" + t.channel + (refused ? " refused connection" : " no such file");
    if (form == Format::supervisorctl && a.op == proto::Opcode::shutdown)
        std::fprintf(out, "ERROR: %s (already shut down?)\n", url.c_str());
    else if (form == Format::supervisorctl && ctl_says)
        std::fprintf(out, "%s\n", url.c_str());
    else
        say(stderr, "NOSERVER", {t.channel});
    note_condition(msg::Catalogue::builtin().code("NOSERVER"));
    return no_server_status(a.op, refused);
}
}  // namespace

int perform(const Target& t, const Action& a, std::FILE* out) {
    const Format form = a.format == Format::text ? text_form() : a.format;
    os::OpenFailure why;
    std::string error;
    if (!t.channel_error.empty()) {
        // Most often a server that never ran: its private directory is not there.
        if (form == Format::supervisorctl && !t.channel.empty()) return no_server(t, a, form, false, out);
        return say(stderr, "BADCHANNEL", {t.config_path, t.channel_error}), no_server_status(a.op, false);
    }
    if (t.password.size() > proto::kMaxPasswordLength)
        return say(stderr, "BADVALUE", {"/PASSWORD: longer than " + std::to_string(proto::kMaxPasswordLength) +
                                        " bytes"}), kExitUsage;
    auto ch = os::open_channel(t.channel, t.max_message, &why, &error);
    if (!ch) {
        if (why == os::OpenFailure::not_permitted) return say(stderr, "NOTAUTH", {}), kExitUnknown;
        if (why == os::OpenFailure::bad_path)
            return say(stderr, "BADCHANNEL", {t.config_path, error}), no_server_status(a.op, false);
        return no_server(t, a, form, why == os::OpenFailure::refused, out);
    }
    proto::Request req;
    req.op = a.op;
    req.id = 1;
    req.flags = a.wait ? proto::kFlagWait : 0;
    req.password = t.password;
    req.argument = a.argument;
    req.names = a.names;
    auto bytes = proto::pack(req, t.max_message);
    if (bytes.empty()) return say(stderr, "BADREQUEST", {std::string("too many names for one request")}), kExitUsage;
    proto::Reply reply;
    if (!ch->send(bytes, &error)) return say(stderr, "PROTOCOL", {error}), kExitFailure;
    switch (receive_reply(*ch, t, a.timeout_s <= 0 ? -1 : a.timeout_s * 1000, reply, &error)) {
    case Outcome::replied: break;
    case Outcome::timed_out: return say(stderr, "TIMEOUT", {}), kExitFailure;
    case Outcome::failed: return say(stderr, "PROTOCOL", {error}), kExitFailure;
    }
    if (form == Format::json) {
        std::fputs(to_json(reply).c_str(), out);
        return exit_status(a, reply);
    }
    bool refused = !msg::is_success(reply.status) && reply.processes.empty() &&
                   !(a.op == proto::Opcode::signal && reply.status == cond::BADSIGNAL);
    if (refused || a.op == proto::Opcode::reload) {
        // RELOAD is SUPERVISE's own (apply what changed): its messages in either form.
        print_status(reply, out);
    } else if (form == Format::supervisorctl) {
        for (const auto& line : reply.lines)
            if (is_warning(line)) say(stderr, "CONFIGWARN", {line});
        std::fputs(ctl_lines(a, reply).c_str(), out);
    } else if (a.op == proto::Opcode::status) {
        std::vector<proto::ProcessInfo> known;
        for (const auto& p : in_request_order(a, reply)) {
            if (p.result) say(stderr, "NOSUCHPROG", {p.name});
            else known.push_back(p);
        }
        std::fputs(status_table(known).c_str(), out);
    } else {
        print_outcomes(a, reply, out);
        print_status(reply, out);
    }
    return exit_status(a, reply);
}

bool use_server_url(const std::string& url, Target* t) {
    static const std::string scheme = "unix://";
    std::string path = url.rfind(scheme, 0) == 0 ? url.substr(scheme.size()) : url;
    if (path.empty() || path.find("://") != std::string::npos || !t) return false;
    t->channel = path;
    t->channel_error.clear();
    return true;
}

}  // namespace sv::client
