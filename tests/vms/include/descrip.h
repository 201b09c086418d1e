/* descrip.h: string descriptors. Source: OpenVMS Calling Standard (descriptor
 * formats); DSCDEF values from the Alpha V8.4 STARLET dump (3dl-dev/vms
 * docs/oracle/alpha84-starlet-defs/DSCDEF.txt) [S]; layout vms-services.md 0 and 8.
 *
 * Layout on OpenVMS (32-bit descriptor, 8 bytes): u16 length, u8 dtype, u8 class,
 * 32-bit pointer. dsc$a_pointer is a 32-bit pointer there: a heap address (above
 * 4 GB under VSI C++) does not fit. See __vmssim_base.h for the simulator's size. */
#ifndef VMSSIM_DESCRIP_H
#define VMSSIM_DESCRIP_H
#include "__vmssim_base.h"

#define DSC$K_DTYPE_Z 0
#define DSC$K_DTYPE_T 14
#define DSC$K_CLASS_S 1
#define DSC$K_CLASS_D 2

struct dsc$descriptor {
    unsigned short dsc$w_length;
    unsigned char dsc$b_dtype;
    unsigned char dsc$b_class;
    __char_ptr32 dsc$a_pointer;
};

struct dsc$descriptor_s {
    unsigned short dsc$w_length;
    unsigned char dsc$b_dtype;
    unsigned char dsc$b_class;
    __char_ptr32 dsc$a_pointer;
};

/* 64-bit descriptor form accepted by services documented as "32- or 64-bit
 * descriptor" (vms-services.md 8, field names [D/U]). dsc64$w_mbo = 1 and
 * dsc64$l_mbmo = -1 mark it. The simulator accepts it for $CRELNM/$TRNLNM/$CRELNT. */
struct dsc64$descriptor_s {
    unsigned short dsc64$w_mbo;
    unsigned char dsc64$b_dtype;
    unsigned char dsc64$b_class;
    int dsc64$l_mbmo;
    unsigned __int64 dsc64$q_length;
    char *dsc64$pq_pointer;
};

/* As on OpenVMS: stores a string literal in a char pointer, which C++ rejects; C++
 * code builds descriptors with a helper instead (vms-services.md 8). */
#define $DESCRIPTOR(name, string) \
    struct dsc$descriptor_s name = {sizeof(string) - 1, DSC$K_DTYPE_T, DSC$K_CLASS_S, string}

#endif
