// Port: the server's one loop, and the command channel it serves.
//
// Linux: epoll over one pidfd per watched process, a signalfd, the listening
// SOCK_SEQPACKET socket and its connections; the only timeouts are the
// deadline given to run_once (nearest FSM deadline) and, while a connection
// has yet to send its first request, that connection's idle timeout. OpenVMS: termination mailbox and
// command mailbox read by AST, $SETIMR for the deadline, $HIBER when idle.
// Nothing else wakes the server: zero wakeups while idle.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/process_state.h"

namespace sv::os {

// Who sent a request (SO_PEERCRED on Linux; IOSB sender PID + $GETJPI on VMS).
struct Peer {
    uint32_t uid = 0;
    uint32_t gid = 0;
    int64_t pid = 0;
};

enum class Signal : uint8_t { terminate, interrupt, hangup };

struct ChannelOptions {
    std::string path;                 // socket path / mailbox logical name
    unsigned mode = 0600;             // permission bits of the socket
    std::string owner;                // "user" or "user:group", empty: unchanged
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

// What the loop reports. Called from run_once only, never from a signal handler.
class LoopSink {
public:
    virtual ~LoopSink() = default;
    // A watched process ended. For a process that is not our child (adopted
    // after a server restart) the status is ExitStatus::lost().
    virtual void on_child_exit(int64_t pid, const ExitStatus& status) = 0;
    virtual void on_signal(Signal s) = 0;
    // One complete message from connection `conn`. Peer credentials are
    // checked by the sink (the loop only reports them).
    virtual void on_request(uint64_t conn, const Peer& peer, const std::vector<uint8_t>& message) = 0;
    // The connection went away (client closed it, or an I/O error).
    virtual void on_disconnect(uint64_t conn) { (void)conn; }
    // The deadline given to run_once was reached.
    virtual void on_deadline() = 0;
};

class EventLoop {
public:
    virtual ~EventLoop() = default;

    // Creates the command channel. Fails (with `error`) when another live
    // server answers on it; a stale socket file is replaced.
    virtual bool listen(const ChannelOptions& opts, std::string* error) = 0;
    // Removes the channel (socket file) and closes all connections.
    virtual void close_channel() = 0;

    // Watches a process. `own_child`: spawned by this server, so its exit
    // status can be collected; otherwise (adopted) only its end is seen.
    // Fails when the process no longer exists (the caller then treats it as
    // ended). A process is watched until it ends or forget() is called.
    virtual bool watch(int64_t pid, bool own_child, std::string* error) = 0;
    virtual void forget(int64_t pid) = 0;

    // Sends reply messages on a connection, in order. A connection whose peer
    // does not read is dropped rather than block the server.
    virtual void send(uint64_t conn, const std::vector<std::vector<uint8_t>>& messages) = 0;
    virtual void close(uint64_t conn) = 0;

    // Blocks until at least one event, then reports every ready event to
    // `sink`. `deadline_ms` is a monotonic time (os::Clock), -1 for none;
    // when it has passed, on_deadline is called.
    virtual void run_once(int64_t deadline_ms, LoopSink& sink) = 0;
};

// Blocks SIGTERM, SIGINT, SIGHUP (and SIGCHLD, SIGPIPE) for the process and
// routes them to the loop. Call before starting children.
std::unique_ptr<EventLoop> make_event_loop(std::string* error);

}  // namespace sv::os
