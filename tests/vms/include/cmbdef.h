/* cmbdef.h: $CREMBX flags. Source: rroart/freevms starlet/src/cmbdef.h; users in
 * WASD/OSU (vms-services.md 3.1) [C]. */
#ifndef VMSSIM_CMBDEF_H
#define VMSSIM_CMBDEF_H
#define CMB$M_READONLY 0x1
#define CMB$M_WRITEONLY 0x2
#endif
