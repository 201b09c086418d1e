/* lib$routines.h: the LIB$ routines the simulator provides. Source: vms-services.md
 * 10 (lib$get_foreign prototype) [C]; LIB$PUT_OUTPUT per the RTL LIB$ manual [D]. */
#ifndef VMSSIM_LIB_ROUTINES_H
#define VMSSIM_LIB_ROUTINES_H
#include "__vmssim_base.h"
#ifdef __cplusplus
extern "C" {
#endif
unsigned int lib$put_output(void *message_string);
unsigned int lib$get_foreign(void *resultant_string, void *prompt_string,
                             unsigned short int *resultant_length, unsigned int *flags);
#ifdef __cplusplus
}
#endif
#endif
