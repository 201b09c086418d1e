/* climsgdef.h: CLI$ condition values (facility 3). Sources per value:
 *  - PRESENT, DEFAULTED, ABSENT, NEGATED, NOCOMD: decimal constants in a VMS-era
 *    C program (261401, 261409, 229872, 229880, 229552) [S]; the others of the
 *    first group: reference/dcl.md 2.7 [S/B].
 *  - IVVERB %X00038090: DCL's status for an unknown verb on VAX/VMS 7.3 [M]
 *    (tucats/govax testdata/dcl50, console tests).
 *  - INSFPRM, VALREQ, CONFLICT: values seen in VMS-era code [S]; the other
 *    parse errors: reference/dcl.md 2.8 [B] (same numbering, facility 3,
 *    severity W). */
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
#define CLI$_ABVERB 0x00038008
#define CLI$_ABKEYW 0x00038010
#define CLI$_INSFPRM 0x00038048
#define CLI$_IVKEYW 0x00038060
#define CLI$_IVQLOC 0x00038078
#define CLI$_IVVERB 0x00038090
#define CLI$_MAXPARM 0x00038098
#define CLI$_NOCCAT 0x000380A8
#define CLI$_NOCOMD 0x000380B0
#define CLI$_NOKEYW 0x000380B8
#define CLI$_NOLIST 0x000380C0
#define CLI$_NOVALU 0x000380D0
#define CLI$_NOTNEG 0x000380D8
#define CLI$_NUMBER 0x000380E8
#define CLI$_VALREQ 0x00038150
#define CLI$_ONEVAL 0x00038158
#define CLI$_IVQUAL 0x00038240
#define CLI$_CONFLICT 0x00038258
/* CLI$DISPATCH when the parsed verb has no routine: the name is documented (HELP
 * CLI$DISPATCH [D]); the value is from a third-party list only [B], to confirm. */
#define CLI$_INVROUT 0x00038912
#endif
