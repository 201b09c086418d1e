// The Linux line reader: libedit on a terminal, getline otherwise.
#include "os/terminal.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#ifdef SV_HAVE_LIBEDIT
#include <histedit.h>
#endif

namespace sv::os {

namespace {

class PlainReader : public LineReader {
public:
    explicit PlainReader(bool tty) : tty_(tty) {}
    std::optional<std::string> read(const std::string& prompt) override {
        if (tty_) {
            std::fputs(prompt.c_str(), stdout);
            std::fflush(stdout);
        }
        std::string line;
        if (!std::getline(std::cin, line)) return std::nullopt;
        return line;
    }
    bool interactive() const override { return tty_; }

private:
    bool tty_;
};

#ifdef SV_HAVE_LIBEDIT
// libedit asks for the prompt through a callback without a user pointer, so
// the current prompt lives in a static; there is one terminal per process.
std::string g_prompt;
char* prompt_of(EditLine*) { return const_cast<char*>(g_prompt.c_str()); }

class EditReader : public LineReader {
public:
    EditReader() {
        el_ = el_init("supervise", stdin, stdout, stderr);
        hist_ = history_init();
        HistEvent ev;
        history(hist_, &ev, H_SETSIZE, 200);
        el_set(el_, EL_HIST, history, hist_);
        el_set(el_, EL_PROMPT, prompt_of);
        el_set(el_, EL_EDITOR, "emacs");
        el_set(el_, EL_SIGNAL, 1);
    }
    ~EditReader() override {
        el_end(el_);
        history_end(hist_);
    }
    EditReader(const EditReader&) = delete;
    EditReader& operator=(const EditReader&) = delete;

    std::optional<std::string> read(const std::string& prompt) override {
        g_prompt = prompt;
        int count = 0;
        const char* text = el_gets(el_, &count);
        if (!text || count <= 0) {
            std::fputc('\n', stdout);  // leave the terminal on a fresh line after Ctrl/D
            return std::nullopt;
        }
        std::string line(text, static_cast<size_t>(count));
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos) {
            HistEvent ev;
            history(hist_, &ev, H_ENTER, line.c_str());
        }
        return line;
    }
    bool interactive() const override { return true; }

private:
    EditLine* el_ = nullptr;
    History* hist_ = nullptr;
};
#endif

}  // namespace

std::unique_ptr<LineReader> make_line_reader() {
    bool tty = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
#ifdef SV_HAVE_LIBEDIT
    if (tty) return std::make_unique<EditReader>();
#endif
    return std::make_unique<PlainReader>(tty);
}

std::optional<std::string> read_secret(const std::string& prompt) {
    if (!::isatty(STDIN_FILENO)) return std::nullopt;
    termios old{};
    if (::tcgetattr(STDIN_FILENO, &old) != 0) return std::nullopt;
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    std::fputs(prompt.c_str(), stdout);
    std::fflush(stdout);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string line;
    bool ok = static_cast<bool>(std::getline(std::cin, line));
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputc('\n', stdout);
    if (!ok) return std::nullopt;
    return line;
}

}  // namespace sv::os
