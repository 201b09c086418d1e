# The object-form copy of a CLD: SET COMMAND/OBJECT refuses a CLD with an
# IMAGE clause (HELP SET COMMAND /OBJECT; reference/dcl.md 2.10), and
# cld/supervise.cld carries IMAGE "SUPERVISE" for the DCL verb. The copy is
# the file without its IMAGE lines (a line whose first word is IMAGE, in any
# case), every other byte kept. The OpenVMS build does the same with
#   $ SEARCH/MATCH=NOR/OUTPUT=SUPERVISE_OBJ.CLD SUPERVISE.CLD "IMAGE """
#   $ SET COMMAND/OBJECT=SUPERVISE_CLD.OBJ SUPERVISE_OBJ.CLD
# Usage: cmake -DINPUT=in.cld -DOUTPUT=out.cld -P cld_object.cmake
file(READ "${INPUT}" text)
string(REGEX REPLACE "(^|\n)[ \t]*[Ii][Mm][Aa][Gg][Ee][ \t][^\n]*" "" copy "${text}")
file(WRITE "${OUTPUT}.tmp" "${copy}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
