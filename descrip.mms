# DESCRIP.MMS - builds SUPERVISE on OpenVMS x86-64 with MMS or MMK.
#
# Start it through the build procedure, from the top of the tree:
#     $ @[.VMS]BUILD                  ! MMS if installed, else MMK
#     $ @[.VMS]BUILD MMK CLEAN
# VMS/BUILD.COM first writes [.VMSOBJ]SOURCES.MMS from [.SRC]SOURCES.TXT
# (VMS/SOURCES.COM: the one source list CMakeLists.txt reads too), sets up
# clang, and passes ROOT, the tree as an absolute UNIX path, which clang
# needs to find its response file.  MAKEFILE.VMS is the same build for GNU
# make; tests/vmsbuild/check.py holds both to src/sources.txt.
#
# Output, all in [.VMSOBJ]:
#     SUPERVISORD.EXE   the server: [supervisord] [server] [os_vms] [core]
#     SUPERVISE.EXE     the client: [supervise] [client] [os_vms] [core],
#                       with the command table object SUPERVISE_CLD.OBJ
#     SUPERVISE_MSG.OBJ MESSAGE of [.MSG]SUPERVISE.MSG, linked into both
#     SUPERVISE.HLB     LIBRARY/HELP of [.HLP]SUPERVISE.HLP
#     SUPERVISE_CLD.OBJ SET COMMAND/OBJECT of [.CLD]SUPERVISE.CLD less its
#                       IMAGE clause (VMS/CLD_NOIMAGE.COM)
# and on the way MSGSYM.EXE (tools/msgsym.cpp), which writes COND_SYMBOLS.H,
# the condition values of SUPERVISE.MSG as C++ constants, and SUPERVISE_MSGTAB
# (its messages as a C++ table), and CLDGEN.EXE (tools/cldgen.cpp), which
# writes SUPERVISE_CLDTAB (the command table as C++): the images link both
# tables instead of reading CLD or MESSAGE text (src/core/cli_gen.h).
# KIT (not part of ALL) makes the PCSI kit: KIT/VMS/MAKE_KIT.COM.
#
# Compiler: VSI C++ for x86-64 is clang 10 with libc++ (VSI C++ V10.1-3U1,
# measured: ../shared/reference/vms-simulator.md 4.1); it is run as the
# foreign command CLANG with UNIX-style options and paths, as the measured
# vms-mariadb port does (issinoho/vms-mariadb, vms/build.com and
# tools/gen_mms.py).  Its options are in [.VMS]CLANG.RSP (a response file
# cannot hold comments, so they are explained here):
#     -std=c++17            the language of the tree
#     -O2 -g                optimised, with traceback information
#     -pointer-size=argv64  main's argv as 64-bit pointers like every other
#                           pointer (default 32-bit; vms-mariadb clang_common.rsp)
#     -D_PTHREAD_EXC_INCL_CLEAN  keeps <pthread.h> from defining TRY, CATCH...
#                           (same source)
#     -DSV_VERSION=...      the version, as CMakeLists.txt's project()
#     -Isrc -Ivmsobj -Ithird_party/boost   our headers, generated headers,
#                           the vendored Boost (third_party/boost/VERSION.txt)
# clang exits with warning severity when it warns: VMS/BUILD.COM runs MMS
# /IGNORE=WARNING so that warnings do not stop the build and errors do.
# LINK links C++ objects directly on x86 (CXXLINK is not needed: measured,
# vms-simulator.md 4.3).

.IFDEF ROOT
.ELSE
ROOT = .
.ENDIF

CLANG = clang
CXX_COMPILE = $(CLANG) @$(ROOT)/vms/clang.rsp -c
LINKFLAGS = /TRACEBACK

# SOURCES.MMS defines CORE_OBJS, OS_VMS_OBJS, SERVER_OBJS, CLIENT_OBJS,
# SUPERVISORD_OBJS, SUPERVISE_OBJS (and those of the Linux-only components,
# unused here), one rule per source, and [.VMSOBJ]<component>.OPT.
.INCLUDE [.vmsobj]sources.mms

EMBED_OBJS = [.vmsobj]embed_cld.obj [.vmsobj]embed_hlp.obj [.vmsobj]embed_msg.obj
TABLE_OBJS = [.vmsobj]supervise_cldtab.obj [.vmsobj]supervise_msgtab.obj

# COND_SYMBOLS.H first: the server and client objects include it.
ALL : [.vmsobj]cond_symbols.h [.vmsobj]supervisord.exe [.vmsobj]supervise.exe \
      [.vmsobj]supervise.hlb [.vmsobj]supervise_cld.obj
	@ WRITE SYS$OUTPUT "SUPERVISE built in [.VMSOBJ]"

# --- the images ----------------------------------------------------------------
[.vmsobj]supervisord.exe : $(SUPERVISORD_OBJS) $(SERVER_OBJS) $(OS_VMS_OBJS) \
                           $(CORE_OBJS) $(EMBED_OBJS) $(TABLE_OBJS) [.vmsobj]supervise_msg.obj
	LINK $(LINKFLAGS) /EXECUTABLE=$(MMS$TARGET) /MAP=[.vmsobj]supervisord.map -
	    [.vmsobj]supervisord.opt/OPTIONS, [.vmsobj]server.opt/OPTIONS, -
	    [.vmsobj]os_vms.opt/OPTIONS, [.vmsobj]core.opt/OPTIONS, -
	    [.vmsobj]embed_cld.obj, [.vmsobj]embed_hlp.obj, [.vmsobj]embed_msg.obj, -
	    [.vmsobj]supervise_cldtab.obj, [.vmsobj]supervise_msgtab.obj, -
	    [.vmsobj]supervise_msg.obj

[.vmsobj]supervise.exe : $(SUPERVISE_OBJS) $(CLIENT_OBJS) $(OS_VMS_OBJS) \
                         $(CORE_OBJS) $(EMBED_OBJS) $(TABLE_OBJS) [.vmsobj]supervise_msg.obj \
                         [.vmsobj]supervise_cld.obj
	LINK $(LINKFLAGS) /EXECUTABLE=$(MMS$TARGET) /MAP=[.vmsobj]supervise.map -
	    [.vmsobj]supervise.opt/OPTIONS, [.vmsobj]client.opt/OPTIONS, -
	    [.vmsobj]os_vms.opt/OPTIONS, [.vmsobj]core.opt/OPTIONS, -
	    [.vmsobj]embed_cld.obj, [.vmsobj]embed_hlp.obj, [.vmsobj]embed_msg.obj, -
	    [.vmsobj]supervise_cldtab.obj, [.vmsobj]supervise_msgtab.obj, -
	    [.vmsobj]supervise_msg.obj, [.vmsobj]supervise_cld.obj

# --- CLD, HELP and MESSAGE ---------------------------------------------------------
[.vmsobj]supervise_object.cld : [.cld]supervise.cld [.vms]cld_noimage.com
	@[.vms]cld_noimage.com [.cld]supervise.cld $(MMS$TARGET)

[.vmsobj]supervise_cld.obj : [.vmsobj]supervise_object.cld
	SET COMMAND /OBJECT=$(MMS$TARGET) [.vmsobj]supervise_object.cld

[.vmsobj]supervise_msg.obj : [.msg]supervise.msg
	MESSAGE /OBJECT=$(MMS$TARGET) [.msg]supervise.msg

[.vmsobj]supervise.hlb : [.hlp]supervise.hlp
	LIBRARY /CREATE /HELP $(MMS$TARGET) [.hlp]supervise.hlp

# The same three files, carried by the images (src/core/embedded.h).
[.vmsobj]embed_cld.cpp : [.cld]supervise.cld [.vms]embed.com
	@[.vms]embed.com [.cld]supervise.cld $(MMS$TARGET) supervise_cld

[.vmsobj]embed_hlp.cpp : [.hlp]supervise.hlp [.vms]embed.com
	@[.vms]embed.com [.hlp]supervise.hlp $(MMS$TARGET) supervise_hlp

[.vmsobj]embed_msg.cpp : [.msg]supervise.msg [.vms]embed.com
	@[.vms]embed.com [.msg]supervise.msg $(MMS$TARGET) supervise_msg

[.vmsobj]embed_cld.obj : [.vmsobj]embed_cld.cpp
	$(CXX_COMPILE) vmsobj/embed_cld.cpp -o vmsobj/embed_cld.obj

[.vmsobj]embed_hlp.obj : [.vmsobj]embed_hlp.cpp
	$(CXX_COMPILE) vmsobj/embed_hlp.cpp -o vmsobj/embed_hlp.obj

[.vmsobj]embed_msg.obj : [.vmsobj]embed_msg.cpp
	$(CXX_COMPILE) vmsobj/embed_msg.cpp -o vmsobj/embed_msg.obj

# --- COND_SYMBOLS.H: the condition values as C++ constants (tools/msgsym.cpp) --
[.vmsobj]msgsym.obj : [.tools]msgsym.cpp
	$(CXX_COMPILE) tools/msgsym.cpp -o vmsobj/msgsym.obj

[.vmsobj]msgsym.exe : [.vmsobj]msgsym.obj $(CORE_OBJS) $(EMBED_OBJS)
	LINK $(LINKFLAGS) /EXECUTABLE=$(MMS$TARGET) [.vmsobj]msgsym.obj, -
	    [.vmsobj]core.opt/OPTIONS, -
	    [.vmsobj]embed_cld.obj, [.vmsobj]embed_hlp.obj, [.vmsobj]embed_msg.obj

[.vmsobj]cond_symbols.h : [.vmsobj]msgsym.exe [.msg]supervise.msg [.vms]msgsym.com
	@[.vms]msgsym.com [.msg]supervise.msg $(MMS$TARGET)

# --- the compiled tables (msgsym --table, tools/cldgen.cpp) ------------------------
[.vmsobj]supervise_msgtab.cpp : [.vmsobj]msgsym.exe [.msg]supervise.msg [.vms]msgsym.com
	@[.vms]msgsym.com [.msg]supervise.msg $(MMS$TARGET) "--table"

[.vmsobj]supervise_msgtab.obj : [.vmsobj]supervise_msgtab.cpp
	$(CXX_COMPILE) vmsobj/supervise_msgtab.cpp -o vmsobj/supervise_msgtab.obj

[.vmsobj]cldgen.obj : [.tools]cldgen.cpp
	$(CXX_COMPILE) tools/cldgen.cpp -o vmsobj/cldgen.obj

[.vmsobj]cldgen.exe : [.vmsobj]cldgen.obj $(CORE_OBJS) $(EMBED_OBJS)
	LINK $(LINKFLAGS) /EXECUTABLE=$(MMS$TARGET) [.vmsobj]cldgen.obj, -
	    [.vmsobj]core.opt/OPTIONS, -
	    [.vmsobj]embed_cld.obj, [.vmsobj]embed_hlp.obj, [.vmsobj]embed_msg.obj

[.vmsobj]supervise_cldtab.cpp : [.vmsobj]cldgen.exe [.cld]supervise.cld [.vms]msgsym.com
	@[.vms]msgsym.com [.cld]supervise.cld $(MMS$TARGET) "" cldgen

[.vmsobj]supervise_cldtab.obj : [.vmsobj]supervise_cldtab.cpp
	$(CXX_COMPILE) vmsobj/supervise_cldtab.cpp -o vmsobj/supervise_cldtab.obj

# --- the PCSI kit ----------------------------------------------------------------
KIT : ALL
	@[.kit.vms]make_kit.com

CLEAN :
	- IF F$SEARCH("[.vmsobj...]*.*") .NES. "" THEN DELETE /NOLOG /EXCLUDE=*.DIR [.vmsobj...]*.*;*
