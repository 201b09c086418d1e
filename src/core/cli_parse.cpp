// DCL command line parser (dcl.md §2) over a CommandTable: case folding
// outside quotes, abbreviation, qualifiers with values and lists, /NO,
// parameter lists, SYNTAX= restarts, prompting for required parameters,
// defaults and DISALLOW.
#include <set>

#include "core/cli.h"
#include "core/text.h"

namespace sv::cli {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

// Drops a leading '$' and blanks and a '!' comment (outside quotes).
std::string preprocess(std::string_view line) {
    std::size_t b = 0;
    while (b < line.size() && (blank(line[b]) || (b == 0 && line[b] == '$'))) ++b;
    std::string out;
    bool q = false;
    for (std::size_t i = b; i < line.size(); ++i) {
        char c = line[i];
        if (c == '"') q = !q;
        if (c == '!' && !q) break;
        if (c == '\r' || c == '\n') c = ' ';
        out += c;
    }
    while (!out.empty() && blank(out.back())) out.pop_back();
    return out;
}

// $LINE form: upper case outside quotes, runs of blanks made one.
std::string normalise(std::string_view s) {
    std::string out;
    bool q = false;
    for (char c : s) {
        if (c == '"') q = !q;
        if (!q && blank(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        out += q ? c : upcase(c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool builtin_number(const std::string& v, std::string& out) {
    std::string s = upcase(v);
    int base = 10;
    std::size_t i = 0;
    if (s.size() >= 2 && s[0] == '%') {
        if (s[1] == 'X') base = 16;
        else if (s[1] == 'O') base = 8;
        else if (s[1] == 'D') base = 10;
        else return false;
        i = 2;
    }
    bool neg = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) { neg = s[i] == '-'; ++i; }
    if (i >= s.size()) return false;
    unsigned long long n = 0;
    for (; i < s.size(); ++i) {
        int d = digit_value(s[i]);
        if (d < 0 || d >= base) return false;
        n = n * static_cast<unsigned>(base) + static_cast<unsigned>(d);
        if (n > 0xFFFFFFFFull) return false;
    }
    out = (neg ? "-" : "") + std::to_string(n);
    return true;
}

struct Error {
    std::string ident, token;
};

// One pass over the line against one effective definition. Throws Error;
// returns the syntax to switch to, or "" when the parse is complete.
class Pass {
public:
    Pass(const CommandTable& t, const std::string& s, Command& c) : t_(t), s_(s), c_(c) {}

    std::string run(const std::set<std::string>& switched) {
        switched_ = switched;
        const Definition& d = *c_.def_;
        c_.params_.assign(d.params.size(), Occurrence{});
        for (std::size_t i = 0; i < d.params.size(); ++i) c_.params_[i].def = &d.params[i];
        c_.quals_.clear();
        for (;;) {
            skip_blanks();
            if (pos_ >= s_.size()) break;
            char ch = s_[pos_];
            if (ch == '/') {
                ++pos_;
                if (std::string sw = qualifier(last_value_); !sw.empty()) return sw;
            } else if (ch == ',' || ch == '+' || ch == '(' || ch == ')') {
                throw Error{ch == '+' ? "NOCCAT" : ch == ',' ? "NOLIST" : "IVKEYW", std::string(1, ch)};
            } else {
                if (std::string sw = parameter(); !sw.empty()) return sw;
            }
        }
        return "";
    }

private:
    void skip_blanks() {
        while (pos_ < s_.size() && blank(s_[pos_])) ++pos_;
    }
    bool at(char c) const { return pos_ < s_.size() && s_[pos_] == c; }

    // An atom: quoted and plain pieces up to a delimiter.
    Value atom(const char* delims) {
        Value v;
        while (pos_ < s_.size()) {
            char c = s_[pos_];
            if (c == '"') {
                v.quoted = true;
                ++pos_;
                while (pos_ < s_.size()) {
                    if (s_[pos_] == '"') {
                        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
                            v.text += '"';
                            v.original += '"';
                            pos_ += 2;
                            continue;
                        }
                        ++pos_;
                        break;
                    }
                    v.text += s_[pos_];
                    v.original += s_[pos_++];
                }
                continue;
            }
            if (blank(c) || std::string_view(delims).find(c) != std::string_view::npos) break;
            v.text += upcase(c);
            v.original += c;
            ++pos_;
        }
        return v;
    }

    const TypeDef* keyword_type(const EntityDef& e) const {
        if (e.value.type.empty() || e.value.type[0] == '$') return nullptr;
        return t_.find_type(e.value.type);
    }

    // Checks a typed value against the entity's built-in type.
    void check_type(const EntityDef& e, Value& v) const {
        if (e.value.type == "$NUMBER") {
            std::string n;
            if (!builtin_number(v.text, n)) throw Error{"NUMBER", v.text};
            v.text = n;
        } else if (e.value.type == "$QUOTED_STRING" && v.quoted) {
            v.text = "\"" + v.text + "\"";
        }
    }

    // Resolves a keyword element (NOkeyword allowed when negatable) and its
    // own value, if any.
    Value keyword(const TypeDef& ty, bool allow_no, const char* delims) {
        Value v = atom(delims);
        if (v.text.empty()) throw Error{"VALREQ", ""};
        std::vector<std::string> names;
        for (const auto& k : ty.keywords) names.push_back(k.name);
        int i = match_name(v.text, names);
        bool neg = false;
        if (i == -1 && allow_no && v.text.size() > 2 && v.text.compare(0, 2, "NO") == 0) {
            i = match_name(v.text.substr(2), names);
            neg = i >= 0;
        }
        if (i == -2) throw Error{"ABKEYW", v.text};
        if (i < 0) throw Error{"IVKEYW", v.text};
        const EntityDef& k = ty.keywords[static_cast<std::size_t>(i)];
        if (neg && !k.negatable) throw Error{"NOTNEG", v.text};
        Value out;
        out.text = out.original = k.name;
        out.keyword = &k;
        out.negated = neg;
        skip_blanks();
        if (at('=') || at(':')) {
            if (!k.value.allowed || neg) throw Error{"NOVALU", k.name};
            ++pos_;
            out.values = values(k);
        } else if (!neg && k.value.required && !k.value.has_default) {
            throw Error{"VALREQ", k.name};
        } else if (!neg) {
            apply_value_default(k, out.values, true);
        }
        return out;
    }

    // "= value" or "= (value, ...)" for a qualifier or keyword.
    std::vector<Value> values(const EntityDef& e) {
        skip_blanks();
        std::vector<Value> vs;
        const TypeDef* ty = keyword_type(e);
        bool paren = at('(');
        if (paren) ++pos_;
        for (;;) {
            skip_blanks();
            Value v;
            if (ty) {
                v = keyword(*ty, true, "/,()=:!");
            } else {
                v = atom("/,()!");
                if (v.text.empty() && !v.quoted) throw Error{"VALREQ", e.name};
                check_type(e, v);
            }
            vs.push_back(std::move(v));
            skip_blanks();
            if (paren && at(',')) {
                vs.back().separator = ',';
                ++pos_;
                continue;
            }
            if (paren) {
                if (!at(')')) throw Error{"IVKEYW", std::string(pos_ < s_.size() ? s_.substr(pos_, 1) : "")};
                ++pos_;
            }
            break;
        }
        if (vs.size() > 1 && !e.value.list) throw Error{"ONEVAL", e.name};
        return vs;
    }

    // VALUE(DEFAULT=x) or DEFAULT keywords when an entity has no value.
    void apply_value_default(const EntityDef& e, std::vector<Value>& vs, bool present) const {
        if (!present || !vs.empty()) return;
        const TypeDef* ty = keyword_type(e);
        if (e.value.has_default) {
            Value v;
            v.text = upcase(e.value.default_value);
            v.original = e.value.default_value;
            v.defaulted = true;
            if (ty)
                for (const auto& k : ty->keywords)
                    if (k.name == v.text) v.keyword = &k;
            vs.push_back(v);
            return;
        }
        if (ty)
            for (const auto& k : ty->keywords)
                if (k.is_default) {
                    Value v;
                    v.text = v.original = k.name;
                    v.keyword = &k;
                    v.defaulted = true;
                    if (!vs.empty()) vs.back().separator = ',';
                    vs.push_back(v);
                }
    }

    // After '/'. `local_to` is the parameter value the qualifier follows.
    std::string qualifier(Value* local_to) {
        std::size_t start = pos_;
        while (pos_ < s_.size() && is_name_char(s_[pos_])) ++pos_;
        std::string typed = upcase(s_.substr(start, pos_ - start));
        if (typed.empty()) throw Error{"NOKEYW", ""};
        const Definition& d = *c_.def_;
        std::vector<std::string> names;
        for (const auto& q : d.quals) names.push_back(q.name);
        int i = match_name(typed, names);
        bool neg = false;
        if (i == -1 && typed.size() > 2 && typed.compare(0, 2, "NO") == 0) {
            i = match_name(typed.substr(2), names);
            neg = i >= 0;
        }
        if (i == -2) throw Error{"ABKEYW", typed};
        if (i < 0) throw Error{"IVQUAL", typed};
        const EntityDef& q = d.quals[static_cast<std::size_t>(i)];
        if (neg && !q.negatable) throw Error{"NOTNEG", typed};
        Occurrence occ;
        occ.def = &q;
        occ.negated = neg;
        skip_blanks();
        if (at('=') || at(':')) {
            if (!q.value.allowed || neg) throw Error{"NOVALU", q.name};
            ++pos_;
            occ.values = values(q);
        } else if (!neg && q.value.required && !q.value.has_default) {
            throw Error{"VALREQ", q.name};
        }
        if (!neg) apply_value_default(q, occ.values, true);
        if (q.placement == Placement::local && !local_to) throw Error{"IVQLOC", typed};
        if (q.placement != Placement::global && local_to) {
            local_to->locals.push_back(std::move(occ));
            return "";
        }
        for (auto it = c_.quals_.begin(); it != c_.quals_.end(); ++it)
            if (it->def == &q) {  // the rightmost occurrence wins
                c_.quals_.erase(it);
                break;
            }
        c_.quals_.push_back(std::move(occ));
        if (!neg && !q.syntax.empty() && !switched_.count(q.syntax)) return q.syntax;
        return "";
    }

    std::string parameter() {
        const Definition& d = *c_.def_;
        if (next_param_ >= d.params.size()) {
            Value extra = atom("/,+()!");
            throw Error{"MAXPARM", extra.text.empty() ? s_.substr(pos_, 1) : extra.text};
        }
        Occurrence& occ = c_.params_[next_param_];
        const EntityDef& p = d.params[next_param_++];
        if (p.value.type == "$REST_OF_LINE") {
            Value v;
            std::string rest = s_.substr(pos_);
            v.original = rest;
            v.text = normalise(rest);
            if (v.text.size() >= 2 && v.text.front() == '"' && v.text.back() == '"' &&
                v.text.find('"', 1) == v.text.size() - 1) {
                v.quoted = true;
                v.text = v.original = v.text.substr(1, v.text.size() - 2);
            }
            pos_ = s_.size();
            occ.values.push_back(std::move(v));
            return "";
        }
        const TypeDef* ty = keyword_type(p);
        std::string sw;
        for (;;) {
            skip_blanks();
            Value v;
            if (ty) {
                v = keyword(*ty, false, "/,+()!=:");
                if (v.keyword && !v.keyword->syntax.empty() && !switched_.count(v.keyword->syntax) && sw.empty())
                    sw = v.keyword->syntax;
            } else {
                v = atom("/,+()!");
                if (v.text.empty() && !v.quoted) throw Error{"IVKEYW", s_.substr(pos_, 1)};
                check_type(p, v);
            }
            occ.values.push_back(std::move(v));
            last_value_ = &occ.values.back();
            while (at('/')) {
                ++pos_;
                std::string qsw = qualifier(last_value_);
                if (sw.empty()) sw = qsw;
            }
            skip_blanks();
            if (at(',') || at('+')) {
                char sep = s_[pos_++];
                if (sep == ',' && !p.value.list) throw Error{"NOLIST", occ.values.back().text};
                if (sep == '+' && !p.value.concatenate) throw Error{"NOCCAT", occ.values.back().text};
                occ.values.back().separator = sep;
                continue;
            }
            break;
        }
        if (!sw.empty()) return sw;
        return "";
    }

    const CommandTable& t_;
    const std::string& s_;
    Command& c_;
    std::size_t pos_ = 0, next_param_ = 0;
    Value* last_value_ = nullptr;
    std::set<std::string> switched_;
};

// ------------------------------------------------------------- DISALLOW

struct Truth {
    bool pos = false, neg = false;
};

Truth entity_truth(const Command& c, const std::string& path) {
    Truth r;
    Presence p = c.present(path);
    r.pos = p == Presence::present || p == Presence::locpres;
    r.neg = p == Presence::negated || p == Presence::locneg;
    if (!r.pos && !r.neg) {  // a local qualifier typed after any value counts too
        for (const auto& occ : c.params_)
            for (const auto& v : occ.values)
                for (const auto& l : v.locals)
                    if (l.def && (l.def->label == path || l.def->name == path)) {
                        (l.negated ? r.neg : r.pos) = true;
                    }
    }
    return r;
}

bool eval(const Expr& e, const Command& c, const CommandTable& t) {
    switch (e.op) {
        case Expr::Op::entity: return entity_truth(c, e.path).pos;
        case Expr::Op::not_: return !eval(e.args[0], c, t);
        case Expr::Op::neg:
            if (e.args[0].op == Expr::Op::entity) return entity_truth(c, e.args[0].path).neg;
            return !eval(e.args[0], c, t);
        case Expr::Op::and_: return eval(e.args[0], c, t) && eval(e.args[1], c, t);
        case Expr::Op::or_: return eval(e.args[0], c, t) || eval(e.args[1], c, t);
        case Expr::Op::any2: {
            int n = 0;
            for (const auto& a : e.args) n += eval(a, c, t) ? 1 : 0;
            return n >= 2;
        }
    }
    return false;
}

// Defaults after the explicit parse: DEFAULT qualifiers and parameters.
void apply_defaults(Command& c, const CommandTable& t) {
    const Definition& d = *c.def_;
    for (const auto& q : d.quals) {
        if (!q.is_default) continue;
        bool there = false;
        for (const auto& o : c.quals_) there = there || o.def == &q;
        if (there) continue;
        Occurrence o;
        o.def = &q;
        o.defaulted = true;
        Value v;
        if (q.value.has_default) {
            v.text = upcase(q.value.default_value);
            v.original = q.value.default_value;
            v.defaulted = true;
            o.values.push_back(v);
        } else if (const TypeDef* ty = q.value.type.empty() || q.value.type[0] == '$' ? nullptr : t.find_type(q.value.type)) {
            for (const auto& k : ty->keywords)
                if (k.is_default) {
                    Value kv;
                    kv.text = kv.original = k.name;
                    kv.keyword = &k;
                    kv.defaulted = true;
                    if (!o.values.empty()) o.values.back().separator = ',';
                    o.values.push_back(kv);
                }
        }
        c.quals_.push_back(std::move(o));
    }
    for (auto& o : c.params_) {
        if (!o.values.empty() || !o.def->is_default) continue;
        o.defaulted = true;
        if (o.def->value.has_default) {
            Value v;
            v.text = upcase(o.def->value.default_value);
            v.original = o.def->value.default_value;
            v.defaulted = true;
            o.values.push_back(v);
        }
    }
}

constexpr int kMaxPrompts = 32;

}  // namespace

bool line_continues(std::string_view line, std::string* joined) {
    bool q = false;
    std::size_t last = std::string_view::npos;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '"') q = !q;
        if (c == '!' && !q) break;
        if (!blank(c) && c != '\r' && c != '\n') last = i;
    }
    if (last == std::string_view::npos || q || line[last] != '-') return false;
    if (joined) *joined = std::string(line.substr(0, last));
    return true;
}

ParseOutcome parse_command(const CommandTable& table, std::string_view verb, std::string_view line,
                           Command& out, const Prompter* prompter) {
    std::string v = upcase(verb);
    while (!v.empty() && blank(v.back())) v.pop_back();
    if (v.empty()) return cli_error("NOCOMD", "");
    std::vector<std::string> names;
    std::vector<const Definition*> defs;
    for (const auto& d : table.verbs) {
        names.push_back(d.name);
        defs.push_back(&d);
        for (const auto& s : d.synonyms) {
            names.push_back(s);
            defs.push_back(&d);
        }
    }
    int vi = match_name(v, names);
    if (vi == -2) return cli_error("ABVERB", v);
    if (vi < 0) return cli_error("IVVERB", v);
    const Definition& vd = *defs[static_cast<std::size_t>(vi)];

    std::string text = preprocess(line);
    for (int prompts = 0;;) {
        Command c;
        c.verb_ = vd.name;
        c.table_ = &table;
        std::set<std::string> switched;
        const Definition* syn = nullptr;
        try {
            for (;;) {
                c.def_ = std::make_shared<const Definition>(table.effective(vd, syn));
                c.syntax_ = syn ? syn->name : "";
                std::string next = Pass(table, text, c).run(switched);
                if (next.empty()) break;
                switched.insert(next);
                syn = table.find_syntax(next);
                if (!syn) return cli_error("IVKEYW", next);  // the reader reports it
            }
        } catch (const Error& e) {
            return cli_error(e.ident, e.token);
        }
        const EntityDef* missing = nullptr;
        for (const auto& o : c.params_)
            if (o.def->value.required && o.values.empty()) {
                missing = o.def;
                break;
            }
        if (missing) {
            if (!prompter) {
                out = std::move(c);  // the qualifiers given, for a caller that prompts its own way
                return cli_error("INSFPRM", "");
            }
            std::string answer;
            std::string prompt = "_" + (missing->prompt.empty() ? missing->name : missing->prompt) + ": ";
            bool got = false;
            while (prompts++ < kMaxPrompts) {
                if (!prompter->ask(prompt, answer)) return cli_error("NOCOMD", "");
                if (!preprocess(answer).empty()) { got = true; break; }
            }
            if (!got) return cli_error("INSFPRM", "");
            text += " " + preprocess(answer);
            continue;
        }
        apply_defaults(c, table);
        for (const auto& dis : c.def_->disallows)
            if (eval(dis.expr, c, table)) return cli_error("CONFLICT", "");
        std::string norm = normalise(text);
        c.line_ = c.verb_ + (norm.empty() ? "" : (norm[0] == '/' ? "" : " ") + norm);
        out = std::move(c);
        return {};
    }
}

ParseOutcome parse_line(const CommandTable& table, std::string_view line, Command& out,
                        const Prompter* prompter) {
    std::string s = preprocess(line);
    std::size_t e = 0;
    while (e < s.size() && is_name_char(s[e])) ++e;
    if (e == 0) return cli_error("NOCOMD", "");
    return parse_command(table, s.substr(0, e), std::string_view(s).substr(e), out, prompter);
}

}  // namespace sv::cli
