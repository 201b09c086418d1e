// params.cpp: a simulated process's copy of the [U] parameters (common/params.h),
// read once from its environment (vmssimd's own copy is in d/main.cpp).
#include "../common/params.h"

namespace vmssim {

const Params &params() {
    static const Params p;
    return p;
}

}  // namespace vmssim
