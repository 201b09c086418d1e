// msg.cpp: $GETMSG, $PUTMSG, LIB$PUT_OUTPUT, LIB$GET_FOREIGN.
// Texts: only SS$_NORMAL is built in; everything else is registered by the test
// (vmssim_register_message), standing in for a linked message file.
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <string>

#include "../../include/descrip.h"
#include "../../include/ssdef.h"
#include "../../include/lib$routines.h"
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

// flags: 1 text, 2 ident, 4 severity, 8 facility; 0 means all [C vms-services.md 7].
std::string format(unsigned code, unsigned flags, bool *found) {
    if ((flags & 15) == 0) flags = 15;
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

// Simplified: the first condition of the message vector only (msgvec[1]).
int sys$putmsg(void *msgvec, int (*actrtn)(__unknown_params), void *facnam, unsigned __int64 actprm) {
    (void)facnam;
    (void)actprm;
    if (!msgvec) return SS$_ACCVIO;
    const unsigned *v = static_cast<const unsigned *>(msgvec);
    bool found = false;
    std::string s = format(v[1], v[0] >> 16, &found);
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", s.c_str());
    dsc$descriptor_s d{static_cast<unsigned short>(std::strlen(buf)), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
    if (actrtn && !(reinterpret_cast<int (*)(dsc$descriptor_s *)>(actrtn)(&d) & 1)) return SS$_NORMAL;
    std::fprintf(stderr, "%s\n", buf);
    return SS$_NORMAL;
}

unsigned int lib$put_output(void *message_string) {
    std::string s;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(message_string, &s, &st, "LIB$PUT_OUTPUT string")) return static_cast<unsigned>(st);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return SS$_NORMAL;
}

// Images run by $CREPRC have no CLI, so there is no foreign command line [U vms-services.md 1.6].
unsigned int lib$get_foreign(void *resultant_string, void *prompt_string,
                             unsigned short int *resultant_length, unsigned int *flags) {
    (void)prompt_string;
    (void)flags;
    (void)resultant_string;
    if (resultant_length) *resultant_length = 0;
    return SS$_NORMAL;
}

}  // extern "C"
