// Linux has no command language of its own for SUPERVISE: the client parses
// with src/core/cli (client/command.cpp), and prints the catalogue read
// from msg/supervise.msg.
#include "os/command_line.h"

namespace sv::os {

std::unique_ptr<client::FrontEnd> native_front_end() { return nullptr; }

std::string condition_text(uint32_t code, const std::vector<msg::Arg>& args) {
    const auto& cat = msg::Catalogue::builtin();
    const msg::Message* m = cat.find(code);
    return m ? cat.format(m->ident, args) : "%SUPERVISE-E-UNKNOWN, status %X" + msg::fao("!XL", {int64_t(code)});
}

void put_message(std::FILE* out, uint32_t code, const std::vector<msg::Arg>& args) {
    std::fprintf(out, "%s\n", condition_text(code, args).c_str());
}

}  // namespace sv::os
