// Port: named failure points for crash tests. SUPERVISORD_FAILPOINT=NAME[:N]
// (Linux: the environment; OpenVMS: the logical name) makes the N-th passage
// (default the first) through the point NAME report true; the caller then
// dies on the spot, as kill -9 would leave things. Unset, every point reports
// false at the cost of one comparison. Points (docs/CRASH_SAFETY.md):
//   spawned               the server, just after a program started
//   child_before_record   Linux: the new process kills the server before writing
//                         its entry; OpenVMS: the server dies after recording the
//                         name, before $CREPRC
//   child_after_record    Linux: the new process kills the server after writing
//                         its entry; OpenVMS: after $CREPRC, before the PID is
//                         recorded
//   exit_read             OpenVMS: the server, after reading a termination
//                         message, before recording the status
//   stop_recorded         the server, after recording a stop, before the signal
//   stop_signalled        the server, just after the stop signal went out
//   intents_recorded      the server, after recording a request's intents
//   reload_recording      the server, in the middle of recording a RELOAD
//   reload_recorded       the server, after recording a RELOAD, before acting
#pragma once

namespace sv::os {

bool failpoint(const char* name);
// Ends the process at once: no destructors, no exit handlers.
[[noreturn]] void die_now();

}  // namespace sv::os
