// hlp2man: writes a man page made from a HELP library source.
//   hlp2man hlp/supervise.hlp supervise 1   > supervise.1
//   hlp2man hlp/supervise.hlp supervisord 8 > supervisord.8
// Diagnostics of the HELP source go to stderr as FILE:LINE: text and make
// the exit status 1 (the page is still written); a page that the library
// does not describe is exit status 1 with nothing written; bad usage is 2.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/help.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: hlp2man FILE.hlp PAGE SECTION\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "hlp2man: cannot read %s\n", argv[1]);
        return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    char* end = nullptr;
    long section = std::strtol(argv[3], &end, 10);
    if (*end != '\0' || section < 1 || section > 9) {
        std::fprintf(stderr, "hlp2man: section must be 1 to 9, not %s\n", argv[3]);
        return 2;
    }

    std::vector<sv::help::Diagnostic> diags;
    auto lib = sv::help::HelpLibrary::parse(text.str(), &diags);
    for (const auto& d : diags) std::fprintf(stderr, "%s:%d: %s\n", argv[1], d.line, d.text.c_str());

    std::string page = sv::help::man_page(lib, argv[2], static_cast<int>(section));
    if (page.empty()) {
        std::fprintf(stderr, "hlp2man: %s has no topic %s\n", argv[1], argv[2]);
        return 1;
    }
    std::fwrite(page.data(), 1, page.size(), stdout);
    return diags.empty() ? 0 : 1;
}
