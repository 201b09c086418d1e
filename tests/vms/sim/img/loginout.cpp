// loginout: the simulator's LOGINOUT.EXE for a detached process ($CREPRC of
// SYS$SYSTEM:LOGINOUT.EXE with SYS$INPUT naming a command procedure). It runs
// a small DCL subset from that procedure, one command per "$" line:
//
//   $ RUN image          run the image in this process (same PID), $STATUS = its status
//   $ MCR image [text]   the same, text as its foreign command line (LIB$GET_FOREIGN)
//                        and, split as the C RTL does, as its argv
//   $ WRITE SYS$OUTPUT item[,...]   "quoted" strings, $STATUS, $SEVERITY
//   $ WAIT hh:mm:ss[.cc] (delta, at most one hour)
//   $ EXIT [n]           end the process with n (%X hex or decimal), else $STATUS
//   $ DEFINE name value  a supervisor-mode name in LNM$PROCESS_TABLE
//   $ SET NOON / SET ON  whether an error or severe error ends the procedure
//   $ ! comment
//
// An image is a second Linux process claiming this VMS process's PID
// (VMSSIM_IMAGE=1): the broker runs down only its channels when it ends, and
// sends $FORCEX to it while it runs; its $EXIT status comes back through a pipe
// (VMSSIM_IMAGE_FD). Behaviours and sources: sim/CONTRACT.md (DCL-n rows).
// A simulator component: it uses Linux calls besides the STARLET API.
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "../common/images.h"
#include "../common/params.h"

#include <descrip.h>
#include <iledef.h>
#include <jpidef.h>
#include <lnmdef.h>
#include <psldef.h>
#include <rmsdef.h>
#include <ssdef.h>
#include <starlet.h>

extern char **environ;

namespace {

constexpr unsigned kIvverb = 0x00038090;  // CLI$_IVVERB [M]
constexpr unsigned kInhibMsg = 0x10000000;  // STS$M_INHIB_MSG

dsc$descriptor_s dsc(const char *s, std::size_t n) {
    return {static_cast<unsigned short>(n), DSC$K_DTYPE_T, DSC$K_CLASS_S, const_cast<char *>(s)};
}

std::string upper(std::string s) {
    for (auto &c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string &s) {
    std::size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t\r");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::string translate(const char *name) {
    char buf[256] = {0};
    unsigned short len = 0;
    ILE3 items[2];
    std::memset(items, 0, sizeof items);
    items[0].ile3$w_length = sizeof buf;
    items[0].ile3$w_code = LNM$_STRING;
    items[0].ile3$ps_bufaddr = buf;
    items[0].ile3$ps_retlen_addr = &len;
    auto tab = dsc("LNM$FILE_DEV", 12), n = dsc(name, std::strlen(name));
    if (!(sys$trnlnm(nullptr, &tab, &n, nullptr, items) & 1)) return "";
    std::string s(buf, len);
    if (s.size() >= 4 && s[0] == '\x1B' && s[1] == '\0') s.erase(0, 4);  // process-permanent file
    return s;
}

unsigned my_pid() {
    unsigned pid = 0;
    unsigned short len = 0;
    ILE3 items[2];
    std::memset(items, 0, sizeof items);
    items[0].ile3$w_length = sizeof pid;
    items[0].ile3$w_code = JPI$_PID;
    items[0].ile3$ps_bufaddr = &pid;
    items[0].ile3$ps_retlen_addr = &len;
    sys$getjpiw(0, nullptr, nullptr, items, nullptr, nullptr, 0);
    return pid;
}

// DCL shows the message of a failed image or command unless STS$M_INHIB_MSG is set [D].
void show(unsigned st) {
    if ((st & 1) || (st & kInhibMsg)) return;
    char buf[256] = {0};
    auto d = dsc(buf, sizeof buf);
    unsigned short len = 0;
    unsigned char out[4];
    sys$getmsg(st, &len, &d, 15, out);
    std::fprintf(stderr, "%.*s\n", len, buf);
    std::fflush(stderr);
}

// The C RTL's argv for an image run with a foreign command line (DCL-10):
// words split at blanks and tabs, a "quoted" word kept as written (quotes
// removed, "" for "), other words lower-cased (the traditional parse style,
// DECC$ARGV_PARSE_STYLE not set) [D: VSI C RTL Reference, main's argv].
std::vector<std::string> c_argv(const std::string &line) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i >= line.size()) break;
        std::string w;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
            if (line[i] == '"') {
                for (++i; i < line.size(); ++i) {
                    if (line[i] == '"' && i + 1 < line.size() && line[i + 1] == '"') w += line[++i];
                    else if (line[i] == '"') break;
                    else w += line[i];
                }
                ++i;
            } else {
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(line[i++])));
            }
        }
        out.push_back(w);
    }
    return out;
}

class Dcl {
public:
    unsigned status = SS$_NORMAL;  // $STATUS
    bool on = true;                // SET ON (the default): an error or severe error exits

    // Returns false when the procedure ends (EXIT).
    bool command(const std::string &line, unsigned *exit_status) {
        std::string verb, rest;
        split(line, &verb, &rest);
        std::string v = upper(verb);
        auto is = [&](const char *full) {  // DCL abbreviates verbs to any unique prefix of 3+ [D]
            std::string f = full;
            return v.size() >= std::min<std::size_t>(3, f.size()) && f.compare(0, v.size(), v) == 0;
        };
        if (is("RUN")) {
            status = run(trim(rest), "");
        } else if (is("MCR")) {
            std::string image, args;
            split(rest, &image, &args);
            status = run(image, args);
        } else if (is("WRITE")) {
            status = write(rest);
        } else if (is("WAIT")) {
            status = wait(trim(rest));
        } else if (is("EXIT")) {
            std::string n = upper(trim(rest));
            *exit_status = n.empty() ? status
                           : n.rfind("%X", 0) == 0 ? static_cast<unsigned>(std::strtoul(n.c_str() + 2, nullptr, 16))
                                                   : static_cast<unsigned>(std::strtoul(n.c_str(), nullptr, 10));
            return false;
        } else if (is("DEFINE")) {
            status = define(rest);
        } else if (is("SET")) {
            std::string what = upper(trim(rest));
            if (what == "NOON") on = false;
            else if (what == "ON") on = true;
            else return unknown(verb + " " + what);
            status = SS$_NORMAL;
        } else {
            return unknown(verb);
        }
        show(status);
        // ON ERROR THEN EXIT is the default: severity error (2) or severe (4) [D].
        if (on && ((status & 7) == 2 || (status & 7) == 4)) {
            *exit_status = status | kInhibMsg;
            return false;
        }
        return true;
    }

private:
    static void split(const std::string &s, std::string *first, std::string *rest) {
        std::string t = trim(s);
        std::size_t e = t.find_first_of(" \t");
        *first = t.substr(0, e);
        *rest = e == std::string::npos ? "" : trim(t.substr(e));
    }

    bool unknown(const std::string &verb) {
        std::fprintf(stderr, "%%DCL-W-IVVERB, unrecognized command verb - check validity and spelling\n \\%s\\\n",
                     upper(verb).c_str());
        status = kIvverb | kInhibMsg;
        return true;  // a warning: the procedure goes on
    }

    // The image runs in this process: a child claiming our PID; we wait for it.
    unsigned run(const std::string &image, const std::string &args) {
        std::string path = vmssim::find_image(image);
        if (path.empty()) {
            std::fprintf(stderr, "%%DCL-W-ACTIMAGE, error activating image %s\n-RMS-E-FNF, file not found\n",
                         upper(image).c_str());
            return RMS$_FNF | kInhibMsg;
        }
        int p[2];
        if (::pipe2(p, O_CLOEXEC) != 0) return SS$_ABORT;
        char pidhex[16];
        std::snprintf(pidhex, sizeof pidhex, "%08X", my_pid());
        std::vector<std::string> env;
        for (char **e = environ; *e; ++e)
            if (std::strncmp(*e, "VMSSIM_FOREIGN=", 15) && std::strncmp(*e, "VMSSIM_PID=", 11)) env.push_back(*e);
        env.push_back(std::string("VMSSIM_PID=") + pidhex);
        env.push_back("VMSSIM_IMAGE=1");
        env.push_back("VMSSIM_IMAGE_FD=10");
        env.push_back("VMSSIM_FOREIGN=" + args);
        std::vector<char *> envp;
        for (auto &s : env) envp.push_back(&s[0]);
        std::vector<std::string> words = c_argv(args);
        envp.push_back(nullptr);
        std::fflush(nullptr);
        pid_t dcl = ::getpid();
        pid_t l = ::fork();
        if (l == 0) {  // only async-signal-safe calls until exec
            // The image is part of this process: it ends when DCL does (a $FORCEX
            // or $EXIT of DCL, VMSSIM_FORCEX_IMAGE_ONLY=0).
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != dcl) ::_exit(127);
            // dup2 onto itself leaves FD_CLOEXEC set: the pipe may already be fd 10
            // (it depends on what the broker's creator left open), so clear it then.
            if (p[1] == 10)
                ::fcntl(10, F_SETFD, 0);
            else
                ::dup2(p[1], 10);
            std::vector<char *> argv{const_cast<char *>(path.c_str())};
            for (auto &w : words) argv.push_back(&w[0]);
            argv.push_back(nullptr);
            ::execve(path.c_str(), argv.data(), envp.data());
            ::_exit(127);
        }
        ::close(p[1]);
        if (l < 0) {
            ::close(p[0]);
            return SS$_ABORT;
        }
        int ws = 0;
        while (::waitpid(l, &ws, 0) < 0 && errno == EINTR) {
        }
        unsigned st = 0;
        ssize_t n = ::read(p[0], &st, sizeof st);
        ::close(p[0]);
        if (n == sizeof st) return st;
        // Not a simulator image, or killed: as the broker maps a Linux end (PRC-15).
        if (WIFEXITED(ws)) {
            unsigned e = static_cast<unsigned>(WEXITSTATUS(ws));
            return e == 0 ? 1u : (0x1035A000u | (e << 3) | 2u);
        }
        return 0;
    }

    unsigned write(const std::string &rest) {
        std::string dest, items;
        split(rest, &dest, &items);
        if (upper(dest) != "SYS$OUTPUT") return kIvverb | kInhibMsg;
        std::string out;
        bool q = false;
        std::string word;
        auto flush = [&] {
            std::string w = upper(trim(word));
            char b[16];
            if (w == "$STATUS") std::snprintf(b, sizeof b, "%%X%08X", status), out += b;
            else if (w == "$SEVERITY") out += std::to_string(status & 7);
            word.clear();
        };
        for (std::size_t i = 0; i < items.size(); ++i) {
            char c = items[i];
            if (c == '"') {
                if (q && i + 1 < items.size() && items[i + 1] == '"') { out += '"'; ++i; continue; }
                q = !q;
            } else if (q) {
                out += c;
            } else if (c == ',') {
                flush();
            } else {
                word += c;
            }
        }
        flush();
        std::printf("%s\n", out.c_str());
        std::fflush(stdout);
        return SS$_NORMAL;
    }

    unsigned wait(const std::string &t) {
        int h = 0, m = 0, s = 0, cs = 0;
        if (std::sscanf(t.c_str(), "%d:%d:%d.%d", &h, &m, &s, &cs) < 1 || h > 1) return SS$_BADPARAM;
        long long total = ((h * 60LL + m) * 60 + s) * 100 + cs;
        if (total > 360000) total = 360000;
        timespec ts{static_cast<time_t>(total / 100), static_cast<long>(total % 100) * 10000000L};
        while (::nanosleep(&ts, &ts) < 0 && errno == EINTR) {
        }
        return SS$_NORMAL;
    }

    unsigned define(const std::string &rest) {
        std::string name, value;
        split(rest, &name, &value);
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
        else value = upper(value);
        name = upper(name);
        ILE3 items[2];
        std::memset(items, 0, sizeof items);
        char buf[256] = {0};
        std::size_t n = value.size() < sizeof buf ? value.size() : sizeof buf;
        std::memcpy(buf, value.data(), n);
        items[0].ile3$w_length = static_cast<unsigned short>(n);
        items[0].ile3$w_code = LNM$_STRING;
        items[0].ile3$ps_bufaddr = buf;
        char nbuf[256];
        std::size_t nn = name.size() < sizeof nbuf ? name.size() : sizeof nbuf;
        std::memcpy(nbuf, name.data(), nn);
        auto tab = dsc("LNM$PROCESS_TABLE", 17), ln = dsc(nbuf, nn);
        unsigned char mode = PSL$C_SUPER;
        unsigned st = static_cast<unsigned>(sys$crelnm(nullptr, &tab, &ln, &mode, items));
        return st == SS$_SUPERSEDE ? SS$_NORMAL : st;
    }
};

}  // namespace

int main() {
    std::string path = translate("SYS$INPUT");
    std::ifstream in(path);
    if (!in) sys$exit(RMS$_FNF);
    Dcl dcl;
    unsigned final_status = 0;
    bool exited = false;
    std::string line;
    for (int i = 0; i < 100000 && !exited && std::getline(in, line); ++i) {
        std::string t = trim(line);
        if (t.empty() || t[0] != '$') continue;  // data lines are for the images, not simulated
        t = trim(t.substr(1));
        bool q = false;
        for (std::size_t k = 0; k < t.size(); ++k) {  // '!' outside quotes starts a comment
            if (t[k] == '"') q = !q;
            if (t[k] == '!' && !q) { t.resize(k); break; }
        }
        t = trim(t);
        if (t.empty()) continue;
        exited = !dcl.command(t, &final_status);
    }
    // The end of the procedure logs the process out [U: final status then, a
    // parameter: $STATUS or SS$_NORMAL].
    sys$exit(exited ? final_status : vmssim::params().dcl_eof_status ? dcl.status : SS$_NORMAL);
    return 0;
}
