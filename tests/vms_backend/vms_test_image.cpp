// The image the VMS back end's integration test runs as its programs
// ($CREPRC image VMS_TEST_IMAGE; the simulator finds it in VMSSIM_IMAGES).
// It does what its SYS$INPUT equivalence string says, word by word:
//   SLEEP=ms    wait that long ($SETIMR + $HIBER)
//   EXIT=hex    $EXIT with that condition value
//   HIBER       hibernate until stopped ($FORCEX / $DELPRC)
//   NOAST       $SETAST(0): a $FORCEX no longer reaches it (PRC-4), only $DELPRC
//   SAYPID      writes "pid XXXXXXXX" (its own PID) to SYS$OUTPUT
//   ERRPID      the same to SYS$ERROR
// An empty input hibernates. STARLET only (and the back end's helpers).
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

#include <vector>

#include "os/vms/vms_util.h"

namespace {

std::string sys_input() {
    std::vector<std::string> eq;
    if (!sv::os::vms::ok(sv::os::vms::lnm_get("LNM$FILE_DEV", "SYS$INPUT", &eq)) || eq.empty()) return "";
    std::string s = eq[0];
    if (s.size() >= 4 && s[0] == '\x1B' && s[1] == '\0') s.erase(0, 4);   // a process-permanent file
    return s;
}

void woken(long long) { sys$wake(nullptr, nullptr); }

}  // namespace

int main() {
    std::istringstream words(sys_input());
    std::string w;
    while (words >> w) {
        if (w.rfind("SLEEP=", 0) == 0) {
            long long delta = -std::strtoll(w.c_str() + 6, nullptr, 10) * 10000;
            sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64*>(&delta),
                       reinterpret_cast<void (*)(...)>(&woken), 1, 0);
            sys$hiber();
        } else if (w.rfind("EXIT=", 0) == 0) {
            sys$exit(static_cast<unsigned>(std::strtoul(w.c_str() + 5, nullptr, 16)));
        } else if (w == "SAYPID" || w == "ERRPID") {
            std::FILE* f = w == "SAYPID" ? stdout : stderr;
            std::fprintf(f, "pid %08X\n", sv::os::vms::self().pid);
            std::fflush(f);
        } else if (w == "NOAST") {
            sys$setast(0);
        } else if (w == "HIBER") {
            for (;;) sys$hiber();   // until $FORCEX or $DELPRC
        }
    }
    for (;;) sys$hiber();
}
