// Linux argv to the same parsed command as a DCL line: the words are turned
// into a DCL command (argv values quoted, so they keep their case and need no
// escaping) and parsed against the same CLD, so both forms obey one grammar
// and give the same messages.
#include <cctype>

#include "core/cli.h"
#include "core/text.h"

namespace sv::cli {
namespace {

// A DCL quoted string: "" stands for ".
std::string quote(std::string_view s) {
    std::string r = "\"";
    for (char c : s) {
        if (c == '"') r += '"';
        r += c;
    }
    return r + "\"";
}

std::vector<std::string> split_commas(std::string_view s) { return split(s, ",", Empties::drop); }

bool keyword_typed(const EntityDef& e) { return !e.value.type.empty() && e.value.type[0] != '$'; }

// A value as DCL text: keywords bare when they look like names (anything
// else is quoted and will be refused as a keyword), everything else quoted.
std::string dcl_value(const EntityDef* e, std::string_view v) {
    if (e && keyword_typed(*e)) {
        std::vector<std::string> parts = split_commas(v);
        for (auto& p : parts) p = is_name(p) ? upcase(p) : quote(p);
        std::string r = join(parts, ",");
        return parts.size() > 1 ? "(" + r + ")" : r;
    }
    if (e && e->value.list) {
        std::vector<std::string> parts = split_commas(v);
        for (auto& p : parts) p = quote(p);
        std::string r = join(parts, ",");
        return parts.size() > 1 ? "(" + r + ")" : (parts.empty() ? quote("") : r);
    }
    return quote(v);
}

class ArgvMapper {
public:
    ArgvMapper(const CommandTable& t, const Definition& verb) : t_(t), verb_(verb) {
        def_ = t_.effective(verb_, nullptr);
    }

    // Fills `line` and `info` or returns an error.
    ParseOutcome run(const std::vector<std::string>& args, std::string& line, ArgvInfo& info) {
        bool options = true;
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (options && a == "--") {
                options = false;
            } else if (options && (a == "-h" || a == "--help")) {
                help_ = true;
            } else if (options && a == "--json") {
                quals_.push_back({"FORMAT", "/FORMAT=JSON"});
            } else if (options && a == "-i") {
                quals_.push_back({"INTERACTIVE", "/INTERACTIVE"});   // supervisorctl's -i: the prompt after the action
            } else if (options && short_value_option(a)) {
                std::string name = short_value_option(a);
                std::size_t arg = i, offset = 2;
                if (a.size() == 2) {
                    if (i + 1 >= args.size()) return cli_error("VALREQ", name);
                    arg = ++i;
                    offset = 0;
                }
                info.values.push_back({name, arg, offset});
                quals_.push_back({name, "/" + name + "=" + quote(std::string_view(args[arg]).substr(offset))});
            } else if (options && a.rfind("--", 0) == 0) {
                if (ParseOutcome o = long_option(a.substr(2), args, i, info); !o.ok) return o;
            } else if (options && a.size() > 1 && a[0] == '-') {
                return cli_error("IVQUAL", upcase(a.substr(1)));
            } else {
                positional(a);
            }
        }
        info.help = help_;
        info.action = !words_.empty() || help_;
        info.word = word_;
        for (const auto& q : quals_)
            if (!dropped(q.name)) line += q.text;
        line += params();
        return {};
    }

private:
    // supervisorctl's short options that take a value: -c FILE, -p PWD,
    // -s URL, -u USER (also -cFILE); null for anything else.
    static const char* short_value_option(const std::string& a) {
        if (a.size() < 2 || a[0] != '-') return nullptr;
        switch (a[1]) {
        case 'c': return "CONFIGURATION";
        case 'p': return "PASSWORD";
        case 's': return "SERVERURL";
        case 'u': return "USERNAME";
        default: return nullptr;
        }
    }

    // --name, --name=value, --name value (when the value is required),
    // --no-name.
    ParseOutcome long_option(std::string opt, const std::vector<std::string>& args, std::size_t& i,
                             ArgvInfo& info) {
        std::size_t eq = opt.find('=');
        bool has_value = eq != std::string::npos;
        std::string value = has_value ? opt.substr(eq + 1) : "";
        std::size_t arg = i, offset = has_value ? eq + 3 : 0;  // "--" + name + "="
        std::string name = upcase(opt.substr(0, eq));
        for (char& c : name)
            if (c == '-') c = '_';
        if (name.rfind("NO_", 0) == 0) name = "NO" + name.substr(3);
        if (!is_name(name)) return cli_error("IVQUAL", name);
        const EntityDef* q = find_qualifier(name);
        if (!has_value && q && takes_next(*q, i + 1 < args.size() ? args[i + 1] : "") &&
            name.rfind("NO", 0) != 0) {
            has_value = true;
            value = args[++i];
            arg = i;
        }
        std::string full = q ? q->name : name;
        std::string text = "/" + name;
        if (has_value) {
            text += "=" + dcl_value(q, value);
            info.values.push_back({full, arg, offset});
        }
        quals_.push_back({full, text});
        return {};
    }

    // A server option (-c, -p, -s, -u and their long forms) the chosen
    // syntax does not take: dropped rather than refused (HELP takes none).
    bool dropped(const std::string& name) const {
        if (name != "CONFIGURATION" && name != "PASSWORD" && name != "SERVERURL" && name != "USERNAME") return false;
        if (help_) return true;
        for (const auto& q : def_.quals)
            if (q.name == name) return false;
        return true;
    }

    // Whether "--name next" gives the qualifier its value: when it needs one,
    // or when a number may follow and does.
    static bool takes_next(const EntityDef& q, const std::string& next) {
        if (next.empty() || (next[0] == '-' && next.size() > 1)) return false;
        if (q.value.required && !q.value.has_default) return true;
        if (q.value.type != "$NUMBER") return false;
        for (char c : next)
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        return true;
    }

    // The qualifier a typed name stands for in the definition known so far.
    const EntityDef* find_qualifier(const std::string& name) const {
        std::vector<std::string> names;
        for (const auto& q : def_.quals) names.push_back(q.name);
        int k = match_name(name, names);
        return k >= 0 ? &def_.quals[static_cast<std::size_t>(k)] : nullptr;
    }

    void positional(const std::string& word) {
        words_.push_back(word);
        if (words_.size() != 1 || verb_.params.empty()) return;
        // The action word chooses the syntax, as the DCL parse will.
        const TypeDef* ty = keyword_typed(verb_.params[0]) ? t_.find_type(verb_.params[0].value.type) : nullptr;
        word_ = "?";
        if (!ty || !is_name(word)) return;
        std::vector<std::string> names;
        for (const auto& k : ty->keywords) names.push_back(k.name);
        int k = match_name(upcase(word), names);
        if (k < 0) return;
        word_ = names[static_cast<std::size_t>(k)];
        if (help_) return;
        const EntityDef& kw = ty->keywords[static_cast<std::size_t>(k)];
        if (const Definition* s = t_.find_syntax(kw.syntax)) def_ = t_.effective(verb_, s);
    }

    // Parameters: the action bare, then one word per parameter, a list
    // parameter taking every word left, a rest-of-line one the words joined.
    std::string params() {
        std::vector<std::string> words = words_;
        if (help_) {
            std::string topic = join(words, " ");
            return " HELP" + (topic.empty() ? "" : " " + topic);
        }
        if (words.empty()) return "";
        std::string out = " " + (is_name(words[0]) ? upcase(words[0]) : quote(words[0]));
        std::size_t w = 1;
        for (std::size_t p = 1; p < def_.params.size() && w < words.size(); ++p) {
            const EntityDef& e = def_.params[p];
            if (e.value.type == "$REST_OF_LINE")
                return out + " " + join(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(w), words.end()), " ");
            std::vector<std::string> values;
            std::size_t last = e.value.list ? words.size() : w + 1;
            for (; w < last; ++w)
                for (const auto& part : split_commas(words[w]))
                    values.push_back(keyword_typed(e) && is_name(part) ? upcase(part) : quote(part));
            if (!values.empty()) out += " " + join(values, ",");  // "start ," gives no value at all
        }
        for (; w < words.size(); ++w) out += " " + quote(words[w]);  // MAXPARM
        return out;
    }

    const CommandTable& t_;
    const Definition& verb_;
    Definition def_;
    bool help_ = false;
    std::string word_;  // the first word as an action (ArgvInfo::word)
    struct Typed {
        std::string name;  // the qualifier's full name when known, else as typed
        std::string text;  // its DCL form: /NAME=value
    };
    std::vector<Typed> quals_;
    std::vector<std::string> words_;
};

}  // namespace

ParseOutcome parse_argv(const CommandTable& table, std::string_view verb, const std::vector<std::string>& args,
                        Command& out, ArgvInfo* info) {
    ArgvInfo local;
    ArgvInfo& got = info ? *info : local;
    std::vector<std::string> names;
    std::vector<const Definition*> defs;
    for (const auto& d : table.verbs) {
        names.push_back(d.name);
        defs.push_back(&d);
    }
    int k = match_name(verb, names);
    if (k == -2) return cli_error("ABVERB", upcase(verb));
    if (k < 0) return cli_error("IVVERB", upcase(verb));
    std::string line;
    ArgvMapper m(table, *defs[static_cast<std::size_t>(k)]);
    if (ParseOutcome o = m.run(args, line, got); !o.ok) return o;
    return parse_command(table, verb, line, out, nullptr);
}

}  // namespace sv::cli
