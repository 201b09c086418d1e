$! MAKE_KIT.COM - makes the PCSI kit of SUPERVISE for OpenVMS x86-64.
$!
$! Usage, from the top of the tree after the build:
$!   $ @[.VMS]BUILD MMS KIT         (or: @[.KIT.VMS]MAKE_KIT)
$! Writes [.VMSOBJ]SVPROJ-X86VMS-SUPERVISE-V0001-0-1.PCSI and a compressed
$! copy (.PCSI$COMPRESSED).  Install with
$!   $ PRODUCT INSTALL SUPERVISE /SOURCE=dev:[dir.VMSOBJ]
$!
$! PRODUCT PACKAGE finds each file of the product description by its name
$! alone, in one flat material directory (measured by issinoho/vms-mariadb,
$! kit/make_kit.com; vms-simulator.md 4.4): this procedure copies every file
$! there under the name it is installed as.  The "call material" lines are
$! the kit's contents; tests/vmsbuild/check.py holds them to
$! SUPERVISE.PCSI$DESC and to the build.
$!
$ status = 44
$ saved_default = f$environment("DEFAULT")
$ on control_y then goto done
$ on error then goto done
$ proc = f$environment("PROCEDURE")
$ set default 'f$parse(proc,,,"DEVICE")''f$parse(proc,,,"DIRECTORY")'
$ set default [--]
$ if f$search("[.vmsobj]kit.dir") .eqs. "" then create/directory [.vmsobj.kit]
$ if f$search("[.vmsobj.kit]*.*") .nes. "" then delete/nolog [.vmsobj.kit]*.*;*
$ mat = "[.vmsobj.kit]"
$ call material [.vmsobj]supervisord.exe SUPERVISORD.EXE
$ call material [.vmsobj]supervise.exe SUPERVISE.EXE
$ call material [.cld]supervise.cld SUPERVISE.CLD
$ call material [.hlp]supervise.hlp SUPERVISE.HLP
$ call material [.vmsobj]supervise.hlb SUPERVISE.HLB
$ call material [.kit.vms]supervise.release_notes SUPERVISE.RELEASE_NOTES
$ call material [.kit.vms]supervise$startup.com SUPERVISE$STARTUP.COM
$ call material [.kit.vms]supervise$shutdown.com SUPERVISE$SHUTDOWN.COM
$ call material [.kit.vms]supervisord.com SUPERVISORD.COM_TEMPLATE
$ call material [.kit.vms]supervisord.conf SUPERVISORD.CONF_TEMPLATE
$ matspec = f$parse(mat,,,"DEVICE","NO_CONCEAL") + f$parse(mat,,,"DIRECTORY","NO_CONCEAL")
$ product package SUPERVISE -
    /producer=SVPROJ /base_system=X86VMS /version=V0.1-0 -
    /source=[.kit.vms]supervise.pcsi$desc -
    /material='matspec' -
    /destination=[.vmsobj] -
    /format=sequential -
    /options=noconfirm /log
$ product copy SUPERVISE -
    /producer=SVPROJ /base_system=X86VMS /version=V0.1-0 -
    /source=[.vmsobj] /destination=[.vmsobj] /format=compressed /options=noconfirm
$ status = $status
$done:
$ set default 'saved_default'
$ exit status
$!
$! P1: the built or source file; P2: its name in the kit.
$material: subroutine
$ if f$search(p1) .eqs. ""
$ then
$   write sys$error "%MAKE_KIT-E-MISSING, ''p1' not found: build first"
$   exit 44
$ endif
$ copy/nolog 'p1' 'mat''p2'
$ exit 1
$ endsubroutine
