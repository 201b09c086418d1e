// cli.cpp: CLI$DCL_PARSE, CLI$PRESENT, CLI$GET_VALUE, CLI$DISPATCH on a table
// made by cld2obj, answered by the project's own CLD reader and DCL parser
// (src/core/cli), as vms-simulator.md 5.2 plans. Behaviours, sources and the
// tests that pin them: sim/CONTRACT.md (CLI-n rows).
//
// One parse state per process (the last successful CLI$DCL_PARSE), as DCL keeps
// one per process; ASTs must not call these routines (OpenVMS does not allow
// it either: they are not reentrant [C]).
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/cli.h"

#include "../../include/cli$routines.h"
#include "../../include/climsgdef.h"
#include "../../include/descrip.h"
#include "../../include/rmsdef.h"
#include "../../include/ssdef.h"
#include "../lib/args.h"
#include "cld_table.h"

namespace {

using GetInput = unsigned int (*)(void *, void *, unsigned short *);

struct Table {
    sv::cli::CommandTable table;
    const vmssim_cld_table *raw;
};

struct State {
    std::mutex mu;
    std::map<const void *, std::unique_ptr<Table>> tables;  // read once, kept for the image's life
    std::unique_ptr<sv::cli::Command> cmd;                  // the last successful parse
    const Table *cmd_table = nullptr;
};
State &state() {
    static State s;
    return s;
}

const Table *load(const void *addr) {
    const auto *raw = static_cast<const vmssim_cld_table *>(addr);
    if (!raw || std::memcmp(raw->magic, VMSSIM_CLD_MAGIC, sizeof VMSSIM_CLD_MAGIC) != 0) {
        std::fprintf(stderr, "vmssim: CLI$DCL_PARSE: the table argument is not a command table made by cld2obj\n");
        return nullptr;
    }
    State &s = state();
    auto it = s.tables.find(addr);
    if (it != s.tables.end()) return it->second.get();
    auto t = std::make_unique<Table>();
    std::vector<sv::cli::Diagnostic> diags;  // cld2obj refused a table with errors
    t->table = sv::cli::read_cld(std::string_view(raw->text, raw->length), "table", diags);
    t->raw = raw;
    return (s.tables[addr] = std::move(t)).get();
}

// Calls a routine with the LIB$GET_INPUT calling sequence: the answer in a
// stack buffer (32-bit addressable, as a real caller's would be).
unsigned int ask(GetInput fn, const std::string &prompt, std::string *answer) {
    char buf[1024];
    char pbuf[256];
    std::size_t pn = prompt.size() < sizeof pbuf ? prompt.size() : sizeof pbuf;
    std::memcpy(pbuf, prompt.data(), pn);
    dsc$descriptor_s r{static_cast<unsigned short>(sizeof buf), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
    dsc$descriptor_s p{static_cast<unsigned short>(pn), DSC$K_DTYPE_T, DSC$K_CLASS_S, pbuf};
    unsigned short len = 0;
    unsigned int st = fn(&r, &p, &len);
    answer->assign(buf, (st & 1) ? (len < sizeof buf ? len : sizeof buf) : 0);
    return st;
}

class ParamPrompter : public sv::cli::Prompter {
public:
    explicit ParamPrompter(GetInput fn) : fn_(fn) {}
    bool ask(const std::string &prompt, std::string &answer) const override {
        return (::ask(fn_, prompt, &answer) & 1) != 0;  // Ctrl/Z (RMS$_EOF): cancel
    }

private:
    GetInput fn_;
};

// "Whenever CLI$DCL_PARSE encounters an error, it both signals and returns the
// error" [D]. The simulator has no condition handlers: the signal is what the
// default handler does with a warning, the message on SYS$ERROR, and the
// program goes on.
unsigned int signal_and_return(const sv::cli::ParseOutcome &o) {
    for (const auto &l : o.lines) std::fprintf(stderr, "%s\n", l.c_str());
    std::fflush(stderr);
    return o.status;
}

// OpenVMS signals a syntax error for an entity the table does not define [D];
// the simulator reports it on stderr (a program bug) and answers absent.
void unknown_entity(const char *routine, const std::string &e) {
    std::fprintf(stderr,
                 "vmssim: %s(\"%s\"): not an entity of the parsed command's table (OpenVMS "
                 "signals a syntax error here)\n",
                 routine, e.c_str());
}

}  // namespace

extern "C" {

unsigned int (cli$dcl_parse)(void *command_string, void *table, ...) {
    va_list ap;
    va_start(ap, table);
    // Optional arguments up to the end marker (cli$routines.h).
    void *opt[3] = {nullptr, nullptr, nullptr};
    for (int i = 0; i < 3; ++i) {
        void *a = va_arg(ap, void *);
        if (a == VMSSIM_ARGEND_PTR) break;
        opt[i] = a;
    }
    va_end(ap);
    auto param_routine = reinterpret_cast<GetInput>(opt[0]);
    auto prompt_routine = reinterpret_cast<GetInput>(opt[1]);
    std::string prompt_string;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(opt[2], &prompt_string, &st, "CLI$DCL_PARSE prompt_string")) return static_cast<unsigned>(st);

    State &s = state();
    std::lock_guard<std::mutex> l(s.mu);
    if (!vmssim::addr32_ok(table, "CLI$DCL_PARSE table")) return SS$_ACCVIO;
    const Table *t = load(table);
    if (!t) return SS$_ACCVIO;

    std::string line;
    if (command_string) {
        if (!vmssim::read_dsc(command_string, &line, &st, "CLI$DCL_PARSE command_string")) return static_cast<unsigned>(st);
    } else if (prompt_routine) {
        unsigned int r = ask(prompt_routine, prompt_string, &line);
        if (!(r & 1)) return r;  // RMS$_EOF: the caller's loop ends [C: YottaDB lke.c]
    } else {
        // Restore the parse of the command that activated the image: images in
        // the simulator are never activated by a DCL verb, so there is none.
        s.cmd.reset();
        s.cmd_table = nullptr;
        return SS$_NORMAL;
    }
    // A trailing hyphen continues the command through the prompt routine, up to
    // 1024 characters [D].
    for (int i = 0; i < 64; ++i) {
        std::string joined;
        if (!sv::cli::line_continues(line, &joined)) break;
        if (!prompt_routine) { line = joined; break; }
        std::string more;
        unsigned int r = ask(prompt_routine, "_" + prompt_string, &more);
        if (!(r & 1)) return CLI$_NOCOMD;
        line = joined + more;
        if (line.size() > 1024) line.resize(1024);
    }
    // A null command (no command string, null line at the prompt) [D].
    if (line.find_first_not_of(" \t") == std::string::npos) return CLI$_NOCOMD;

    auto cmd = std::make_unique<sv::cli::Command>();
    ParamPrompter pp(param_routine);
    sv::cli::ParseOutcome o =
        sv::cli::parse_line(t->table, line, *cmd, param_routine ? &pp : nullptr);
    if (!o.ok) {
        if (o.ident == "NOCOMD") return CLI$_NOCOMD;  // a cancelled prompt: no message
        return signal_and_return(o);
    }
    s.cmd = std::move(cmd);
    s.cmd_table = t;
    return SS$_NORMAL;
}

unsigned int cli$present(void *entity_desc) {
    std::string e;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(entity_desc, &e, &st, "CLI$PRESENT entity")) return static_cast<unsigned>(st);
    State &s = state();
    std::lock_guard<std::mutex> l(s.mu);
    if (!s.cmd) return CLI$_ABSENT;
    if (!s.cmd->defines(e)) {
        unknown_entity("CLI$PRESENT", e);
        return CLI$_ABSENT;
    }
    return sv::cli::code(s.cmd->present(e));
}

unsigned int (cli$get_value)(void *entity_desc, void *retdesc, ...) {
    va_list ap;
    va_start(ap, retdesc);
    void *a = va_arg(ap, void *);
    va_end(ap);
    auto *retlen = a == VMSSIM_ARGEND_PTR ? nullptr : static_cast<unsigned short *>(a);
    std::string e;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(entity_desc, &e, &st, "CLI$GET_VALUE entity")) return static_cast<unsigned>(st);
    auto *rd = static_cast<dsc$descriptor_s *>(retdesc);
    if (!vmssim::addr32_ok(rd, "CLI$GET_VALUE retdesc") || (rd && !vmssim::addr32_ok(rd->dsc$a_pointer, "CLI$GET_VALUE retdesc")))
        return SS$_ACCVIO;
    State &s = state();
    std::lock_guard<std::mutex> l(s.mu);
    std::string out;
    unsigned int status = CLI$_ABSENT;
    std::string up = e;
    for (auto &c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!s.cmd) {
        status = CLI$_ABSENT;
    } else if (up == "$VERB") {
        out = s.cmd->dollar_verb();
        status = SS$_NORMAL;
    } else if (up == "$LINE") {
        out = s.cmd->line();
        status = SS$_NORMAL;
    } else if (!s.cmd->defines(e)) {
        unknown_entity("CLI$GET_VALUE", e);
    } else {
        status = sv::cli::code(s.cmd->get_value(e, out));
    }
    std::size_t n = vmssim::write_dsc(retdesc, out);
    if (retlen) *retlen = static_cast<unsigned short>(n);
    return status;
}

unsigned int (cli$dispatch)(unsigned int userarg, ...) {
    if (userarg == VMSSIM_ARGEND) userarg = 0;
    int (*fn)(...) = nullptr;
    {
        State &s = state();
        std::lock_guard<std::mutex> l(s.mu);
        if (!s.cmd || !s.cmd->def_) return CLI$_INVROUT;
        const std::string &r = s.cmd->def_->routine;
        for (const vmssim_cld_routine *p = s.cmd_table->raw->routines; p && p->name; ++p)
            if (r == p->name) fn = p->fn;
    }
    if (!fn) return CLI$_INVROUT;
    return static_cast<unsigned int>(fn(userarg));  // the routine's status [D]
}

}  // extern "C"
