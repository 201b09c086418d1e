// conform_msg: $GETMSG. Expected: expected/msg.txt. The SS$_NORMAL text is the
// system message every OpenVMS prints [D]; flags 1 text, 2 ident, 4 severity,
// 8 facility [C vms-services.md 7].
#include "conform.h"

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
    return 0;
}
