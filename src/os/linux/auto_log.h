// supervisor's AUTO output files on Linux (stdout_logfile=AUTO, the default):
// `<name>-<channel>---<identifier>-<8 random characters>.log` in the
// program's childlogdir, <channel> "stdout" or "stderr", made on a process's
// first start and kept for the server's life, so restarts append to one file
// (supervisor's naming and lifetime; its rotation and `tail` are not done).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/config.h"

namespace sv::os::autolog {

class Files {
public:
    // The file for `spec`'s `channel`, made in spec.childlogdir when this
    // server has none for it yet. False with `error` when it cannot be made.
    bool path_for(const ProgramSpec& spec, const char* channel, std::string* path, std::string* error);
    // Keeps using `path` for that process and channel (a process adopted
    // from an earlier server writes there).
    void adopt(const ProgramSpec& spec, const char* channel, const std::string& path);
    // The file this server has for `spec`'s `channel`; empty when none was
    // made (nothing is created).
    std::string existing(const ProgramSpec& spec, const char* channel) const;

private:
    std::map<std::pair<std::string, std::string>, std::string> files_;  // (ProgramSpec::name, channel) -> path
};

// Whether a file name is an AUTO file of `identifier` (supervisor's pattern
// `.+?---<identifier>-\S+\.log`, as its clear_autochildlogdir matches it).
bool is_auto_name(const std::string& file_name, const std::string& identifier);

// Removes every AUTO file of `identifier` in `dir` but those in `keep`
// (canonical paths) and those any process this one can see holds open
// (another server's programs may write to files of the same directory and
// identifier). Returns how many it removed.
size_t clear(const std::string& dir, const std::string& identifier, const std::vector<std::string>& keep);

// The file a live process writes its descriptor `fd` to (/proc/PID/fd/FD),
// empty when it cannot be read or the file is gone.
std::string output_of(int64_t pid, int fd);

}  // namespace sv::os::autolog
