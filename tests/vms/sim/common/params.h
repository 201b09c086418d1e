// params.h: the simulator's answers to unconfirmed ([U]) questions, one environment
// variable each, so a test can try both answers and a real system can settle them.
// Each row of tests/vms/sim/CONTRACT.md tagged [U] names its parameter here.
#ifndef VMSSIM_PARAMS_H
#define VMSSIM_PARAMS_H

#include <cstdint>
#include <cstdlib>
#include <string>

namespace vmssim {

inline std::uint32_t env_u32(const char *name, std::uint32_t dflt) {
    const char *v = std::getenv(name);
    return v && *v ? static_cast<std::uint32_t>(std::strtoul(v, nullptr, 0)) : dflt;
}

struct Params {
    // A pending IO$M_WRITERCHECK read completes with SS$_NOWRITER when the last
    // write channel is deassigned (vms-simulator.md 6.1). 1 = yes.
    std::uint32_t writercheck_pending = env_u32("VMSSIM_WRITERCHECK_PENDING", 1);
    // A bidirectional channel counts as both reader and writer (vms-services.md 11.6).
    std::uint32_t bidir_counts = env_u32("VMSSIM_BIDIR_COUNTS", 1);
    // Pool bytes charged per queued message beyond its length (vms-services.md 2.3).
    std::uint32_t msg_overhead = env_u32("VMSSIM_MSG_OVERHEAD", 0);
    // SYSGEN DEFMBXMXMSG / DEFMBXBUFQUO used when $CREMBX passes 0.
    std::uint32_t defmbxmxmsg = env_u32("VMSSIM_DEFMBXMXMSG", 256);
    std::uint32_t defmbxbufquo = env_u32("VMSSIM_DEFMBXBUFQUO", 1056);
    // First mailbox unit number; units are not reused within a broker's life.
    std::uint32_t first_unit = env_u32("VMSSIM_FIRST_UNIT", 100);
    // $CRELNT statuses (vms-simulator.md 6.2): a new table, and an existing one kept
    // by LNM$M_CREATE_IF. Defaults follow govax's reading of SSREF
    // (tucats/govax internal lnm: created = LNMCREATED, existed = NORMAL).
    std::uint32_t crelnt_new = env_u32("VMSSIM_CRELNT_NEW", 1713 /*SS$_LNMCREATED*/);
    std::uint32_t crelnt_exists = env_u32("VMSSIM_CRELNT_EXISTS", 1 /*SS$_NORMAL*/);
    // A write longer than the mailbox's maxmsg: SS$_MBTOOSML as the $QIO status (0)
    // or in the IOSB with $QIO returning SS$_NORMAL (1) (CONTRACT MBX-12).
    std::uint32_t mbtoosml_in_iosb = env_u32("VMSSIM_MBTOOSML_IN_IOSB", 0);
    // IOSB status of a write waiting for a reader when $CANCEL stops it: HELP $CANCEL
    // says SS$_ABORT for a request "in progress" (CONTRACT MBX-18). 44 = SS$_ABORT.
    std::uint32_t cancel_write_status = env_u32("VMSSIM_CANCEL_WRITE_STATUS", 44);
    // ... and its message stays queued (1) or goes with it (0) (CONTRACT MBX-18).
    std::uint32_t cancel_write_keeps_msg = env_u32("VMSSIM_CANCEL_WRITE_KEEPS_MSG", 1);
    // $DASSGN of a channel removes the attention ASTs it enabled (CONTRACT MBX-19).
    std::uint32_t dassgn_flushes_attn = env_u32("VMSSIM_DASSGN_FLUSHES_ATTN", 1);
    // $DELMBX removes the mailbox's logical name at once (1), or only with the
    // mailbox itself, at its last channel (0) (CONTRACT MBX-22).
    std::uint32_t delmbx_drops_name = env_u32("VMSSIM_DELMBX_DROPS_NAME", 1);
    // The termination message of a process whose creator has ended still reaches its
    // mailbox (1), or is lost (0) (vms-simulator.md 6.4, CONTRACT PRC-17).
    std::uint32_t orphan_termmsg = env_u32("VMSSIM_ORPHAN_TERMMSG", 1);
    // $FORCEX of a LOGINOUT process while DCL runs an image: the exit ends the image
    // and DCL goes on (1), or it ends DCL and so the process, image and all, with
    // the code (0) (vms-simulator.md 6.3, CONTRACT DCL-5). 0 needs the threaded AST
    // mode (DCL waits for its image outside any service).
    std::uint32_t forcex_image_only = env_u32("VMSSIM_FORCEX_IMAGE_ONLY", 1);
    // --- read by the processes (libvmssim, vmssim_cli, loginout), not the broker ---
    // LBR$OUTPUT_HELP's status for a library that does not exist (CONTRACT LBR-6);
    // 0x18292 = RMS$_FNF.
    std::uint32_t lbr_nolib_status = env_u32("VMSSIM_LBR_NOLIB_STATUS", 0x18292);
    // LOGINOUT at the end of its command procedure without EXIT: the process's final
    // status is $STATUS (1) or SS$_NORMAL (0) (CONTRACT DCL-8).
    std::uint32_t dcl_eof_status = env_u32("VMSSIM_DCL_EOF_STATUS", 1);
    // UIC of processes not created by $CREPRC (the test programs themselves).
    std::uint32_t default_uic = env_u32("VMSSIM_UIC", 0x00400040);
    // Personas (vms-services.md 1.6, 11.2). Whether a detached $CREPRC made while a
    // persona is assumed gives the new process that persona's username and UIC
    // only with PRC$M_INHERIT_PERSONA (1), or also without it (0: what the
    // Apache/CSWS and WASD code, which never set the flag, rely on).
    std::uint32_t persona_needs_inherit = env_u32("VMSSIM_PERSONA_NEEDS_INHERIT", 0);
    // $PERSONA_CREATE of a username SYSUAF does not hold: RMS$_RNF (98994) in the
    // eight-cubed.com example [C]; SS$_NOSUCHUSER (8324) is the other candidate.
    std::uint32_t persona_nouser = env_u32("VMSSIM_PERSONA_NOUSER", 98994);
    // The simulated SYSUAF beyond the default account (VMSSIM_USERNAME, VMSSIM_UIC):
    // "NAME=[g,m];NAME=[g,m]", group and member in octal as VMS writes a UIC.
    std::string uaf = [] {
        const char *v = std::getenv("VMSSIM_UAF");
        return std::string(v ? v : "SIMOTHER=[200,201]");
    }();
};

// One per program: vmssimd's (d/main.cpp), a simulated process's (lib/params.cpp).
const Params &params();

}  // namespace vmssim
#endif
