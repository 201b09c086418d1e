/* iosbdef.h: the I/O status block. Source: rroart/freevms starlet/src/iosbdef.h and
 * real callers (vms-services.md 0) [C]. 8 bytes: u16 status, u16 byte count, u32
 * device-dependent (the PID of the other party for mailbox I/O); for $GETxxI the
 * first longword is the whole status. Uses __union (see __vmssim_base.h). */
#ifndef VMSSIM_IOSBDEF_H
#define VMSSIM_IOSBDEF_H
#include "__vmssim_base.h"

typedef struct _iosb {
    __union {
        struct {
            unsigned short iosb$w_status;
            unsigned short iosb$w_bcnt;
        };
        unsigned int iosb$l_getxxi_status;
    };
    __union {
        unsigned int iosb$l_dev_depend;
        unsigned int iosb$l_pid;
    };
} IOSB;

#endif
