// A program's output files on OpenVMS: AUTO's name in childlogdir, and the
// PURGE/KEEP of *_backups with LIB$FIND_FILE and LIB$DELETE_FILE.
//
// Sources: RMS $CREATE makes version highest + 1 for a specification without
// a version (tests/vms/sim/CONTRACT.md FIL-1); LIB$FIND_FILE with a
// fixed-length result descriptor, blank-padded, RMS$_NMF after the last file
// and RMS$_FNF when none, ended by LIB$FIND_FILE_END (RTL LIB$ manual; Perl's
// vms.c readdir calls it so, FIL-5); LIB$DELETE_FILE of one file with the
// optional arguments 0 (fosslc/Ingres passes all ten, FIL-6).
#include "core/text.h"
#include "os/vms/vms_output.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "os/vms/vms_util.h"

#include <lib$routines.h>
#include <rmsdef.h>

namespace sv::os::vms {

namespace {

// A name part RMS takes on ODS-2 and ODS-5: letters, digits, '$', '_', '-'.
std::string file_word(const std::string& s) {
    std::string out;
    for (char ch : s) {
        unsigned char u = static_cast<unsigned char>(ch);
        out += std::isalnum(u) || ch == '$' || ch == '_' || ch == '-' ? upcase(ch) : '_';
    }
    return out.empty() ? std::string("_") : out;
}

std::string auto_file(const ProgramSpec& spec, const char* channel) {
    return in_directory(spec.childlogdir,
                        file_word(spec.name) + "-" + channel + "---" + file_word(spec.log_identifier) + ".LOG");
}

bool is_null(const std::string& f) {
    std::string u = upper_trim(f);
    return u.empty() || u == "NLA0:" || u == "_NLA0:" || u == "NL:";
}

// The file part: after the directory (']' '>'), the device (':') or '/'.
std::string file_part(const std::string& f) {
    size_t cut = f.find_last_of("]>:/");
    return cut == std::string::npos ? f : f.substr(cut + 1);
}

// "NAME.TYPE;*" for a file without an explicit version; "" when the
// specification is a device, has a version or a wildcard.
std::string all_versions(const std::string& f) {
    std::string file = file_part(f);
    if (file.empty() || file.find_first_of("*%?") != std::string::npos) return "";
    size_t semi = file.find(';');
    if (semi == std::string::npos) return f + ";*";
    std::string v = file.substr(semi + 1);
    if (!v.empty() && v != "0") return "";   // ";5", ";-1": one given version
    return f.substr(0, f.size() - (file.size() - semi)) + ";*";
}

int version_of(const std::string& resultant) {
    size_t semi = resultant.rfind(';');
    return semi == std::string::npos ? 0 : std::atoi(resultant.c_str() + semi + 1);
}

// The resultant specifications of `pattern`, highest version first; false
// with a warning when LIB$FIND_FILE fails for another reason than none.
bool list_versions(const std::string& pattern, std::vector<std::string>* out, std::vector<std::string>* warnings) {
    Name spec(pattern);
    char buf[256];
    dsc$descriptor_s result;
    result.dsc$w_length = sizeof buf;
    result.dsc$b_dtype = DSC$K_DTYPE_T;
    result.dsc$b_class = DSC$K_CLASS_S;
    result.dsc$a_pointer = buf;
    unsigned int context = 0;
    bool good = true;
    // Bounded: a name has at most 32767 versions (FIL-2).
    for (int i = 0; i <= 32767; ++i) {
        unsigned int st = lib$find_file(&spec.d, &result, &context, nullptr, nullptr, nullptr, nullptr);
        if (st == RMS$_NMF || st == RMS$_FNF) break;
        if (!ok(st)) {
            warnings->push_back(failure("couldn't list the versions of " + pattern + " (LIB$FIND_FILE)", st));
            good = false;
            break;
        }
        std::string name(buf, sizeof buf);
        name.erase(name.find_last_not_of(' ') + 1);   // blank-padded
        out->push_back(name);
    }
    // Releases the search context (RTL LIB$ manual); a refusal leaves only
    // that context behind, nothing the purge depends on.
    if (context) (void)lib$find_file_end(&context);
    // Directories keep a name's versions highest first; sorted anyway, so
    // nothing newer is ever deleted because of the order.
    std::stable_sort(out->begin(), out->end(),
                     [](const std::string& a, const std::string& b) { return version_of(a) > version_of(b); });
    return good;
}

void purge(const std::string& file, int keep, const char* key, std::vector<std::string>* warnings) {
    std::string pattern = all_versions(file);
    if (pattern.empty() || pattern.size() > 255) return;
    std::vector<std::string> versions;
    if (!list_versions(pattern, &versions, warnings)) return;
    for (size_t k = static_cast<size_t>(keep); k < versions.size(); ++k) {
        if (versions[k].size() > 255) continue;
        Name victim(versions[k]);
        unsigned int st = lib$delete_file(&victim.d, nullptr, nullptr, nullptr, nullptr, nullptr, 0, nullptr, nullptr,
                                          nullptr);
        if (!ok(st))
            warnings->push_back(failure("couldn't delete " + versions[k] + " (" + key + "=" + std::to_string(keep) +
                                            ", LIB$DELETE_FILE)",
                                        st));
    }
}

}  // namespace

std::string in_directory(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    char last = dir.back();
    if (last == ']' || last == '>' || last == ':' || last == '/') return dir + name;
    if (dir.find('/') != std::string::npos) return dir + "/" + name;
    return dir + ":" + name;
}

OutputFiles output_files(const ProgramSpec& spec) {
    OutputFiles f;
    auto pick = [&spec](const std::string& given, const char* channel) {
        if (given == kAutoOutput) return auto_file(spec, channel);
        return given.empty() ? std::string("NLA0:") : given;
    };
    f.output = pick(spec.stdout_file, "STDOUT");
    f.error = spec.redirect_stderr ? f.output : pick(spec.stderr_file, "STDERR");
    return f;
}

void purge_output(const ProgramSpec& spec, const OutputFiles& files, std::vector<std::string>* warnings) {
    if (spec.stdout_backups && !is_null(files.output))
        purge(files.output, *spec.stdout_backups, "stdout_logfile_backups", warnings);
    bool same = upper_trim(files.error) == upper_trim(files.output);
    if (spec.stderr_backups && !same && !is_null(files.error))
        purge(files.error, *spec.stderr_backups, "stderr_logfile_backups", warnings);
}

bool clear_output(const ProgramSpec& spec, std::string* error) {
    const OutputFiles files = output_files(spec);
    for (const std::string* f : {&files.output, &files.error}) {
        if (is_null(*f)) continue;
        *error = "CLEAR is not done on OpenVMS yet: " + *f +
                 " would need an empty new version (RMS $CREATE), which this back end does not make";
        return false;
    }
    return true;
}

}  // namespace sv::os::vms
