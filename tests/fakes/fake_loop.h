// A fake event loop (the os::EventLoop port) over FakeProcesses and a
// FakeClock. The test decides when the server turns: each run_once either
// reports what is ready (ends of watched processes in the order they died,
// queued requests, a deadline that has passed) or, when the test has given
// no turn, throws Pause, which leaves Server::run() between two turns (the
// server's state is in the object, so the next run() goes on where it was).
#pragma once
#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "fakes/fake_clock.h"
#include "fakes/fake_spawner.h"
#include "os/event_loop.h"

namespace sv::test {

class FakeLoop : public os::EventLoop, public os::CommandChannel {
public:
    struct Pause {};

    FakeLoop(std::shared_ptr<const FakeProcesses> procs, const FakeClock& clock)
        : procs_(std::move(procs)), clock_(clock) {}

    bool listen(const os::ChannelOptions& opts, std::string* error) override {
        if (!busy.empty()) return *error = busy, false;
        channel_name = opts.name;
        return true;
    }
    void close_channel() override { channel_name.clear(); }

    // A process is watched as the instance it is now (pid and creation time):
    // should its pid be taken by another process, the watch reports an end.
    bool watch(int64_t pid, bool own_child, std::string* error) override {
        const FakeProcess* p = procs_->find(pid);
        if (!p || (!p->alive && !own_child)) return *error = "no such process", false;
        watched_[pid] = {own_child, p->start_time};
        return true;
    }
    void forget(int64_t pid) override { watched_.erase(pid); }

    void send(uint64_t conn, const std::vector<std::vector<uint8_t>>& messages) override {
        if (gone_.count(conn)) {   // nobody reads there any more: the back end drops it
            dropped[conn] += messages.size();
            return;
        }
        auto& out = sent[conn];
        out.insert(out.end(), messages.begin(), messages.end());
    }
    void hang_up(uint64_t conn) override { closed.insert(conn); }
    os::CommandChannel& channel() override { return *this; }

    void run_once(int64_t deadline_ms, os::LoopSink& sink) override {
        deadline_ = deadline_ms;
        if (turns_ == 0) throw Pause{};
        --turns_;
        for (uint64_t conn : std::exchange(unreported_gone_, {})) sink.on_gone(conn);
        for (int64_t pid : ended())
            if (watched_.count(pid)) report_end(pid, sink);
        while (!requests_.empty()) {
            auto [conn, bytes] = std::move(requests_.front());
            requests_.pop_front();
            sink.on_request(conn, peer, bytes);
        }
        if (deadline_ms >= 0 && clock_.monotonic_ms() >= deadline_ms) sink.on_deadline();
    }

    // What the test drives.
    void give_turns(int n) { turns_ = n; }
    uint64_t queue_request(std::vector<uint8_t> bytes) {
        requests_.emplace_back(++last_conn_, std::move(bytes));
        return last_conn_;
    }
    // The client that sent on `conn` goes away. With connections (Linux) the
    // next turn reports it (on_gone); a connectionless channel (an OpenVMS
    // reply mailbox) never does. Either way later replies to it are dropped.
    void disconnect(uint64_t conn) {
        gone_.insert(conn);
        if (!connectionless) unreported_gone_.push_back(conn);
    }
    // The deadline the server gave its last run_once (-1: none).
    int64_t deadline() const { return deadline_; }
    // Whether a turn now would report anything.
    bool ready() const {
        return !ended().empty() || !requests_.empty() || !unreported_gone_.empty() ||
               (deadline_ >= 0 && clock_.monotonic_ms() >= deadline_);
    }
    // Pids watched and not yet reported ended.
    std::set<int64_t> watched() const {
        std::set<int64_t> out;
        for (const auto& kv : watched_) out.insert(kv.first);
        return out;
    }

    std::string busy;                  // when set, listen fails with this text
    std::string channel_name;          // listening on this, empty when closed
    os::Peer peer{"uid 0 pid 4242", false, true, false};   // who sends the queued requests (root)
    std::map<uint64_t, std::vector<std::vector<uint8_t>>> sent;   // replies by connection
    std::set<uint64_t> closed;
    std::map<uint64_t, size_t> dropped;   // replies sent to a client gone, by connection
    bool connectionless = false;          // OpenVMS-like: on_gone is never reported

private:
    struct Watch {
        bool own_child = false;
        uint64_t start_time = 0;
    };

    // Watched pids whose process has ended, in the order they ended.
    std::vector<int64_t> ended() const {
        std::vector<std::pair<uint64_t, int64_t>> out;
        for (const auto& [pid, w] : watched_) {
            const FakeProcess* p = procs_->find(pid);
            if (!p) continue;
            if (!p->alive) out.emplace_back(p->ended_seq, pid);
            else if (p->start_time != w.start_time) out.emplace_back(0, pid);   // pid reused
        }
        std::sort(out.begin(), out.end());
        std::vector<int64_t> pids;
        for (const auto& e : out) pids.push_back(e.second);
        return pids;
    }

    // An own child's status is known; an adopted process's only where the
    // system keeps it (FakeProcesses::keeps_status, OpenVMS-like).
    void report_end(int64_t pid, os::LoopSink& sink) {
        Watch w = watched_[pid];
        watched_.erase(pid);
        const FakeProcess* p = procs_->find(pid);
        bool same = p && p->start_time == w.start_time;
        bool known = w.own_child || procs_->keeps_status;
        sink.on_child_exit(pid, known && same ? p->status : ExitStatus::lost());
    }

    std::shared_ptr<const FakeProcesses> procs_;
    const FakeClock& clock_;
    std::map<int64_t, Watch> watched_;
    std::deque<std::pair<uint64_t, std::vector<uint8_t>>> requests_;
    std::set<uint64_t> gone_;
    std::vector<uint64_t> unreported_gone_;
    uint64_t last_conn_ = 0;
    int64_t deadline_ = -1;
    int turns_ = 0;
};

}  // namespace sv::test
