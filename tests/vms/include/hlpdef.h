/* hlpdef.h: LBR$OUTPUT_HELP flags. Source: dcl.md 3.4; PROMPT and LIBLIST are [S],
 * the others are listed there as [B] (believed) and kept for completeness. */
#ifndef VMSSIM_HLPDEF_H
#define VMSSIM_HLPDEF_H
#define HLP$M_PROMPT 1
#define HLP$M_PROCESS 2
#define HLP$M_GROUP 4
#define HLP$M_SYSTEM 8
#define HLP$M_LIBLIST 16
#define HLP$M_HELP 32
#endif
