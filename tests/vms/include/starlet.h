/* starlet.h: the system services SUPERVISE's OpenVMS back end calls, in the
 * new-STARLET (typed, __NEW_STARLET) form. Source: vms-services.md sections 1, 3, 4,
 * 5, 6, 7 (HELP/SSREF prototypes [D], integer types of $QIO's p2..p6 [U]). Every
 * function here is implemented by libvmssim (tests/vms/sim); see
 * tests/vms/sim/CONTRACT.md for what each does and does not simulate. */
#ifndef VMSSIM_STARLET_H
#define VMSSIM_STARLET_H
#include "__vmssim_base.h"
#include "gen64def.h"
#include "iosbdef.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Processes (vms-services.md 1, 6) */
int sys$creprc(unsigned int *pidadr, void *image, void *input, void *output, void *error,
               struct _generic_64 *prvadr, unsigned int *quota, void *prcnam,
               unsigned int baspri, unsigned int uic, unsigned short int mbxunt,
               unsigned int stsflg, ...); /* [itmlst], [node], [home_rad], [kt_limit] */
int sys$forcex(unsigned int *pidadr, void *prcnam, unsigned int code);
int sys$delprc(unsigned int *pidadr, void *prcnam, ...); /* [flags] */
int sys$getjpiw(unsigned int efn, unsigned int *pidadr, void *prcnam, void *itmlst,
                struct _iosb *iosb, void (*astadr)(__unknown_params),
                unsigned __int64 astprm);
int sys$exit(unsigned int code);

/* Personas (vms-services.md 1.6; HELP $PERSONA_CREATE, $PERSONA_ASSUME, $PERSONA_DELETE
 * (Alpha and Integrity servers)). $PERSONA_CREATE's optional usrpro and itmlst, and
 * $PERSONA_ASSUME's previous and acmode, follow in the variable part. */
int sys$persona_create(unsigned int *persona, void *usrnam, unsigned int flags, ...);
int sys$persona_assume(unsigned int *persona, unsigned int flags, ...);
int sys$persona_delete(unsigned int *persona);

/* Mailboxes, channels, I/O (vms-services.md 3) */
int sys$crembx(char prmflg, unsigned short int *chan, unsigned int maxmsg,
               unsigned int bufquo, unsigned int promsk, unsigned int acmode, void *lognam,
               ...); /* [flags] */
int sys$delmbx(unsigned short int chan);
int sys$assign(void *devnam, unsigned short int *chan, unsigned int acmode, void *mbxnam,
               ...); /* [flags] */
int sys$dassgn(unsigned short int chan);
int sys$cancel(unsigned short int chan);
int sys$qio(unsigned int efn, unsigned short int chan, unsigned int func, struct _iosb *iosb,
            void (*astadr)(__unknown_params), __int64 astprm, void *p1, __int64 p2,
            __int64 p3, __int64 p4, __int64 p5, __int64 p6);
int sys$qiow(unsigned int efn, unsigned short int chan, unsigned int func, struct _iosb *iosb,
             void (*astadr)(__unknown_params), __int64 astprm, void *p1, __int64 p2,
             __int64 p3, __int64 p4, __int64 p5, __int64 p6);
int sys$synch(unsigned int efn, struct _iosb *iosb);
int sys$getdviw(unsigned int efn, unsigned short int chan, void *devnam, void *itmlst,
                struct _iosb *iosb, void (*astadr)(__unknown_params), __int64 astprm,
                struct _generic_64 *nullarg, ...);

/* Event flags: only local flags 0..63 and EFN$C_ENF */
int sys$setef(unsigned int efn);
int sys$clref(unsigned int efn);
int sys$waitfr(unsigned int efn);
int sys$readef(unsigned int efn, unsigned int *state);

/* ASTs, timers, hibernation (vms-services.md 4) */
int sys$setast(char enbflg);
int sys$dclast(void (*astadr)(__unknown_params), unsigned __int64 astprm, unsigned int acmode);
int sys$setimr(unsigned int efn, struct _generic_64 *daytim, void (*astadr)(__unknown_params),
               unsigned __int64 reqidt, unsigned int flags);
int sys$cantim(unsigned __int64 reqidt, unsigned int acmode);
int sys$gettim(struct _generic_64 *timadr, ...);
int sys$hiber(void);
int sys$wake(unsigned int *pidadr, void *prcnam);
int sys$schdwk(unsigned int *pidadr, void *prcnam, struct _generic_64 *daytim,
               struct _generic_64 *reptim);

/* Logical names (vms-services.md 5) */
int sys$crelnt(unsigned int *attr, void *resnam, unsigned short int *reslen, unsigned int *quota,
               unsigned short int *promsk, void *tabnam, void *partab, unsigned char *acmode);
int sys$crelnm(unsigned int *attr, void *tabnam, void *lognam, unsigned char *acmode,
               void *itmlst);
int sys$trnlnm(unsigned int *attr, void *tabnam, void *lognam, unsigned char *acmode,
               void *itmlst);
int sys$dellnm(void *tabnam, void *lognam, unsigned char *acmode);

/* Messages (vms-services.md 7) */
int sys$getmsg(unsigned int msgid, unsigned short int *msglen, void *bufadr, unsigned int flags,
               unsigned char outadr[4]);
int sys$putmsg(void *msgvec, int (*actrtn)(__unknown_params), void *facnam,
               unsigned __int64 actprm);

#ifdef __cplusplus
}
#endif

/* Simulator only: OpenVMS passes an argument count with every call, so a service
 * knows whether an optional trailing argument was given; Linux does not. These
 * macros append an end marker so libvmssim can tell. Calls read exactly as on
 * OpenVMS; taking the function's address is unaffected. */
#define VMSSIM_ARGEND 0x5EA1AB1Eu
#define sys$crembx(...) sys$crembx(__VA_ARGS__, VMSSIM_ARGEND)
#define sys$assign(...) sys$assign(__VA_ARGS__, VMSSIM_ARGEND)
#define sys$persona_assume(...) sys$persona_assume(__VA_ARGS__, VMSSIM_ARGEND)
#endif
