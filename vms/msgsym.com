$! MSGSYM.COM - runs [.VMSOBJ]MSGSYM.EXE (tools/msgsym.cpp) on a MESSAGE
$! source and writes its output, the condition values as a C++ header; with
$! P3 "--table", the messages as a C++ table instead. P4 names another tool
$! of [.VMSOBJ] run the same way: CLDGEN (tools/cldgen.cpp), the command
$! table of a CLD file as C++.
$!
$! Usage:  $ @[.VMS]MSGSYM [.MSG]SUPERVISE.MSG [.VMSOBJ]COND_SYMBOLS.H
$!         $ @[.VMS]MSGSYM [.MSG]SUPERVISE.MSG [.VMSOBJ]SUPERVISE_MSGTAB.CPP "--table"
$!         $ @[.VMS]MSGSYM [.CLD]SUPERVISE.CLD [.VMSOBJ]SUPERVISE_CLDTAB.CPP "" CLDGEN
$!
$! The image takes its argument from the command line (argv), so it is run
$! as a foreign command; its standard output is SYS$OUTPUT, pointed at the
$! header for this one image (DEFINE/USER_MODE).  A failure leaves no header.
$!
$ on control_y then goto failed
$ on error then goto failed
$ image = p4
$ if image .eqs. "" then image = "msgsym"
$ tool = "$" + f$parse("[.vmsobj]''image'.exe")
$ define/user_mode sys$output 'p2'
$ tool 'p3' 'p1'
$! main()'s return value reaches DCL as it is, so 1 (failure in C) reads as
$! success (vms-simulator.md 3.4): judge by the output, which msgsym writes
$! only when the source is free of errors.
$ if f$file_attributes(p2, "EOF") .eq. 0 then goto failed
$ exit 1
$failed:
$ if f$search(p2) .nes. "" then delete/nolog 'p2';*
$ exit 44
