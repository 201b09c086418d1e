// The CLD, HELP and MESSAGE sources, embedded at build time from cld/, hlp/
// and msg/ (CMake generates the definitions), so the binaries read the very
// files a VMS system compiles, without depending on where they are installed.
#pragma once
#include <string_view>

namespace sv::embedded {
std::string_view supervise_cld();
std::string_view supervise_hlp();
std::string_view supervise_msg();
}  // namespace sv::embedded
