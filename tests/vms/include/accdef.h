/* accdef.h: the termination (accounting) message a process's creator receives in
 * the termination mailbox. Source: SSREF $CREPRC; layout vms-services.md 2.2,
 * checked against VSI's generated constants and a VAX 7.3 $ACCDEF dump [D/C].
 *
 * 84 bytes, little-endian, at these offsets (a natural-aligned C struct with the two
 * quadwords would pad to 88, so read it with memcpy at the offsets):
 *   0 u16 ACC$W_MSGTYP   MSG$_DELPROC (3)
 *   2 u16 ACC$W_MSGSIZ   (undocumented content: do not assert)
 *   4 u32 ACC$L_FINALSTS final exit status
 *   8 u32 ACC$L_PID      PID of the deleted process
 *  12 u32 ACC$L_JOBID    (undocumented content: do not assert)
 *  16 u64 ACC$Q_TERMTIME termination time
 *  24 8   ACC$T_ACCOUNT  blank padded
 *  32 12  ACC$T_USERNAME blank padded
 *  44 u32 ACC$L_CPUTIM   10 ms units
 *  48 u32 ACC$L_PAGEFLTS
 *  52 u32 ACC$L_PGFLPEAK
 *  56 u32 ACC$L_WSPEAK
 *  60 u32 ACC$L_BIOCNT
 *  64 u32 ACC$L_DIOCNT
 *  68 u32 ACC$L_VOLUMES
 *  72 u64 ACC$Q_LOGIN    creation time
 *  80 u32 ACC$L_OWNER    owner PID (0 for detached)
 */
#ifndef VMSSIM_ACCDEF_H
#define VMSSIM_ACCDEF_H
#define ACC$W_MSGTYP 0
#define ACC$W_MSGSIZ 2
#define ACC$L_FINALSTS 4
#define ACC$L_PID 8
#define ACC$L_JOBID 12
#define ACC$Q_TERMTIME 16
#define ACC$T_ACCOUNT 24
#define ACC$T_USERNAME 32
#define ACC$L_CPUTIM 44
#define ACC$L_PAGEFLTS 48
#define ACC$L_PGFLPEAK 52
#define ACC$L_WSPEAK 56
#define ACC$L_BIOCNT 60
#define ACC$L_DIOCNT 64
#define ACC$L_VOLUMES 68
#define ACC$Q_LOGIN 72
#define ACC$L_OWNER 80
#define ACC$K_TERMLEN 84
#endif
