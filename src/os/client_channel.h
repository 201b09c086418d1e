// Port: the client's end of the command channel (SOCK_SEQPACKET socket on
// Linux, the SUPERVISORD_CMD mailbox plus a reply mailbox on OpenVMS).
// Message boundaries are kept: one send is one request, one receive one reply.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sv::os {

// How a receive ended.
enum class Received : uint8_t {
    message,     // one message is in `message`
    timed_out,   // nothing within the timeout (the server may be stopped)
    closed,      // the server closed the channel
    failed,      // an I/O error (`error` says which)
};

class ClientChannel {
public:
    virtual ~ClientChannel() = default;
    virtual bool send(const std::vector<uint8_t>& message, std::string* error) = 0;
    // One message; `timeout_ms` < 0 waits for ever.
    virtual Received receive_message(std::vector<uint8_t>& message, int64_t timeout_ms, std::string* error) = 0;
    // The same, true only when a message arrived.
    bool receive(std::vector<uint8_t>& message, int64_t timeout_ms, std::string* error) {
        return receive_message(message, timeout_ms, error) == Received::message;
    }
};

enum class OpenFailure : uint8_t {
    none,
    no_server,      // nothing at that path
    refused,        // a channel nobody serves (a server that has gone)
    not_permitted,  // the channel's protection keeps this caller out
    bad_path,       // the name cannot be a channel (e.g. longer than the system allows)
    other,
};

// Opens the channel to the server at `path`. On failure returns null, sets `why` and
// `error` (the system's text).
std::unique_ptr<ClientChannel> open_channel(const std::string& path, size_t max_message,
                                               OpenFailure* why, std::string* error);

}  // namespace sv::os
