/* libdef.h: LIB$ condition values the simulator returns. Source: VMS-era C code
 * defining LIB$_INPSTRTRU 0x15821c under #ifdef VMS, and a LIBDEF list giving
 * 0x0015821C (1409564) for lib$get_input [S]. */
#ifndef VMSSIM_LIBDEF_H
#define VMSSIM_LIBDEF_H
#define LIB$_INPSTRTRU 0x0015821C
#endif
