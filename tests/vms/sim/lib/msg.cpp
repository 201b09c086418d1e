// msg.cpp: $GETMSG, $PUTMSG (with FAO arguments), LIB$PUT_OUTPUT, LIB$GET_INPUT, LIB$GET_FOREIGN.
// Texts: only SS$_NORMAL is built in; everything else is registered by the test
// (vmssim_register_message), standing in for a linked message file.
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <string>

#include "../../include/descrip.h"
#include "../../include/ssdef.h"
#include "../../include/lib$routines.h"
#include "../../include/libdef.h"
#include "../../include/rmsdef.h"
#include "../../include/starlet.h"
#include "args.h"
#include "vmssim.h"

namespace {

struct Text {
    std::string facility, ident, text;
};

std::mutex mu;
std::map<unsigned, Text> &texts() {
    static std::map<unsigned, Text> t{{SS$_NORMAL, {"SYSTEM", "NORMAL", "normal successful completion"}}};
    return t;
}

const char kSeverity[] = "WSEIF???";

// The process's default message flags, which DCL's SET MESSAGE sets (not simulated):
// VMSSIM_MESSAGE_FLAGS of the process, else all four parts.
unsigned process_flags() {
    const char *v = std::getenv("VMSSIM_MESSAGE_FLAGS");
    unsigned f = v && *v ? static_cast<unsigned>(std::strtoul(v, nullptr, 0)) & 15 : 15;
    return f ? f : 15;
}

// flags: 1 text, 2 ident, 4 severity, 8 facility; 0 means the process's [C vms-services.md 7].
std::string format(unsigned code, unsigned flags, bool *found) {
    if ((flags & 15) == 0) flags = process_flags();
    Text t;
    {
        std::lock_guard<std::mutex> l(mu);
        auto it = texts().find(code & 0x0FFFFFF8u);
        if (it == texts().end()) it = texts().find(code);
        *found = it != texts().end();
        if (*found) t = it->second;
    }
    if (!*found) {
        char num[16];
        std::snprintf(num, sizeof num, "%08X", code);
        t = {"NONAME", "NOMSG", std::string("Message number ") + num};
    }
    std::string head;
    if (flags & 8) head += t.facility;
    if (flags & 4) head += (head.empty() ? "" : "-") + std::string(1, kSeverity[code & 7]);
    if (flags & 2) head += (head.empty() ? "" : "-") + t.ident;
    if (head.empty()) return t.text;
    return "%" + head + ((flags & 1) ? ", " + t.text : "");
}

}  // namespace

extern "C" {

void vmssim_register_message(unsigned int code, const char *facility, const char *ident, const char *text) {
    std::lock_guard<std::mutex> l(mu);
    texts()[code & 0x0FFFFFF8u] = {facility, ident, text};
}

int sys$getmsg(unsigned int msgid, unsigned short int *msglen, void *bufadr, unsigned int flags,
               unsigned char outadr[4]) {
    bool found = false;
    std::string s = format(msgid, flags, &found);
    if (!vmssim::addr32_ok(bufadr, "$GETMSG bufadr")) return SS$_ACCVIO;
    std::size_t n = vmssim::write_dsc(bufadr, s);
    if (msglen) *msglen = static_cast<unsigned short>(n);
    if (outadr) std::memset(outadr, 0, 4);
    return found ? SS$_NORMAL : SS$_MSGNOTFND;
}

}  // extern "C"

// $PUTMSG (HELP $PUTMSG; CONTRACT MSG-5..MSG-8). The message vector: a first
// longword (bits 0-15 the number of longwords that follow, bits 16-19 the
// default message flags, 0 = the process's: all parts), then per message its
// condition value and, for a facility other than SYSTEM (0) and RMS (1), a
// longword with the FAO count (bits 0-15) and new flags (bits 16-19, 0 = keep),
// then the FAO arguments [C: GT.M/YottaDB sr_vvms la_fputmsgu.c builds exactly
// this]. A SYSTEM message takes as many arguments as its text has directives; an
// RMS one is followed by its STV (skipped) [U]. Here each longword of the vector is
// pointer-sized (__void_ptr32, __vmssim_base.h), so a !AS descriptor's address fits.
namespace {

using Slot = std::uintptr_t;

// The FAO directives of the texts: !AS !AZ !AD, !UL !SL !XL !ZL (W, B: 16, 8 bits),
// !%S, !/ !_ !^ !!, with a field width (!5UL); a field that does not fit is
// filled with '*' for numbers, cut for strings ($FAO's rules).
std::string fao(const std::string &ctl, const Slot *args, std::size_t nargs, std::size_t *used) {
    std::string out;
    std::size_t k = 0;
    long long last = 0;
    auto next = [&]() -> Slot { return k < nargs ? args[k++] : (++k, Slot{0}); };
    for (std::size_t i = 0; i < ctl.size(); ++i) {
        if (ctl[i] != '!' || i + 1 >= ctl.size()) { out += ctl[i]; continue; }
        char c = ctl[++i];
        if (c == '!') { out += '!'; continue; }
        if (c == '/') { out += '\n'; continue; }
        if (c == '_') { out += '\t'; continue; }
        if (c == '^') { out += '\f'; continue; }
        if (c == '%' && i + 1 < ctl.size() && (ctl[i + 1] == 'S' || ctl[i + 1] == 's')) {
            ++i;
            if (last != 1) out += 's';
            continue;
        }
        int width = -1;
        while (i < ctl.size() && ctl[i] >= '0' && ctl[i] <= '9') width = (width < 0 ? 0 : width * 10) + (ctl[i++] - '0');
        if (i + 1 >= ctl.size()) break;
        char kind = static_cast<char>(std::toupper(static_cast<unsigned char>(ctl[i])));
        char size = static_cast<char>(std::toupper(static_cast<unsigned char>(ctl[i + 1])));
        ++i;
        std::string field;
        if (kind == 'A') {
            if (size == 'S') {
                std::string v;
                int st = SS$_NORMAL;
                Slot a = next();
                if (!vmssim::read_dsc(reinterpret_cast<const void *>(a), &v, &st, "$PUTMSG !AS argument")) v = "***";
                field = v;
            } else if (size == 'Z') {
                Slot a = next();
                field = a ? reinterpret_cast<const char *>(a) : "";
            } else if (size == 'D') {
                Slot n = next(), a = next();
                if (a) field.assign(reinterpret_cast<const char *>(a), n & 0xFFFF);
            }
            if (width >= 0) field.resize(static_cast<std::size_t>(width), ' ');
        } else if (kind == 'U' || kind == 'S' || kind == 'X' || kind == 'Z') {
            unsigned bits = size == 'B' ? 8 : size == 'W' ? 16 : 32;
            std::uint32_t raw = static_cast<std::uint32_t>(next());
            std::uint32_t v = bits == 32 ? raw : raw & ((1u << bits) - 1);
            char buf[32];
            if (kind == 'S') {
                long long sv = bits == 32 ? static_cast<std::int32_t>(v) : bits == 16 ? static_cast<std::int16_t>(v) : static_cast<std::int8_t>(v);
                std::snprintf(buf, sizeof buf, "%lld", sv);
                last = sv;
            } else if (kind == 'X') {
                std::snprintf(buf, sizeof buf, "%0*X", static_cast<int>(bits / 4), v);
                last = v;
            } else {
                std::snprintf(buf, sizeof buf, "%u", v);
                last = v;
            }
            field = buf;
            if (width >= 0) {
                std::size_t w = static_cast<std::size_t>(width);
                if (field.size() > w) field.assign(w, '*');
                else field.insert(0, w - field.size(), kind == 'Z' ? '0' : ' ');
            }
        } else {
            out += '!';
            out += ctl[i - 1];
            out += ctl[i];
            continue;
        }
        out += field;
    }
    *used = k;
    return out;
}

// Directives of a text that take an argument (for SYSTEM messages, which carry no count).
std::size_t directives(const std::string &t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 2 < t.size() + 1; ++i) {
        if (t[i] != '!') continue;
        std::size_t j = i + 1;
        while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
        if (j < t.size() && std::strchr("AUSXZ", std::toupper(static_cast<unsigned char>(t[j])))) {
            n += (j + 1 < t.size() && std::toupper(static_cast<unsigned char>(t[j])) == 'A' &&
                  std::toupper(static_cast<unsigned char>(t[j + 1])) == 'D') ? 2 : 1;
            i = j + 1;
        } else if (j < t.size()) {
            i = j;
        }
    }
    return n;
}

// SYS$OUTPUT and SYS$ERROR are the Linux standard output and error; $PUTMSG writes to
// both when they are different files [D].
bool same_file(int a, int b) {
    struct stat sa, sb;
    return ::fstat(a, &sa) == 0 && ::fstat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace

extern "C" int sys$putmsg(void *msgvec, int (*actrtn)(__unknown_params), void *facnam, unsigned __int64 actprm) {
    if (!msgvec || !vmssim::addr32_ok(msgvec, "$PUTMSG msgvec")) return SS$_ACCVIO;
    std::string fac_override;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(facnam, &fac_override, &st, "$PUTMSG facnam")) return st;
    const Slot *v = static_cast<const Slot *>(msgvec);
    std::size_t count = v[0] & 0xFFFF;
    unsigned flags = (v[0] >> 16) & 0xF;
    std::size_t at = 1;
    for (bool first = true; at <= count; first = false) {
        unsigned code = static_cast<unsigned>(v[at++]);
        unsigned facility = (code >> 16) & 0xFFF;
        bool found = false;
        std::string line = format(code, flags, &found);
        std::size_t nfao = 0;
        if (facility == 1) {
            ++at;  // RMS: the STV
        } else if (facility != 0 && at <= count) {
            Slot word = v[at++];
            nfao = word & 0xFFFF;
            if ((word >> 16) & 0xF) flags = (word >> 16) & 0xF;
            line = format(code, flags, &found);
        } else if (facility == 0) {
            nfao = directives(line);
        }
        if (nfao > count + 1 - at) nfao = count + 1 - at;
        std::size_t used = 0;
        line = fao(line, v + at, nfao, &used);
        at += nfao;
        if (!first && !line.empty() && line[0] == '%') line[0] = '-';
        if (first && !fac_override.empty() && line.size() > 1 && line[0] == '%') {
            std::size_t dash = line.find('-');
            if (dash != std::string::npos) line = "%" + fac_override + line.substr(dash);
        }
        char buf[512];
        std::snprintf(buf, sizeof buf, "%s", line.c_str());
        dsc$descriptor_s d{static_cast<unsigned short>(std::strlen(buf)), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
        using Action = int (*)(dsc$descriptor_s *, unsigned __int64);
        if (actrtn && !(reinterpret_cast<Action>(actrtn)(&d, actprm) & 1)) continue;  // not written [D]
        std::fflush(stdout);
        std::fprintf(stderr, "%s\n", buf);
        std::fflush(stderr);
        if (!same_file(1, 2)) {
            std::fprintf(stdout, "%s\n", buf);
            std::fflush(stdout);
        }
    }
    return SS$_NORMAL;
}

extern "C" {

unsigned int lib$put_output(void *message_string) {
    std::string s;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(message_string, &s, &st, "LIB$PUT_OUTPUT string")) return static_cast<unsigned>(st);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return SS$_NORMAL;
}

// SYS$INPUT is the Linux standard input. The prompt goes to SYS$OUTPUT only when
// the input is a terminal: RMS uses a prompt for terminals only [B]. One line
// per call, at most 65535 characters read; a line that does not fit the
// fixed-length descriptor is truncated (LIB$_INPSTRTRU) [D: RTL LIB$ manual].
// Only fixed-length (class S) result descriptors are supported.
unsigned int lib$get_input(void *get_str, void *prompt_str, unsigned short int *out_len) {
    std::string prompt;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(prompt_str, &prompt, &st, "LIB$GET_INPUT prompt")) return static_cast<unsigned>(st);
    auto *d = static_cast<dsc$descriptor_s *>(get_str);
    if (d && (!vmssim::addr32_ok(d, "LIB$GET_INPUT get_str") ||
              !vmssim::addr32_ok(d->dsc$a_pointer, "LIB$GET_INPUT get_str")))
        return SS$_ACCVIO;
    if (!prompt.empty() && isatty(0)) {
        std::fwrite(prompt.data(), 1, prompt.size(), stdout);
        std::fflush(stdout);
    }
    std::string line;
    bool any = false;
    for (int c; line.size() < 65535 && (c = std::fgetc(stdin)) != EOF;) {
        any = true;
        if (c == '\n') break;
        line.push_back(static_cast<char>(c));
    }
    if (!any) {
        if (out_len) *out_len = 0;
        return RMS$_EOF;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t n = vmssim::write_dsc(get_str, line);
    if (out_len) *out_len = static_cast<unsigned short>(n);
    return n < line.size() ? LIB$_INPSTRTRU : SS$_NORMAL;
}

// Images run by $CREPRC have no CLI, so there is no foreign command line [U vms-services.md 1.6];
// an image run by the LOGINOUT stand-in's MCR gets the rest of the MCR line [D] (VMSSIM_FOREIGN).
unsigned int lib$get_foreign(void *resultant_string, void *prompt_string,
                             unsigned short int *resultant_length, unsigned int *flags) {
    (void)prompt_string;
    (void)flags;
    static const std::string foreign = [] {
        const char *f = std::getenv("VMSSIM_FOREIGN");
        std::string s = f ? f : "";
        ::unsetenv("VMSSIM_FOREIGN");
        return s;
    }();
    std::size_t n = vmssim::write_dsc(resultant_string, foreign);
    if (resultant_length) *resultant_length = static_cast<unsigned short>(n);
    return n < foreign.size() ? LIB$_INPSTRTRU : SS$_NORMAL;
}

}  // extern "C"
