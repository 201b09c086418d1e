// The system clocks: CLOCK_MONOTONIC for every rule, CLOCK_REALTIME for
// what people read.
#include "os/clock.h"

#include <ctime>

namespace sv::os {

namespace {
int64_t read_ms(clockid_t id) {
    timespec ts{};
    ::clock_gettime(id, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

class SystemClock : public Clock {
public:
    int64_t monotonic_ms() const override { return read_ms(CLOCK_MONOTONIC); }
    int64_t wall_seconds() const override { return read_ms(CLOCK_REALTIME) / 1000; }
};
}  // namespace

std::unique_ptr<Clock> make_system_clock() { return std::make_unique<SystemClock>(); }

}  // namespace sv::os
