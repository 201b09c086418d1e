/* msgdef.h: mailbox message types. Source: rroart/freevms starlet/src/msgdef.h;
 * vms-services.md 2.2 (checked against VSI's generated constants) [D/C]. */
#ifndef VMSSIM_MSGDEF_H
#define VMSSIM_MSGDEF_H
#define MSG$_DELPROC 3
#endif
