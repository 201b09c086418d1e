/* gen64def.h: the generic quadword (times, privilege masks). Source: VSI STARLET
 * gen64def.h as used by new-STARLET prototypes (vms-services.md 4) [C]. */
#ifndef VMSSIM_GEN64DEF_H
#define VMSSIM_GEN64DEF_H
#include "__vmssim_base.h"

struct _generic_64 {
    __union {
        unsigned __int64 gen64$q_quadword;
        unsigned int gen64$l_longword[2];
        unsigned short gen64$w_word[4];
        unsigned char gen64$b_byte[8];
    } gen64$r_quad_overlay;
};
typedef struct _generic_64 GENERIC_64;

#endif
