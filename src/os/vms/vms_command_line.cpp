// SUPERVISE's commands parsed by the CLI$ routines (src/os/command_line.h),
// as DCL parses a verb: the CLD compiled by SET COMMAND/OBJECT into the table
// object SUPERVISE_CLD and linked into the image (dcl.md 2.10), then
//   - the command the image was started with: LIB$GET_FOREIGN, then
//     CLI$DCL_PARSE("SUPERVISE " + line, &SUPERVISE_CLD, LIB$GET_INPUT)
//     (dcl.md 2.9 step 1; vms-simulator.md 2.4, YottaDB lke.c);
//   - the SUPERVISE> prompt: LIB$GET_INPUT for the line, the verb put in
//     front, CLI$DCL_PARSE with LIB$GET_INPUT as parameter and prompt
//     routine (a '-' at the end continues the line at "_SUPERVISE> ");
//     CLI$_NOCOMD is an empty command (dcl.md 2.9 steps 2-3);
//   - the answers: CLI$PRESENT and CLI$GET_VALUE, one value per call
//     until CLI$_ABSENT (vms-services.md 10);
//   - messages: $PUTMSG (vms_message.cpp), $GETMSG for texts (condition_text below);
//   - HELP: LBR$OUTPUT_HELP with the key "SUPERVISE topic" (dcl.md 2.9
//     step 5, 3.4) in the library SUPERVISE$HELP names, else the system's
//     HELPLIB, where the kit puts SUPERVISE's HELP.
// CLI$DCL_PARSE signals its errors as well as returning them (dcl.md 2.9
// step 3): the message is DCL's own; the client keeps the condition value
// for its exit status.
//
// Every descriptor points at a stack buffer (32-bit addressable,
// vms_util.h). CLI$PRESENT of an entity the parsed syntax does not define
// signals a syntax error on OpenVMS, so `defines` is answered from the
// table's definition (the core's reading of the same CLD) before asking.
#include <cstdio>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

#include "core/cli.h"
#include "core/text.h"
#include "os/command_line.h"
#include "os/vms/vms_util.h"

#include <cli$routines.h>
#include <climsgdef.h>
#include <hlpdef.h>
#include <lbr$routines.h>
#include <lib$routines.h>
#include <rmsdef.h>

// The command table: the external symbol SET COMMAND/OBJECT makes from the
// CLD's MODULE name (dcl.md 2.10).
extern "C" int SUPERVISE_CLD;

namespace sv::os {

namespace vms {
namespace {

constexpr const char* kVerb = "SUPERVISE";
constexpr const char* kPrompt = "SUPERVISE> ";
constexpr size_t kMaxLine = 1024;   // DCL's command line limit (dcl.md 2.9)

void* get_input() { return reinterpret_cast<void*>(&lib$get_input); }

// Strips blanks at both ends.
std::string trimmed(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return std::string();
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

class CliCommand : public client::CommandView {
public:
    // After each successful parse: P1's keyword, asked once.
    void parsed() {
        auto v = values("P1");
        action_ = v.empty() ? std::string() : upcase(v.front());
    }
    std::string action() override { return action_; }
    cli::Presence present(std::string_view entity) override {
        if (!defines(entity)) return cli::Presence::absent;
        Name e{std::string(entity)};
        unsigned int st = cli$present(&e.d);
        for (auto p : {cli::Presence::present, cli::Presence::negated, cli::Presence::locpres,
                       cli::Presence::locneg, cli::Presence::defaulted})
            if (st == cli::code(p)) return p;
        return cli::Presence::absent;
    }
    std::vector<std::string> originals(std::string_view entity) override {
        if (!defines(entity)) return {};
        return values(entity);
    }
    bool defines(std::string_view entity) override {
        const auto& table = cli::builtin_table();
        const cli::Definition* verb = table.find_verb(kVerb);
        if (!verb) return false;
        // The syntax P1's keyword switched to (DEFINE TYPE SUPERVISE_ACTIONS).
        const cli::Definition* syntax = nullptr;
        const std::string& act = action_;
        for (const auto& p : verb->params)
            if (const cli::TypeDef* type = p.name == "P1" ? table.find_type(p.value.type) : nullptr)
                for (const auto& k : type->keywords)
                    if (k.name == act && !k.syntax.empty()) syntax = table.find_syntax(k.syntax);
        cli::Definition eff = table.effective(*verb, syntax);
        std::string name = upcase(std::string(entity.substr(0, entity.find('.'))));
        for (const auto* list : {&eff.params, &eff.quals})
            for (const auto& d : *list)
                if (d.name == name || d.label == name) return true;
        return false;
    }

private:
    std::vector<std::string> values(std::string_view entity) {
        std::vector<std::string> out;
        Name e{std::string(entity)};
        // One value per call until CLI$_ABSENT, which also starts the
        // iteration again for the next caller (SS$_NORMAL marks the last
        // value, CLI$_COMMA / CLI$_CONCAT one followed by another);
        // bounded by what a command line of 1024 characters can hold.
        for (size_t k = 0; k < kMaxLine; ++k) {
            char buf[kMaxLine];
            dsc$descriptor_s ret{static_cast<unsigned short>(sizeof buf), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
            unsigned short len = 0;
            unsigned int st = cli$get_value(&e.d, &ret, &len);
            if (st == CLI$_ABSENT || !ok(st)) break;
            out.emplace_back(buf, len);
        }
        return out;
    }

    std::string action_;
};

class CliFrontEnd : public client::FrontEnd {
public:
    Got invocation(uint32_t* status) override {
        char buf[kMaxLine];
        dsc$descriptor_s ret{static_cast<unsigned short>(sizeof buf), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
        unsigned short len = 0;
        unsigned int st = lib$get_foreign(&ret, nullptr, &len, nullptr);
        if (!ok(st)) return *status = st, Got::failed;
        std::string line = trimmed(std::string(buf, len));
        if (line.empty()) return Got::nothing;   // no command: the prompt
        return parse(line, false, status);
    }

    Got next(uint32_t* status) override {
        char buf[kMaxLine];
        dsc$descriptor_s ret{static_cast<unsigned short>(sizeof buf), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
        Name prompt(kPrompt);
        unsigned short len = 0;
        unsigned int st = lib$get_input(&ret, &prompt.d, &len);
        if (st == RMS$_EOF) return Got::end;
        if (!ok(st)) return *status = st, Got::failed;
        std::string line = trimmed(std::string(buf, len));
        if (line.empty() || line[0] == '!') return Got::nothing;
        return parse(line, true, status);
    }

    client::CommandView& command() override { return cmd_; }

    uint32_t help(const std::vector<std::string>& topic, bool prompt) override {
        std::string key = kVerb;
        for (const auto& w : topic) key += " " + w;
        std::vector<std::string> eq;
        std::string library = ok(lnm_get("LNM$FILE_DEV", "SUPERVISE$HELP", &eq)) && !eq.empty()
                                  ? eq.front()
                                  : std::string("SYS$HELP:HELPLIB.HLB");
        Text<kMaxLine> line(key);
        Name lib(library);
        unsigned int flags = prompt ? HLP$M_PROMPT : 0;
        return static_cast<uint32_t>(lbr$output_help(reinterpret_cast<int (*)(__unknown_params)>(&lib$put_output),
                                                     nullptr, &line.d, &lib.d, &flags,
                                                     reinterpret_cast<int (*)(__unknown_params)>(&lib$get_input)));
    }

    bool interactive() override { return ::isatty(0) != 0; }

private:
    // CLI$DCL_PARSE of the verb and the line; at the prompt, LIB$GET_INPUT
    // also reads the continuation lines.
    Got parse(const std::string& line, bool at_prompt, uint32_t* status) {
        Text<kMaxLine> command(std::string(kVerb) + " " + line);
        Name prompt(kPrompt);
        unsigned int st = at_prompt ? cli$dcl_parse(&command.d, &SUPERVISE_CLD, get_input(), get_input(), &prompt.d)
                                    : cli$dcl_parse(&command.d, &SUPERVISE_CLD, get_input());
        if (st == CLI$_NOCOMD) return Got::nothing;
        if (!ok(st)) return *status = st, Got::failed;
        cmd_.parsed();
        return Got::command;
    }

    CliCommand cmd_;
};

}  // namespace
}  // namespace vms

std::unique_ptr<client::FrontEnd> native_front_end() { return std::make_unique<vms::CliFrontEnd>(); }

// $GETMSG of the condition in the message object linked into the image
// (all four parts, flags 15: vms-services.md 7), then its FAO directives
// filled in (the $FAO subset of core/msg). The client's messages themselves
// are written by $PUTMSG (vms_message.cpp).
std::string condition_text(uint32_t code, const std::vector<msg::Arg>& args) {
    return msg::fao(vms::message_text(code), args);
}

}  // namespace sv::os
