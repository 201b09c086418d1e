/* psldef.h: access modes. Source: vms-services.md 0 [S]. */
#ifndef VMSSIM_PSLDEF_H
#define VMSSIM_PSLDEF_H
#define PSL$C_KERNEL 0
#define PSL$C_EXEC 1
#define PSL$C_SUPER 2
#define PSL$C_USER 3
#endif
