// Port: reading configuration files and expanding wildcards. The core reads
// files only through this, so [include] works the same on Linux (glob) and
// OpenVMS (LIB$FIND_FILE). No OS types.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sv::os {

class FileAccess {
public:
    virtual ~FileAccess() = default;
    // The whole file, or nullopt with `error` set ("No such file or directory").
    virtual std::optional<std::string> read(const std::string& path, std::string* error) = 0;
    // Files matching a wildcard pattern, sorted; empty when none match.
    virtual std::vector<std::string> expand(const std::string& pattern) = 0;
    // The directory part of a file path ("/etc/sv" for "/etc/sv/a.conf"), used
    // for %(here)s; "." when there is none.
    virtual std::string directory_of(const std::string& path) = 0;
    // `relative` resolved against the directory of `base_file` (absolute paths
    // are returned unchanged).
    virtual std::string resolve(const std::string& base_file, const std::string& relative) = 0;
};

// The real file system of this platform.
std::unique_ptr<FileAccess> make_file_access();

}  // namespace sv::os
