#include "core/locations.h"

#include <cstdio>

namespace sv {

unsigned long long fnv1a64(const std::string& text) {
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}


std::string location_tag(const std::string& config_canonical) {
    char tag[17];
    std::snprintf(tag, sizeof tag, "%016llx", fnv1a64(config_canonical));
    return tag;
}

bool uses_private_directory(const LocationInputs& in) {
    return (in.env_channel.empty() && in.config_channel.empty()) ||
           (in.env_table.empty() && in.config_table.empty());
}

Locations derive_locations(const LocationInputs& in) {
    std::string base = in.private_dir;
    if (!base.empty() && base.back() != '/') base += '/';
    base += location_tag(in.config_canonical);
    Locations out;
    out.channel = !in.env_channel.empty() ? in.env_channel
                : !in.config_channel.empty() ? in.config_channel
                : base + ".sock";
    out.table = !in.env_table.empty() ? in.env_table
              : !in.config_table.empty() ? in.config_table
              : base + ".table";
    return out;
}

}  // namespace sv
