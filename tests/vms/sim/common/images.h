// images.h: how the simulator finds an image's executable (the broker for
// $CREPRC, the LOGINOUT stand-in for $ RUN and $ MCR): device, directory,
// version and ".EXE" are stripped, the name lower-cased and looked up in the
// colon-separated directories of VMSSIM_IMAGES; a name holding '/' is a Linux
// path. "" when there is none.
#ifndef VMSSIM_IMAGES_H
#define VMSSIM_IMAGES_H

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

namespace vmssim {

inline std::string find_image(const std::string &image) {
    std::string n = image;
    auto cut = n.find_last_of("]:>");
    if (n.find('/') == std::string::npos && cut != std::string::npos) n = n.substr(cut + 1);
    if (auto semi = n.find(';'); semi != std::string::npos) n.resize(semi);
    if (n.find('/') != std::string::npos) return ::access(n.c_str(), X_OK) == 0 ? n : "";
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (n.size() > 4 && n.compare(n.size() - 4, 4, ".exe") == 0) n.resize(n.size() - 4);
    const char *dirs = std::getenv("VMSSIM_IMAGES");
    std::string list = dirs ? dirs : "";
    std::size_t start = 0;
    for (int i = 0; i < 256 && !n.empty() && start <= list.size(); ++i) {
        std::size_t end = list.find(':', start);
        if (end == std::string::npos) end = list.size();
        std::string path = list.substr(start, end - start) + "/" + n;
        if (end > start && ::access(path.c_str(), X_OK) == 0) return path;
        start = end + 1;
    }
    return "";
}

}  // namespace vmssim
#endif
