// A clock for tests: it only moves when told to, so every timing rule can be
// checked without sleeping. Implements the os::Clock port (src/os/clock.h).
#pragma once
#include <cstdint>

#include "os/clock.h"

namespace sv::test {

class FakeClock : public os::Clock {
public:
    // Starts at the given monotonic milliseconds and wall (Unix) seconds.
    explicit FakeClock(int64_t mono_ms = 1000, int64_t wall_s = 1700000000)
        : mono_ms_(mono_ms), wall_ms_(wall_s * 1000) {}

    int64_t monotonic_ms() const override { return mono_ms_; }
    int64_t wall_seconds() const override { return floor_div(wall_ms_, 1000); }

    // Moves both clocks forward together (a negative step is ignored for the
    // monotonic clock, which never goes back).
    void advance_ms(int64_t ms) {
        if (ms > 0) mono_ms_ += ms;
        wall_ms_ += ms;
    }
    void advance_s(int64_t s) { advance_ms(s * 1000); }

    // Sets each clock on its own, e.g. to model a wall clock step while the
    // monotonic one runs on. The monotonic clock is only moved forward.
    void set_monotonic_ms(int64_t ms) {
        if (ms > mono_ms_) mono_ms_ = ms;
    }
    void set_wall_seconds(int64_t s) { wall_ms_ = s * 1000; }

private:
    static int64_t floor_div(int64_t a, int64_t b) {
        int64_t q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }

    int64_t mono_ms_;
    int64_t wall_ms_;
};

// A view of a FakeClock for a port owner (the server takes ownership of its
// clock): several servers in one test, one after the other, share one time.
class ClockView : public os::Clock {
public:
    explicit ClockView(const FakeClock& clock) : clock_(clock) {}
    int64_t monotonic_ms() const override { return clock_.monotonic_ms(); }
    int64_t wall_seconds() const override { return clock_.wall_seconds(); }

private:
    const FakeClock& clock_;
};

}  // namespace sv::test
