/* rmsdef.h: the RMS condition values the back end meets. Source: RMSDEF dump, Alpha
 * V8.4 (3dl-dev/vms docs/oracle/alpha84-starlet-defs/RMSDEF.txt) [S]; RMS$_FNF is the
 * final status of a process created with a missing image [M] (tucats/govax
 * testdata/mp/probe2/vax/probe2.log, vms-simulator.md 3.4). */
#ifndef VMSSIM_RMSDEF_H
#define VMSSIM_RMSDEF_H
#define RMS$_FNF 0x18292
/* End of file: LIB$GET_INPUT at the end of SYS$INPUT (Ctrl/Z). 0x1827A = 98938 in
 * several VMS-era sources (e.g. a Kermit-style vmstime users list: RMS$_EOF 98938,
 * RMS$_FNF 98962) [S]. */
#define RMS$_EOF 0x1827A
/* LIB$FIND_FILE / $SEARCH: success, and "no more files" after the last match
 * (RMS$_FNF when nothing matched at all). RMS$_NORMAL 65537 and RMS$_NMF 99018 in
 * the same RMSDEF dump [S]; real callers test exactly these (openbsd/src
 * gnu/usr.bin/perl/vms/vms.c readdir; a VMS readdir emulation, code index id
 * 4843299974: "status == RMS$_NMF || status == RMS$_FNF", "status != RMS$_NORMAL"). */
#define RMS$_NORMAL 0x10001
#define RMS$_NMF 0x182CA
/* Record not found: $PERSONA_CREATE of a username SYSUAF does not hold [C]
 * (eight-cubed.com persona example; 98994 as real code defines it, e.g. a PWDSET
 * utility's "#define RMS$_RNF 98994"). */
#define RMS$_RNF 0x182B2
#endif
