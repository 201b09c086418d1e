// Port: the client's end of the command channel (SOCK_SEQPACKET socket on
// Linux, the SUPERVISORD_CMD mailbox plus a reply mailbox on OpenVMS).
// Message boundaries are kept: one send is one request, one receive one reply.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sv::os {

class ClientChannel {
public:
    virtual ~ClientChannel() = default;
    virtual bool send(const std::vector<uint8_t>& message, std::string* error) = 0;
    // One message; `timeout_ms` < 0 waits for ever. False on timeout (error
    // "timed out"), on a closed channel or an I/O error.
    virtual bool receive(std::vector<uint8_t>& message, int64_t timeout_ms, std::string* error) = 0;
};

enum class ConnectFailure : uint8_t { none, no_server, refused, other };

// Connects to the server at `path`. On failure returns null, sets `why`
// (no_server: nothing at that path; refused: a socket nobody serves, or no
// permission) and `error` (the system's text).
std::unique_ptr<ClientChannel> connect_channel(const std::string& path, size_t max_message,
                                               ConnectFailure* why, std::string* error);

}  // namespace sv::os
