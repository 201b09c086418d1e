// Port: the command channel the server serves (Linux: a SOCK_SEQPACKET
// socket and its connections; OpenVMS: the mailbox SUPERVISORD_CMD, each
// request carrying the client's reply mailbox). Its events (requests, peers
// gone) arrive through the event loop's run_once (event_loop.h), which owns
// the waiting; this port is what the server does with the channel.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sv::os {

// Where a reply goes: an opaque token the back end gave with the request (a
// connection on Linux, the request's reply mailbox on OpenVMS). It means
// nothing to the server beyond "answer here".
using ReplyTo = uint64_t;

// Who sent a request, as the back end judged it (Linux: SO_PEERCRED; VMS:
// the sender PID from the IOSB, then $GETJPI for its UIC and privileges).
// The server serves a peer that is the same user, privileged, or granted.
struct Peer {
    std::string who;          // for the log: "uid 1000 pid 4242" / "[GRP,USER] PID 2040012C"
    bool same_user = false;   // the server's own user (uid / UIC)
    bool privileged = false;  // uid 0 / SYSPRV
    bool granted = false;     // neither, but the channel's configured access admits others
};

struct ChannelOptions {
    std::string name;                 // socket path / mailbox logical name
    // Who may use the channel, a string the back end interprets. The server
    // passes the configuration's [unix_http_server] chmod and chown as
    // supervisor writes them ("0660 www:adm"). Linux applies them to the
    // socket; OpenVMS makes the mailbox's protection mask from the group and
    // other write bits. Empty: the server's own user (and the privileged)
    // alone. Access beyond the owner makes the peers it admits `granted`.
    std::string access;
    size_t max_message = 4096;        // largest message in either direction
    // A connection that has not sent a complete request this long after it
    // was accepted is closed, so idle connections cannot pile up. The timer
    // is armed only while such connections exist: no wakeups otherwise.
    int64_t idle_timeout_ms = 10000;
    // Connections one peer that is neither the superuser nor the server's
    // own user (Linux: one uid; VMS: one UIC) may hold at once; more are
    // closed as soon as they are accepted. Such peers together never take
    // the last `reserved` places, so the server's owner can always connect.
    size_t per_peer_limit = 64;
    size_t reserved = 64;
};

class CommandChannel {
public:
    virtual ~CommandChannel() = default;
    // Creates the channel. Fails (with `error`) when another live server
    // answers on it; a stale one left by a dead server is replaced.
    virtual bool listen(const ChannelOptions& opts, std::string* error) = 0;
    // Removes the channel and forgets every peer.
    virtual void close_channel() = 0;
    // Sends reply messages to `to`, in order. A peer that does not read is
    // dropped rather than block the server; a token whose peer is gone is
    // ignored.
    virtual void send(ReplyTo to, const std::vector<std::vector<uint8_t>>& messages) = 0;
    // No more replies to `to` (Linux: closes the connection).
    virtual void hang_up(ReplyTo to) = 0;
};

}  // namespace sv::os
