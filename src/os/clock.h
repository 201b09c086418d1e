// Port: the two clocks the server reads. Tests use tests/fakes/fake_clock.h.
#pragma once
#include <cstdint>
#include <memory>

namespace sv::os {

class Clock {
public:
    virtual ~Clock() = default;
    virtual int64_t monotonic_ms() const = 0;  // never goes back; drives every rule
    virtual int64_t wall_seconds() const = 0;  // Unix time; only shown to people
};

std::unique_ptr<Clock> make_system_clock();

}  // namespace sv::os
