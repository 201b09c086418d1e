// The interactive prompt on OpenVMS (src/os/terminal.h). Plain line reads
// from SYS$INPUT through the C RTL: recall and editing come from the OpenVMS
// terminal driver itself. LIB$GET_INPUT / SMG$READ_COMPOSED_LINE and a
// no-echo read for passwords (IO$M_NOECHO) are not in the simulator yet.
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <unistd.h>

#include "os/terminal.h"

namespace sv::os {

namespace {
class LineInput : public LineReader {
public:
    std::optional<std::string> read(const std::string& prompt) override {
        if (interactive()) {
            std::fputs(prompt.c_str(), stdout);
            std::fflush(stdout);
        }
        std::string line;
        if (!std::getline(std::cin, line)) return std::nullopt;
        return line;
    }
    bool interactive() const override { return ::isatty(0) != 0; }
};
}  // namespace

std::unique_ptr<LineReader> make_line_reader() { return std::make_unique<LineInput>(); }

std::optional<std::string> read_secret(const std::string&) { return std::nullopt; }

}  // namespace sv::os
