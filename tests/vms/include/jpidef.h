/* jpidef.h: $GETJPI item codes, the subset the simulator answers. Source: JPIDEF
 * dump, Alpha V8.4 (3dl-dev/vms docs/oracle/alpha84-starlet-defs/JPIDEF.txt) [S]
 * (vms-services.md 3.4, 6). */
#ifndef VMSSIM_JPIDEF_H
#define VMSSIM_JPIDEF_H
#define JPI$_USERNAME 514
#define JPI$_PROCPRIV 516
#define JPI$_LOGINTIM 518
#define JPI$_IMAGNAME 519
#define JPI$_OWNER 771
#define JPI$_UIC 772
#define JPI$_STATE 774
#define JPI$_MEM 775
#define JPI$_GRP 776
#define JPI$_PID 793
#define JPI$_PRCNAM 796
#define JPI$_MASTER_PID 805
#define JPI$_CURPRIV 1024
#define JPI$_CREATOR 847
#endif
