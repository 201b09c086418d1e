// Port: the system's own command language, when SUPERVISE's commands are
// parsed by it rather than by src/core/cli.
//
// OpenVMS: LIB$GET_FOREIGN and CLI$DCL_PARSE on the table object
// SUPERVISE_CLD, CLI$PRESENT / CLI$GET_VALUE, LBR$OUTPUT_HELP.
// Linux: none (null); the client parses argv and the prompt with src/core/cli.
#pragma once
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "client/front_end.h"
#include "core/msg.h"

namespace sv::os {

std::unique_ptr<client::FrontEnd> native_front_end();

// "%SUPERVISE-E-NOSUCHPROG, no such program WEB": a condition of
// msg/supervise.msg with its FAO arguments. Linux: the catalogue read from
// that file; OpenVMS: $GETMSG on the message object MESSAGE made from it.
std::string condition_text(uint32_t code, const std::vector<msg::Arg>& args);

// Writes that message, one line, to `out` as the system writes a condition's
// message. Linux: condition_text and a newline. OpenVMS: $PUTMSG of a message
// vector carrying the FAO arguments, its action routine writing the line to `out`.
void put_message(std::FILE* out, uint32_t code, const std::vector<msg::Arg>& args);

}  // namespace sv::os
