/* headers_c.c: every header in tests/vms/include compiles as plain C11 (the back
 * end's C helpers and the VSI C compiler see the same declarations), and the
 * layouts OpenVMS fixes hold where this platform can match them. */
#include <accdef.h>
#include <agndef.h>
#include <cli$routines.h>
#include <climsgdef.h>
#include <cmbdef.h>
#include <descrip.h>
#include <dvidef.h>
#include <efndef.h>
#include <far_pointers.h>
#include <gen64def.h>
#include <hlpdef.h>
#include <iledef.h>
#include <iodef.h>
#include <iosbdef.h>
#include <jpidef.h>
#include <lbr$routines.h>
#include <lib$routines.h>
#include <lnmdef.h>
#include <msgdef.h>
#include <pqldef.h>
#include <prcdef.h>
#include <prvdef.h>
#include <psldef.h>
#include <rmsdef.h>
#include <ssdef.h>
#include <starlet.h>
#include <stsdef.h>

_Static_assert(sizeof(IOSB) == 8, "IOSB is 8 bytes");
_Static_assert(sizeof(struct _generic_64) == 8, "a quadword");
_Static_assert(ACC$K_TERMLEN == 84 && ACC$Q_LOGIN == 72 && ACC$L_OWNER == 80, "termination message");
_Static_assert(PRV$M_SYSNAM == 0x4 && PRV$M_WORLD == 0x10000, "privilege bits");
_Static_assert(SS$_NOREADER == 0x24C4 && SS$_NOWRITER == 0x24CC, "as OSU httpd defines them");

int vmssim_headers_c(void) {
    $DESCRIPTOR(name, "SYS$INPUT");
    IOSB iosb;
    iosb.iosb$w_status = SS$_NORMAL;
    iosb.iosb$l_pid = 0;
    return name.dsc$w_length + iosb.iosb$w_status;
}
