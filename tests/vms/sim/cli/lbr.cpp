// lbr.cpp: LBR$OUTPUT_HELP, answered by the project's own HELP reader and
// renderer (src/core/help) on the library's source text. Rows LBR-n of
// sim/CONTRACT.md.
//
// The library: on OpenVMS a .HLB that LIBRARY/HELP compiled from the .HLP
// source; the simulator reads the source itself, at the Linux path given
// (name as given; failing that, with its type replaced by, or given, ".hlp").
// Default libraries (library_name omitted, HLP$LIBRARY logical names, the
// HLP$M_PROCESS/GROUP/SYSTEM/LIBLIST flags) and "@library" keys are not
// simulated.
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "core/help.h"

#include "../common/params.h"

#include "../../include/descrip.h"
#include "../../include/hlpdef.h"
#include "../../include/lbr$routines.h"
#include "../../include/lib$routines.h"
#include "../../include/rmsdef.h"
#include "../../include/ssdef.h"
#include "../lib/args.h"

namespace {

using PutLine = unsigned int (*)(void *);
using GetLine = unsigned int (*)(void *, void *, unsigned short *);

bool read_file(const std::string &path, std::string *text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream ss;
    ss << in.rdbuf();
    *text = ss.str();
    return true;
}

bool open_library(std::string name, std::string *text) {
    if (read_file(name, text)) return true;
    std::size_t slash = name.find_last_of('/');
    std::size_t dot = name.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) name.resize(dot);
    return read_file(name + ".hlp", text);
}

}  // namespace

extern "C" {

int lbr$output_help(int (*output_routine)(__unknown_params), unsigned int *output_width, void *line_desc,
                    void *library_name, unsigned int *flags, int (*input_routine)(__unknown_params)) {
    (void)output_width;  // the renderer lays out for 80 columns, the default [D]
    std::string line, library;
    int st = SS$_NORMAL;
    if (!vmssim::read_dsc(line_desc, &line, &st, "LBR$OUTPUT_HELP line_desc")) return st;
    if (!vmssim::read_dsc(library_name, &library, &st, "LBR$OUTPUT_HELP library_name")) return st;
    std::string text;
    if (library.empty() || !open_library(library, &text))
        return static_cast<int>(vmssim::params().lbr_nolib_status);  // [U] RMS$_FNF by default
    sv::help::HelpLibrary lib = sv::help::HelpLibrary::parse(text, nullptr);

    auto put = output_routine ? reinterpret_cast<PutLine>(output_routine)
                              : reinterpret_cast<PutLine>(&lib$put_output);
    unsigned int failed = 0;  // the first error status of the output routine
    auto write = [&](const std::string &block) {
        std::size_t pos = 0;
        for (int i = 0; i < 100000 && pos < block.size() && !failed; ++i) {
            std::size_t nl = block.find('\n', pos);
            std::string l = block.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
            pos = nl == std::string::npos ? block.size() : nl + 1;
            char buf[512];  // a stack copy: 32-bit addressable, as the routine may require
            std::size_t n = l.size() < sizeof buf ? l.size() : sizeof buf;
            l.copy(buf, n);
            dsc$descriptor_s d{static_cast<unsigned short>(n), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
            unsigned int r = put(&d);
            if (!(r & 1)) failed = r;
        }
    };
    std::vector<std::string> path = sv::help::split_request(line);
    bool prompt = flags && (*flags & HLP$M_PROMPT) && input_routine;
    if (!prompt) {
        write(lib.render(path));
        return failed ? static_cast<int>(failed) : SS$_NORMAL;
    }
    auto get = reinterpret_cast<GetLine>(input_routine);
    int reads = 0;
    sv::help::interactive(
        lib, path,
        [&](const std::string &p) -> std::optional<std::string> {
            if (failed || ++reads > 10000) return std::nullopt;
            char buf[256], pbuf[256];
            std::size_t pn = p.size() < sizeof pbuf ? p.size() : sizeof pbuf;
            p.copy(pbuf, pn);
            dsc$descriptor_s r{static_cast<unsigned short>(sizeof buf), DSC$K_DTYPE_T, DSC$K_CLASS_S, buf};
            dsc$descriptor_s pd{static_cast<unsigned short>(pn), DSC$K_DTYPE_T, DSC$K_CLASS_S, pbuf};
            unsigned short len = 0;
            if (!(get(&r, &pd, &len) & 1)) return std::nullopt;  // Ctrl/Z leaves HELP
            return std::string(buf, len < sizeof buf ? len : sizeof buf);
        },
        write);
    return failed ? static_cast<int>(failed) : SS$_NORMAL;
}

}  // extern "C"
