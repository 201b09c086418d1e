#include "os/failpoint.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace sv::os {

namespace {
struct Armed {
    std::string name;
    long remaining = 0;   // passages left before it fires; 0: disarmed
    Armed() {
        const char* v = std::getenv("SUPERVISORD_FAILPOINT");
        if (!v || !*v) return;
        std::string s = v;
        size_t colon = s.find(':');
        name = s.substr(0, colon);
        remaining = colon == std::string::npos ? 1 : std::strtol(s.c_str() + colon + 1, nullptr, 10);
    }
};
Armed& armed() {
    static Armed a;
    return a;
}
}  // namespace

bool failpoint(const char* name) {
    Armed& a = armed();
    if (a.remaining <= 0 || a.name != name) return false;
    return --a.remaining == 0;
}

void die_now() {
    ::kill(::getpid(), SIGKILL);
    ::_exit(137);
}

}  // namespace sv::os
