// The Linux line reader: libedit on a terminal, getline otherwise.
#include "os/terminal.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <type_traits>

#ifdef SV_HAVE_LIBEDIT
#include <dlfcn.h>
#include <histedit.h>
#endif

namespace sv::os {

namespace {

// One line of standard input without its '\n' (C stdio: <iostream> would
// make every run of the client set up the C++ streams and their locale).
bool stdin_line(std::string* line) {
    char* buf = nullptr;
    size_t cap = 0;
    ssize_t n = ::getline(&buf, &cap, stdin);
    if (n >= 0) line->assign(buf, static_cast<size_t>(n) - (n > 0 && buf[n - 1] == '\n' ? 1 : 0));
    std::free(buf);
    return n >= 0;
}

class PlainReader : public LineReader {
public:
    explicit PlainReader(bool tty) : tty_(tty) {}
    std::optional<std::string> read(const std::string& prompt) override {
        if (tty_) {
            std::fputs(prompt.c_str(), stdout);
            std::fflush(stdout);
        }
        std::string line;
        if (!stdin_line(&line)) return std::nullopt;
        return line;
    }
    bool interactive() const override { return tty_; }

private:
    bool tty_;
};

#ifdef SV_HAVE_LIBEDIT
// libedit is loaded only when a person is at a terminal: a one-shot command
// from a script then starts without it and the four libraries it needs
// (the client's start-up is most of a STATUS round trip).
struct EditLib {
    EditLine* (*init)(const char*, FILE*, FILE*, FILE*) = nullptr;
    int (*set)(EditLine*, int, ...) = nullptr;
    const char* (*gets)(EditLine*, int*) = nullptr;
    void (*end)(EditLine*) = nullptr;
    History* (*hinit)() = nullptr;
    int (*hist)(History*, HistEvent*, int, ...) = nullptr;
    void (*hend)(History*) = nullptr;

    bool load() {
        void* h = ::dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
        if (!h) return false;
        auto sym = [h](const char* name, auto& fn) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(h, name));
            return fn != nullptr;
        };
        return sym("el_init", init) && sym("el_set", set) && sym("el_gets", gets) && sym("el_end", end) &&
               sym("history_init", hinit) && sym("history", hist) && sym("history_end", hend);
    }
};

// libedit asks for the prompt through a callback without a user pointer, so
// the current prompt lives in a static; there is one terminal per process.
std::string g_prompt;
char* prompt_of(EditLine*) { return const_cast<char*>(g_prompt.c_str()); }

class EditReader : public LineReader {
public:
    explicit EditReader(const EditLib& lib) : lib_(lib) {
        el_ = lib_.init("supervise", stdin, stdout, stderr);
        hist_ = lib_.hinit();
        HistEvent ev;
        lib_.hist(hist_, &ev, H_SETSIZE, 200);
        lib_.set(el_, EL_HIST, lib_.hist, hist_);
        lib_.set(el_, EL_PROMPT, prompt_of);
        lib_.set(el_, EL_EDITOR, "emacs");
        lib_.set(el_, EL_SIGNAL, 1);
    }
    ~EditReader() override {
        lib_.end(el_);
        lib_.hend(hist_);
    }
    EditReader(const EditReader&) = delete;
    EditReader& operator=(const EditReader&) = delete;

    std::optional<std::string> read(const std::string& prompt) override {
        g_prompt = prompt;
        // libedit prints the prompt first and makes the terminal raw only
        // when it reads the first key: a key typed in between (as soon as
        // the prompt shows) met the terminal still in canonical mode, where
        // Ctrl/D is the line discipline's end of file, not libedit's, and
        // the prompt then ignored every later Ctrl/D (found by the PTY test:
        // about 3 runs in 100). Raw before the prompt closes that window;
        // el_gets makes the terminal canonical again when it returns.
        lib_.set(el_, EL_PREP_TERM, 1);
        int count = 0;
        const char* text = lib_.gets(el_, &count);
        if (!text || count <= 0) {
            std::fputc('\n', stdout);  // leave the terminal on a fresh line after Ctrl/D
            return std::nullopt;
        }
        std::string line(text, static_cast<size_t>(count));
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos) {
            HistEvent ev;
            lib_.hist(hist_, &ev, H_ENTER, line.c_str());
        }
        return line;
    }
    bool interactive() const override { return true; }

private:
    EditLib lib_;
    EditLine* el_ = nullptr;
    History* hist_ = nullptr;
};
#endif

}  // namespace

std::unique_ptr<LineReader> make_line_reader() {
    bool tty = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
#ifdef SV_HAVE_LIBEDIT
    EditLib lib;
    if (tty && lib.load()) return std::make_unique<EditReader>(lib);
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
    bool ok = stdin_line(&line);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputc('\n', stdout);
    if (!ok) return std::nullopt;
    return line;
}

}  // namespace sv::os
