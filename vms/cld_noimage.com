$! CLD_NOIMAGE.COM - copies the CLD without its IMAGE clause, for
$! SET COMMAND/OBJECT, which refuses a CLD that has one (HELP SET COMMAND
$! /OBJECT; ../shared/reference/dcl.md 1.4).  The copy keeps every other
$! line, and a comment where IMAGE was, so CDU's messages give the line
$! numbers of CLD/SUPERVISE.CLD.  The object module keeps the table's name
$! from the MODULE statement (SUPERVISE_CLD).
$!
$! Usage:  $ @[.VMS]CLD_NOIMAGE [.CLD]SUPERVISE.CLD [.VMSOBJ]SUPERVISE_OBJECT.CLD
$!
$! Only an IMAGE clause alone on its line is recognised (as cld/supervise.cld
$! writes it); exactly one must be found, or the procedure fails.
$!
$ on control_y then goto failed
$ on error then goto failed
$ open/read cld 'p1'
$ open/write objcld 'p2'
$ found = 0
$next_line:
$ read/end_of_file=end_of_cld cld line
$ words = f$edit(line, "UNCOMMENT,COMPRESS,TRIM,UPCASE")
$ if f$element(0, " ", words) .nes. "IMAGE" then goto keep
$ if f$element(2, " ", words) .nes. " " then goto not_alone
$ found = found + 1
$ write objcld "! (IMAGE clause left out by VMS/CLD_NOIMAGE.COM for SET COMMAND/OBJECT)"
$ goto next_line
$keep:
$ write objcld line
$ goto next_line
$end_of_cld:
$ close cld
$ close objcld
$ if found .eq. 1 then exit 1
$ write sys$error "%CLDCOPY-E-COUNT, ''found' IMAGE clauses in ''p1', expected 1"
$ exit 44
$not_alone:
$ write sys$error "%CLDCOPY-E-SHARED, IMAGE shares its line with other clauses in ''p1'"
$failed:
$ if f$trnlnm("cld") .nes. "" then close cld
$ if f$trnlnm("objcld") .nes. "" then close objcld
$ exit 44
