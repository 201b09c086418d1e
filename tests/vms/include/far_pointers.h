/* far_pointers.h: the __xxx_ptr32 typedefs. Source: VSI C RTL <far_pointers.h>
 * (names as used by VSI's Python modules, vms-services.md 8). On the simulator they
 * are 64-bit; see __vmssim_base.h. */
#ifndef VMSSIM_FAR_POINTERS_H
#define VMSSIM_FAR_POINTERS_H
#include "__vmssim_base.h"
#endif
