// From what the user typed to an Action: the argv form on Linux. (The DCL
// form, through cld/supervise.cld, builds the same Action.)
#pragma once
#include <string>
#include <vector>

#include "client/client.h"

namespace sv::client {

struct Invocation {
    std::string config_path;
    std::string password;
    Action action;
    bool help = false;
};

// Returns false with `error` for a usage error.
bool parse_argv(const std::vector<std::string>& args, Invocation* out, std::string* error);
int main_entry(int argc, char** argv);

}  // namespace sv::client
