// conform_msg: $GETMSG and $PUTMSG. Expected: expected/msg.txt. The SS$_NORMAL text
// is the system message every OpenVMS prints [D]; flags 1 text, 2 ident, 4 severity,
// 8 facility [C vms-services.md 7]. $PUTMSG writes the messages of conform_msg.msg
// (MESSAGE's object linked in) through an action routine that prints each line and
// returns 0, so that $PUTMSG itself writes nothing (HELP $PUTMSG, actrtn [D]).
#include <string>

#include "conform.h"

#include <far_pointers.h>

using namespace conform;

namespace {

void getmsg(const char *what, unsigned code, unsigned flags) {
    char text[256] = {0};
    auto d = dsc(text, sizeof text);
    unsigned short len = 0;
    unsigned char out[4];
    int st = sys$getmsg(code, &len, &d, flags, out);
    std::printf("%s: %s, \"%.*s\"\n", what, ss(st), len, text);
}

// The conditions of conform_msg.msg: facility 1999 << 16, customer bit (27) and
// facility-specific bit (15), message number << 3, severity.
constexpr unsigned kConform = 1999u << 16 | 0x08008000u;
constexpr unsigned kNosuch = kConform | 1u << 3 | 2u;   // ERROR
constexpr unsigned kCounted = kConform | 2u << 3 | 2u;  // ERROR
constexpr unsigned kHint = kConform | 3u << 3 | 3u;     // INFORMATIONAL, .BASE 3

// A message vector's longwords (__void_ptr32: 4 bytes on OpenVMS; an address fits).
using Longword = __void_ptr32;
Longword lw(unsigned v) { return reinterpret_cast<Longword>(static_cast<unsigned long long>(v)); }

int print_line(dsc$descriptor_s *line, unsigned __int64 tag) {
    std::printf("%s> %.*s\n", reinterpret_cast<const char *>(tag), line->dsc$w_length, line->dsc$a_pointer);
    return 0;
}
int (*action())(...) { return reinterpret_cast<int (*)(...)>(&print_line); }
unsigned __int64 tag(const char *s) { return reinterpret_cast<unsigned __int64>(s); }

void putmsg() {
    char where[] = "WEB", list[] = "the list";
    dsc$descriptor_s web = dsc(where), in = dsc(list);
    // One message, one !AS argument, the process's flags.
    Longword one[] = {lw(3), lw(kNosuch), lw(1), &web};
    line("$PUTMSG one message", sys$putmsg(one, action(), nullptr, tag("one")));
    // Numbers: !UL with !%S, !XL, a field of width 5.
    Longword nums[] = {lw(6), lw(kCounted), lw(4), lw(3), &in, lw(0x2C), lw(42)};
    line("$PUTMSG numbers", sys$putmsg(nums, action(), nullptr, tag("numbers")));
    Longword single[] = {lw(6), lw(kCounted), lw(4), lw(1), &in, lw(0xFFFFFFFFu), lw(1234567)};
    line("$PUTMSG one item, a field too narrow", sys$putmsg(single, action(), nullptr, tag("narrow")));
    // Two messages: the second is a continuation line ("-").
    Longword two[] = {lw(6), lw(kNosuch), lw(1), &web, lw(kHint), lw(1), &in};
    line("$PUTMSG two messages", sys$putmsg(two, action(), nullptr, tag("two")));
    // Flags: default text only (1) in the first longword; the second message sets
    // identifier and severity (6) in its own count longword.
    Longword flags[] = {lw(1u << 16 | 6), lw(kNosuch), lw(1), &web, lw(kHint), lw(6u << 16 | 1), &in};
    line("$PUTMSG message flags", sys$putmsg(flags, action(), nullptr, tag("flags")));
    // A SYSTEM condition: no FAO count longword.
    Longword sys[] = {lw(1), lw(SS$_NORMAL)};
    line("$PUTMSG SS$_NORMAL", sys$putmsg(sys, action(), nullptr, tag("system")));
    // facnam replaces the first message's facility.
    char other[] = "OTHER";
    dsc$descriptor_s fac = dsc(other);
    line("$PUTMSG with facnam", sys$putmsg(one, action(), &fac, tag("facnam")));
}

}  // namespace

int main() {
    getmsg("$GETMSG SS$_NORMAL, all parts", SS$_NORMAL, 15);
    getmsg("$GETMSG SS$_NORMAL, text only", SS$_NORMAL, 1);
    getmsg("$GETMSG SS$_NORMAL, identifier only", SS$_NORMAL, 2);
    char text[256] = {0};
    auto d = dsc(text, sizeof text);
    unsigned short len = 0;
    unsigned char out[4];
    line("$GETMSG of an unknown code", sys$getmsg(0x0FFFFFF8u, &len, &d, 15, out));
    putmsg();
    return 0;
}
