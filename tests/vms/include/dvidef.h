/* dvidef.h: $GETDVI item codes, the subset the back end uses. Source: DVIDEF dump,
 * Alpha V8.4 (3dl-dev/vms docs/oracle/alpha84-starlet-defs/DVIDEF.txt) [S]. */
#ifndef VMSSIM_DVIDEF_H
#define VMSSIM_DVIDEF_H
#define DVI$_DEVCLASS 4
#define DVI$_DEVBUFSIZ 8
#define DVI$_DEVDEPEND 10
#define DVI$_UNIT 12
#define DVI$_REFCNT 30
#define DVI$_DEVNAM 32
#define DVI$_MBX 102
#endif
