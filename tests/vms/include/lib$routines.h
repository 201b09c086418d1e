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
/* Files (RTL LIB$ manual [D]; argument order as real callers pass them [C]:
 * lib$find_file(&spec, &result, &context, &default, 0, 0, &flags) in a VMS readdir
 * emulation (code index id 4843299974) and Perl's vms.c; lib$delete_file with ten
 * arguments in fosslc/Ingres, "...;*" to delete every version).
 * LIB$FIND_FILE: one file a (wildcard) specification names per call, its full
 * resultant specification in resultant_filespec (a fixed-length descriptor is
 * blank-padded); RMS$_NORMAL, RMS$_FNF when nothing matches, RMS$_NMF after the
 * last match. context is 0 on the first call and ends with LIB$FIND_FILE_END.
 * LIB$DELETE_FILE: deletes the file(s) named (wildcards allowed); SS$_NORMAL,
 * RMS$_FNF when none. The simulator takes only filespec (and the name from
 * default_filespec when filespec gives none): the routines, resultant_name,
 * file_scan_context and flags are not simulated (pass 0). */
unsigned int lib$find_file(void *filespec, void *resultant_filespec, unsigned int *context,
                           void *default_filespec, void *related_filespec, unsigned int *status_value,
                           unsigned int *flags);
unsigned int lib$find_file_end(unsigned int *context);
unsigned int lib$delete_file(void *filespec, void *default_filespec, void *related_filespec,
                             int (*user_success_procedure)(__unknown_params),
                             int (*user_error_procedure)(__unknown_params),
                             int (*user_confirm_procedure)(__unknown_params), int user_specified_argument,
                             void *resultant_name, unsigned int *file_scan_context, unsigned int *flags);
#ifdef __cplusplus
}
#endif
#endif
