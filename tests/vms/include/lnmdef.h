/* lnmdef.h: logical-name attributes, item codes and limits. Source: LNMDEF dump,
 * Alpha V8.4 (3dl-dev/vms docs/oracle/alpha84-starlet-defs/LNMDEF.txt) [S]
 * (vms-services.md 5). */
#ifndef VMSSIM_LNMDEF_H
#define VMSSIM_LNMDEF_H
#define LNM$M_NO_ALIAS 0x1
#define LNM$M_CONFINE 0x2
#define LNM$M_CRELOG 0x4
#define LNM$M_TABLE 0x8
#define LNM$M_CONCEALED 0x100
#define LNM$M_TERMINAL 0x200
#define LNM$M_EXISTS 0x400
#define LNM$M_SHAREABLE 0x10000
#define LNM$M_CLUSTERWIDE 0x20000
#define LNM$M_CREATE_IF 0x1000000
#define LNM$M_CASE_BLIND 0x2000000
#define LNM$M_INTERLOCKED 0x4000000
#define LNM$_CHAIN (-1)
#define LNM$_INDEX 1
#define LNM$_STRING 2
#define LNM$_ATTRIBUTES 3
#define LNM$_TABLE 4
#define LNM$_LENGTH 5
#define LNM$_ACMODE 6
#define LNM$_MAX_INDEX 7
#define LNM$_PARENT 8
#define LNM$C_NAMLENGTH 255
#define LNM$C_TABNAMLEN 31
#define LNM$C_MAXDEPTH 10
#endif
