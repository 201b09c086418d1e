/* iledef.h: item_list_3 entries. Source: rroart/freevms starlet/src/iledef.h;
 * vms-services.md 0 [C]. On OpenVMS 12 bytes: u16 length, u16 code, 32-bit buffer
 * address, 32-bit return-length address; a list ends with an all-zero entry. Both
 * addresses are 32-bit pointers there (see __vmssim_base.h). */
#ifndef VMSSIM_ILEDEF_H
#define VMSSIM_ILEDEF_H
#include "__vmssim_base.h"

typedef struct _ile3 {
    unsigned short ile3$w_length;
    unsigned short ile3$w_code;
    __void_ptr32 ile3$ps_bufaddr;
    __unsigned_short_ptr32 ile3$ps_retlen_addr;
} ILE3;

#endif
