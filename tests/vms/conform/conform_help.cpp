// conform_help: LBR$OUTPUT_HELP on the SUPERVISE help library, with an output
// routine (LIB$PUT_OUTPUT calling sequence) and HLP$M_PROMPT with an input
// routine (LIB$GET_INPUT calling sequence). Expected: expected/help.txt.
// Sources: HELP LBR_Routines LBR$OUTPUT_HELP [D]; reference/dcl.md 3; rows
// LBR-n of sim/CONTRACT.md.
//
// The library is named as a file: in the simulator hlp/supervise.hlp (the
// source, read from the repository root); on OpenVMS build SUPERVISE.HLB with
// LIBRARY/CREATE/HELP and change kLibrary. Only the first lines of each topic
// are compared, so that editing the help text does not break this program.
#include <string>

#include "conform.h"

#include <hlpdef.h>
#include <lbr$routines.h>
#include <lib$routines.h>
#include <rmsdef.h>

using namespace conform;

namespace {

const char kLibrary[] = "hlp/supervise.hlp";

int lines = 0, shown_lines = 0, keep = 0;
bool sorry = false, additional = false;
std::string kept;  // the first `keep` non-empty lines, printed after the status

// Output routine: counts lines, prints the first `keep` ones.
int output(void *desc) {
    auto *d = static_cast<dsc$descriptor_s *>(desc);
    std::string l(d->dsc$a_pointer, d->dsc$w_length);
    ++lines;
    if (l.find("Sorry, no documentation on") != std::string::npos) sorry = true;
    if (l.find("Additional information available") != std::string::npos) additional = true;
    if (shown_lines < keep && !l.empty()) {
        kept += "  | " + l + "\n";
        ++shown_lines;
    }
    return SS$_NORMAL;
}
void reset(int k) {
    lines = shown_lines = 0;
    keep = k;
    sorry = additional = false;
    kept.clear();
}

// Input routine: answers from a script, records the prompts, Ctrl/Z at the end.
const char *script[6];
int next_answer = 0;
std::string prompts;
int input(void *get_str, void *prompt_str, unsigned short *len) {
    auto *p = static_cast<dsc$descriptor_s *>(prompt_str);
    prompts += "[" + std::string(p->dsc$a_pointer, p->dsc$w_length) + "]";
    if (next_answer >= 6 || !script[next_answer]) return RMS$_EOF;
    const char *a = script[next_answer++];
    auto *g = static_cast<dsc$descriptor_s *>(get_str);
    std::size_t n = std::strlen(a);
    std::memcpy(g->dsc$a_pointer, a, n);
    *len = static_cast<unsigned short>(n);
    return SS$_NORMAL;
}

unsigned help(const char *request, unsigned flags) {
    auto lib = dsc(kLibrary), line = dsc(request);
    unsigned width = 80;
    return lbr$output_help(reinterpret_cast<int (*)(...)>(&output), &width, &line, &lib, &flags,
                           reinterpret_cast<int (*)(...)>(&input));
}

void run(const char *what, const char *request, unsigned flags, int k) {
    reset(k);
    prompts.clear();
    unsigned st = help(request, flags);
    std::printf("%s: %s\n%s", what, ss(st), kept.c_str());
}

}  // namespace

int main() {
    run("\"SUPERVISE START\", no flags", "SUPERVISE START", 0, 2);
    std::printf("  more lines: %s, subtopics listed: %s, input routine called: %s\n", lines > 5 ? "yes" : "no",
                additional ? "yes" : "no", prompts.empty() ? "no" : "yes");
    run("\"supervise star/wait\" (abbreviated, lower case, slash)", "supervise star/wait", 0, 2);
    run("\"SUPERVISE FROB\"", "SUPERVISE FROB", 0, 0);
    std::printf("  \"Sorry, no documentation on ...\": %s\n", sorry ? "yes" : "no");
    run("empty request (topics of the library)", "", 0, 1);

    script[0] = "STOP";
    script[1] = "";
    script[2] = "";
    script[3] = nullptr;
    next_answer = 0;
    run("\"SUPERVISE\", HLP$M_PROMPT, answers STOP, empty, empty", "SUPERVISE", HLP$M_PROMPT, 0);
    std::printf("  prompts: %s\n", prompts.c_str());
    script[0] = nullptr;
    next_answer = 0;
    run("\"SUPERVISE START\", HLP$M_PROMPT, Ctrl/Z at once", "SUPERVISE START", HLP$M_PROMPT, 0);
    std::printf("  prompts: %s\n", prompts.c_str());

    auto missing = dsc("no/such/library.hlb"), line = dsc("X");
    unsigned flags = 0;
    unsigned st = lbr$output_help(reinterpret_cast<int (*)(...)>(&output), nullptr, &line, &missing, &flags, nullptr);
    std::printf("missing library [U]: %s\n", st == RMS$_FNF ? "RMS$_FNF" : ss(st));
    return 0;
}
