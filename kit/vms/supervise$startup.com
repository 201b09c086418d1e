$! SUPERVISE$STARTUP.COM - SUPERVISE at system startup and at installation.
$!
$! Usage:
$!   $ @SYS$STARTUP:SUPERVISE$STARTUP [START]  logical names, then the server
$!                                             (add this line to
$!                                             SYS$MANAGER:SYSTARTUP_VMS.COM)
$!   $ @SYS$STARTUP:SUPERVISE$STARTUP LOGICALS the logical names only
$!   $ @SYS$STARTUP:SUPERVISE$STARTUP INSTALL  PCSI runs it after installing:
$!                                             the verb into DCLTABLES, the
$!                                             HELP into HELPLIB, templates
$!   $ @SYS$STARTUP:SUPERVISE$STARTUP REMOVE   PCSI runs it at removal: the
$!                                             verb and the HELP go; a running
$!                                             server and its programs stay
$! Run it from SYSTEM (or an account with CMKRNL, SYSNAM, SYSPRV).
$!
$! Site settings, read here if defined (e.g. in SYS$MANAGER:SYLOGICALS.COM):
$!   SUPERVISE$ACCOUNT  the account the server runs under (default SUPERVISE)
$!   SUPERVISE$QUEUE    the batch queue that starts it (default SYS$BATCH)
$!
$! Logical names (system table, executive mode), read by SUPERVISORD and by
$! SUPERVISE through getenv, which the C RTL answers from logical names
$! (src/server/startup.cpp, src/client/session.cpp, src/os/vms/vms_process.cpp):
$!   SUPERVISORD_CMD    SUPERVISE$COMMAND: the logical name of the command
$!                      mailbox the server creates (permanent, $CREMBX)
$!   SUPERVISORD_TABLE  SUPERVISE$TABLE: the shareable logical name table
$!                      that keeps the server's state (under
$!                      LNM$SYSTEM_DIRECTORY, $CRELNT)
$!   SUPERVISE$HELP     SYS$HELP:SUPERVISE.HLB: the HELP library the client's
$!                      HELP action reads (else SYS$HELP:HELPLIB.HLB, where
$!                      INSTALL puts the same text; src/os/vms/vms_command_line.cpp)
$! The first two carry the same names as [supervisord] mailbox= and table= of the
$! template, and let users whose accounts cannot read
$! SYS$MANAGER:SUPERVISORD.CONF reach the server.  Inside SUPERVISE$TABLE the
$! server keeps INDEX, INDEX_1.., LOCK, TERMINATION_MAILBOX, ENDED and one
$! name per process (src/os/vms/README.md): never define names there.
$!
$! The server runs detached under its own account, with that account's
$! SYSUAF quotas and privileges.  RUN/DETACHED/UIC= from SYSTEM would not
$! give it the account's username, quotas or privileges; SUBMIT/USER= does
$! (measured on OpenVMS x86 E9.2-4: ../shared/reference/vms-simulator.md
$! 3.6).  So this procedure submits SYS$MANAGER:SUPERVISORD.COM DETACH as a
$! batch job of the account, and that job creates the detached process
$! (LOGINOUT with /AUTHORIZE, running SUPERVISORD.COM) and ends.
$!
$ set noon
$ say = "write sys$output"
$ mode = f$edit(p1, "UPCASE,TRIM")
$ if mode .eqs. "" then mode = "START"
$ account = f$trnlnm("SUPERVISE$ACCOUNT")
$ if account .eqs. "" then account = "SUPERVISE"
$ queue = f$trnlnm("SUPERVISE$QUEUE")
$ if queue .eqs. "" then queue = "SYS$BATCH"
$!
$! Where the kit put its files: this procedure is in <root>[SYS$STARTUP].
$ proc = f$environment("PROCEDURE")
$ dev = f$parse(proc,,,"DEVICE","NO_CONCEAL")
$ dir = f$edit(f$parse(proc,,,"DIRECTORY","NO_CONCEAL"), "UPCASE") - "]["
$ root = dev + (dir - "SYS$STARTUP]")
$ cld = root + "SYSLIB]SUPERVISE.CLD"
$ hlp = root + "SYSHLP]SUPERVISE.HLP"
$ templates = root + "SYSMGR]"
$!
$ if mode .eqs. "START" .or. mode .eqs. "LOGICALS" then goto logicals
$ if mode .eqs. "INSTALL" then goto install
$ if mode .eqs. "REMOVE" then goto remove
$ write sys$error "%SUPERVISE-E-USAGE, @SYS$STARTUP:SUPERVISE$STARTUP [START|LOGICALS|INSTALL|REMOVE]"
$ exit 44
$!
$logicals:
$ define/system/executive_mode/nolog SUPERVISORD_CMD SUPERVISE$COMMAND
$ define/system/executive_mode/nolog SUPERVISORD_TABLE SUPERVISE$TABLE
$ define/system/executive_mode/nolog SUPERVISE$HELP SYS$HELP:SUPERVISE.HLB
$ if mode .eqs. "LOGICALS" then exit 1
$!
$! --- START: the server, unless it runs already -------------------------------
$ context = ""
$next_process:
$ pid = f$pid(context)
$ if pid .eqs. "" then goto not_running
$ if f$getjpi(pid, "PRCNAM") .nes. "SUPERVISORD" then goto next_process
$ say "%SUPERVISE-I-RUNNING, SUPERVISORD runs already, process ''pid'"
$ exit 1
$not_running:
$ if f$identifier(account, "NAME_TO_NUMBER") .eq. 0
$ then
$   write sys$error "%SUPERVISE-E-NOACCOUNT, no account ''account' (SYS$HELP:SUPERVISE.RELEASE_NOTES tells how to create it)"
$   exit 44
$ endif
$ gosub templates
$ if f$search("SYS$MANAGER:SUPERVISORD.CONF") .eqs. "" .or. f$search("SYS$MANAGER:SUPERVISORD.COM") .eqs. ""
$ then
$   write sys$error "%SUPERVISE-E-NOCONFIG, SYS$MANAGER:SUPERVISORD.CONF or .COM is missing"
$   exit 44
$ endif
$ submit /user='account' /queue='queue' /name=SUPERVISORD_START /noprinter /keep -
    /parameters=("DETACH") SYS$MANAGER:SUPERVISORD.COM
$ status = $status
$ if status then say "%SUPERVISE-I-STARTING, SUPERVISORD is being started under ''account' from ''queue'"
$ exit status
$!
$! --- INSTALL: verb, HELP, templates --------------------------------------------
$! The verb for new processes (../shared/reference/dcl.md 2.10): a new
$! DCLTABLES with SUPERVISE added, then installed in place of the old one;
$! users log in again to see it.  HELP: the module SUPERVISE in HELPLIB
$! (dcl.md 3.3).
$install:
$ set command /tables=sys$common:[syslib]dcltables /output=sys$common:[syslib]dcltables 'cld'
$ if $status then install replace sys$common:[syslib]dcltables.exe
$ library /replace /help sys$help:helplib.hlb 'hlp'
$ gosub templates
$ type sys$input

    Post-installation tasks for SUPERVISE

    1. Create the account the server runs under (HELP SUPERVISE and
       SYS$HELP:SUPERVISE.RELEASE_NOTES show the AUTHORIZE command); it
       needs the privileges ALTPRI, SYSNAM, PRMMBX, IMPERSONATE, SETPRV
       and WORLD.  Users of SUPERVISE need no privilege: the command
       mailbox's protection (mailbox_mode) says who may send commands.
    2. Edit SYS$MANAGER:SUPERVISORD.CONF: add your [program:x] sections.
    3. Start the server now, and at every boot by adding this line to
       SYS$MANAGER:SYSTARTUP_VMS.COM:
           $ @SYS$STARTUP:SUPERVISE$STARTUP.COM
    4. Stop the programs at system shutdown by adding this line to
       SYS$MANAGER:SYSHUTDWN.COM:
           $ @SYS$STARTUP:SUPERVISE$SHUTDOWN.COM
    Processes logged in before the installation get the SUPERVISE verb
    by logging in again (or with SET COMMAND SYS$LIBRARY:SUPERVISE.CLD).

$ exit 1
$!
$! --- REMOVE: verb and HELP out; the server and its programs stay -------------
$remove:
$ set command /tables=sys$common:[syslib]dcltables /output=sys$common:[syslib]dcltables /delete=SUPERVISE
$ if $status then install replace sys$common:[syslib]dcltables.exe
$ library /delete=SUPERVISE /help sys$help:helplib.hlb
$ if f$trnlnm("SUPERVISORD_CMD", "LNM$SYSTEM_TABLE") .nes. "" then -
    deassign/system/executive_mode SUPERVISORD_CMD
$ if f$trnlnm("SUPERVISORD_TABLE", "LNM$SYSTEM_TABLE") .nes. "" then -
    deassign/system/executive_mode SUPERVISORD_TABLE
$ if f$trnlnm("SUPERVISE$HELP", "LNM$SYSTEM_TABLE") .nes. "" then -
    deassign/system/executive_mode SUPERVISE$HELP
$ exit 1
$!
$! --- the site's copies of the templates, made once, owned by the account --------
$! The configuration may hold the control password: only the server's account
$! (and SYSTEM) may read it.
$templates:
$ if f$search("SYS$MANAGER:SUPERVISORD.CONF") .nes. "" then goto conf_done
$ copy 'templates'SUPERVISORD.CONF_TEMPLATE SYS$MANAGER:SUPERVISORD.CONF
$ if f$identifier(account, "NAME_TO_NUMBER") .ne. 0 then -
    set security /owner='account' /protection=(S:RWED,O:RWED,G,W) SYS$MANAGER:SUPERVISORD.CONF
$conf_done:
$ if f$search("SYS$MANAGER:SUPERVISORD.COM") .nes. "" then goto com_done
$ copy 'templates'SUPERVISORD.COM_TEMPLATE SYS$MANAGER:SUPERVISORD.COM
$ if f$identifier(account, "NAME_TO_NUMBER") .ne. 0 then -
    set security /owner='account' /protection=(S:RWED,O:RWED,G,W) SYS$MANAGER:SUPERVISORD.COM
$com_done:
$ return
