/* rmsdef.h: the RMS condition values the back end meets. Source: RMSDEF dump, Alpha
 * V8.4 (3dl-dev/vms docs/oracle/alpha84-starlet-defs/RMSDEF.txt) [S]; RMS$_FNF is the
 * final status of a process created with a missing image [M] (tucats/govax
 * testdata/mp/probe2/vax/probe2.log, vms-simulator.md 3.4). */
#ifndef VMSSIM_RMSDEF_H
#define VMSSIM_RMSDEF_H
#define RMS$_FNF 0x18292
#endif
