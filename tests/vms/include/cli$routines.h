/* cli$routines.h: CLI$ prototypes. Source: vms-services.md 10; rroart/freevms
 * starlet/src/cli$routines.h [C]; argument lists from HELP CLI_Routines [D]
 * (reference/dcl.md 2.11).
 *
 *   cli$dcl_parse([command_string], table [,param_routine] [,prompt_routine]
 *                 [,prompt_string])
 *   cli$dispatch([userarg])
 *   cli$present(entity_desc)
 *   cli$get_value(entity_desc, retdesc [,retlength])
 *
 * The table is the external symbol SET COMMAND/OBJECT defines from the CLD's
 * MODULE name; declare it yourself, as on OpenVMS: extern "C" int SUPERVISE_CLD;
 * and pass &SUPERVISE_CLD. In the simulator the symbol comes from cld2obj
 * (tests/vms/CMakeLists.txt, vmssim_cld()). */
#ifndef VMSSIM_CLI_ROUTINES_H
#define VMSSIM_CLI_ROUTINES_H
#include "__vmssim_base.h"
#ifdef __cplusplus
extern "C" {
#endif
unsigned int cli$dcl_parse(void *command_string, void *table, ...);
unsigned int cli$present(void *entity_desc);
unsigned int cli$get_value(void *entity_desc, void *retdesc, ...);
/* cli$dispatch([userarg]): userarg is a longword by value [D]; the simulator
 * names it so that it can read the optional arguments. */
unsigned int cli$dispatch(unsigned int userarg, ...);
#ifdef __cplusplus
}
#endif

/* Simulator only: OpenVMS passes an argument count with every call; Linux does
 * not, so these macros append an end marker after the arguments given (the same
 * marker as starlet.h's). Calls read exactly as on OpenVMS. */
#ifndef VMSSIM_ARGEND
#define VMSSIM_ARGEND 0x5EA1AB1Eu
#endif
#define VMSSIM_ARGEND_PTR ((void *)(unsigned long)VMSSIM_ARGEND)
#define cli$dcl_parse(...) cli$dcl_parse(__VA_ARGS__, VMSSIM_ARGEND_PTR)
#define cli$get_value(...) cli$get_value(__VA_ARGS__, VMSSIM_ARGEND_PTR)
#define cli$dispatch(...) cli$dispatch(__VA_ARGS__ __VA_OPT__(, ) VMSSIM_ARGEND)
#endif
