// cld_table.h: the layout of a command table made by cld2obj (the simulator's
// SET COMMAND/OBJECT). Internal to the simulator: a program only takes the
// table's address (extern "C" int SUPERVISE_CLD; cli$dcl_parse(..., &SUPERVISE_CLD, ...)).
#ifndef VMSSIM_CLD_TABLE_H
#define VMSSIM_CLD_TABLE_H
extern "C" {
struct vmssim_cld_routine {
    const char *name;   // ROUTINE name, upper case
    int (*fn)(...);
};
struct vmssim_cld_table {
    char magic[12];     // "VMSSIMCLD1"
    unsigned int length;
    const struct vmssim_cld_routine *routines;  // ends with {nullptr, nullptr}
    const char *text;   // the CLD source, `length` bytes
};
}
#define VMSSIM_CLD_MAGIC "VMSSIMCLD1"
#endif
