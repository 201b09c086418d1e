// The client's view of a parsed command, whoever parsed it, and the front
// end of a system whose own command language parses SUPERVISE's commands.
//
// On Linux the command line and the SUPERVISE> prompt lines are parsed by
// src/core/cli against cld/supervise.cld (command.cpp); on OpenVMS the
// CLI$ routines parse them against the same CLD compiled into the table
// object SUPERVISE_CLD (src/os/vms/vms_command_line.cpp). from_command
// reads either through CommandView, the CLI$PRESENT / CLI$GET_VALUE model.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "client/command.h"
#include "core/cli.h"

namespace sv::client {

// What the client asks of a parsed command: CLI$PRESENT, CLI$GET_VALUE
// (every value, as the user typed it where the parser keeps that), and
// whether the effective syntax defines an entity at all.
class CommandView {
public:
    virtual ~CommandView() = default;
    virtual std::string action() = 0;   // P1's keyword, full name ("START")
    virtual cli::Presence present(std::string_view entity) = 0;
    virtual std::vector<std::string> originals(std::string_view entity) = 0;
    virtual bool defines(std::string_view entity) = 0;
};

// The core's parse result seen through CommandView (Linux).
class CoreCommandView : public CommandView {
public:
    explicit CoreCommandView(cli::Command& cmd) : cmd_(cmd) {}
    std::string action() override { return cmd_.action(); }
    cli::Presence present(std::string_view e) override { return cmd_.present(e); }
    std::vector<std::string> originals(std::string_view e) override { return cmd_.originals(e); }
    bool defines(std::string_view e) override { return cmd_.defines(e); }

private:
    cli::Command& cmd_;
};

bool from_command(CommandView& cmd, Invocation* out, std::string* error);

// A system's own command language (OpenVMS: CLI$DCL_PARSE, LBR$OUTPUT_HELP).
class FrontEnd {
public:
    virtual ~FrontEnd() = default;
    enum class Got : uint8_t { command, nothing, failed, end };
    // The command the image was started with (the foreign command line):
    // `nothing` when there was none (the prompt follows), `failed` with
    // the condition value when it did not parse (its message shown).
    virtual Got invocation(uint32_t* status) = 0;
    // One command at the SUPERVISE> prompt: `nothing` for an empty line,
    // `end` at end of input (Ctrl/Z).
    virtual Got next(uint32_t* status) = 0;
    // The command the last `command` answer parsed.
    virtual CommandView& command() = 0;
    // HELP on the words after HELP; `prompt` asks for subtopics. Returns a
    // condition value.
    virtual uint32_t help(const std::vector<std::string>& topic, bool prompt) = 0;
    // Whether the prompt reads from a terminal (HELP prompts then).
    virtual bool interactive() = 0;
};

// SUPERVISE through a FrontEnd: the command it was started with, else the
// prompt until EXIT or end of input. Returns the product's exit code (the
// condition is noted for os::exit_status).
int run_front_end(FrontEnd& fe);

}  // namespace sv::client
