// OpenVMS back end: the frame of a request on the command mailbox. A mailbox
// has no connections, so each request names the client's own (temporary)
// reply mailbox (DESIGN.md 5, vms-services.md 3.4):
//   off size
//    0   4   "SVMB"
//    4   1   n, the length of the reply mailbox's device name (1..63)
//    5   n   the device name, "_MBAnnn:" as $GETDVI DVI$_DEVNAM gives it
//  5+n       the request (core/proto), unchanged
// The server answers only to a name of that form (a mailbox), and learns
// who sent the request from the read's IOSB (the sender's PID, which the
// system fills in), never from the frame.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sv::os::vms {

constexpr char kFrameSignature[] = "SVMB";
constexpr size_t kMaxDeviceName = 63;
constexpr size_t kFrameOverhead = 5 + kMaxDeviceName;

inline std::vector<uint8_t> frame(const std::string& reply_device, const std::vector<uint8_t>& request) {
    std::vector<uint8_t> out(kFrameSignature, kFrameSignature + 4);
    out.push_back(static_cast<uint8_t>(reply_device.size()));
    out.insert(out.end(), reply_device.begin(), reply_device.end());
    out.insert(out.end(), request.begin(), request.end());
    return out;
}

// A mailbox device name: "_MBA" or "MBA", digits, ":".
inline bool mailbox_device(const std::string& s) {
    size_t at = s.rfind("_MBA", 0) == 0 ? 4 : s.rfind("MBA", 0) == 0 ? 3 : std::string::npos;
    if (at == std::string::npos || s.size() < at + 2 || s.back() != ':') return false;
    for (size_t k = at; k + 1 < s.size(); ++k)
        if (s[k] < '0' || s[k] > '9') return false;
    return true;
}

inline bool unframe(const uint8_t* p, size_t n, std::string* reply_device, std::vector<uint8_t>* request) {
    if (n < 5 || std::string(reinterpret_cast<const char*>(p), 4) != kFrameSignature) return false;
    size_t len = p[4];
    if (len == 0 || len > kMaxDeviceName || n < 5 + len) return false;
    reply_device->assign(reinterpret_cast<const char*>(p + 5), len);
    if (!mailbox_device(*reply_device)) return false;
    request->assign(p + 5 + len, p + n);
    return true;
}

}  // namespace sv::os::vms
