/* iodef.h: I/O function codes and mailbox modifiers. Source: IODEF dump, Alpha V8.4
 * (3dl-dev/vms docs/oracle/alpha84-starlet-defs/IODEF.txt) [S]; meanings I/O User's
 * Reference V8.4 ch. 4 [D] (vms-services.md 3.3). Modifier bits overlap by function:
 * 0x40 is NOW for read/write and MB_ROOM_NOTIFY for SETMODE, and so on. */
#ifndef VMSSIM_IODEF_H
#define VMSSIM_IODEF_H
#define IO$_SETMODE 35
#define IO$_SENSEMODE 39
#define IO$_WRITEOF 40
#define IO$_WRITEVBLK 48
#define IO$_READVBLK 49
#define IO$M_FCODE 0x3F
#define IO$M_NOW 0x40
#define IO$M_STREAM 0x80
#define IO$M_READERCHECK 0x100
#define IO$M_WRITERCHECK 0x200
#define IO$M_NORSWAIT 0x400
#define IO$M_MB_ROOM_NOTIFY 0x40
#define IO$M_READATTN 0x80
#define IO$M_WRTATTN 0x100
#define IO$M_SETPROT 0x200
#define IO$M_READERWAIT 0x400
#define IO$M_WRITERWAIT 0x800
#endif
