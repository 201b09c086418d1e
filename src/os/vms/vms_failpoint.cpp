// Failure points on OpenVMS (src/os/failpoint.h): SUPERVISORD_FAILPOINT is
// read with getenv, which on OpenVMS also translates a logical name of that
// name (VSI C RTL), so DEFINE SUPERVISORD_FAILPOINT works as the
// environment variable does on Linux.
#include <cstdlib>
#include <cstring>
#include <string>

#include "os/failpoint.h"

namespace sv::os {

namespace {
struct Point {
    std::string name;
    long count = 1;
    bool set = false;
};
Point& point() {
    static Point p = [] {
        Point q;
        const char* v = std::getenv("SUPERVISORD_FAILPOINT");
        if (!v || !*v) return q;
        std::string s = v;
        size_t colon = s.find(':');
        q.name = s.substr(0, colon);
        if (colon != std::string::npos) q.count = std::strtol(s.c_str() + colon + 1, nullptr, 10);
        if (q.count < 1) q.count = 1;
        q.set = true;
        return q;
    }();
    return p;
}
}  // namespace

bool failpoint(const char* name) {
    Point& p = point();
    if (!p.set || p.name != name) return false;
    return --p.count == 0;
}

// _Exit: no destructors, no atexit handlers; the server declares no exit
// handler of its own, so this leaves things as a $DELPRC would.
void die_now() { std::_Exit(44); }

}  // namespace sv::os
