$! SUPERVISORD.COM - runs SUPERVISORD, the SUPERVISE server.
$!
$! Installed as SYS$MANAGER:SUPERVISORD.COM_TEMPLATE; SUPERVISE$STARTUP.COM
$! copies it to SYS$MANAGER:SUPERVISORD.COM, owned by the server's account,
$! when there is no such file.  It is the [supervisord] command of
$! SYS$MANAGER:SUPERVISORD.CONF.
$!
$!   P1 = DETACH  run in a batch job of the server's account (submitted by
$!                SUPERVISE$STARTUP.COM): creates the detached process that
$!                runs this procedure without P1, and ends.  LOGINOUT with
$!                /AUTHORIZE gives that process the account's SYSUAF
$!                quotas and privileges (vms-services.md 1.4, 1.6).
$!   no P1        the detached process itself: enables the server's
$!                privileges and runs SUPERVISORD in the foreground (-n);
$!                its own log is [supervisord] logfile.
$!
$ if f$edit(p1, "UPCASE,TRIM") .eqs. "DETACH" then goto detach
$ set noon
$! The privileges the server uses: ALTPRI (base priorities above its own),
$! SYSNAM (its logical name table), PRMMBX (the permanent command and
$! termination mailboxes), IMPERSONATE (programs under other accounts),
$! SETPRV (privileges for programs), WORLD (other processes).
$ set process /privileges=(ALTPRI,SYSNAM,PRMMBX,IMPERSONATE,SETPRV,WORLD)
$ supervisord = "$SYS$SYSTEM:SUPERVISORD.EXE"
$ supervisord -n -c SYS$MANAGER:SUPERVISORD.CONF
$ exit $status
$!
$detach:
$ proc = f$element(0, ";", f$environment("PROCEDURE"))
$ output = f$trnlnm("SYS$LOGIN") + "SUPERVISORD.OUT"
$ run /detached sys$system:loginout.exe /authorize -
    /input='proc' /output='output' /error='output' -
    /process_name=SUPERVISORD
$ exit $status
