/* climsgdef.h: CLI$ condition values. Source: dcl.md 2.7 (values confirmed there
 * against published code) [S]. */
#ifndef VMSSIM_CLIMSGDEF_H
#define VMSSIM_CLIMSGDEF_H
#define CLI$_PRESENT 0x0003FD19
#define CLI$_DEFAULTED 0x0003FD21
#define CLI$_CONCAT 0x0003FD29
#define CLI$_LOCPRES 0x0003FD31
#define CLI$_COMMA 0x0003FD39
#define CLI$_ABSENT 0x000381F0
#define CLI$_NEGATED 0x000381F8
#define CLI$_LOCNEG 0x00038230
#endif
