// Reads the annotated hex files of tests/golden/<dir>/: lines
// "<offset> <hex bytes...> # comment"; the offset column is checked
// against the bytes read so far.
#pragma once
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef SV_SOURCE_DIR
#define SV_SOURCE_DIR "."
#endif

namespace sv::test {

inline std::vector<uint8_t> golden_hex(const std::string& dir, const std::string& name) {
    std::ifstream in(std::string(SV_SOURCE_DIR) + "/tests/golden/" + dir + "/" + name);
    REQUIRE_MESSAGE(in.good(), "missing golden file " << dir << "/" << name);
    std::vector<uint8_t> out;
    std::string line;
    while (std::getline(in, line)) {
        line = line.substr(0, line.find('#'));
        std::istringstream words(line);
        size_t offset = 0;
        if (!(words >> offset)) continue;
        REQUIRE(offset == out.size());
        std::string hex;
        while (words >> hex) out.push_back(static_cast<uint8_t>(std::stoul(hex, nullptr, 16)));
    }
    return out;
}

}  // namespace sv::test
