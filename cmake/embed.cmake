# Turns a text file into a C++ function returning its bytes, so the binaries
# carry cld/, hlp/ and msg/ exactly as written (the files stay the only source).
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DFUNC=name -P embed.cmake
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed.cmake. Do not edit.\n"
"#include \"core/embedded.h\"\n"
"namespace {\nconst unsigned char data[] = {\n${body}\n0};\n}\n"
"std::string_view sv::embedded::${FUNC}() {\n"
"    return {reinterpret_cast<const char*>(data), sizeof data - 1};\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
