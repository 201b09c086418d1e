// Port: the server's activity log. Lines are timestamped by the sink.
#pragma once
#include <memory>
#include <string>

namespace sv::os {

enum class LogLevel : unsigned char { debug, info, warn, error };

class LogSink {
public:
    virtual ~LogSink() = default;
    virtual void write(LogLevel level, const std::string& text) = 0;
};

// Appends "2026-11-24 22:10:01,123 INFO text" lines to `path`; "-" means stderr.
std::unique_ptr<LogSink> open_log(const std::string& path, LogLevel min_level, std::string* error);

}  // namespace sv::os
