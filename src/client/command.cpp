#include "client/command.h"

#include <cstdio>
#include <fstream>

#include "core/locations.h"
#include "core/text.h"

namespace sv::client {

namespace {
struct Verb {
    const char* name;
    proto::Opcode op;
};
constexpr Verb kVerbs[] = {
    {"STATUS", proto::Opcode::status},   {"START", proto::Opcode::start},
    {"STOP", proto::Opcode::stop},       {"RESTART", proto::Opcode::restart},
    {"SHUTDOWN", proto::Opcode::shutdown}, {"RELOAD", proto::Opcode::reload},
    {"SIGNAL", proto::Opcode::signal},   {"VERSION", proto::Opcode::version},
};

bool option_value(const std::vector<std::string>& a, size_t& i, const std::string& s,
                  const std::string& l, std::string* out) {
    if (a[i] == s || a[i] == l) {
        if (i + 1 >= a.size()) return false;
        *out = a[++i];
        return true;
    }
    if (a[i].rfind(l + "=", 0) == 0) return *out = a[i].substr(l.size() + 1), true;
    return false;
}

void add_names(const std::string& word, std::vector<std::string>& names) {
    size_t start = 0;
    while (start <= word.size()) {
        size_t comma = word.find(',', start);
        std::string n = word.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!n.empty()) names.push_back(n);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
}
}  // namespace

bool parse_argv(const std::vector<std::string>& a, Invocation* inv, std::string* error) {
    bool have_verb = false;
    for (size_t i = 0; i < a.size(); ++i) {
        std::string timeout;
        if (option_value(a, i, "-c", "--configuration", &inv->config_path)) continue;
        if (option_value(a, i, "-p", "--password", &inv->password)) continue;
        if (option_value(a, i, "-t", "--timeout", &timeout)) {
            inv->action.timeout_s = std::stoll(timeout);
            continue;
        }
        if (a[i] == "-h" || a[i] == "--help") { inv->help = true; continue; }
        if (a[i] == "--json" || a[i] == "--format=json") { inv->action.format = Format::json; continue; }
        if (a[i] == "--nowait" || a[i] == "--no-wait") { inv->action.wait = false; continue; }
        if (a[i] == "--wait") { inv->action.wait = true; continue; }
        if (!a[i].empty() && a[i][0] == '-') return *error = "unknown option " + a[i], false;
        if (!have_verb) {
            std::string v = upcase(a[i]);
            bool found = false;
            for (const auto& verb : kVerbs)
                if (v == verb.name) { inv->action.op = verb.op; found = true; }
            if (!found) return *error = "unknown action " + a[i], false;
            have_verb = true;
            continue;
        }
        if (inv->action.op == proto::Opcode::signal && inv->action.argument.empty()) {
            inv->action.argument = a[i];
            continue;
        }
        add_names(a[i], inv->action.names);
    }
    if (!have_verb) inv->action.op = proto::Opcode::status;
    return true;
}

int main_entry(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    Invocation inv;
    std::string error;
    if (!parse_argv(args, &inv, &error)) {
        std::fprintf(stderr, "supervise: %s\n", error.c_str());
        return kExitUsage;
    }
    if (inv.help) {
        std::puts("usage: supervise [-c FILE] [-p PWD] [--json] [--nowait] ACTION [NAME[,NAME...]]");
        return kExitOk;
    }
    if (inv.config_path.empty()) {
        inv.config_path = config_search_list()[0];
        for (const char* const* p = config_search_list(); *p; ++p)
            if (std::ifstream(*p).good()) { inv.config_path = *p; break; }
    }
    Target t = resolve_target(inv.config_path, inv.password);
    return perform(t, inv.action, stdout);
}

}  // namespace sv::client
