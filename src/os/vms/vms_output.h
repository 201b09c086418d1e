// OpenVMS back end: a program's output files (SYS$OUTPUT / SYS$ERROR of its
// $CREPRC). Not a port header: only src/os/vms/ includes it.
//
// Versions: a file specification without a version number makes a new
// version each time a process creates it (RMS $CREATE), so every start of a
// program writes a new version of its stdout_file and stderr_file by itself.
// What the back end adds is the PURGE/KEEP of supervisor's *_backups and
// supervisor's AUTO.
#pragma once
#include <string>
#include <vector>

#include "core/config.h"

namespace sv::os::vms {

struct OutputFiles {
    std::string output;   // SYS$OUTPUT
    std::string error;    // SYS$ERROR (the same specification with redirect_stderr)
};

// The specifications $CREPRC gets for `spec`: the file named; for AUTO,
// `<NAME>-STDOUT---<IDENTIFIER>.LOG` (and -STDERR-) in spec.childlogdir
// (supervisor's name without its random part: versions keep the runs
// apart); NLA0: when none.
OutputFiles output_files(const ProgramSpec& spec);

// A file name in childlogdir: a directory ending in ']' or '>' or a device
// or logical name ending in ':' takes the name as it is; a POSIX-style path
// (the VSI C RTL's, and the simulator's Linux directories) takes '/' + name;
// a bare logical name takes ':' + name.
std::string in_directory(const std::string& dir, const std::string& name);

// Before a start, as PURGE/KEEP would: keeps the `backups` highest versions
// of each output file (stdout_logfile_backups for SYS$OUTPUT,
// stderr_logfile_backups for SYS$ERROR), so that with the version the new
// process makes there are backups + 1. No *_backups: nothing is deleted. A
// device (NLA0:, a terminal), a specification with an explicit version or a
// wildcard is left alone. LIB$FIND_FILE lists the versions, LIB$DELETE_FILE
// deletes each; a failure is a warning, never a failed start.
void purge_output(const ProgramSpec& spec, const OutputFiles& files, std::vector<std::string>* warnings);

// CLEAR. The OpenVMS form of emptying a log is an empty new version of each
// output file (RMS $CREATE of the name without a version, FIL-1): nothing
// the running process holds open is touched, and the older versions stay
// under *_backups. The back end has no file-creating service yet (nor the
// simulator), so CLEAR of a program with an output file is refused with
// that reason and no file is made or changed; NLA0: alone is nothing to do.
bool clear_output(const ProgramSpec& spec, std::string* error);

}  // namespace sv::os::vms
