// Port: the server's one loop: it waits for processes to end, for the
// system's controls, for requests on the command channel (command_channel.h)
// and for the nearest deadline, and reports them one at a time.
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
#include "os/command_channel.h"

namespace sv::os {

// What the system asks of the server, in the server's terms. Linux: SIGTERM
// and SIGINT ask for shutdown, SIGHUP for reload; OpenVMS: a $FORCEX or a
// request on the command mailbox (a detached server gets no signals).
enum class Control : uint8_t { shutdown, reload };

// What the loop reports. Called from run_once only, never from a signal handler.
class LoopSink {
public:
    virtual ~LoopSink() = default;
    // A watched process ended. For a process that is not our child (adopted
    // after a server restart) the status is ExitStatus::lost().
    virtual void on_child_exit(int64_t pid, const ExitStatus& status) = 0;
    // `cause` names what asked, for the log ("SIGTERM", "$FORCEX").
    virtual void on_control(Control c, const std::string& cause) = 0;
    // One complete request; replies go to `from`. The sink decides whether
    // the peer may (the loop only reports who it is).
    virtual void on_request(ReplyTo from, const Peer& peer, const std::vector<uint8_t>& message) = 0;
    // Replies to `to` can no longer be delivered (Linux: the client closed
    // its connection). Optional: a connectionless back end never reports it.
    virtual void on_gone(ReplyTo to) { (void)to; }
    // The deadline given to run_once was reached.
    virtual void on_deadline() = 0;
};

class EventLoop {
public:
    virtual ~EventLoop() = default;

    // The command channel whose requests this loop reports.
    virtual CommandChannel& channel() = 0;

    // Watches a process. `own_child`: started by this server, so its exit
    // status is delivered; otherwise (adopted) only its end is seen, unless
    // the system kept the status (VMS: the termination mailbox).
    // Fails when the process no longer exists (the caller then treats it as
    // ended). A process is watched until it ends or forget() is called.
    virtual bool watch(int64_t pid, bool own_child, std::string* error) = 0;
    virtual void forget(int64_t pid) = 0;

    // Blocks until at least one event, then reports every ready event to
    // `sink`. `deadline_ms` is a monotonic time (os::Clock), -1 for none;
    // when it has passed, on_deadline is called.
    virtual void run_once(int64_t deadline_ms, LoopSink& sink) = 0;
};

// Makes the loop and its command channel; takes over how the system asks the
// server to stop or reload (Linux: blocks SIGTERM, SIGINT, SIGHUP, SIGCHLD,
// SIGPIPE and reads them from a signalfd). Call before starting children.
std::unique_ptr<EventLoop> make_event_loop(std::string* error);

}  // namespace sv::os
