// lnm.cpp: $CRELNT, $CRELNM, $TRNLNM, $DELLNM (marshalling; the tables live in the
// broker).
#include <cstring>

#include "../../include/lnmdef.h"
#include "../../include/psldef.h"
#include "../../include/ssdef.h"
#include "../../include/starlet.h"
#include "args.h"
#include "runtime.h"

using namespace vmssim;

namespace {
std::uint8_t mode_of(const unsigned char *acmode) { return acmode ? *acmode : PSL$C_USER; }
}  // namespace

extern "C" {

int sys$crelnt(unsigned int *attr, void *resnam, unsigned short int *reslen, unsigned int *quota,
               unsigned short int *promsk, void *tabnam, void *partab, unsigned char *acmode) {
    ServicePoint sp;
    (void)promsk;  // protection is not simulated
    int st = SS$_NORMAL;
    std::string tab, par;
    if (!read_dsc(tabnam, &tab, &st, "$CRELNT tabnam") || !read_dsc(partab, &par, &st, "$CRELNT partab"))
        return st;
    if (!partab) return SS$_INSFARG;
    Reply r = Runtime::get().call(kCrelnt, [&](Writer &w) {
        w.u32(attr ? *attr : 0).u32(quota ? *quota : 0).u8(mode_of(acmode)).str(tab).str(par);
    });
    if (r.status & 1) {
        Reader rd(r.body.data(), r.body.size());
        std::size_t n = write_dsc(resnam, rd.str());
        if (reslen) *reslen = static_cast<unsigned short>(n);
    }
    return r.status;
}

int sys$crelnm(unsigned int *attr, void *tabnam, void *lognam, unsigned char *acmode, void *itmlst) {
    ServicePoint sp;
    int st = SS$_NORMAL;
    std::string tab, name;
    std::vector<Item> items;
    if (!read_dsc(tabnam, &tab, &st, "$CRELNM tabnam") || !read_dsc(lognam, &name, &st, "$CRELNM lognam") ||
        !read_items(itmlst, &items, &st))
        return st;
    std::vector<std::string> eqv;
    for (const Item &it : items) {
        if (it.code == LNM$_STRING) eqv.emplace_back(static_cast<const char *>(it.buf), it.len);
        else if (it.code != LNM$_ATTRIBUTES) return SS$_BADPARAM;  // per-index attributes ignored
    }
    return Runtime::get().call(kCrelnm, [&](Writer &w) {
        w.u32(attr ? *attr : 0).u8(mode_of(acmode)).str(tab).str(name).u32(static_cast<std::uint32_t>(eqv.size()));
        for (const auto &e : eqv) w.str(e);
    }).status;
}

int sys$trnlnm(unsigned int *attr, void *tabnam, void *lognam, unsigned char *acmode, void *itmlst) {
    ServicePoint sp;
    int st = SS$_NORMAL;
    std::string tab, name;
    std::vector<Item> items;
    if (!read_dsc(tabnam, &tab, &st, "$TRNLNM tabnam") || !read_dsc(lognam, &name, &st, "$TRNLNM lognam") ||
        !read_items(itmlst, &items, &st))
        return st;
    Reply r = Runtime::get().call(kTrnlnm, [&](Writer &w) {
        w.u32(attr ? *attr : 0).u8(mode_of(acmode)).str(tab).str(name);
    });
    if (!(r.status & 1)) return r.status;
    Reader rd(r.body.data(), r.body.size());
    std::string table = rd.str();
    std::uint8_t mode = rd.u8();
    std::uint32_t nattr = rd.u32(), n = rd.u32();
    std::vector<std::string> eqv;
    for (std::uint32_t i = 0; i < n && i < 128 && !rd.bad(); ++i) eqv.push_back(rd.str());
    std::uint32_t index = 0;
    for (const Item &it : items) {
        std::uint32_t v;
        bool have = index < eqv.size();
        switch (it.code) {
        case LNM$_INDEX: std::memcpy(&index, it.buf, sizeof index); continue;
        case LNM$_STRING: put_item(it, have ? eqv[index].data() : "", have ? eqv[index].size() : 0); continue;
        case LNM$_LENGTH: v = have ? static_cast<std::uint32_t>(eqv[index].size()) : 0; break;
        case LNM$_MAX_INDEX: v = static_cast<std::uint32_t>(eqv.size() - 1); break;
        case LNM$_ATTRIBUTES: v = have ? (nattr | LNM$M_EXISTS) : 0; break;
        case LNM$_ACMODE: put_item(it, &mode, 1); continue;
        case LNM$_TABLE: put_item(it, table.data(), table.size()); continue;
        default: return SS$_BADPARAM;
        }
        put_item(it, &v, sizeof v);
    }
    return SS$_NORMAL;
}

int sys$dellnm(void *tabnam, void *lognam, unsigned char *acmode) {
    ServicePoint sp;
    int st = SS$_NORMAL;
    std::string tab, name;
    if (!read_dsc(tabnam, &tab, &st, "$DELLNM tabnam") || !read_dsc(lognam, &name, &st, "$DELLNM lognam"))
        return st;
    return Runtime::get().call(kDellnm, [&](Writer &w) { w.u8(mode_of(acmode)).str(tab).str(name); }).status;
}

}  // extern "C"
