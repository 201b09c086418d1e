$! EMBED.COM - writes a C++ source that carries a text file byte for byte,
$! as cmake/embed.cmake does on Linux, so the images read the very CLD, HELP
$! and MESSAGE sources OpenVMS compiles (src/core/embedded.h).
$!
$! Usage:  $ @[.VMS]EMBED input output function
$!   e.g.  $ @[.VMS]EMBED [.CLD]SUPERVISE.CLD [.VMSOBJ]EMBED_CLD.CPP supervise_cld
$!
$! The text goes into a C++ raw string literal, line for line (DCL READ and
$! WRITE keep every character of a record); the literal starts with the
$! line break after its opening delimiter, which the function skips.
$! tests/vsi/compile.sh builds the same file on Linux and checks that it
$! gives back the source's bytes.
$!
$ on control_y then goto failed
$ on error then goto failed
$ if p1 .eqs. "" .or. p2 .eqs. "" .or. p3 .eqs. ""
$ then
$   write sys$error "%EMBED-E-USAGE, @[.VMS]EMBED input output function"
$   exit 44
$ endif
$ open/read text 'p1'
$ open/write cpp 'p2'
$ write cpp "// Generated from ", p1, " by VMS/EMBED.COM: do not edit."
$ write cpp "#include ""core/embedded.h"""
$ write cpp "namespace {"
$ write cpp "const char text[] = R""sv_embed("
$next_line:
$ read/end_of_file=end_of_text text line
$ if f$locate(")sv_embed""", line) .ne. f$length(line) then goto delimiter
$ write cpp line
$ goto next_line
$end_of_text:
$ write cpp ")sv_embed"";"
$ write cpp "}  // namespace"
$ write cpp "std::string_view sv::embedded::", p3, "() { return {text + 1, sizeof text - 2}; }"
$ close text
$ close cpp
$ exit 1
$delimiter:
$ write sys$error "%EMBED-E-DELIM, ", p1, " contains the delimiter )sv_embed"""
$failed:
$ if f$trnlnm("text") .nes. "" then close text
$ if f$trnlnm("cpp") .nes. "" then close cpp
$ exit 44
