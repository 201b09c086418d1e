/* stsdef.h: condition value fields. Source: STSDEF dump, Alpha V8.4 (3dl-dev/vms
 * docs/oracle/alpha84-starlet-defs/STSDEF.txt), vms-services.md 7 [S]. */
#ifndef VMSSIM_STSDEF_H
#define VMSSIM_STSDEF_H
#define STS$M_SEVERITY 0x7
#define STS$K_WARNING 0
#define STS$K_SUCCESS 1
#define STS$K_ERROR 2
#define STS$K_INFO 3
#define STS$K_SEVERE 4
#define STS$M_SUCCESS 0x1
#define STS$M_MSG_NO 0xFFF8
#define STS$M_FAC_SP 0x8000
#define STS$M_FAC_NO 0x0FFF0000
#define STS$M_CUST_DEF 0x08000000
#define STS$M_COND_ID 0x0FFFFFF8
#define STS$M_INHIB_MSG 0x10000000
#define STS$M_CONTROL 0xF0000000
#define $VMS_STATUS_SUCCESS(code) (((code) & STS$M_SUCCESS) == STS$M_SUCCESS)
#define $VMS_STATUS_SEVERITY(code) ((code) & STS$M_SEVERITY)
#endif
