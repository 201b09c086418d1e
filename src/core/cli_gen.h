// Build-time generators of the compiled tables (tools/cldgen, tools/msgsym):
// a CLD command table and a MESSAGE catalogue written out as C++ that builds
// the same values without reading their source text, as CDU's and MESSAGE's
// object modules do on OpenVMS. Used by the tools and by the tests that hold
// the compiled tables to their sources; never on a run-time path.
#pragma once
#include <string>
#include <string_view>

namespace sv::cli {
struct CommandTable;

// A C++ string literal for any bytes (octal escapes for the unprintable).
std::string c_string(std::string_view s);

// A translation unit defining sv::cli::builtin_table() as `t`.
// `source_name` is named in its head comment.
std::string table_source(const CommandTable& t, std::string_view source_name);
}  // namespace sv::cli

namespace sv::msg {
class Catalogue;

// A translation unit defining sv::msg::Catalogue::builtin() as `c`.
std::string catalogue_source(const Catalogue& c, std::string_view source_name);
}  // namespace sv::msg
