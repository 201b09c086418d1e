/* impdef.h: the older $PERSONA_ASSUME flags (before V7.2 the flags chose what to
 * assume; since V7.2 they are ignored: HELP $PERSONA_ASSUME, Arguments, "flags:
 * Ignored" [D]). Source of the values: WASD's PTD code, as it defines them for VAX [C]. The back end
 * passes 0 (the V7.2+ form, as the Apache/CSWS MPM does). */
#ifndef VMSSIM_IMPDEF_H
#define VMSSIM_IMPDEF_H
#define IMP$M_ASSUME_SECURITY 1
#define IMP$M_ASSUME_DEFPRIV 8
#endif
