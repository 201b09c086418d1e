/* lib$routines.h: the LIB$ routines the simulator provides. Source: vms-services.md
 * 10 (lib$get_foreign prototype) [C]; LIB$PUT_OUTPUT and LIB$GET_INPUT per the RTL
 * LIB$ manual [D]; LIB$_INPSTRTRU 0x0015821C from VMS-era code (#ifdef VMS ...) [S]. */
#ifndef VMSSIM_LIB_ROUTINES_H
#define VMSSIM_LIB_ROUTINES_H
#include "__vmssim_base.h"
#ifdef __cplusplus
extern "C" {
#endif
unsigned int lib$put_output(void *message_string);
/* Reads a line of SYS$INPUT (fixed-length descriptor: truncated, LIB$_INPSTRTRU);
 * writes the prompt first if one is given; RMS$_EOF at the end of the input. */
unsigned int lib$get_input(void *get_str, void *prompt_str, unsigned short int *out_len);
unsigned int lib$get_foreign(void *resultant_string, void *prompt_string,
                             unsigned short int *resultant_length, unsigned int *flags);
#ifdef __cplusplus
}
#endif
#endif
