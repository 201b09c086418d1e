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
/* Record not found: $PERSONA_CREATE of a username SYSUAF does not hold [C]
 * (eight-cubed.com persona example; 98994 as real code defines it, e.g. a PWDSET
 * utility's "#define RMS$_RNF 98994"). */
#define RMS$_RNF 0x182B2
#endif
