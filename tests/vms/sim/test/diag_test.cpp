// diag_test: the simulator's refusals come with a diagnostic on stderr (rows SIM-1
// and SIM-4 of sim/CONTRACT.md; not OpenVMS behaviour, so not a conformance
// program). Run with VMSSIM_STRICT32=1. Exit 0 = pass.
//   - strict-32: a heap buffer in a 32-bit descriptor -> SS$_ACCVIO and a
//     "vmssim: strict-32:" line naming the argument;
//   - CLI$DCL_PARSE with a table argument cld2obj did not make -> SS$_ACCVIO and a
//     "vmssim: CLI$DCL_PARSE:" line.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include "../../conform/conform.h"

#include <cli$routines.h>
#include <lnmdef.h>

namespace {

// Runs f with stderr going to a temporary file; returns what it wrote there.
template <class F>
std::string captured_stderr(F f) {
    std::fflush(stderr);
    FILE *tmp = std::tmpfile();
    int saved = ::dup(2);
    if (!tmp || saved < 0) return "(no temporary file)";
    ::dup2(::fileno(tmp), 2);
    f();
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    std::string text;
    std::rewind(tmp);
    char buf[512];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, tmp)) > 0;) text.append(buf, n);
    std::fclose(tmp);
    return text;
}

bool check(const char *what, int st, const std::string &err, const char *diag) {
    bool ok = st == SS$_ACCVIO && err.find(diag) != std::string::npos;
    std::printf("%s: %s, diagnostic %s\n", what, conform::ss(static_cast<unsigned>(st)),
                err.find(diag) != std::string::npos ? "shown" : "missing");
    if (!ok) std::printf("  stderr was: %s\n", err.c_str());
    return ok;
}

}  // namespace

int main() {
    int st = 0;
    auto heap = std::make_unique<char[]>(32);  // on the heap: the porting bug
    std::snprintf(heap.get(), 32, "DIAG_HEAP");
    auto tab = conform::dsc("LNM$PROCESS_TABLE");
    auto name = conform::dsc(heap.get());
    char eqv[] = "X";
    ILE3 items[2] = {};
    items[0].ile3$w_length = 1;
    items[0].ile3$w_code = LNM$_STRING;
    items[0].ile3$ps_bufaddr = eqv;
    std::string err = captured_stderr([&] { st = sys$crelnm(nullptr, &tab, &name, nullptr, items); });
    bool ok = check("strict-32: heap name in $CRELNM", st, err, "vmssim: strict-32:");

    static char not_a_table[64];  // zeros: not what cld2obj writes
    auto cmd = conform::dsc("SUPERVISE STATUS");
    err = captured_stderr([&] { st = static_cast<int>(cli$dcl_parse(&cmd, not_a_table)); });
    ok = check("CLI$DCL_PARSE of a table cld2obj did not make", st, err, "vmssim: CLI$DCL_PARSE:") && ok;
    return ok ? 0 : 1;
}
