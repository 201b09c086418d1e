// The activity log on OpenVMS (src/os/log_sink.h): lines appended with the
// C RTL (a stream file; "-" is SYS$ERROR), flushed at once so that a
// server that dies leaves every line it wrote.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>

#include "os/log_sink.h"

namespace sv::os {

namespace {
const char* level_name(LogLevel l) {
    switch (l) {
    case LogLevel::debug: return "DEBG";
    case LogLevel::info: return "INFO";
    case LogLevel::warn: return "WARN";
    case LogLevel::error: return "ERRO";
    }
    return "INFO";
}

class FileLog : public LogSink {
public:
    FileLog(std::FILE* f, bool own, LogLevel min) : f_(f), own_(own), min_(min) {}
    ~FileLog() override {
        if (own_) std::fclose(f_);
    }
    FileLog(const FileLog&) = delete;
    FileLog& operator=(const FileLog&) = delete;
    void write(LogLevel level, const std::string& text) override {
        if (level < min_) return;
        auto now = std::chrono::system_clock::now();
        std::time_t t = std::chrono::system_clock::to_time_t(now);
        int ms = static_cast<int>(
            std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000);
        char stamp[32];
        std::tm* tm = std::localtime(&t);   // single-threaded server
        std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", tm);
        std::fprintf(f_, "%s,%03d %s %s\n", stamp, ms, level_name(level), text.c_str());
        std::fflush(f_);
    }

private:
    std::FILE* f_;
    bool own_;
    LogLevel min_;
};
}  // namespace

std::unique_ptr<LogSink> open_log(const std::string& path, LogLevel min_level, std::string* error) {
    if (path == "-") return std::make_unique<FileLog>(stderr, false, min_level);
    std::FILE* f = std::fopen(path.c_str(), "a");
    if (!f) {
        *error = "cannot open " + path + " for appending";
        return nullptr;
    }
    return std::make_unique<FileLog>(f, true, min_level);
}

}  // namespace sv::os
