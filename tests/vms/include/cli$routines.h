/* cli$routines.h: CLI$ prototypes. Source: vms-services.md 10; rroart/freevms
 * starlet/src/cli$routines.h [C]. DECLARED ONLY: the simulator does not implement
 * CLI$ in this issue (cut for time; see tests/vms/README.md). */
#ifndef VMSSIM_CLI_ROUTINES_H
#define VMSSIM_CLI_ROUTINES_H
#include "__vmssim_base.h"
#ifdef __cplusplus
extern "C" {
#endif
int cli$dcl_parse(void *command_string, void *table, ...);
int cli$present(void *entity_desc);
int cli$get_value(void *entity_desc, void *retdesc, unsigned short int *retlen);
int cli$dispatch(__unknown_params);
#ifdef __cplusplus
}
#endif
#endif
