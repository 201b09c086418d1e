$! BUILD.COM - builds SUPERVISE on OpenVMS x86-64.
$!
$! Usage, from anywhere:   $ @dev:[dir.SUPERVISE.VMS]BUILD [tool] [target]
$!   tool    MMS (the default when SYS$SYSTEM:MMS.EXE is installed), MMK
$!           (the free clone, reached through the MMK symbol), or MAKE (GNU
$!           make with MAKEFILE.VMS)
$!   target  ALL (default), KIT (the PCSI kit, after ALL), CLEAN
$!
$! Steps: the default directory goes to the top of the tree; SOURCES.COM
$! writes [.VMSOBJ]SOURCES.MMS from [.SRC]SOURCES.TXT; clang is set up as
$! VSI's clang needs it; then MMS/MMK runs DESCRIP.MMS (or GNU make
$! MAKEFILE.VMS).  Everything is built in [.VMSOBJ]; DESCRIP.MMS lists it.
$! The tree must be on an ODS-5 volume: third_party/boost goes nine
$! directory levels deep and its file names mix cases.
$!
$! clang setup, as measured by issinoho/vms-mariadb (vms/build.com;
$! ../shared/reference/vms-simulator.md 4.1): CLANG is a foreign command;
$! the extended parse style and DECC$ARGV_PARSE_STYLE keep the case of its
$! options (-DSV_VERSION, -I...); it finds a response file only by an
$! absolute UNIX path, hence ROOT; it exits with warning severity when it
$! warns, hence MMS /IGNORE=WARNING.  The process's parse style is restored
$! at the end.
$!
$ status = 44
$ saved_default = f$environment("DEFAULT")
$ saved_style = f$getjpi("", "PARSE_STYLE_PERM")
$ on control_y then goto done
$ on error then goto failed
$ tool = f$edit(p1, "UPCASE")
$ target = f$edit(p2, "UPCASE")
$ if target .eqs. "" then target = "ALL"
$ if tool .eqs. ""
$ then
$   tool = "MMK"
$   if f$search("SYS$SYSTEM:MMS.EXE") .nes. "" then tool = "MMS"
$ endif
$ if tool .nes. "MMS" .and. tool .nes. "MMK" .and. tool .nes. "MAKE"
$ then
$   write sys$error "%BUILD-E-TOOL, ''tool' is not MMS, MMK or MAKE"
$   goto done
$ endif
$ if f$edit(f$getsyi("ARCH_NAME"), "UPCASE") .nes. "X86_64"
$ then
$   write sys$error "%BUILD-E-ARCH, SUPERVISE is C++17: it needs VSI C++ (clang) on x86-64"
$   goto done
$ endif
$ if f$search("SYS$SYSTEM:CLANG.EXE") .eqs. ""
$ then
$   write sys$error "%BUILD-E-NOCLANG, SYS$SYSTEM:CLANG.EXE not found: install VSI C++ for x86-64"
$   goto done
$ endif
$ proc = f$environment("PROCEDURE")
$ set default 'f$parse(proc,,,"DEVICE")''f$parse(proc,,,"DIRECTORY")'
$ set default [-]
$ write sys$output "%BUILD-I-TREE, building ''target' with ''tool' in ''f$environment("DEFAULT")'"
$!
$ @[.vms]sources
$ purge/nolog [.vmsobj]sources.mms, [.vmsobj]*.opt
$!
$ set process/parse_style=extended
$ define/process decc$argv_parse_style enable
$ clang :== $sys$system:clang.exe
$! ROOT: DKA100:[USER.SUPERVISE] becomes /DKA100/USER/SUPERVISE
$ here = f$environment("DEFAULT")
$ root = "/" + (f$parse(here,,,"DEVICE") - ":")
$ dirs = f$parse(here,,,"DIRECTORY") - "[" - "]" - "<" - ">"
$ i = 0
$next_dir:
$ dir = f$element(i, ".", dirs)
$ if dir .eqs. "." .or. dir .eqs. "" then goto dirs_done
$ root = root + "/" + dir
$ i = i + 1
$ goto next_dir
$dirs_done:
$!
$ if tool .eqs. "MAKE"
$ then
$   make -f makefile.vms "ROOT=''root'" 'f$edit(target, "LOWERCASE")'
$ else
$   'tool' /DESCRIPTION=descrip.mms /MACRO=("ROOT=''root'") /IGNORE=WARNING 'target'
$ endif
$ status = $status
$ if status then write sys$output "%BUILD-S-DONE, ''target' built"
$ goto done
$failed:
$ status = $status
$done:
$ set process/parse_style='saved_style'
$ if f$trnlnm("decc$argv_parse_style", "LNM$PROCESS") .nes. "" then deassign/process decc$argv_parse_style
$ set default 'saved_default'
$ exit status
