// SUPERVISE on Linux: the command line is mapped onto an Action and sent.
#include <cstdio>
#include <cstring>
#include <string>

#include "client/client.h"
#include "client/command.h"

int main(int argc, char** argv) {
    return sv::client::main_entry(argc, argv);
}
