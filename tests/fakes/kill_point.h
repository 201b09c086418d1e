// kill -9 of the server at a chosen point of its work: a fake port passes a
// KillPoint after doing its job (a table write, a spawn, a signal); when the
// countdown runs out it throws ServerKilled, the harness catches it and drops
// the server object, so nothing more of it runs (as os::die_now does).
#pragma once

namespace sv::test {

struct ServerKilled {};

struct KillPoint {
    int after = 0;   // passages left before the kill; 0: never
    void passed() {
        if (after > 0 && --after == 0) throw ServerKilled{};
    }
};

}  // namespace sv::test
