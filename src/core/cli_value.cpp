// The CLI$PRESENT / CLI$GET_VALUE model over a parsed command, name matching,
// and DCL's own CLI messages.

#include "core/cli.h"
#include "core/text.h"

namespace sv::cli {
namespace {

std::vector<std::string> split_path(const std::string& path) { return split(path, ".", Empties::keep); }

bool names(const EntityDef& e, const std::string& n) { return e.label == n || e.name == n; }

// These messages are DCL's own, from the CLI facility (number 3) of OpenVMS;
// we print them as a utility calling CLI$DCL_PARSE would. Texts and values as
// listed in reference/dcl.md §2.8.
struct CliMessage {
    const char* ident;
    std::uint32_t code;
    const char* text;
};
const CliMessage kMessages[] = {
    {"ABVERB", 0x00038008, "ambiguous command verb - supply more characters"},
    {"ABKEYW", 0x00038010, "ambiguous qualifier or keyword - supply more characters"},
    {"INSFPRM", 0x00038048, "missing command parameters - supply all required parameters"},
    {"IVKEYW", 0x00038060, "unrecognized keyword - check validity and spelling"},
    {"IVQLOC", 0x00038078, "invalid qualifier location - place after a parameter"},
    {"IVVERB", 0x00038090, "unrecognized command verb - check validity and spelling"},
    {"MAXPARM", 0x00038098, "too many parameters - reenter command with fewer parameters"},
    {"NOCCAT", 0x000380A8, "parameter concatenation not allowed - check use of plus (+)"},
    {"NOCOMD", 0x000380B0, "no command on line - reenter with alphabetic first character"},
    {"NOKEYW", 0x000380B8, "qualifier name is missing - append the name to the slash"},
    {"NOLIST", 0x000380C0, "list of parameter values not allowed - check use of comma (,)"},
    {"NOVALU", 0x000380D0, "value not allowed - remove value specification"},
    {"NOTNEG", 0x000380D8, "qualifier or keyword not negatable - remove \"NO\" or omit"},
    {"NUMBER", 0x000380E8, "invalid numeric value - supply an integer"},
    {"VALREQ", 0x00038150, "missing qualifier or keyword value - supply all required values"},
    {"ONEVAL", 0x00038158, "list of values not allowed - check use of comma (,)"},
    {"IVQUAL", 0x00038240, "unrecognized qualifier - check validity, spelling, and placement"},
    {"CONFLICT", 0x00038258, "illegal combination of command elements - check documentation"},
};

}  // namespace

std::string_view cli_message(std::string_view ident) {
    for (const auto& m : kMessages)
        if (ident == m.ident) return m.text;
    return {};
}

std::uint32_t cli_status(std::string_view ident) {
    for (const auto& m : kMessages)
        if (ident == m.ident) return m.code;
    return 0x00038000;
}

ParseOutcome cli_error(std::string_view ident, std::string_view token) {
    ParseOutcome o;
    o.ok = false;
    o.ident = std::string(ident);
    o.status = cli_status(ident);
    o.lines.push_back("%CLI-W-" + o.ident + ", " + std::string(cli_message(ident)));
    if (!token.empty()) o.lines.push_back(" \\" + std::string(token) + "\\");
    return o;
}

std::string ParseOutcome::text() const {
    return join(lines, "\n");
}

std::uint32_t code(Presence p) {
    switch (p) {
        case Presence::present: return 0x0003FD19;
        case Presence::negated: return 0x000381F8;
        case Presence::locpres: return 0x0003FD31;
        case Presence::locneg: return 0x00038230;
        case Presence::defaulted: return 0x0003FD21;
        case Presence::absent: return 0x000381F0;
    }
    return 0x000381F0;
}

std::uint32_t code(ValueStatus s) {
    switch (s) {
        case ValueStatus::last: return 1;
        case ValueStatus::comma: return 0x0003FD39;
        case ValueStatus::concat: return 0x0003FD29;
        case ValueStatus::absent: return 0x000381F0;
    }
    return 0x000381F0;
}

bool is_on(Presence p) { return (code(p) & 1) != 0; }

int match_name(std::string_view typed, const std::vector<std::string>& list) {
    std::string t = upcase(typed);
    if (t.empty()) return -1;
    int found = -1;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i] == t) return static_cast<int>(i);
        if (list[i].compare(0, t.size(), t) == 0) found = found == -1 ? static_cast<int>(i) : -2;
    }
    return found;
}

// ------------------------------------------------------------------ Command

Command::Found Command::find(std::string_view entity) const {
    Found f;
    if (!def_) return f;
    std::vector<std::string> parts = split_path(upcase(entity));
    // The entity itself: a parameter or a qualifier, by label or name.
    auto lookup = [&](const std::string& n, Found& r) {
        for (std::size_t i = 0; i < def_->params.size(); ++i)
            if (names(def_->params[i], n)) {
                r.def = &def_->params[i];
                r.occ = i < params_.size() && !params_[i].values.empty() ? &params_[i] : nullptr;
                if (i < params_.size() && params_[i].defaulted) r.occ = &params_[i];
                return true;
            }
        for (const auto& q : def_->quals)
            if (names(q, n)) {
                r.def = &q;
                for (const auto& o : quals_)
                    if (o.def == &q) r.occ = &o;
                return true;
            }
        return false;
    };
    if (!lookup(parts[0], f)) {
        // A keyword path with its leading names dropped: find the one entity
        // whose values can hold that keyword.
        int hits = 0;
        Found only;
        auto try_one = [&](const EntityDef& e) {
            Found r;
            if (!lookup(e.label, r)) return;
            std::string full = e.label;
            for (const auto& p : parts) full += "." + p;
            Found g = find(full);
            if (g.known) { ++hits; only = g; }
        };
        for (const auto& p : def_->params) try_one(p);
        for (const auto& q : def_->quals) try_one(q);
        return hits == 1 ? only : Found{};
    }
    f.known = true;
    if (parts.size() == 1) return f;
    // Keyword path: walk the keyword types, and the typed values alongside.
    const EntityDef* owner = f.def;
    const std::vector<Value>* vals = f.occ ? &f.occ->values : nullptr;
    f.known = false;
    const Value* hit = nullptr;
    const EntityDef* kd = nullptr;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        // Keyword definitions live in the table; find them through any typed
        // value's pointer or, when nothing was typed, by the type name.
        kd = nullptr;
        if (vals)
            for (const auto& v : *vals)
                if (v.keyword && names(*v.keyword, parts[k])) kd = v.keyword;
        if (!kd && owner->value.type.size() && owner->value.type[0] != '$') {
            if (table_)
                if (const TypeDef* t = table_->find_type(owner->value.type))
                    for (const auto& kw : t->keywords)
                        if (names(kw, parts[k])) kd = &kw;
        }
        if (!kd) return Found{};
        hit = nullptr;
        if (vals)
            for (const auto& v : *vals)
                if (v.keyword == kd) hit = &v;
        vals = hit ? &hit->values : nullptr;
        owner = kd;
    }
    f.known = true;
    f.keyword = hit;
    f.keyword_def = kd;
    return f;
}

bool Command::defines(std::string_view entity) const { return find(entity).known; }

Presence Command::present(std::string_view entity) const {
    Found f = find(entity);
    if (!f.known) return Presence::absent;
    if (f.keyword_def) {
        if (!f.keyword) return Presence::absent;
        if (f.keyword->negated) return Presence::negated;
        return f.keyword->defaulted ? Presence::defaulted : Presence::present;
    }
    if (f.def->kind == EntityKind::qualifier && f.def->placement != Placement::global) {
        if (last_param_ >= 0) {
            const Value& v = params_[static_cast<std::size_t>(last_param_)].values[static_cast<std::size_t>(last_value_)];
            for (const auto& l : v.locals)
                if (l.def == f.def) return l.negated ? Presence::locneg : Presence::locpres;
            if (f.def->placement == Placement::local) return Presence::absent;
        } else if (!f.occ) {  // nothing fetched yet: the global form first
            for (const auto& o : params_)
                for (const auto& v : o.values)
                    for (const auto& l : v.locals)
                        if (l.def == f.def) return l.negated ? Presence::negated : Presence::present;
        }
    }
    if (!f.occ) return Presence::absent;
    if (f.occ->defaulted) return Presence::defaulted;
    return f.occ->negated ? Presence::negated : Presence::present;
}

const std::vector<Value>* Command::value_list(std::string_view entity) const {
    Found f = find(entity);
    if (!f.known) return nullptr;
    if (f.keyword_def) return f.keyword ? &f.keyword->values : nullptr;
    if (f.def->kind == EntityKind::qualifier && f.def->placement != Placement::global && last_param_ >= 0) {
        const Value& v = params_[static_cast<std::size_t>(last_param_)].values[static_cast<std::size_t>(last_value_)];
        for (const auto& l : v.locals)
            if (l.def == f.def) return &l.values;
    }
    return f.occ ? &f.occ->values : nullptr;
}

ValueStatus Command::next(std::string_view entity, std::string& out, bool original) {
    std::string key = upcase(entity);
    const std::vector<Value>* vs = value_list(key);
    std::size_t& i = cursor_[key];
    if (!vs || i >= vs->size()) {
        cursor_.erase(key);
        out.clear();
        return ValueStatus::absent;
    }
    const Value& v = (*vs)[i];
    out = original ? v.original : v.text;
    for (std::size_t p = 0; p < params_.size(); ++p)
        if (&params_[p].values == vs) {
            last_param_ = static_cast<int>(p);
            last_value_ = static_cast<int>(i);
        }
    ++i;
    if (v.separator == ',') return ValueStatus::comma;
    if (v.separator == '+') return ValueStatus::concat;
    cursor_[key] = vs->size();  // the next call answers absent
    return ValueStatus::last;
}

ValueStatus Command::get_value(std::string_view entity, std::string& out) { return next(entity, out, false); }
ValueStatus Command::get_original(std::string_view entity, std::string& out) { return next(entity, out, true); }

std::vector<std::string> Command::values(std::string_view entity) const {
    std::vector<std::string> r;
    if (const auto* vs = value_list(entity))
        for (const auto& v : *vs) r.push_back(v.text);
    return r;
}

std::vector<std::string> Command::originals(std::string_view entity) const {
    std::vector<std::string> r;
    if (const auto* vs = value_list(entity))
        for (const auto& v : *vs) r.push_back(v.original);
    return r;
}

std::string Command::action() const {
    if (params_.empty() || params_[0].values.empty()) return {};
    const Value& v = params_[0].values[0];
    return v.keyword ? v.keyword->name : v.text;
}

}  // namespace sv::cli
