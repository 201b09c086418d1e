// strict32_test: the simulator's strict-32 mode (not an OpenVMS behaviour, so not a
// conformance program). With VMSSIM_STRICT32=1 a heap buffer in a 32-bit descriptor
// gets SS$_ACCVIO and a diagnostic; a stack buffer or literal passes. Exit 0 = pass.
#include <cstdio>
#include <memory>
#include <string>

#include "../../conform/conform.h"

#include <lnmdef.h>

int main() {
    std::string heap(64, 'H');  // std::string data() on the heap: the porting bug
    heap.resize(20);
    auto tab = conform::dsc("LNM$PROCESS_TABLE");
    auto on_heap = conform::dsc(heap.data(), heap.size());
    char stack_name[] = "STRICT_OK";
    auto on_stack = conform::dsc(stack_name);
    char eqv[] = "X";
    ILE3 items[2] = {};
    items[0].ile3$w_length = 1;
    items[0].ile3$w_code = LNM$_STRING;
    items[0].ile3$ps_bufaddr = eqv;
    int heap_st = sys$crelnm(nullptr, &tab, &on_heap, nullptr, items);
    int stack_st = sys$crelnm(nullptr, &tab, &on_stack, nullptr, items);
    auto heap_items = std::make_unique<ILE3[]>(2);
    heap_items[0] = items[0];
    heap_items[1] = items[1];
    int list_st = sys$crelnm(nullptr, &tab, &on_stack, nullptr, heap_items.get());
    std::printf("heap name: %s\nstack name: %s\nheap item list: %s\n", conform::ss(heap_st),
                conform::ss(stack_st), conform::ss(list_st));
    return heap_st == SS$_ACCVIO && (stack_st & 1) && list_st == SS$_ACCVIO ? 0 : 1;
}
