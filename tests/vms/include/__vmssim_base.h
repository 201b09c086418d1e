/* __vmssim_base.h: glue the OpenVMS compilers provide built in, spelled out for the
 * simulator build on Linux (tests only; on OpenVMS the real headers are used and
 * this file is never seen).
 *
 *  - __int64: a DEC C / VSI C keyword; "unsigned __int64" must work, so a macro.
 *  - __char_ptr32 & co.: on OpenVMS these are 32-bit pointer types (<far_pointers.h>,
 *    "#pragma pointer_size 32"). Linux has no 32-bit pointer type, so here they are
 *    ordinary 64-bit pointers and structures holding them are LARGER than on OpenVMS
 *    (a descriptor is 16 bytes here, 8 there). Never write such a structure to a wire
 *    or disk. The simulator's strict-32 mode (VMSSIM_STRICT32=1) instead refuses, with
 *    SS$_ACCVIO, an address in such a field that VSI C++ could not hold (heap memory:
 *    under VSI clang malloc returns addresses above 4 GB [M], vms-simulator.md 3.7).
 *  - __union: real STARLET headers carry "#define __union union" for compilers
 *    without DEC C's variant_union [C: VSI STARLET headers; reproduced in
 *    vms-simulator.md 4.1]. It breaks libc++ <variant> if seen first, so include
 *    C++ standard headers BEFORE any STARLET header. This glue repeats the hazard
 *    on purpose so the simulator build catches the same include-order bug.
 *  - __unknown_params: new-STARLET spelling of an unprototyped parameter list.
 */
#ifndef VMSSIM_BASE_H
#define VMSSIM_BASE_H

#ifndef __int64
#define __int64 long long
#endif

#ifndef __union
#define __union union
#endif
#ifndef __struct
#define __struct struct
#endif

#ifdef __cplusplus
#define __unknown_params ...
#else
#define __unknown_params
#endif

typedef char *__char_ptr32;
typedef const char *__const_char_ptr32;
typedef void *__void_ptr32;
typedef unsigned short *__unsigned_short_ptr32;
typedef unsigned int *__unsigned_int_ptr32;

#endif
