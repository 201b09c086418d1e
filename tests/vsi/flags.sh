# The macros and options under which VSI C++ on OpenVMS x86 sees our code,
# reproduced with Debian's clang + libc++ (sourced by tests/vsi/compile.sh and
# scripts/vendor_boost.sh). Source of each fact: ../shared/reference/
# vms-simulator.md 4.1 (a measured OpenVMS x86 E9.2-4 system: VSI C++
# V10.1-3U1 is clang 10.0.1 with libc++ 10, LP64, __GNUC__ not predefined,
# thread_local refused) and vms-services.md, correction box (3).
#
# What cannot be reproduced here: clang 10 itself (Debian 12 has clang 14),
# VSI's libc++ build, the VSI C RTL headers (glibc's stand in for them), and
# the 32-bit C RTL 'long' interfaces (checked by a grep in compile.sh).
VSI_CXX=${VSI_CXX:-clang++}
VSI_FLAGS=(
  -std=c++17 -stdlib=libc++
  # __GNUC__ and friends undefined, as with VSI's clang
  -fgnuc-version=0
  # what an OpenVMS compiler predefines; __x86_64 comes with the target
  -D__VMS -D__vms -D__VMS_VER=90220000
  # no Unix: Boost.Config then picks boost/config/platform/vms.hpp
  -U__unix__ -U__unix -Uunix -U__linux__ -U__linux -Ulinux -U__gnu_linux__
  # upstream libc++ does not know OpenVMS; VSI's libc++ uses POSIX threads
  -D_LIBCPP_HAS_THREAD_API_PTHREAD
  # thread_local (and __thread) fail to compile under VSI C++
  -Dthread_local=thread_local_is_refused_by_VSI_CXX
  -D__thread=__thread_is_refused_by_VSI_CXX
)
