// Port: reading the lines a person (or a command file) types.
//
// Linux: libedit (line editing, history) when standard input is a terminal,
// plain line reads otherwise, so a command file piped in works like a DCL
// procedure. OpenVMS: LIB$GET_INPUT / SMG$READ_COMPOSED_LINE (DCL-style
// recall with the arrow keys comes from the terminal driver).
#pragma once
#include <memory>
#include <optional>
#include <string>

namespace sv::os {

class LineReader {
public:
    virtual ~LineReader() = default;
    // Shows `prompt` (only when interactive) and returns one line without its
    // end-of-line, or nullopt at end of input (Ctrl/D on Linux, Ctrl/Z on VMS).
    virtual std::optional<std::string> read(const std::string& prompt) = 0;
    // True when input comes from a terminal.
    virtual bool interactive() const = 0;
};

std::unique_ptr<LineReader> make_line_reader();

// Reads a password without echo from the terminal; nullopt when there is none.
std::optional<std::string> read_secret(const std::string& prompt);

}  // namespace sv::os
