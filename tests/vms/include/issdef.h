/* issdef.h: the persona services' constants the back end uses. Source: ISSDEF dump,
 * Alpha V8.4 (3dl-dev/vms docs/oracle/alpha84-starlet-defs/ISSDEF.txt, commit
 * 2a47aadf) [S]. ISS$C_ID_NATURAL is also what $PERSONA_ASSUME hands back as the
 * previous persona when none was assumed before [C] (eight-cubed.com persona example;
 * WASD's PTD code reverts with it). */
#ifndef VMSSIM_ISSDEF_H
#define VMSSIM_ISSDEF_H
#define ISS$C_ID_NATURAL 1
#define ISS$M_CREATE_DEFPRIV 8
#define ISS$M_CREATE_DEFCLASS 16
#define ISS$M_CREATE_AUTHPRIV 32
#define ISS$M_NOACCESS 1048576
#endif
