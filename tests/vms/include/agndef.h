/* agndef.h: $ASSIGN flags. Source: AGN$M_ users in WASD and OSU httpd
 * (vms-services.md 3.2) [C]. */
#ifndef VMSSIM_AGNDEF_H
#define VMSSIM_AGNDEF_H
#define AGN$M_READONLY 0x1
#define AGN$M_WRITEONLY 0x2
#endif
