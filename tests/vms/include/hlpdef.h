/* hlpdef.h: LBR$OUTPUT_HELP flags. Source: dcl.md 3.4 (PROMPT and LIBLIST [S]); the
 * others, marked [B] there, are confirmed by that note's correction box (VSI's
 * generated constants, a VAX 7.3 dump). The back end uses HLP$M_PROMPT only. */
#ifndef VMSSIM_HLPDEF_H
#define VMSSIM_HLPDEF_H
#define HLP$M_PROMPT 1
#define HLP$M_PROCESS 2
#define HLP$M_GROUP 4
#define HLP$M_SYSTEM 8
#define HLP$M_LIBLIST 16
#define HLP$M_HELP 32
#endif
