$! SUPERVISE$SHUTDOWN.COM - SUPERVISE at system shutdown.
$!
$! Usage (add the first form to SYS$MANAGER:SYSHUTDWN.COM):
$!   $ @SYS$STARTUP:SUPERVISE$SHUTDOWN           stops every program (each
$!                                               within its stopwaitsecs),
$!                                               then the server
$!   $ @SYS$STARTUP:SUPERVISE$SHUTDOWN SERVER    ends the server only; the
$!                                               programs keep running and
$!                                               a new server takes them
$!                                               back over (SUPERVISE SHUTDOWN)
$! If the configuration sets a password, define SUPERVISORD_PASSWORD for the
$! process that runs this (SUPERVISE reads it like a /PASSWORD).
$!
$ set noon
$ mode = f$edit(p1, "UPCASE,TRIM")
$ context = ""
$next_process:
$ pid = f$pid(context)
$ if pid .eqs. "" then exit 1          ! no server: nothing to do
$ if f$getjpi(pid, "PRCNAM") .nes. "SUPERVISORD" then goto next_process
$! The verb, in case this process started before it was installed.
$ set command sys$library:supervise.cld
$ if mode .nes. "SERVER" then supervise stop all
$ supervise shutdown
$ exit 1
