/* lbr$routines.h: LBR$OUTPUT_HELP. Source: dcl.md 3.4 (argument list [D]).
 * DECLARED ONLY: the simulator does not implement LBR$ in this issue (cut for time). */
#ifndef VMSSIM_LBR_ROUTINES_H
#define VMSSIM_LBR_ROUTINES_H
#include "__vmssim_base.h"
#ifdef __cplusplus
extern "C" {
#endif
int lbr$output_help(int (*output_routine)(__unknown_params), unsigned int *output_width,
                    void *line_desc, void *library_name, unsigned int *flags,
                    int (*input_routine)(__unknown_params));
#ifdef __cplusplus
}
#endif
#endif
