// Clocks on OpenVMS (src/os/clock.h): the C++ standard clocks. steady_clock
// never goes back (libc++ on OpenVMS x86, vms-services.md 8); system_clock
// gives Unix seconds for display.
#include <chrono>
#include <memory>

#include "os/clock.h"

namespace sv::os {

namespace {
class StdClock : public Clock {
public:
    int64_t monotonic_ms() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    int64_t wall_seconds() const override {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};
}  // namespace

std::unique_ptr<Clock> make_system_clock() { return std::make_unique<StdClock>(); }

}  // namespace sv::os
