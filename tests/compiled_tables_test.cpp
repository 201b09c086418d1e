// The compiled tables: the command table tools/cldgen generated from
// cld/supervise.cld and the message table tools/msgsym generated from
// msg/supervise.msg hold exactly what a fresh read of those files gives, and
// the client image links them instead of the readers.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/cli.h"
#include "core/cli_gen.h"
#include "core/msg.h"

using namespace sv;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// Every field of a table, written by hand here (not by the generator), so a
// field the generator forgot shows as a difference.
std::string dump(const cli::ValueSpec& v) {
    std::ostringstream o;
    o << v.allowed << v.required << v.list << v.concatenate << "|" << v.type << "|" << v.has_default << "|"
      << v.default_value;
    return o.str();
}

std::string dump(const cli::EntityDef& e) {
    std::ostringstream o;
    o << static_cast<int>(e.kind) << "|" << e.name << "|" << e.label << "|" << e.line << "|" << e.negatable
      << e.is_default << e.batch << "|" << static_cast<int>(e.placement) << "|" << e.syntax << "|" << e.prompt
      << "|" << dump(e.value) << "\n";
    return o.str();
}

std::string dump(const cli::Expr& x) {
    std::string s = "(" + std::to_string(static_cast<int>(x.op)) + " " + x.path;
    for (const auto& a : x.args) s += " " + dump(a);
    return s + ")";
}

std::string dump(const cli::Definition& d) {
    std::ostringstream o;
    o << d.name << "|" << d.is_verb << "|" << d.line << "|" << d.image << "|" << d.routine << "|";
    for (const auto& s : d.synonyms) o << s << ",";
    o << "|" << d.defines_params << d.defines_quals << d.defines_disallows << d.no_params << d.no_quals
      << d.no_disallows << "\n";
    for (const auto& p : d.params) o << " P " << dump(p);
    for (const auto& q : d.quals) o << " Q " << dump(q);
    for (const auto& x : d.disallows) o << " D " << dump(x.expr) << "|" << x.text << "|" << x.line << "\n";
    return o.str();
}

std::string dump(const cli::CommandTable& t) {
    std::string s = t.module + "|" + t.ident + "\n";
    for (const auto& d : t.verbs) s += "VERB " + dump(d);
    for (const auto& d : t.syntaxes) s += "SYNTAX " + dump(d);
    for (const auto& ty : t.types) {
        s += "TYPE " + ty.name + "|" + std::to_string(ty.line) + "\n";
        for (const auto& k : ty.keywords) s += " K " + dump(k);
    }
    return s;
}

}  // namespace

TEST_SUITE("compiled tables") {

TEST_CASE("the linked command table is cld/supervise.cld as the CLD reader reads it") {
    std::vector<cli::Diagnostic> diags;
    cli::CommandTable read = cli::read_cld(slurp(SV_SOURCE_DIR "/cld/supervise.cld"), "supervise.cld", diags);
    CHECK(diags.empty());
    REQUIRE(!read.verbs.empty());
    CHECK(dump(cli::builtin_table()) == dump(read));
}

TEST_CASE("the generator writes every clause: a table with all of them round-trips through its text") {
    // What cld/supervise.cld does not use (synonyms, ROUTINE, LABEL, BATCH,
    // local and positional placement, every DISALLOW operator) appears in
    // the generated source with its value.
    const char* cld =
        "MODULE T_CLD\nIDENT \"X-1\"\n"
        "DEFINE VERB GO\n    SYNONYM GOGO\n    ROUTINE GO_NOW\n"
        "    PARAMETER P1, LABEL=WHAT, PROMPT=\"Wh\"\"at\", VALUE(REQUIRED, LIST, NOCONCATENATE)\n"
        "    QUALIFIER FAST, BATCH, PLACEMENT=LOCAL, NEGATABLE\n"
        "    QUALIFIER SLOW, PLACEMENT=POSITIONAL, VALUE(TYPE=$NUMBER, DEFAULT=7)\n"
        "    DISALLOW ANY2(FAST, SLOW) OR (NOT WHAT AND NEG FAST)\n";
    std::vector<cli::Diagnostic> diags;
    cli::CommandTable t = cli::read_cld(cld, "t.cld", diags);
    for (const auto& d : diags) MESSAGE(d.text());
    REQUIRE(diags.empty());
    std::string src = cli::table_source(t, "t.cld");
    for (const char* want : {"d.synonyms.push_back(\"GOGO\")", "d.routine = \"GO_NOW\"", "\"WHAT\"", "\"Wh\\\"at\"",
                             "Placement::local, ", "Placement::positional, ", "Expr::Op::any2", "Expr::Op::or_",
                             "Expr::Op::not_", "Expr::Op::neg", "Expr::Op::and_", "\"7\"", "t.module = \"T_CLD\"",
                             "t.ident = \"X-1\""})
        CHECK_MESSAGE(src.find(want) != std::string::npos, want);
    CHECK(cli::c_string(std::string("a\0\x7f?\\\n", 6)) == "\"a\\000\\177\\077\\\\\\n\"");
}

TEST_CASE("the linked message table is msg/supervise.msg as the MESSAGE reader reads it") {
    std::vector<msg::ParseError> errors;
    auto read = msg::Catalogue::parse(slurp(SV_SOURCE_DIR "/msg/supervise.msg"), &errors);
    CHECK(errors.empty());
    const auto& built = msg::Catalogue::builtin();
    CHECK(built.facility() == read.facility());
    CHECK(built.facility_number() == read.facility_number());
    REQUIRE(built.all().size() == read.all().size());
    REQUIRE(!read.all().empty());
    for (size_t i = 0; i < read.all().size(); ++i) {
        const auto& a = built.all()[i];
        const auto& b = read.all()[i];
        CHECK(a.ident == b.ident);
        CHECK(a.severity == b.severity);
        CHECK(a.code == b.code);
        CHECK(a.text == b.text);
        CHECK(a.fao_count == b.fao_count);
        CHECK(a.line == b.line);
    }
}

#ifdef SV_GC_SECTIONS
namespace {
// The symbols of an image, demangled (nm -C).
std::string symbols_of(const char* image) {
    std::FILE* p = ::popen((std::string("nm -C ") + image).c_str(), "r");
    REQUIRE(p != nullptr);
    std::string symbols;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) symbols.append(buf, n);
    int rc = ::pclose(p);
    REQUIRE(rc == 0);
    return symbols;
}
}  // namespace

TEST_CASE("the client image holds no CLD or MESSAGE reader and no INI section it does not need") {
    // Linked with --gc-sections: a function nothing calls is not in the image.
    std::string symbols = symbols_of(SV_SUPERVISE);
    CHECK(symbols.find("sv::cli::builtin_table()") != std::string::npos);  // the listing is real
    CHECK(symbols.find("sv::msg::Catalogue::builtin()") != std::string::npos);
    CHECK(symbols.find("sv::cli::read_cld(") == std::string::npos);
    CHECK(symbols.find("sv::msg::Catalogue::parse(") == std::string::npos);
    CHECK(symbols.find("sv::embedded::supervise_cld()") == std::string::npos);
    CHECK(symbols.find("sv::embedded::supervise_msg()") == std::string::npos);
}

TEST_CASE("the server image links no C++ streams (their locale machinery is a third of its text)") {
    // libstdc++ is linked in statically: one std::ofstream anywhere in the
    // server brings iostreams and every locale facet (1.32 -> 1.75 MB of
    // text, PSS 1.2 -> 1.6 MiB at 10 programs).
    std::string symbols = symbols_of(SV_SUPERVISORD);
    CHECK(symbols.find("sv::server::run_server(") != std::string::npos);  // the listing is real
    CHECK(symbols.find("std::locale::") == std::string::npos);
    CHECK(symbols.find("std::basic_ostream") == std::string::npos);
}
#endif

}  // TEST_SUITE
