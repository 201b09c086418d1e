// The server's activity log: one line per entry, in supervisor's layout
// "2026-11-24 22:10:01,123 INFO text" (local time, milliseconds after a comma).
//
// The file is opened with O_APPEND and every line goes out in a single
// write(), so lines from several writers (or a rotated file being read)
// never interleave mid-line. A line break inside `text` becomes a line break
// followed by four spaces, so a message can never forge a line of its own.
#include "os/log_sink.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace sv::os {

namespace {
const char* level_word(LogLevel level) {
    switch (level) {
    case LogLevel::debug: return "DEBG";
    case LogLevel::info: return "INFO";
    case LogLevel::warn: return "WARN";
    case LogLevel::error: return "ERRO";
    }
    return "INFO";
}

std::string timestamp() {
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    tm local{};
    time_t secs = ts.tv_sec;
    ::localtime_r(&secs, &local);
    char buf[48];
    size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &local);
    std::snprintf(buf + n, sizeof buf - n, ",%03ld", static_cast<long>(ts.tv_nsec / 1000000));
    return buf;
}

class FileLog : public LogSink {
public:
    FileLog(int fd, bool owned, LogLevel min_level) : fd_(fd), owned_(owned), min_(min_level) {}
    ~FileLog() override {
        if (owned_) ::close(fd_);
    }
    FileLog(const FileLog&) = delete;
    FileLog& operator=(const FileLog&) = delete;

    void write(LogLevel level, const std::string& text) override {
        if (level < min_) return;
        std::string line = timestamp();
        line += ' ';
        line += level_word(level);
        line += ' ';
        for (char c : text) {
            if (c == '\n')
                line += "\n    ";
            else if (c != '\r')
                line += c;
        }
        line += '\n';
        // One write per line; a short write (disk full, signal) finishes the
        // rest rather than lose it, a failing write is dropped: the log must
        // never stop the server.
        size_t done = 0;
        while (done < line.size()) {
            ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            done += static_cast<size_t>(n);
        }
    }

private:
    int fd_;
    bool owned_;
    LogLevel min_;
};
}  // namespace

std::unique_ptr<LogSink> open_log(const std::string& path, LogLevel min_level, std::string* error) {
    if (path == "-") return std::make_unique<FileLog>(STDERR_FILENO, false, min_level);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (fd < 0) {
        if (error) *error = std::strerror(errno);
        return nullptr;
    }
    return std::make_unique<FileLog>(fd, true, min_level);
}

}  // namespace sv::os
