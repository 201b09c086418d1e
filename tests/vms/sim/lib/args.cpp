// args.cpp: descriptors, item lists and the strict-32 check.
#include "args.h"

#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "../../include/descrip.h"
#include "../../include/iledef.h"
#include "../../include/ssdef.h"

extern "C" char __executable_start;
extern "C" char _end;

namespace vmssim {
namespace {

bool strict() {
    static const bool on = [] {
        const char *v = std::getenv("VMSSIM_STRICT32");
        return v && *v == '1';
    }();
    return on;
}

bool on_my_stack(const void *p) {
    thread_local std::uintptr_t lo = 0, hi = 0;
    if (hi == 0) {
        pthread_attr_t a;
        void *base = nullptr;
        std::size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &a) == 0) {
            pthread_attr_getstack(&a, &base, &size);
            pthread_attr_destroy(&a);
        }
        lo = reinterpret_cast<std::uintptr_t>(base);
        hi = lo + size;
    }
    auto v = reinterpret_cast<std::uintptr_t>(p);
    return v >= lo && v < hi;
}

}  // namespace

bool addr32_ok(const void *p, const char *what) {
    if (!p || !strict()) return true;
    auto v = reinterpret_cast<std::uintptr_t>(p);
    if (v < 0x100000000ULL || on_my_stack(p)) return true;
    if (v >= reinterpret_cast<std::uintptr_t>(&__executable_start) &&
        v < reinterpret_cast<std::uintptr_t>(&_end))
        return true;
    std::fprintf(stderr,
                 "vmssim: strict-32: %s at %p is not 32-bit addressable on OpenVMS "
                 "(heap memory? use a stack or static buffer) -> SS$_ACCVIO\n",
                 what, p);
    return false;
}

bool read_dsc(const void *dsc, std::string *out, int *st, const char *what) {
    out->clear();
    if (!dsc) return true;
    const auto *d64 = static_cast<const dsc64$descriptor_s *>(dsc);
    if (d64->dsc64$w_mbo == 1 && d64->dsc64$l_mbmo == -1) {  // 64-bit form: no 32-bit limit
        if (d64->dsc64$q_length > 0xFFFF) { *st = SS$_BADPARAM; return false; }
        out->assign(d64->dsc64$pq_pointer, static_cast<std::size_t>(d64->dsc64$q_length));
        return true;
    }
    const auto *d = static_cast<const dsc$descriptor_s *>(dsc);
    if (!addr32_ok(d, what) || !addr32_ok(d->dsc$a_pointer, what)) {
        *st = SS$_ACCVIO;
        return false;
    }
    if (d->dsc$w_length && !d->dsc$a_pointer) { *st = SS$_ACCVIO; return false; }
    out->assign(d->dsc$a_pointer, d->dsc$w_length);
    return true;
}

std::size_t write_dsc(void *dsc, const std::string &s) {
    if (!dsc) return 0;
    auto *d = static_cast<dsc$descriptor_s *>(dsc);
    std::size_t n = s.size() < d->dsc$w_length ? s.size() : d->dsc$w_length;
    if (n) std::memcpy(d->dsc$a_pointer, s.data(), n);
    return n;
}

bool read_items(const void *itmlst, std::vector<Item> *out, int *st) {
    out->clear();
    if (!itmlst) return true;
    const auto *e = static_cast<const ILE3 *>(itmlst);
    for (int i = 0; i < 256; ++i, ++e) {
        if (!addr32_ok(e, "item list entry")) { *st = SS$_ACCVIO; return false; }
        if (e->ile3$w_code == 0 && e->ile3$w_length == 0) return true;
        if (!addr32_ok(e->ile3$ps_bufaddr, "item buffer") ||
            !addr32_ok(e->ile3$ps_retlen_addr, "item return length")) {
            *st = SS$_ACCVIO;
            return false;
        }
        out->push_back({e->ile3$w_length, e->ile3$w_code, e->ile3$ps_bufaddr, e->ile3$ps_retlen_addr});
    }
    *st = SS$_BADPARAM;
    return false;
}

void put_item(const Item &it, const void *src, std::size_t n) {
    std::size_t k = n < it.len ? n : it.len;
    if (k && it.buf) std::memcpy(it.buf, src, k);
    if (it.retlen) *it.retlen = static_cast<std::uint16_t>(k);
}

}  // namespace vmssim
