// The message catalogue: msg/supervise.msg (VMS MESSAGE source) read on Linux,
// condition values computed as the MESSAGE utility does (reference/dcl.md §4),
// and `%SUPERVISE-E-IDENT, text` formatting with $FAO substitution.
// Every message the product prints comes from here.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sv::msg {

enum class Severity : uint8_t { warning = 0, success = 1, error = 2, informational = 3, severe = 4 };
char severity_letter(Severity s);   // W S E I F

struct Message {
    std::string ident;       // NOSUCHPROG
    Severity severity = Severity::success;
    uint32_t code = 0;       // full condition value
    std::string text;        // with FAO directives
    int fao_count = 0;
    int line = 0;            // line in the .msg file
};

using Arg = std::variant<std::string, int64_t>;

struct ParseError {
    int line = 0;
    std::string text;
};

class Catalogue {
public:
    // Parses MESSAGE source; errors (with line numbers) go to `errors`.
    static Catalogue parse(std::string_view source, std::vector<ParseError>* errors);
    // The catalogue of msg/supervise.msg, compiled at build time
    // (tools/msgsym writes its definition; no MESSAGE source is read).
    static const Catalogue& builtin();
    // A catalogue from messages already compiled (what tools/msgsym emits).
    static Catalogue compiled(std::string facility, uint32_t facility_number, std::vector<Message> messages);

    const std::string& facility() const { return facility_; }
    uint32_t facility_number() const { return facility_number_; }
    const Message* find(std::string_view ident) const;        // case-insensitive
    const Message* find(uint32_t code) const;                 // by condition value (control bits ignored)
    const std::vector<Message>& all() const { return messages_; }

    // Condition value of IDENT; throws std::out_of_range for an unknown ident
    // (a programming error: the cross-check test proves every ident used exists).
    uint32_t code(std::string_view ident) const;
    // "%SUPERVISE-E-NOSUCHPROG, no such program WEB"
    std::string format(std::string_view ident, const std::vector<Arg>& args = {}) const;
    // Same with '-' instead of '%' (a follow-on line of the same event).
    std::string format_continued(std::string_view ident, const std::vector<Arg>& args = {}) const;
    // Text only, FAO substituted ("no such program WEB").
    std::string text(std::string_view ident, const std::vector<Arg>& args = {}) const;

private:
    std::string facility_;
    uint32_t facility_number_ = 0;
    std::vector<Message> messages_;
};

// $FAO subset: !AS !AD !AZ !UL !SL !UB !UW !XL !XW !ZL !%S !/ !_ !! and field widths (!5UL).
std::string fao(std::string_view control, const std::vector<Arg>& args);

// Severity of a condition value (bits 0-2) and whether it is success (odd).
Severity severity_of(uint32_t code);
inline bool is_success(uint32_t code) { return (code & 1u) != 0; }

}  // namespace sv::msg
