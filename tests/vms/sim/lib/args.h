// args.h: reading service arguments: descriptors (32- and 64-bit forms), ILE3 item
// lists, and the strict-32 check (VMSSIM_STRICT32=1).
//
// Strict-32: where OpenVMS takes a 32-bit address (classic descriptor and its
// pointer, ILE3 entries and their buffers, $CREPRC's arguments), an address is
// accepted only if it lies in the calling thread's stack or in the executable's
// static data (string literals included). Heap addresses are refused with
// SS$_ACCVIO and a line on stderr: under VSI C++ the heap is above 4 GB [M], so
// that is where std::string::data() in a descriptor fails on OpenVMS. Whether x86
// stacks and image data are always 32-bit addressable there is [U].
#ifndef VMSSIM_ARGS_H
#define VMSSIM_ARGS_H

#include <cstdint>
#include <string>
#include <vector>

namespace vmssim {

bool addr32_ok(const void *p, const char *what);
// Reads a string descriptor; false (status in *st) if unreadable. Null -> "".
bool read_dsc(const void *dsc, std::string *out, int *st, const char *what);
// Writes into an output descriptor (truncating); returns the length written.
std::size_t write_dsc(void *dsc, const std::string &s);

struct Item {
    std::uint16_t len, code;
    void *buf;
    std::uint16_t *retlen;
};
// Reads an ILE3 list up to its terminator (at most 256 entries).
bool read_items(const void *itmlst, std::vector<Item> *out, int *st);
// Copies n bytes into an item buffer (truncated to its length) and sets retlen.
void put_item(const Item &it, const void *src, std::size_t n);

}  // namespace vmssim
#endif
