// file.cpp: LIB$FIND_FILE, LIB$FIND_FILE_END, LIB$DELETE_FILE on the
// simulator's files (../common/files.h; CONTRACT.md rows FIL-n). The files are
// Linux files every process sees, so no broker call is needed but the logical
// name translations ($TRNLNM in LNM$FILE_DEV).
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "../../include/descrip.h"
#include "../../include/iledef.h"
#include "../../include/lib$routines.h"
#include "../../include/lnmdef.h"
#include "../../include/rmsdef.h"
#include "../../include/ssdef.h"
#include "../../include/starlet.h"
#include "../common/files.h"
#include "args.h"
#include "runtime.h"

using namespace vmssim;

namespace {

// The device field as RMS sees it: upper case, translated in LNM$FILE_DEV
// (process table, then the system table).
bool translate(const std::string &name, std::string *eqv) {
    if (name.empty() || name.size() > 255) return false;
    char nbuf[256], tbuf[] = "LNM$FILE_DEV", out[256];
    std::memcpy(nbuf, name.data(), name.size());
    dsc$descriptor_s tab{static_cast<unsigned short>(sizeof tbuf - 1), DSC$K_DTYPE_T, DSC$K_CLASS_S, tbuf};
    dsc$descriptor_s log{static_cast<unsigned short>(name.size()), DSC$K_DTYPE_T, DSC$K_CLASS_S, nbuf};
    unsigned short len = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = sizeof out;
    items[0].ile3$w_code = LNM$_STRING;
    items[0].ile3$ps_bufaddr = out;
    items[0].ile3$ps_retlen_addr = &len;
    unsigned int attr = LNM$M_CASE_BLIND;
    if (!(sys$trnlnm(&attr, &tab, &log, nullptr, items) & 1)) return false;
    eqv->assign(out, len);
    return true;
}

std::string run_dir() {
    const char *d = std::getenv("VMSSIM_RUN");
    return d && *d ? d : ".";
}

files::Spec spec_of(const std::string &text) { return files::parse(text, translate, run_dir()); }

// The simulator's resultant specification: the Linux directory, '/', the
// name with its version (on OpenVMS: device, [directory], NAME.TYPE;n).
std::string resultant(const files::Spec &s, const std::string &file) { return s.dir + "/" + file; }

// Writes a fixed-length descriptor blank-padded (LIB$FIND_FILE's form).
void write_padded(void *dsc, const std::string &s) {
    if (!dsc) return;
    std::size_t n = write_dsc(dsc, s);
    auto *d = static_cast<dsc$descriptor_s *>(dsc);
    for (std::size_t i = n; i < d->dsc$w_length; ++i) d->dsc$a_pointer[i] = ' ';
}

struct Search {
    std::string spec;
    std::vector<std::string> left;  // resultant specifications still to return
    bool found_any = false;
};

std::mutex mu;
std::map<unsigned int, Search> &searches() {
    static std::map<unsigned int, Search> s;
    return s;
}
unsigned int next_context = 0x1000;

// A specification with no name takes it from the default (";-1" with the
// file as default, the NTP idiom) [D: RMS default file specification].
bool read_spec(void *filespec, void *default_filespec, std::string *out, int *st, const char *what) {
    std::string def;
    if (!read_dsc(filespec, out, st, what) || !read_dsc(default_filespec, &def, st, what)) return false;
    while (!out->empty() && out->back() == ' ') out->pop_back();
    if (!def.empty() && !out->empty() && (*out)[0] == ';') {
        auto semi = def.find(';');
        *out = def.substr(0, semi) + *out;
    } else if (out->empty()) {
        *out = def;
    }
    return true;
}

}  // namespace

extern "C" {

unsigned int lib$find_file(void *filespec, void *resultant_filespec, unsigned int *context,
                           void *default_filespec, void *related_filespec, unsigned int *status_value,
                           unsigned int *flags) {
    ServicePoint sp;
    (void)related_filespec;
    (void)flags;
    int st = SS$_NORMAL;
    std::string text;
    if (!context) return SS$_INSFARG;
    if (!read_spec(filespec, default_filespec, &text, &st, "LIB$FIND_FILE filespec")) return static_cast<unsigned>(st);
    std::lock_guard<std::mutex> l(mu);
    auto it = searches().find(*context);
    if (*context == 0 || it == searches().end() || it->second.spec != text) {
        if (it != searches().end()) searches().erase(it);
        files::Spec s = spec_of(text);
        if (!s.ok) return RMS$_FNF;
        Search fresh;
        fresh.spec = text;
        for (const auto &v : files::matching(s)) fresh.left.push_back(resultant(s, v.second));
        *context = ++next_context;
        it = searches().emplace(*context, std::move(fresh)).first;
    }
    Search &s = it->second;
    unsigned int result = RMS$_NORMAL;
    if (s.left.empty()) {
        result = s.found_any ? RMS$_NMF : RMS$_FNF;
    } else {
        write_padded(resultant_filespec, s.left.front());
        s.left.erase(s.left.begin());
        s.found_any = true;
    }
    if (status_value) *status_value = result;
    return result;
}

unsigned int lib$find_file_end(unsigned int *context) {
    ServicePoint sp;
    if (!context) return SS$_INSFARG;
    std::lock_guard<std::mutex> l(mu);
    searches().erase(*context);
    *context = 0;
    return SS$_NORMAL;
}

unsigned int lib$delete_file(void *filespec, void *default_filespec, void *related_filespec,
                             int (*user_success_procedure)(__unknown_params),
                             int (*user_error_procedure)(__unknown_params),
                             int (*user_confirm_procedure)(__unknown_params), int user_specified_argument,
                             void *resultant_name, unsigned int *file_scan_context, unsigned int *flags) {
    ServicePoint sp;
    (void)related_filespec;
    (void)user_success_procedure;
    (void)user_error_procedure;
    (void)user_confirm_procedure;
    (void)user_specified_argument;
    (void)file_scan_context;
    (void)flags;
    int st = SS$_NORMAL;
    std::string text;
    if (!read_spec(filespec, default_filespec, &text, &st, "LIB$DELETE_FILE filespec")) return static_cast<unsigned>(st);
    files::Spec s = spec_of(text);
    if (!s.ok) return RMS$_FNF;
    auto victims = files::matching(s);
    if (victims.empty()) return RMS$_FNF;
    for (const auto &v : victims) {
        if (!files::erase(s, v.second)) return SS$_NOPRIV;
        write_padded(resultant_name, resultant(s, v.second));
    }
    return SS$_NORMAL;
}

}  // extern "C"
