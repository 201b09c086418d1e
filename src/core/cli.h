// The command language of SUPERVISE on Linux: a reader for CLD files (the
// Command Definition Utility's language, cld/supervise.cld), a DCL command
// line parser that works on the table read from it, and the CLI$PRESENT /
// CLI$GET_VALUE model the client queries. On VMS the same CLD is compiled by
// SET COMMAND and the client calls the real CLI$ routines; the Command class
// below answers with the same statuses, so one client serves both.
//
// Portable: std only, no I/O. Prompting goes through the Prompter interface.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv::cli {

// ---------------------------------------------------------------- the table

// One problem found in a CLD file. `text()` gives
// "file:line: %CDU-E-IDENT, message".
struct Diagnostic {
    std::string file;
    int line = 0;
    std::string ident;    // e.g. UNDEFTYPE
    std::string message;  // e.g. "type FOO is not defined"
    std::string text() const;
};

// The VALUE(...) clause of a parameter, qualifier or keyword.
struct ValueSpec {
    bool allowed = false;      // a VALUE clause was written
    bool required = false;
    bool list = false;
    bool concatenate = true;   // parameters only; '+' accepted
    std::string type;          // "" (plain), "$FILE"..., or a DEFINE TYPE name
    bool has_default = false;
    std::string default_value; // VALUE(DEFAULT=...)
};

enum class Placement { global, local, positional };
enum class EntityKind { parameter, qualifier, keyword };

// A parameter (P1..P8), a qualifier, or a keyword of a DEFINE TYPE.
struct EntityDef {
    EntityKind kind = EntityKind::qualifier;
    std::string name;       // upper case: P2, WAIT, START
    std::string label;      // LABEL= or, when absent, the name
    int line = 0;
    bool negatable = true;  // qualifiers default to NEGATABLE, keywords not
    bool is_default = false;  // DEFAULT clause
    bool batch = false;
    Placement placement = Placement::global;
    std::string syntax;     // SYNTAX=
    std::string prompt;     // PROMPT= (parameters)
    ValueSpec value;
};

// A DISALLOW expression.
struct Expr {
    enum class Op { entity, not_, neg, and_, or_, any2 };
    Op op = Op::entity;
    std::string path;        // for entity: "TIMEOUT", "P1.START"
    std::vector<Expr> args;  // operands of the other operators
};

struct Disallow {
    Expr expr;
    std::string text;  // the expression as written (upper case)
    int line = 0;
};

// A DEFINE VERB or DEFINE SYNTAX. The lists hold what this statement itself
// defines; `CommandTable::effective` applies the inheritance rules.
struct Definition {
    std::string name;
    bool is_verb = false;
    int line = 0;
    std::string image;
    std::string routine;
    std::vector<std::string> synonyms;
    bool defines_params = false, defines_quals = false, defines_disallows = false;
    bool no_params = false, no_quals = false, no_disallows = false;
    std::vector<EntityDef> params;
    std::vector<EntityDef> quals;
    std::vector<Disallow> disallows;
};

struct TypeDef {
    std::string name;
    int line = 0;
    std::vector<EntityDef> keywords;
};

// Everything one CLD file defines. Names are stored upper case.
struct CommandTable {
    std::string module;
    std::string ident;
    std::vector<Definition> verbs;
    std::vector<Definition> syntaxes;
    std::vector<TypeDef> types;

    const Definition* find_verb(std::string_view name) const;    // exact, or synonym
    const Definition* find_syntax(std::string_view name) const;
    const TypeDef* find_type(std::string_view name) const;
    // The definitions in force when `verb` has switched to `syntax` (DEFINE
    // SYNTAX inheritance: a list the syntax defines replaces the verb's, a
    // NOxxx clause empties it, a silent syntax inherits). syntax may be null.
    Definition effective(const Definition& verb, const Definition* syntax) const;
};

// What SET COMMAND is building: `object` (SET COMMAND/OBJECT, a table linked
// into a program) refuses IMAGE; `dcl_table` (added to DCL's tables) refuses
// ROUTINE; `any` (our Linux interpreter) accepts both.
enum class CldForm { any, object, dcl_table };

// Reads a CLD file. Problems go to `diags` (file:line); reading goes on past
// them where it can. The checks are those of dcl.md §1.9.
CommandTable read_cld(std::string_view text, const std::string& file,
                      std::vector<Diagnostic>& diags, CldForm form = CldForm::any);

// True when `name` is a built-in value type ($FILE, $NUMBER, ...).
bool is_builtin_type(std::string_view name);

// The table of cld/supervise.cld, compiled at build time (tools/cldgen
// writes its definition, as SET COMMAND/OBJECT makes SUPERVISE_CLD): no CLD
// text is read at run time.
const CommandTable& builtin_table();

// ------------------------------------------------------- the parsed command

// CLI$PRESENT's answers. `code()` gives the VMS condition value.
enum class Presence { present, negated, locpres, locneg, defaulted, absent };
// CLI$GET_VALUE's answers: `last` is SS$_NORMAL (value returned, no more
// follow), `comma`/`concat` a value followed by ',' or '+', `absent` none.
enum class ValueStatus { last, comma, concat, absent };

std::uint32_t code(Presence p);
std::uint32_t code(ValueStatus s);
// Low bit of the condition value: true for present/locpres/defaulted.
bool is_on(Presence p);

struct Occurrence;

// One value of an entity as typed. For keyword values `text` is the full
// keyword name and `keyword` points at its definition.
struct Value {
    std::string text;      // DCL form: upper case unless quoted
    std::string original;  // as typed, quotes removed, case kept
    bool quoted = false;
    char separator = 0;    // ',' or '+' when another value follows
    bool negated = false;  // NOkeyword
    bool defaulted = false;
    const EntityDef* keyword = nullptr;
    std::vector<Value> values;  // a keyword's own values
    // Local/positional qualifiers typed after this parameter value.
    std::vector<Occurrence> locals;
};

// One entity as it stands in the command.
struct Occurrence {
    const EntityDef* def = nullptr;
    bool negated = false;
    bool defaulted = false;
    std::vector<Value> values;
};

// The result of a parse, queried like CLI$PRESENT / CLI$GET_VALUE.
// Entities are named by label or by name (P1, P2, CONFIGURATION), keywords by
// path (P1.START, FORMAT.JSON; the leading names may be dropped when the rest
// is unambiguous). An entity the effective syntax does not define answers
// absent (VMS would signal; `defines` tells them apart).
class Command {
public:
    Presence present(std::string_view entity) const;
    // Returns one value per call, iterating per entity; `absent` at the end
    // (and the iteration starts again on the next call).
    ValueStatus get_value(std::string_view entity, std::string& out);
    // Same iteration, giving the value as typed (case kept).
    ValueStatus get_original(std::string_view entity, std::string& out);
    // All values at once (DCL form / as typed).
    std::vector<std::string> values(std::string_view entity) const;
    std::vector<std::string> originals(std::string_view entity) const;
    bool defines(std::string_view entity) const;

    // P1's keyword, full name ("START"); empty if none.
    std::string action() const;
    const std::string& verb() const { return verb_; }      // "SUPERVISE"
    const std::string& syntax() const { return syntax_; }  // "SUPERVISE_START" or ""
    // $VERB: first four letters of the verb as defined.
    std::string dollar_verb() const { return verb_.substr(0, 4); }
    // $LINE: the normalised command (upper case outside quotes, one blank
    // between items, no comment).
    const std::string& line() const { return line_; }

    // Filled by the parsers.
    std::string verb_, syntax_, line_;
    // The effective definition; shared so that copies of a Command keep
    // valid pointers into it. Keyword definitions live in the table, which
    // must outlive the Command.
    std::shared_ptr<const Definition> def_;
    const CommandTable* table_ = nullptr;
    std::vector<Occurrence> params_;  // one per parameter given (or defaulted)
    std::vector<Occurrence> quals_;   // global occurrences (and defaults)

private:
    struct Found {
        const Occurrence* occ = nullptr;   // the entity's occurrence, if any
        const EntityDef* def = nullptr;    // its definition
        const Value* keyword = nullptr;    // for a keyword path
        const EntityDef* keyword_def = nullptr;
        bool known = false;
    };
    Found find(std::string_view entity) const;
    const std::vector<Value>* value_list(std::string_view entity) const;
    ValueStatus next(std::string_view entity, std::string& out, bool original);

    std::map<std::string, std::size_t> cursor_;
    // The parameter value most recently fetched (for LOCPRES/LOCNEG):
    // index in params_ and in its values, or -1.
    int last_param_ = -1, last_value_ = -1;
};

// --------------------------------------------------------------- parsing

// Asks the user for a missing required parameter ("_Process: "). Returns
// false at end of input (Ctrl/Z), which cancels the command (NOCOMD).
class Prompter {
public:
    virtual ~Prompter() = default;
    virtual bool ask(const std::string& prompt, std::string& answer) const = 0;
};

// A parse result: ok, or the DCL message lines, e.g.
//   "%CLI-W-IVKEYW, unrecognized keyword - check validity and spelling"
//   " \FROB\"
struct ParseOutcome {
    bool ok = true;
    std::string ident;              // IVKEYW... empty when ok
    std::uint32_t status = 1;       // CLI condition value, 1 when ok
    std::vector<std::string> lines;
    std::string text() const;       // lines joined with '\n'
};

// The CLI messages are DCL's own (facility CLI, number 3); returns the text
// for an ident ("" if unknown) and its condition value.
std::string_view cli_message(std::string_view ident);
std::uint32_t cli_status(std::string_view ident);
// Builds the two-line message for an ident and an offending token (none when
// `token` is empty).
ParseOutcome cli_error(std::string_view ident, std::string_view token);

// True when a line ends with '-' outside quotes and before any comment: the
// command goes on with the next line. `joined` then gets the line without the
// hyphen, ready for the next line to be appended.
bool line_continues(std::string_view line, std::string* joined = nullptr);

// Parses `line` (what follows the verb, e.g. "START WEB/NOWAIT") for `verb`
// against `table`. Without a prompter a missing required parameter is
// INSFPRM, and `out` then holds what was parsed before it was missed.
ParseOutcome parse_command(const CommandTable& table, std::string_view verb,
                           std::string_view line, Command& out,
                           const Prompter* prompter = nullptr);

// The same for a whole line, verb included ("$ SUPERVISE/OUTPUT=X STATUS"):
// a leading '$' and blanks are skipped, the verb ends at the first character
// that cannot be in a name. For the SUPERVISE> prompt, which puts the verb
// in front of what the user types.
ParseOutcome parse_line(const CommandTable& table, std::string_view line, Command& out,
                        const Prompter* prompter = nullptr);

// Maps a Linux argv (after the program name) onto the same command:
// -c FILE, --configuration[=]FILE, -p PWD, --password[=]PWD, -h/--help (HELP),
// --json (/FORMAT=JSON), --name[=value] and --no-name for any qualifier of the
// chosen syntax; words after the action fill the parameters, a list parameter
// taking every remaining word, commas splitting values. Argv values keep
// their case (they count as quoted).
//
// `info`, when given, also tells what the caller of a Linux command needs to
// know of argv itself, from the same single pass: whether an action word or
// -h/--help was given, and where each qualifier's value lies in argv (so a
// password can be blanked in the process's own arguments). Without an action
// word the parse ends INSFPRM, and `out` then holds the qualifiers given
// (options alone, e.g. `supervise -c FILE`, lead to the prompt). The server
// options -c/-p (/CONFIGURATION, /PASSWORD) are dropped for a syntax that does
// not take them (HELP: `supervise -c FILE help` is the natural spelling).
struct ArgvInfo {
    struct Span {
        std::string qualifier;  // its full name: PASSWORD
        std::size_t arg = 0;    // index in args
        std::size_t offset = 0; // where the value starts in args[arg]
    };
    bool action = false;
    bool help = false;
    // The first word, as the action it names ("START" for "sta"), "?" when it
    // names none, "" when there is none (for the exit status of a command
    // that did not parse).
    std::string word;
    std::vector<Span> values;
};
ParseOutcome parse_argv(const CommandTable& table, std::string_view verb,
                        const std::vector<std::string>& args, Command& out, ArgvInfo* info = nullptr);

// Name matching as DCL does it: an exact match wins, else a unique prefix.
// Returns the index in `names`, -1 when none matches, -2 when ambiguous.
int match_name(std::string_view typed, const std::vector<std::string>& names);

}  // namespace sv::cli
