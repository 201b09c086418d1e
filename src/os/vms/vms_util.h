// OpenVMS back end: what every file of src/os/vms/ shares (descriptors, item
// lists, $GETJPI look-ups, condition values). Not a port header: only
// src/os/vms/ includes it. C++ standard headers come first, then STARLET
// (tests/vms/README.md: the simulator's __vmssim_base.h defines __union).
//
// 32-bit addresses (reference/vms-services.md CORRECTION BOX (4) and section 8):
// descriptors and ILE3 item lists hold 32-bit pointers, and VSI C++ puts the
// heap above 4 GB. Every buffer that a descriptor or an item list points to is
// therefore a local (stack) array or a static one, never std::string's heap.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <descrip.h>
#include <efndef.h>
#include <iledef.h>
#include <iosbdef.h>
#include <jpidef.h>
#include <lnmdef.h>
#include <ssdef.h>
#include <starlet.h>
#include <stsdef.h>

namespace sv::os::vms {

// Odd = success (vms-services.md section 0).
inline bool ok(unsigned int status) { return (status & 1u) != 0; }

// A string descriptor over a buffer of its own, kept on the caller's stack
// (32-bit addressable). Text longer than the buffer is cut; callers check
// lengths against the service's limit before building one.
template <size_t N>
struct Text {
    char buf[N];
    dsc$descriptor_s d;
    explicit Text(const std::string& s) {
        size_t n = s.size() < N ? s.size() : N;
        std::memcpy(buf, s.data(), n);
        d.dsc$w_length = static_cast<unsigned short>(n);
        d.dsc$b_dtype = DSC$K_DTYPE_T;
        d.dsc$b_class = DSC$K_CLASS_S;
        d.dsc$a_pointer = buf;
    }
    Text(const Text&) = delete;
    Text& operator=(const Text&) = delete;
};
using Name = Text<256>;   // a logical name, process name, device or file name

// One ILE3 entry (vms-services.md section 0: 12 bytes, 32-bit pointers).
inline ILE3 item(unsigned short code, void* buf, unsigned short len, unsigned short* retlen) {
    ILE3 e;
    e.ile3$w_length = len;
    e.ile3$w_code = code;
    e.ile3$ps_bufaddr = buf;
    e.ile3$ps_retlen_addr = retlen;
    return e;
}
inline ILE3 end_item() { return item(0, nullptr, 0, nullptr); }

// "%X0000002C".
std::string hex_status(unsigned int status);
// "%SYSTEM-F-ABORT, abort" from $GETMSG (vms-services.md 7), or the hex form
// when the system has no text for it.
std::string message_text(unsigned int status);
// "what: %SYSTEM-F-..., text".
std::string failure(const std::string& what, unsigned int status);

// What $GETJPIW (vms-services.md 3.4, 6) says of one process.
struct JpiInfo {
    unsigned int pid = 0;
    uint64_t login = 0;          // JPI$_LOGINTIM: creation time, the second half of identity
    unsigned int uic = 0;        // JPI$_UIC
    uint64_t curpriv = 0;        // JPI$_CURPRIV
    std::string username;        // JPI$_USERNAME, trailing blanks removed
    std::string prcnam;          // JPI$_PRCNAM
};
// By PID (pid != 0), by process name (pid == 0, name given), or the caller
// itself (both empty). The status is the service's, else the IOSB's (both
// are checked, vms-services.md section 0); SS$_NONEXPR when gone.
unsigned int getjpi(unsigned int pid, const std::string& name, JpiInfo* out);

// The process named `prcnam` that runs under the account `user`. Our own
// account (or none): $GETJPIW by name, which looks in our UIC group only
// (vms-services.md 1.2). Another account's process lives in that account's
// UIC group: a wildcard $GETJPIW over every process we may see, matching
// JPI$_PRCNAM and JPI$_USERNAME (a name is unique in its group, so the pair
// names one process). SS$_NONEXPR when there is none; SS$_NOPRIV when none
// was found and we lack WORLD, so one outside our group could be hidden.
unsigned int find_process(const std::string& prcnam, const std::string& user, JpiInfo* out);

// The caller's own facts, read once.
const JpiInfo& self();

// Upper-case copy, trailing blanks removed.
std::string upper_trim(const std::string& s);

// Hex text of bytes (upper case) and back; false on a bad digit or odd length.
std::string to_hex(const uint8_t* p, size_t n);
bool from_hex(const std::string& s, std::string* out);

// Delta time for $SETIMR: negative 100 ns units (vms-services.md 4).
inline int64_t delta_ms(int64_t ms) { return -(ms < 1 ? 1 : ms) * 10000; }

// An AST routine as the services take it: one by-value 64-bit parameter
// (vms-services.md 4).
using AstFn = void (*)(int64_t);
inline void (*ast(AstFn f))(...) { return reinterpret_cast<void (*)(...)>(f); }

// Logical names (vms-services.md 5). All equivalence strings of `name` in
// `table`, in index order: $TRNLNM with LNM$_INDEX, LNM$_MAX_INDEX from the
// first call (the NEWSRDR / OSU pattern). Returns the service status
// (SS$_NOLOGNAM when absent).
unsigned int lnm_get(const std::string& table, const std::string& name, std::vector<std::string>* strings);
// Defines `name` with these equivalence strings (1..kMaxEquivalences, each
// at most 255 bytes) in one $CRELNM, which supersedes an existing name as a
// whole: a reader sees the old strings or the new ones (SS$_SUPERSEDE is a
// success). Executive mode is not used: the simulator keeps every name in
// user mode and the server runs in user mode.
unsigned int lnm_set(const std::string& table, const std::string& name, const std::vector<std::string>& strings);
unsigned int lnm_delete(const std::string& table, const std::string& name);
constexpr size_t kMaxEquivalences = 128;   // indexes 0..127 (vms-services.md 5)
constexpr size_t kMaxEquivalence = 255;    // LNM$C_NAMLENGTH

// Why the last SelfRecord write failed (vms_store.cpp).
std::string last_record_error();

// Reads an IOSB status word the system may write while the main line looks
// (completion is visible in the IOSB before the AST runs).
inline unsigned short iosb_status(const IOSB& iosb) {
    return __atomic_load_n(&iosb.iosb$w_status, __ATOMIC_ACQUIRE);
}

}  // namespace sv::os::vms
