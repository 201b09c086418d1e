# The object-form copy of a CLD: SET COMMAND/OBJECT refuses a CLD with an
# IMAGE clause (HELP SET COMMAND /OBJECT; reference/dcl.md 2.10), and
# cld/supervise.cld carries IMAGE "SUPERVISE" for the DCL verb. The copy is
# the file without its IMAGE lines (a line whose first word is IMAGE, in any
# case), every other byte kept. The OpenVMS build does the same with
# vms/cld_noimage.com (descrip.mms, Makefile.vms), then SET COMMAND/OBJECT.
# Usage: cmake -DINPUT=in.cld -DOUTPUT=out.cld -P cld_object.cmake
file(READ "${INPUT}" text)
string(REGEX REPLACE "(^|\n)[ \t]*[Ii][Mm][Aa][Gg][Ee][ \t][^\n]*" "" copy "${text}")
file(WRITE "${OUTPUT}.tmp" "${copy}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
