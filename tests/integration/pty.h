// A small pseudo-terminal driver for tests: runs a program with a terminal
// as its standard input, output and error, types keys into it and reads
// what it prints until an expected text shows up. Every read is bounded by a
// timeout (no fixed sleeps); the child is tracked by pid and killed, by that
// pid only, if it is still there when the driver goes away.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sv::test {

class Pty {
public:
    Pty() = default;
    ~Pty();
    Pty(const Pty&) = delete;
    Pty& operator=(const Pty&) = delete;

    // Starts argv[0] (a path) with `argv` on a new terminal of 80x24 columns,
    // in its own session; `env` entries (NAME=value) are added to the
    // environment (TERM defaults to vt100). False with `error` on failure.
    bool start(const std::vector<std::string>& argv, const std::vector<std::string>& env = {},
               std::string* error = nullptr);

    // Types `keys` as they are ("\n" is Return, "\x04" Ctrl/D).
    bool send(const std::string& keys);

    // Reads until `text` appears in the output after the current mark, then
    // moves the mark past it. False when the timeout passes or the terminal
    // closes first (what was read is still in output()).
    bool expect(const std::string& text, int64_t timeout_ms = 20000);

    // Everything read so far, and what came after the mark.
    const std::string& output() const { return out_; }
    std::string since_mark() const { return out_.substr(mark_); }
    // Moves the mark to the end of what has been read.
    void skip() { mark_ = out_.size(); }

    // Waits (bounded) for the child to exit; its exit status, or -1 when it
    // was killed by a signal; nullopt on timeout (the child is left running).
    std::optional<int> wait_exit(int64_t timeout_ms = 10000);

    // SIGKILL to the child (by pid) and reaps it.
    void kill();

    int64_t pid() const { return pid_; }

private:
    // Reads what is available within `timeout_ms`; false at end of file.
    bool pump(int64_t timeout_ms);

    int fd_ = -1;
    int64_t pid_ = 0;
    std::string out_;
    size_t mark_ = 0;
    bool eof_ = false;
};

}  // namespace sv::test
