// CLD reader: the Command Definition Utility language (dcl.md §1) into a
// CommandTable, with the checks of §1.9 reported as file:line diagnostics.
#include <cctype>
#include <set>

#include "core/cli.h"
#include "core/text.h"

namespace sv::cli {
namespace {

// A CLD token: a word (names, paths like P1.START, file specifications), a
// quoted string, or one of ( ) = ,
struct Token {
    enum class Kind { word, string, punct, end } kind = Kind::end;
    std::string text;  // word as written; string without quotes; punct char
    int line = 0;
    std::string up() const { return upcase(text); }
    bool is(std::string_view w) const { return kind == Kind::word && up() == w; }
    bool punct(char c) const { return kind == Kind::punct && text[0] == c; }
};

class Lexer {
public:
    Lexer(std::string_view text, const std::string& file, std::vector<Diagnostic>& diags)
        : text_(text), file_(file), diags_(diags) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == '\n') { ++line_; ++pos_; continue; }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') { ++pos_; continue; }
            if (c == '!') { skip_comment(); continue; }
            if (c == '"') { out.push_back(string_token()); continue; }
            if (c == '(' || c == ')' || c == '=' || c == ',') {
                out.push_back({Token::Kind::punct, std::string(1, c), line_});
                ++pos_;
                continue;
            }
            std::size_t start = pos_;
            while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) &&
                   std::string_view("(),=!\"").find(text_[pos_]) == std::string_view::npos)
                ++pos_;
            out.push_back({Token::Kind::word, std::string(text_.substr(start, pos_ - start)), line_});
        }
        out.push_back({Token::Kind::end, "", line_});
        return out;
    }

private:
    void skip_comment() {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    }
    Token string_token() {
        Token t{Token::Kind::string, "", line_};
        ++pos_;
        for (;;) {
            if (pos_ >= text_.size() || text_[pos_] == '\n') {
                diags_.push_back({file_, t.line, "UNTERMSTR", "unterminated quoted string"});
                return t;
            }
            char c = text_[pos_++];
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') { t.text += '"'; ++pos_; continue; }
                return t;
            }
            t.text += c;
        }
    }

    std::string_view text_;
    const std::string& file_;
    std::vector<Diagnostic>& diags_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

const char* const kBuiltins[] = {
    "$FILE", "$INFILE", "$OUTFILE", "$OUTLOG", "$NUMBER", "$QUOTED_STRING", "$REST_OF_LINE",
    "$DATETIME", "$DELTATIME", "$ACL", "$UIC", "$EXPRESSION", "$LOGICAL", "$SYMBOL",
    "$PROCESS", "$DEVICE", "$DIRECTORY", "$NODE", "$PARENTHESIZED_VALUE", "$LOG", "$PRIVILEGE",
    "$PROTECTION", "$TIME"};

// Recursive-descent reader over the token list.
class Reader {
public:
    Reader(std::vector<Token> toks, const std::string& file, std::vector<Diagnostic>& diags)
        : t_(std::move(toks)), file_(file), diags_(diags) {}

    CommandTable run() {
        while (cur().kind != Token::Kind::end) {
            const Token& k = cur();
            if (k.is("MODULE")) {
                ++i_;
                table_.module = upcase(name("module name"));
            } else if (k.is("IDENT")) {
                ++i_;
                if (cur().kind == Token::Kind::string || cur().kind == Token::Kind::word) {
                    table_.ident = cur().text;
                    if (table_.ident.size() > 31) diag(cur().line, "IDENTLONG", "IDENT string over 31 characters");
                    ++i_;
                } else {
                    diag(cur().line, "SYNTAX", "IDENT needs a quoted string");
                }
            } else if (k.is("DEFINE")) {
                ++i_;
                define();
            } else if (k.punct(',')) {
                ++i_;
            } else {
                diag(k.line, "UNKSTMT", "unknown statement " + k.up());
                ++i_;
                skip_to_statement();
            }
        }
        return std::move(table_);
    }

private:
    const Token& cur() const { return t_[i_]; }
    bool at_statement() const {
        const Token& k = cur();
        return k.kind == Token::Kind::end || k.is("DEFINE") || k.is("MODULE") || k.is("IDENT");
    }
    void skip_to_statement() {
        while (!at_statement()) ++i_;
    }
    void skip_commas() {
        while (cur().punct(',')) ++i_;
    }
    void diag(int line, const std::string& ident, const std::string& msg) {
        diags_.push_back({file_, line, ident, msg});
    }

    // A name token (checked: name characters, at most 31).
    std::string name(const char* what) {
        const Token& k = cur();
        if (k.kind != Token::Kind::word) {
            diag(k.line, "SYNTAX", std::string("missing ") + what);
            return {};
        }
        ++i_;
        check_name(k.text, k.line);
        return upcase(k.text);
    }
    void check_name(const std::string& n, int line) {
        if (!is_name(n)) diag(line, "BADNAME", "invalid name " + upcase(n));
        else if (n.size() > 31) diag(line, "NAMTOOLONG", "name " + upcase(n) + " is over 31 characters");
    }
    bool expect(char c) {
        if (cur().punct(c)) { ++i_; return true; }
        diag(cur().line, "SYNTAX", std::string("expected '") + c + "'");
        return false;
    }
    // "= name" after LABEL, TYPE, SYNTAX, PLACEMENT.
    std::string eq_name(const char* what) {
        expect('=');
        return name(what);
    }

    void define() {
        const Token& k = cur();
        if (k.is("VERB") || k.is("SYNTAX")) {
            bool verb = k.is("VERB");
            ++i_;
            Definition d;
            d.is_verb = verb;
            d.line = cur().line;
            d.name = name(verb ? "verb name" : "syntax name");
            verb_clauses(d);
            (verb ? table_.verbs : table_.syntaxes).push_back(std::move(d));
        } else if (k.is("TYPE")) {
            ++i_;
            TypeDef td;
            td.line = cur().line;
            td.name = name("type name");
            type_clauses(td);
            table_.types.push_back(std::move(td));
        } else {
            diag(k.line, "UNKSTMT", "DEFINE " + k.up() + " is not VERB, SYNTAX or TYPE");
            skip_to_statement();
        }
    }

    void verb_clauses(Definition& d) {
        for (skip_commas(); !at_statement(); skip_commas()) {
            const Token& k = cur();
            std::string w = k.up();
            int line = k.line;
            if (k.kind != Token::Kind::word) {
                diag(line, "SYNTAX", "unexpected '" + k.text + "'");
                ++i_;
                continue;
            }
            ++i_;
            if (w == "IMAGE") {
                if (cur().kind == Token::Kind::string || cur().kind == Token::Kind::word) {
                    d.image = cur().text;
                    ++i_;
                } else {
                    diag(line, "SYNTAX", "IMAGE needs a file specification");
                }
            } else if (w == "ROUTINE") {
                d.routine = name("routine name");
            } else if (w == "SYNONYM") {
                std::string s = name("synonym");
                if (!d.is_verb) diag(line, "SYNONYM", "SYNONYM is not allowed in DEFINE SYNTAX");
                else d.synonyms.push_back(s);
            } else if (w == "PARAMETER") {
                d.defines_params = true;
                d.params.push_back(entity(EntityKind::parameter));
            } else if (w == "QUALIFIER") {
                d.defines_quals = true;
                d.quals.push_back(entity(EntityKind::qualifier));
            } else if (w == "DISALLOW") {
                d.defines_disallows = true;
                Disallow dis;
                dis.line = line;
                std::size_t from = i_;
                dis.expr = or_expr();
                for (std::size_t j = from; j < i_; ++j) {
                    const Token& x = t_[j];
                    bool glue = x.punct(')') || x.punct(',') ||
                                (j > from && t_[j - 1].punct('(')) ||
                                (x.punct('(') && j > from && t_[j - 1].is("ANY2"));
                    if (!dis.text.empty() && !glue) dis.text += ' ';
                    dis.text += x.up();
                }
                d.disallows.push_back(std::move(dis));
            } else if (w == "NOPARAMETERS") {
                d.no_params = true;
            } else if (w == "NOQUALIFIERS") {
                d.no_quals = true;
            } else if (w == "NODISALLOWS") {
                d.no_disallows = true;
            } else if (w == "CLIROUTINE" || w == "PREFIX") {
                name("name");  // DEC-internal clauses: accepted, ignored
            } else if (w == "CLIFLAGS" || w == "OUTPUTS") {
                skip_parens();
            } else {
                diag(line, "UNKCLAUSE", "unknown clause " + w);
            }
        }
    }

    void skip_parens() {
        if (!cur().punct('(')) return;
        int depth = 0;
        do {
            if (cur().punct('(')) ++depth;
            if (cur().punct(')')) --depth;
            ++i_;
        } while (depth > 0 && cur().kind != Token::Kind::end);
    }

    void type_clauses(TypeDef& td) {
        for (skip_commas(); !at_statement(); skip_commas()) {
            if (cur().is("KEYWORD")) {
                ++i_;
                td.keywords.push_back(entity(EntityKind::keyword));
            } else {
                diag(cur().line, "UNKCLAUSE", "expected KEYWORD, found " + cur().up());
                ++i_;
            }
        }
    }

    EntityDef entity(EntityKind kind) {
        EntityDef e;
        e.kind = kind;
        e.line = cur().line;
        e.name = name("name");
        e.label = e.name;
        e.negatable = kind == EntityKind::qualifier;
        if (kind == EntityKind::parameter) e.value.allowed = true;
        for (skip_commas(); cur().kind == Token::Kind::word; skip_commas()) {
            std::string w = cur().up();
            int line = cur().line;
            bool qual = kind == EntityKind::qualifier, param = kind == EntityKind::parameter;
            auto wrong = [&] {
                diag(line, "BADCLAUSE", w + " is not allowed on " + (param ? "a parameter" : qual ? "a qualifier" : "a keyword"));
            };
            if (w == "DEFAULT") { ++i_; e.is_default = true; }
            else if (w == "LABEL") { ++i_; e.label = eq_name("label"); }
            else if (w == "VALUE") { ++i_; value(e.value, line); }
            else if (w == "PROMPT") {
                ++i_;
                expect('=');
                if (cur().kind == Token::Kind::string) { e.prompt = cur().text; ++i_; }
                else diag(line, "SYNTAX", "PROMPT needs a quoted string");
                if (!param) wrong();
            } else if (w == "BATCH") { ++i_; e.batch = true; if (!qual) wrong(); }
            else if (w == "NEGATABLE" || w == "NONNEGATABLE") {
                ++i_;
                e.negatable = w == "NEGATABLE";
                if (param) wrong();
            } else if (w == "PLACEMENT") {
                ++i_;
                std::string p = eq_name("placement");
                if (p == "GLOBAL") e.placement = Placement::global;
                else if (p == "LOCAL") e.placement = Placement::local;
                else if (p == "POSITIONAL") e.placement = Placement::positional;
                else diag(line, "BADPLACE", "PLACEMENT must be GLOBAL, LOCAL or POSITIONAL");
                if (!qual) wrong();
            } else if (w == "SYNTAX") {
                ++i_;
                e.syntax = eq_name("syntax name");
                syntax_refs_.push_back({e.syntax, line});
                if (param) wrong();
            } else {
                break;  // the clause list ends at the first word not a clause
            }
        }
        if (!e.value.type.empty() && e.value.type[0] != '$') type_refs_.push_back({e.value.type, e.line});
        return e;
    }

    void value(ValueSpec& v, int line) {
        v.allowed = true;
        if (!cur().punct('(')) return;
        ++i_;
        for (;;) {
            const Token& k = cur();
            std::string w = k.up();
            if (k.kind != Token::Kind::word) {
                diag(k.line, "SYNTAX", "expected a VALUE option");
                break;
            }
            ++i_;
            if (w == "REQUIRED") v.required = true;
            else if (w == "LIST") v.list = true;
            else if (w == "CONCATENATE") v.concatenate = true;
            else if (w == "NOCONCATENATE") v.concatenate = false;
            else if (w == "TYPE") {
                v.type = eq_name("type");
                if (v.type.size() > 0 && v.type[0] == '$' && !is_builtin_type(v.type))
                    diag(line, "BADBUILTIN", "unknown built-in type " + v.type);
            } else if (w == "DEFAULT") {
                expect('=');
                if (cur().kind == Token::Kind::string || cur().kind == Token::Kind::word) {
                    v.has_default = true;
                    v.default_value = cur().text;
                    ++i_;
                } else {
                    diag(line, "SYNTAX", "DEFAULT= needs a value");
                }
            } else {
                diag(k.line, "UNKCLAUSE", "unknown VALUE option " + w);
            }
            if (cur().punct(',')) { ++i_; continue; }
            if (cur().punct(')')) { ++i_; break; }
            if (cur().kind == Token::Kind::word) continue;  // commas are optional
            diag(cur().line, "SYNTAX", "expected ',' or ')' in VALUE");
            break;
        }
    }

    // DISALLOW expressions: NOT/NEG bind tightest, then AND, then OR.
    Expr or_expr() {
        Expr left = and_expr();
        while (cur().is("OR")) {
            ++i_;
            Expr e{Expr::Op::or_, "", {std::move(left), and_expr()}};
            left = std::move(e);
        }
        return left;
    }
    Expr and_expr() {
        Expr left = unary();
        while (cur().is("AND")) {
            ++i_;
            Expr e{Expr::Op::and_, "", {std::move(left), unary()}};
            left = std::move(e);
        }
        return left;
    }
    Expr unary() {
        if (cur().is("NOT") || cur().is("NEG")) {
            Expr::Op op = cur().is("NOT") ? Expr::Op::not_ : Expr::Op::neg;
            ++i_;
            return Expr{op, "", {unary()}};
        }
        if (cur().is("ANY2") && t_[i_ + 1].punct('(')) {
            i_ += 2;
            Expr e{Expr::Op::any2, "", {}};
            for (;;) {
                e.args.push_back(operand());
                if (cur().punct(',')) { ++i_; continue; }
                expect(')');
                break;
            }
            return e;
        }
        if (cur().punct('(')) {
            ++i_;
            Expr e = or_expr();
            expect(')');
            return e;
        }
        return operand();
    }
    Expr operand() {
        const Token& k = cur();
        if (k.kind != Token::Kind::word) {
            diag(k.line, "SYNTAX", "DISALLOW needs an entity name");
            return {};
        }
        ++i_;
        std::string path = k.up();
        std::size_t s = 0;
        for (;;) {
            std::size_t dot = path.find('.', s);
            check_name(path.substr(s, dot == std::string::npos ? std::string::npos : dot - s), k.line);
            if (dot == std::string::npos) break;
            s = dot + 1;
        }
        return Expr{Expr::Op::entity, path, {}};
    }

public:
    struct Ref {
        std::string name;
        int line;
    };
    std::vector<Ref> syntax_refs_, type_refs_;

private:
    std::vector<Token> t_;
    std::size_t i_ = 0;
    const std::string& file_;
    std::vector<Diagnostic>& diags_;
    CommandTable table_;
};

// ------------------------------------------------------------------ checks

class Checker {
public:
    Checker(const CommandTable& t, const std::string& file, std::vector<Diagnostic>& diags)
        : t_(t), file_(file), diags_(diags) {}

    void run(const Reader& r) {
        for (const auto& ref : r.type_refs_)
            if (!t_.find_type(ref.name)) diag(ref.line, "UNDEFTYPE", "type " + ref.name + " is not defined");
        for (const auto& ref : r.syntax_refs_)
            if (!t_.find_syntax(ref.name)) diag(ref.line, "UNDEFSYN", "syntax " + ref.name + " is not defined");
        names_unique();
        for (const auto& ty : t_.types) entity_list(ty.keywords, "keyword", "type " + ty.name);
        for (const auto& v : t_.verbs) {
            check_definition(t_.effective(v, nullptr), v.line);
            std::set<std::string> seen;
            reach(v, v, seen);
        }
        for (const auto& s : t_.syntaxes) {
            if (reached_.count(s.name) || t_.verbs.empty()) continue;
            if (!t_.verbs.empty()) check_definition(t_.effective(t_.verbs.front(), &s), s.line);
        }
    }

private:
    void diag(int line, const std::string& ident, const std::string& msg) {
        for (const auto& d : diags_)
            if (d.line == line && d.message == msg) return;  // said once is enough
        diags_.push_back({file_, line, ident, msg});
    }

    void names_unique() {
        std::vector<Named> verbs;
        for (std::size_t i = 0; i < t_.verbs.size(); ++i) {
            const Definition& v = t_.verbs[i];
            verbs.push_back({v.name, v.line, i});
            for (const auto& s : v.synonyms) verbs.push_back({s, v.line, i});
        }
        unique(verbs, "DUPVERB", "verb", true);
        std::vector<Named> syn, ty;
        for (const auto& s : t_.syntaxes) syn.push_back({s.name, s.line, syn.size()});
        for (const auto& s : t_.types) ty.push_back({s.name, s.line, ty.size()});
        unique(syn, "DUPSYNTAX", "syntax", false);
        unique(ty, "DUPTYPE", "type", false);
    }
    struct Named {
        std::string first;
        int second;
        std::size_t owner;  // a verb and its synonyms share one
    };
    // Duplicates, and (when four) names equal in their first four characters.
    void unique(const std::vector<Named>& names, const char* ident,
                const std::string& what, bool four) {
        for (std::size_t i = 0; i < names.size(); ++i)
            for (std::size_t j = 0; j < i; ++j) {
                if (names[i].first == names[j].first) {
                    diag(names[i].second, ident, "duplicate " + what + " " + names[i].first);
                    break;
                }
                if (four && names[i].owner != names[j].owner && names[i].first.compare(0, 4, names[j].first, 0, 4) == 0) {
                    diag(names[i].second, "NOTUNIQUE",
                         what + " " + names[i].first + " is not unique in 4 characters (" + names[j].first + ")");
                    break;
                }
            }
    }
    void entity_list(const std::vector<EntityDef>& list, const std::string& what, const std::string& where) {
        std::vector<Named> names;
        for (const auto& e : list) names.push_back({e.name, e.line, names.size()});
        unique(names, what == "keyword" ? "DUPKEYW" : "DUPQUAL", what + " in " + where, true);
    }

    void check_definition(const Definition& d, int line) {
        if (checked_.count(d.name)) return;
        checked_.insert(d.name);
        std::string where = (d.is_verb ? "verb " : "syntax ") + d.name;
        bool optional_seen = false;
        for (std::size_t i = 0; i < d.params.size(); ++i) {
            const EntityDef& p = d.params[i];
            if (p.name != "P" + std::to_string(i + 1))
                diag(p.line, "PARMORDER", "parameter " + p.name + " of " + where + " should be P" + std::to_string(i + 1));
            if (p.value.required && optional_seen)
                diag(p.line, "REQAFTOPT", "required parameter " + p.name + " follows an optional one");
            if (!p.value.required) optional_seen = true;
        }
        if (d.params.size() > 8) diag(line, "MAXPARM", where + " has more than 8 parameters");
        entity_list(d.quals, "qualifier", where);
        for (const auto& dis : d.disallows) operands(dis.expr, d, dis.line, where);
    }

    void operands(const Expr& e, const Definition& d, int line, const std::string& where) {
        if (e.op != Expr::Op::entity) {
            for (const auto& a : e.args) operands(a, d, line, where);
            return;
        }
        if (e.path.empty()) return;
        if (!resolves(e.path, d)) diag(line, "UNDEFENT", "DISALLOW operand " + e.path + " names no entity of " + where);
    }

    bool resolves(const std::string& path, const Definition& d) const {
        std::vector<std::string> parts;
        std::size_t s = 0;
        for (;;) {
            std::size_t dot = path.find('.', s);
            parts.push_back(path.substr(s, dot == std::string::npos ? std::string::npos : dot - s));
            if (dot == std::string::npos) break;
            s = dot + 1;
        }
        const EntityDef* e = nullptr;
        for (const auto* list : {&d.params, &d.quals})
            for (const auto& x : *list)
                if (x.label == parts[0] || x.name == parts[0]) e = &x;
        if (!e) return false;
        for (std::size_t k = 1; k < parts.size(); ++k) {
            const TypeDef* ty = t_.find_type(e->value.type);
            if (!ty) return false;
            const EntityDef* next = nullptr;
            for (const auto& kw : ty->keywords)
                if (kw.label == parts[k] || kw.name == parts[k]) next = &kw;
            if (!next) return false;
            e = next;
        }
        return true;
    }

    // Checks every syntax reachable from `verb` through SYNTAX= clauses.
    void reach(const Definition& verb, const Definition& from, std::set<std::string>& seen) {
        Definition eff = from.is_verb ? t_.effective(verb, nullptr) : t_.effective(verb, &from);
        std::vector<std::string> targets;
        for (const auto* list : {&eff.params, &eff.quals})
            for (const auto& e : *list) {
                if (!e.syntax.empty()) targets.push_back(e.syntax);
                if (const TypeDef* ty = t_.find_type(e.value.type))
                    for (const auto& kw : ty->keywords)
                        if (!kw.syntax.empty()) targets.push_back(kw.syntax);
            }
        for (const auto& name : targets) {
            const Definition* s = t_.find_syntax(name);
            if (!s || seen.count(name)) continue;
            seen.insert(name);
            reached_.insert(name);
            check_definition(t_.effective(verb, s), s->line);
            reach(verb, *s, seen);
        }
    }

    const CommandTable& t_;
    const std::string& file_;
    std::vector<Diagnostic>& diags_;
    std::set<std::string> checked_, reached_;
};

}  // namespace

std::string Diagnostic::text() const {
    return file + ":" + std::to_string(line) + ": %CDU-E-" + ident + ", " + message;
}

bool is_builtin_type(std::string_view name) {
    std::string u = upcase(name);
    for (const char* b : kBuiltins)
        if (u == b) return true;
    return false;
}

const Definition* CommandTable::find_verb(std::string_view name) const {
    std::string u = upcase(name);
    for (const auto& v : verbs) {
        if (v.name == u) return &v;
        for (const auto& s : v.synonyms)
            if (s == u) return &v;
    }
    return nullptr;
}

const Definition* CommandTable::find_syntax(std::string_view name) const {
    std::string u = upcase(name);
    for (const auto& s : syntaxes)
        if (s.name == u) return &s;
    return nullptr;
}

const TypeDef* CommandTable::find_type(std::string_view name) const {
    std::string u = upcase(name);
    for (const auto& t : types)
        if (t.name == u) return &t;
    return nullptr;
}

Definition CommandTable::effective(const Definition& verb, const Definition* syntax) const {
    Definition d = verb;
    if (!syntax) return d;
    d.name = syntax->name;
    d.is_verb = false;
    d.line = syntax->line;
    if (!syntax->image.empty()) d.image = syntax->image;
    if (!syntax->routine.empty()) d.routine = syntax->routine;
    if (syntax->no_params) d.params.clear();
    else if (syntax->defines_params) d.params = syntax->params;
    if (syntax->no_quals) d.quals.clear();
    else if (syntax->defines_quals) d.quals = syntax->quals;
    if (syntax->no_disallows) d.disallows.clear();
    else if (syntax->defines_disallows) d.disallows = syntax->disallows;
    return d;
}

CommandTable read_cld(std::string_view text, const std::string& file, std::vector<Diagnostic>& diags,
                      CldForm form) {
    Reader reader(Lexer(text, file, diags).run(), file, diags);
    CommandTable table = reader.run();
    Checker(table, file, diags).run(reader);
    for (const auto* list : {&table.verbs, &table.syntaxes})
        for (const auto& d : *list) {
            if (form == CldForm::object && !d.image.empty())
                diags.push_back({file, d.line, "IMAGEOBJ", "IMAGE cannot be used in an object module table"});
            if (form == CldForm::dcl_table && !d.routine.empty())
                diags.push_back({file, d.line, "ROUTINEDCL", "ROUTINE cannot be used in a DCL command table"});
        }
    return table;
}

}  // namespace sv::cli
