/* efndef.h. Source: vms-services.md 0 [C]; EFNDEF dump (3dl-dev/vms, Alpha V8.4). */
#ifndef VMSSIM_EFNDEF_H
#define VMSSIM_EFNDEF_H
#define EFN$C_ENF 128 /* "no event flag" for the ...W services */
#endif
