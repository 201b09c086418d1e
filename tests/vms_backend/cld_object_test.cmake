# Checks cmake/cld_object.cmake on the real cld/supervise.cld: the copy has
# exactly one line less, that line is the IMAGE clause, every other line is
# kept, and the simulator's SET COMMAND/OBJECT (cld2obj, which refuses IMAGE
# as CDU does) accepts the copy.
# Usage: cmake -DSRC=dir -DCLD2OBJ=path -DWORK=dir -P cld_object_test.cmake
set(in "${SRC}/cld/supervise.cld")
set(out "${WORK}/supervise_obj_test.cld")
execute_process(COMMAND ${CMAKE_COMMAND} -DINPUT=${in} -DOUTPUT=${out} -P ${SRC}/cmake/cld_object.cmake
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cld_object.cmake failed: ${rc}")
endif()
file(READ "${in}" before)
file(READ "${out}" after)
if(after MATCHES "(^|\n)[ \t]*[Ii][Mm][Aa][Gg][Ee][ \t]")
  message(FATAL_ERROR "the copy still has an IMAGE clause")
endif()
# The expected copy: the CLD with its one IMAGE line cut out by position.
set(line "\n    IMAGE \"SUPERVISE\"\n")
string(FIND "${before}" "${line}" at)
if(at LESS 0)
  message(FATAL_ERROR "cld/supervise.cld has no IMAGE \"SUPERVISE\" line")
endif()
string(LENGTH "${line}" n)
string(SUBSTRING "${before}" 0 ${at} head)
math(EXPR rest "${at} + ${n} - 1")
string(SUBSTRING "${before}" ${rest} -1 tail)
if(NOT "${head}${tail}" STREQUAL "${after}")
  message(FATAL_ERROR "the copy differs from the CLD in more than the IMAGE line")
endif()
execute_process(COMMAND ${CLD2OBJ} ${out} ${WORK}/supervise_obj_test.cpp RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cld2obj refused the object-form copy: ${err}")
endif()
message(STATUS "object-form copy: the IMAGE line dropped, the rest kept, accepted by cld2obj")
