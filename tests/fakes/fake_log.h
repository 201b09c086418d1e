// A fake activity log (the os::LogSink port): lines kept in memory, shared by
// the servers of one test so a test reads what each of them said.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "os/log_sink.h"

namespace sv::test {

struct LogLines {
    std::vector<std::pair<os::LogLevel, std::string>> lines;

    // Lines that contain `text`.
    size_t count(const std::string& text) const {
        size_t n = 0;
        for (const auto& l : lines)
            if (l.second.find(text) != std::string::npos) ++n;
        return n;
    }
    bool has(const std::string& text) const { return count(text) > 0; }
};

class FakeLog : public os::LogSink {
public:
    explicit FakeLog(std::shared_ptr<LogLines> out) : out_(std::move(out)) {}
    void write(os::LogLevel level, const std::string& text) override { out_->lines.emplace_back(level, text); }

private:
    std::shared_ptr<LogLines> out_;
};

}  // namespace sv::test
