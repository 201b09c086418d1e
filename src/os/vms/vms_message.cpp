// SUPERVISE's messages written by $PUTMSG (vms-services.md 7; HELP $PUTMSG):
// one message vector per message, the condition of the message object
// MESSAGE made from msg/supervise.msg and its FAO arguments, written as
// "%SUPERVISE-E-IDENT, text" with the process's message flags (SET MESSAGE).
// The action routine writes the line where the client writes (standard
// output, standard error or the /OUTPUT file) and returns 0, so that $PUTMSG
// does not also write it to SYS$OUTPUT and SYS$ERROR [D: "If the low-order bit
// is cleared, the message will not be written"].
//
// The vector (anchor: GT.M/YottaDB sr_vvms la_fputmsgu.c [C]): a longword with
// the number of longwords that follow (bits 0-15) and the default flags (bits
// 16-19, 0 = the process's); the condition value; for a facility of our own, a
// longword with the FAO count (bits 0-15) and new flags (bits 16-19, 0 = keep);
// the FAO arguments: a number by value, a string (!AS) by the address of its
// descriptor. Those addresses must be 32-bit: each longword is a __void_ptr32
// (4 bytes on OpenVMS, from <far_pointers.h>; pointer-sized in the simulator),
// and the descriptors and their text live on the stack (vms_util.h).
#include <cstdio>
#include <string>
#include <variant>
#include <vector>

#include "os/command_line.h"
#include "os/vms/vms_util.h"

#include <far_pointers.h>

namespace sv::os {

namespace {

using Longword = __void_ptr32;

Longword longword(uint32_t v) { return reinterpret_cast<Longword>(static_cast<uintptr_t>(v)); }

// The action routine: the formatted line, then the actprm given to $PUTMSG.
int write_line(dsc$descriptor_s* line, unsigned __int64 file) {
    std::FILE* out = reinterpret_cast<std::FILE*>(static_cast<uintptr_t>(file));
    std::fwrite(line->dsc$a_pointer, 1, line->dsc$w_length, out);
    std::fputc('\n', out);
    std::fflush(out);
    return 0;   // written here: $PUTMSG writes nothing itself
}

}  // namespace

void put_message(std::FILE* out, uint32_t code, const std::vector<msg::Arg>& args) {
    constexpr size_t kMaxArgs = 8;            // SUPERVISE's messages take at most 3
    if (args.size() > kMaxArgs) return void(std::fprintf(out, "%s\n", condition_text(code, args).c_str()));
    char text[kMaxArgs][256];
    dsc$descriptor_s strings[kMaxArgs];
    Longword vector[3 + kMaxArgs];
    size_t n = 0;
    uint32_t facility = (code >> 16) & 0xFFF;
    vector[n++] = nullptr;                    // filled in below
    vector[n++] = longword(code);
    if (facility > 1) vector[n++] = longword(static_cast<uint32_t>(args.size()));   // new flags 0: keep
    for (size_t k = 0; k < args.size(); ++k) {
        if (const auto* s = std::get_if<std::string>(&args[k])) {
            size_t len = s->size() < sizeof text[k] ? s->size() : sizeof text[k];
            s->copy(text[k], len);
            strings[k].dsc$w_length = static_cast<unsigned short>(len);
            strings[k].dsc$b_dtype = DSC$K_DTYPE_T;
            strings[k].dsc$b_class = DSC$K_CLASS_S;
            strings[k].dsc$a_pointer = text[k];
            vector[n++] = &strings[k];
        } else {
            vector[n++] = longword(static_cast<uint32_t>(std::get<int64_t>(args[k])));
        }
    }
    vector[0] = longword(static_cast<uint32_t>(n - 1));   // default flags 0: the process's
    unsigned int st = sys$putmsg(vector, reinterpret_cast<int (*)(...)>(&write_line), nullptr,
                                 static_cast<unsigned __int64>(reinterpret_cast<uintptr_t>(out)));
    // Never lose a message: if the system refused, the text as $GETMSG gives it.
    if (!vms::ok(st)) std::fprintf(out, "%s\n", condition_text(code, args).c_str());
}

}  // namespace sv::os
