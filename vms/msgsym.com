$! MSGSYM.COM - runs [.VMSOBJ]MSGSYM.EXE (tools/msgsym.cpp) on a MESSAGE
$! source and writes its output, the condition values as a C++ header.
$!
$! Usage:  $ @[.VMS]MSGSYM [.MSG]SUPERVISE.MSG [.VMSOBJ]COND_SYMBOLS.H
$!
$! The image takes its argument from the command line (argv), so it is run
$! as a foreign command; its standard output is SYS$OUTPUT, pointed at the
$! header for this one image (DEFINE/USER_MODE).  A failure leaves no header.
$!
$ on control_y then goto failed
$ on error then goto failed
$ msgsym = "$" + f$parse("[.vmsobj]msgsym.exe")
$ define/user_mode sys$output 'p2'
$ msgsym 'p1'
$! main()'s return value reaches DCL as it is, so 1 (failure in C) reads as
$! success (vms-simulator.md 3.4): judge by the output, which msgsym writes
$! only when the source is free of errors.
$ if f$file_attributes(p2, "EOF") .eq. 0 then goto failed
$ exit 1
$failed:
$ if f$search(p2) .nes. "" then delete/nolog 'p2';*
$ exit 44
