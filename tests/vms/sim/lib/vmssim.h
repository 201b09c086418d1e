/* vmssim.h: the few simulator-only entry points (not OpenVMS API). Test set-up code
 * may call them; conformance programs never do. */
#ifndef VMSSIM_VMSSIM_H
#define VMSSIM_VMSSIM_H
#ifdef __cplusplus
extern "C" {
#endif
/* Registers the text $GETMSG/$PUTMSG give for a condition value (on OpenVMS this
 * comes from a linked message object or a message file). Facility and ident are
 * upper case, e.g. ("SUPERVISE", "NOPROG", "no such program"). */
void vmssim_register_message(unsigned int code, const char *facility, const char *ident,
                             const char *text);
#ifdef __cplusplus
}
#endif
#endif
