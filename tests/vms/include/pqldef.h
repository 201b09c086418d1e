/* pqldef.h: $CREPRC quota list codes. Source: PQLDEF dump, Alpha V8.4 (3dl-dev/vms
 * docs/oracle/alpha84-starlet-defs/PQLDEF.txt) [S] (vms-services.md 1.4). A quota list
 * is a packed array of 5-byte entries {u8 code; u32 value} ending with PQL$_LISTEND. */
#ifndef VMSSIM_PQLDEF_H
#define VMSSIM_PQLDEF_H
#define PQL$_LISTEND 0
#define PQL$_ASTLM 1
#define PQL$_BIOLM 2
#define PQL$_BYTLM 3
#define PQL$_CPULM 4
#define PQL$_DIOLM 5
#define PQL$_FILLM 6
#define PQL$_PGFLQUOTA 7
#define PQL$_PRCLM 8
#define PQL$_TQELM 9
#define PQL$_WSQUOTA 10
#define PQL$_WSDEFAULT 11
#define PQL$_ENQLM 12
#define PQL$_WSEXTENT 13
#define PQL$_JTQUOTA 14
#define PQL$_LENGTH 15
#endif
