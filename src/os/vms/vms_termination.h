// OpenVMS back end: the permanent termination mailbox, shared by the spawner
// (its unit goes to every $CREPRC; probe reads the kept statuses) and the
// event loop (it reports the exits of watched processes).
//
// vms-services.md 2.1-2.3: one 84-byte accounting message per deleted process
// whose $CREPRC named the mailbox's unit; a permanent mailbox keeps the
// messages written while no server runs. The mailbox is created once per
// table, and its device name kept in SUPERVISORD_TABLE under
// TERMINATION_MAILBOX, so the next server $ASSIGNs the same one and drains
// what it holds before re-adoption decides anything (Store::lock opens it).
#pragma once
#include <cstdint>
#include <set>
#include <string>

namespace sv::os::vms {

struct Ended {
    unsigned int status = 0;   // ACC$L_FINALSTS, a condition value
    uint64_t login = 0;        // ACC$Q_LOGIN: the creation time of the process that ended
};

// Opens (or creates) the termination mailbox of the table `table_name`
// (drained by the first termination_poll: Store::read_all, before
// re-adoption). False with `error` when it can be neither assigned nor created.
bool termination_open(const std::string& table_name, std::string* error);
bool termination_is_open();
// The unit for $CREPRC's mbxunt (0 when not open: then no message is sent).
unsigned short termination_unit();
// Takes in every message the mailbox holds now (reads with IO$M_NOW until
// SS$_ENDOFFILE, bounded) and any completed asynchronous read.
void termination_poll();
// The kept end of `pid`, if its message was read and not yet taken.
bool termination_find(unsigned int pid, Ended* out);
void termination_erase(unsigned int pid);
// The server has recorded the end of `pid` in its entry (the store saw the
// entry move on from that PID): the copy kept in the table (ENDED) can go.
void termination_recorded(unsigned int pid);
// After the table was read: ends kept for PIDs no entry names are dropped.
void termination_keep_only(const std::set<unsigned int>& pids);
// Drains, then asks for a write-attention AST on the mailbox (the event loop
// calls it before each $HIBER). The AST only sets a flag and $WAKEs; no read
// stays queued, so a message is never lost with a server that dies.
void termination_arm();
// True (once) after the attention AST ran.
bool termination_signalled();
// False while the mailbox is open and no write-attention AST is queued on it
// (termination_arm was refused): the loop must then not $HIBER for good.
bool termination_armed();

}  // namespace sv::os::vms
