// The CLD reader: the language of dcl.md §1, the checks of §1.9, DEFINE SYNTAX
// inheritance, and the real cld/supervise.cld.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/cli.h"
#include "core/embedded.h"

using namespace sv::cli;

namespace {

std::vector<std::string> diag_texts(std::string_view cld) {
    std::vector<Diagnostic> d;
    read_cld(cld, "t.cld", d);
    std::vector<std::string> r;
    for (const auto& x : d) r.push_back(x.text());
    return r;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n";
    return s;
}

}  // namespace

TEST_SUITE("cli_cld") {

TEST_CASE("the real supervise.cld reads with no diagnostics") {
    std::vector<Diagnostic> d;
    CommandTable t = read_cld(sv::embedded::supervise_cld(), "supervise.cld", d);
    std::vector<std::string> texts;
    for (const auto& x : d) texts.push_back(x.text());
    std::string all = joined(texts);
    INFO(all);
    CHECK(d.empty());
    CHECK(t.module == "SUPERVISE_CLD");
    CHECK(t.ident == "V1.0-000");
    REQUIRE(t.verbs.size() == 1);
    const Definition& v = t.verbs[0];
    CHECK(v.name == "SUPERVISE");
    CHECK(v.image == "SUPERVISE");
    REQUIRE(v.params.size() == 1);
    CHECK(v.params[0].prompt == "Action");
    CHECK(v.params[0].value.required);
    CHECK(v.params[0].value.type == "SUPERVISE_ACTIONS");
    const TypeDef* actions = t.find_type("supervise_actions");
    REQUIRE(actions);
    std::vector<std::string> words;
    for (const auto& k : actions->keywords) {
        words.push_back(k.name);
        CHECK(k.syntax == "SUPERVISE_" + k.name);
        CHECK(t.find_syntax(k.syntax) != nullptr);
        CHECK_FALSE(k.negatable);
    }
    CHECK(words == std::vector<std::string>{"START", "STOP", "RESTART", "STATUS", "SIGNAL", "SHUTDOWN",
                                            "RELOAD", "VERSION", "PID", "CLEAR", "REREAD", "AVAIL", "UPDATE",
                                            "ADD", "REMOVE", "HELP", "EXIT", "QUIT"});
    CHECK(&builtin_table() == &builtin_table());
    CHECK(builtin_table().verbs.size() == 1);
}

TEST_CASE("the real CLD: what each syntax takes") {
    const CommandTable& t = builtin_table();
    const Definition& v = t.verbs[0];
    auto quals = [&](const char* syn) {
        std::vector<std::string> r;
        for (const auto& q : t.effective(v, t.find_syntax(syn)).quals) r.push_back(q.name);
        return r;
    };
    std::vector<std::string> change{"CONFIGURATION", "PASSWORD", "SERVERURL", "USERNAME", "INTERACTIVE",
                                    "OUTPUT", "FORMAT", "WAIT", "TIMEOUT"};
    std::vector<std::string> server{"CONFIGURATION", "PASSWORD", "SERVERURL", "USERNAME", "INTERACTIVE",
                                    "OUTPUT", "FORMAT", "TIMEOUT"};
    std::vector<std::string> status{"CONFIGURATION", "PASSWORD", "SERVERURL", "USERNAME", "INTERACTIVE",
                                    "OUTPUT", "FORMAT", "TIMEOUT"};
    CHECK(quals("SUPERVISE_START") == change);
    CHECK(quals("SUPERVISE_STOP") == change);
    CHECK(quals("SUPERVISE_RESTART") == change);
    CHECK(quals("SUPERVISE_STATUS") == status);
    CHECK(quals("SUPERVISE_SIGNAL") == status);
    CHECK(quals("SUPERVISE_SHUTDOWN") == server);
    CHECK(quals("SUPERVISE_RELOAD") == server);
    CHECK(quals("SUPERVISE_VERSION") == server);
    for (const char* syn : {"SUPERVISE_PID", "SUPERVISE_CLEAR", "SUPERVISE_REREAD", "SUPERVISE_AVAIL",
                            "SUPERVISE_UPDATE", "SUPERVISE_ADD", "SUPERVISE_REMOVE"})
        CHECK(quals(syn) == status);
    CHECK(quals("SUPERVISE_HELP").empty());
    CHECK(quals("SUPERVISE_EXIT").empty());
    CHECK(quals("SUPERVISE_QUIT").empty());
    Definition start = t.effective(v, t.find_syntax("SUPERVISE_START"));
    REQUIRE(start.params.size() == 2);
    CHECK(start.params[1].prompt == "Process");
    CHECK(start.params[1].value.required);
    CHECK(start.params[1].value.list);
    CHECK_FALSE(start.params[1].value.concatenate);
    REQUIRE(start.disallows.size() == 1);
    CHECK(start.disallows[0].text == "TIMEOUT AND (NEG WAIT)");
    Definition sig = t.effective(v, t.find_syntax("SUPERVISE_SIGNAL"));
    REQUIRE(sig.params.size() == 3);
    CHECK(sig.params[1].prompt == "Signal");
    CHECK(sig.params[2].prompt == "Process");
    CHECK(sig.disallows.empty());
    Definition help = t.effective(v, t.find_syntax("SUPERVISE_HELP"));
    REQUIRE(help.params.size() == 2);
    CHECK(help.params[1].value.type == "$REST_OF_LINE");
    CHECK_FALSE(help.params[1].value.required);
    CHECK(help.image == "SUPERVISE");  // inherited
}

TEST_CASE("every clause of the language is read") {
    std::vector<Diagnostic> d;
    CommandTable t = read_cld(R"(
module Demo_Cld   ! comment
ident "X1 ""q"""
define verb demo
    image mgr_tools:DEMO
    synonym DEMONSTRATE
    routine demo_main
    parameter p1, label=files, prompt="File",
        value(required, list, concatenate, type=$infile)
    parameter p2 default value(default=out.lis)
    qualifier Output, nonnegatable, label=outfile, batch,
        value(type=$outfile, default="SYS$OUTPUT:")
    qualifier LOG negatable default
    qualifier COUNT value(required,type=$NUMBER) placement=local
    qualifier MODE value(list type=modes) placement=positional syntax=demo_other
    qualifier BRIEF
    disallow any2(brief, log, mode.fast) or (not files and neg log)
define type modes
    keyword FAST, default, negatable
    keyword SLOW, nonnegatable, label=turtle, value(required)
define syntax demo_other
    image "DEMO2"
    noparameters
    qualifier mode value(type=modes)
    nodisallows
)", "d.cld", d);
    std::string first = d.empty() ? std::string() : d[0].text();
    INFO(first);
    CHECK(d.empty());
    CHECK(t.module == "DEMO_CLD");
    CHECK(t.ident == "X1 \"q\"");
    const Definition* v = t.find_verb("demonstrate");
    REQUIRE(v);
    CHECK(v->name == "DEMO");
    CHECK(v->image == "mgr_tools:DEMO");
    CHECK(v->routine == "DEMO_MAIN");
    REQUIRE(v->params.size() == 2);
    CHECK(v->params[0].label == "FILES");
    CHECK(v->params[0].prompt == "File");
    CHECK(v->params[0].value.list);
    CHECK(v->params[0].value.type == "$INFILE");
    CHECK(v->params[1].is_default);
    CHECK(v->params[1].value.default_value == "out.lis");
    REQUIRE(v->quals.size() == 5);
    CHECK(v->quals[0].label == "OUTFILE");
    CHECK_FALSE(v->quals[0].negatable);
    CHECK(v->quals[0].batch);
    CHECK(v->quals[0].value.default_value == "SYS$OUTPUT:");
    CHECK(v->quals[1].negatable);
    CHECK(v->quals[1].is_default);
    CHECK(v->quals[2].placement == Placement::local);
    CHECK(v->quals[2].value.required);
    CHECK(v->quals[3].placement == Placement::positional);
    CHECK(v->quals[3].syntax == "DEMO_OTHER");
    CHECK(v->quals[4].negatable);  // qualifiers are negatable unless told
    CHECK_FALSE(v->quals[4].value.allowed);
    REQUIRE(v->disallows.size() == 1);
    CHECK(v->disallows[0].text == "ANY2(BRIEF, LOG, MODE.FAST) OR (NOT FILES AND NEG LOG)");
    const Expr& e = v->disallows[0].expr;
    CHECK(e.op == Expr::Op::or_);
    CHECK(e.args[0].op == Expr::Op::any2);
    CHECK(e.args[0].args.size() == 3);
    CHECK(e.args[0].args[2].path == "MODE.FAST");
    CHECK(e.args[1].op == Expr::Op::and_);
    CHECK(e.args[1].args[0].op == Expr::Op::not_);
    CHECK(e.args[1].args[1].op == Expr::Op::neg);
    const TypeDef* m = t.find_type("MODES");
    REQUIRE(m);
    CHECK(m->keywords[0].is_default);
    CHECK(m->keywords[0].negatable);
    CHECK(m->keywords[1].label == "TURTLE");
    CHECK(m->keywords[1].value.required);
    Definition o = t.effective(*v, t.find_syntax("DEMO_OTHER"));
    CHECK(o.image == "DEMO2");
    CHECK(o.routine == "DEMO_MAIN");  // inherited
    CHECK(o.params.empty());          // NOPARAMETERS
    REQUIRE(o.quals.size() == 1);     // replaced
    CHECK(o.disallows.empty());       // NODISALLOWS
}

TEST_CASE("precedence: NOT and NEG, then AND, then OR") {
    std::vector<Diagnostic> d;
    CommandTable t = read_cld("define verb v qualifier a qualifier b qualifier c\n"
                              "disallow a or b and not c", "p.cld", d);
    CHECK(d.empty());
    const Expr& e = t.verbs[0].disallows[0].expr;
    REQUIRE(e.op == Expr::Op::or_);
    CHECK(e.args[0].path == "A");
    REQUIRE(e.args[1].op == Expr::Op::and_);
    CHECK(e.args[1].args[1].op == Expr::Op::not_);
}

TEST_CASE("diagnostics name file and line") {
    CHECK(diag_texts("define verb v\n parameter p2\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-PARMORDER, parameter P2 of verb V should be P1"});
    CHECK(diag_texts("define verb v\n parameter p1\n parameter p2 value(required)\n") ==
          std::vector<std::string>{"t.cld:3: %CDU-E-REQAFTOPT, required parameter P2 follows an optional one"});
    CHECK(diag_texts("define verb v\n parameter p1 value(type=nothing)\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-UNDEFTYPE, type NOTHING is not defined"});
    CHECK(diag_texts("define verb v\n qualifier q syntax=nowhere\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-UNDEFSYN, syntax NOWHERE is not defined"});
    CHECK(diag_texts("define verb v\n qualifier q value(type=$bogus)\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-BADBUILTIN, unknown built-in type $BOGUS"});
    CHECK(diag_texts("define verb v\n parameter p1 placement=local\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-BADCLAUSE, PLACEMENT is not allowed on a parameter"});
    CHECK(diag_texts("define verb v\n qualifier q\n frobnicate\n") ==
          std::vector<std::string>{"t.cld:3: %CDU-E-UNKCLAUSE, unknown clause FROBNICATE"});
    CHECK(diag_texts("define verb v prompt\n") ==
          std::vector<std::string>{"t.cld:1: %CDU-E-UNKCLAUSE, unknown clause PROMPT"});
    CHECK(diag_texts("ident \"abc\ndefine verb v\n") ==
          std::vector<std::string>{"t.cld:1: %CDU-E-UNTERMSTR, unterminated quoted string"});
    CHECK(diag_texts("define verb v\n qualifier q\n disallow q and r\n") ==
          std::vector<std::string>{"t.cld:3: %CDU-E-UNDEFENT, DISALLOW operand R names no entity of verb V"});
    CHECK(diag_texts("define verb v\n qualifier abcdefghijabcdefghijabcdefghij12\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-NAMTOOLONG, name ABCDEFGHIJABCDEFGHIJABCDEFGHIJ12 is over 31 characters"});
    CHECK(diag_texts("frob\ndefine syntax s synonym x\n") ==
          std::vector<std::string>{"t.cld:1: %CDU-E-UNKSTMT, unknown statement FROB",
                                   "t.cld:2: %CDU-E-SYNONYM, SYNONYM is not allowed in DEFINE SYNTAX"});
}

TEST_CASE("IMAGE and ROUTINE by the form being built") {
    const char* cld = "define verb v\n image \"V\"\ndefine verb w\n routine w_main\n";
    std::vector<Diagnostic> d;
    read_cld(cld, "f.cld", d);
    CHECK(d.empty());
    read_cld(cld, "f.cld", d, CldForm::object);
    REQUIRE(d.size() == 1);
    CHECK(d[0].text() == "f.cld:1: %CDU-E-IMAGEOBJ, IMAGE cannot be used in an object module table");
    d.clear();
    read_cld(cld, "f.cld", d, CldForm::dcl_table);
    REQUIRE(d.size() == 1);
    CHECK(d[0].text() == "f.cld:3: %CDU-E-ROUTINEDCL, ROUTINE cannot be used in a DCL command table");
    // The real file is for SET COMMAND (it names its IMAGE, as the grammar asks).
    d.clear();
    read_cld(sv::embedded::supervise_cld(), "supervise.cld", d, CldForm::dcl_table);
    CHECK(d.empty());
}

TEST_CASE("duplicates and the four-character rule") {
    CHECK(diag_texts("define verb v\ndefine verb v\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-DUPVERB, duplicate verb V"});
    CHECK(diag_texts("define verb status\ndefine verb statistics\n") ==
          std::vector<std::string>{"t.cld:2: %CDU-E-NOTUNIQUE, verb STATISTICS is not unique in 4 characters (STATUS)"});
    CHECK(diag_texts("define verb v\n qualifier output\n qualifier output\n") ==
          std::vector<std::string>{"t.cld:3: %CDU-E-DUPQUAL, duplicate qualifier in verb V OUTPUT"});
    CHECK(diag_texts("define verb v\n qualifier logging\n qualifier loggers\n") ==
          std::vector<std::string>{"t.cld:3: %CDU-E-NOTUNIQUE, qualifier in verb V LOGGERS is not unique in 4 characters (LOGGING)"});
    CHECK(diag_texts("define type t\n keyword a\n keyword a\n") ==
          std::vector<std::string>{"t.cld:3: %CDU-E-DUPKEYW, duplicate keyword in type T A"});
    CHECK(diag_texts("define type t\ndefine type t\ndefine syntax s\ndefine syntax s\n") ==
          std::vector<std::string>{"t.cld:4: %CDU-E-DUPSYNTAX, duplicate syntax S",
                                   "t.cld:2: %CDU-E-DUPTYPE, duplicate type T"});
}

TEST_CASE("a syntax is checked as it stands after inheritance") {
    // S inherits Q from V, so its inherited DISALLOW still resolves; T drops
    // the qualifiers but keeps the DISALLOW naming them: an error.
    CHECK(diag_texts("define verb v\n parameter p1 value(type=k)\n qualifier q\n disallow q and neg q\n"
                     "define type k keyword s, syntax=s keyword t, syntax=t\n"
                     "define syntax s\n parameter p1\n"
                     "define syntax t\n noqualifiers\n") ==
          std::vector<std::string>{"t.cld:4: %CDU-E-UNDEFENT, DISALLOW operand Q names no entity of syntax T"});
}

}  // TEST_SUITE
