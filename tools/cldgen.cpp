// cldgen: our SET COMMAND/OBJECT. Reads a CLD file with the CLD reader of
// src/core (every check of dcl.md §1.9) and writes a C++ source that builds
// the same command table, which the client links as the SUPERVISE_CLD object
// module is linked on OpenVMS:
//   cldgen cld/supervise.cld OUT.cpp
//   cldgen cld/supervise.cld > OUT.cpp      (standard output without OUT.cpp)
// Problems go to stderr as FILE:LINE: %CDU-E-IDENT, text; exit status 1 and
// no output then.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/cli.h"
#include "core/cli_gen.h"

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: cldgen FILE.cld [OUT.cpp]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cldgen: cannot read %s\n", argv[1]);
        return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::string path = argv[1];
    std::string base = path.substr(path.find_last_of("/]") + 1);   // a UNIX or an OpenVMS path
    std::vector<sv::cli::Diagnostic> diags;
    sv::cli::CommandTable t = sv::cli::read_cld(text.str(), path, diags);
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.text().c_str());
    if (!diags.empty()) return 1;
    std::string out = sv::cli::table_source(t, "cld/" + base);
    if (argc == 2) return std::fputs(out.c_str(), stdout) >= 0 ? 0 : 1;
    std::ofstream w(argv[2], std::ios::binary | std::ios::trunc);
    w << out;
    return w.good() ? 0 : 1;
}
