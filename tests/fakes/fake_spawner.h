// Fake process control: a process table that outlives any one server (as the
// system's does when supervisord is killed), and a spawner over it that
// implements the os::Spawner port. Nothing runs: a "process" is a record that
// lives until a test or a stop ends it.
#pragma once
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "fakes/kill_point.h"
#include "os/spawner.h"

namespace sv::test {

struct FakeProcess {
    int64_t pid = 0;
    uint64_t start_time = 0;
    std::string name;                  // process name it was spawned for; empty: not ours
    std::vector<std::string> argv;     // the command it runs
    bool alive = true;
    ExitStatus status;                 // how it ended
    uint64_t ended_seq = 0;            // order of deaths (the loop reports them in order)
    std::vector<std::string> signals;  // every signal sent to it ("TERM", "KILL")
};

// The system's process table.
class FakeProcesses {
public:
    std::map<int64_t, FakeProcess> all;
    std::set<std::string> stubborn;               // names whose processes ignore a polite stop
    std::map<std::string, std::string> refuse;    // name -> spawn error ("can't find command 'x'")
    std::set<std::string> missing;                // names in `refuse` whose command does not exist
    KillPoint kill_after_spawn;    // the server dies once a new process has recorded itself
    KillPoint kill_after_signal;   // the server dies just after sending a signal
    // OpenVMS-like: the exit status of a process that was not ours to reap is
    // known (the permanent termination mailbox kept it while no server ran);
    // Linux-like: it is lost.
    bool keeps_status = false;
    // Linux-like: SIGNAL delivers signals; OpenVMS-like: the system has none,
    // so the spawner knows no signal name and refuses (stops are $FORCEX and
    // $DELPRC there, still recorded as "TERM" and "KILL" below).
    bool has_signals = true;

    // A new live process; its pid and creation time are never reused here
    // (except by make_stranger).
    FakeProcess& create(const std::string& name, std::vector<std::string> argv) {
        FakeProcess p;
        p.pid = next_pid_++;
        p.start_time = next_start_++;
        p.name = name;
        p.argv = std::move(argv);
        return all[p.pid] = std::move(p);
    }

    // The process ends (on its own, or killed by somebody else).
    void end(int64_t pid, const ExitStatus& status) {
        auto it = all.find(pid);
        if (it == all.end() || !it->second.alive) return;
        it->second.alive = false;
        it->second.status = status;
        it->second.ended_seq = ++deaths_;
    }

    // The pid of our process is taken by an unrelated process (pid reuse):
    // ours ended unseen, the stranger has another creation time.
    void make_stranger(int64_t pid) {
        end(pid, ExitStatus::signaled(9));
        FakeProcess& p = all[pid];
        p.alive = true;
        p.name.clear();
        p.start_time = next_start_++;
        p.signals.clear();
    }

    std::optional<uint64_t> start_time(int64_t pid) const {
        auto it = all.find(pid);
        if (it == all.end() || !it->second.alive) return std::nullopt;
        return it->second.start_time;
    }

    const FakeProcess* find(int64_t pid) const {
        auto it = all.find(pid);
        return it == all.end() ? nullptr : &it->second;
    }

    // Live processes of ours (strangers excluded).
    std::vector<const FakeProcess*> alive() const {
        std::vector<const FakeProcess*> out;
        for (const auto& kv : all)
            if (kv.second.alive && !kv.second.name.empty()) out.push_back(&kv.second);
        return out;
    }
    std::vector<int64_t> alive_pids(const std::string& name) const {
        std::vector<int64_t> out;
        for (const auto* p : alive())
            if (p->name == name) out.push_back(p->pid);
        return out;
    }
    // Every process ever spawned for `name` (strangers and failed spawns excluded).
    size_t spawned(const std::string& name) const { return spawn_log.count(name) ? spawn_log.at(name) : 0; }

    std::map<std::string, size_t> spawn_log;   // name -> successful spawns
    std::vector<std::string> order;            // names in spawn order
    std::vector<std::string> cleared;          // names in CLEAR order (clear_output calls)
    std::map<std::string, std::string> refuse_clear;   // name -> clear_output error

private:
    int64_t next_pid_ = 100;
    uint64_t next_start_ = 50000;
    uint64_t deaths_ = 0;
};

// Signal numbers the fake reports in exit statuses (Linux numbering, only as
// values: os::describe_exit names them in log texts).
inline int64_t fake_signal_number(const std::string& name) {
    if (name == "KILL") return 9;
    if (name == "INT") return 2;
    if (name == "HUP") return 1;
    if (name == "QUIT") return 3;
    return 15;
}

class FakeSpawner : public os::Spawner {
public:
    explicit FakeSpawner(std::shared_ptr<FakeProcesses> procs) : procs_(std::move(procs)) {}

    // Like the Linux spawner: the new process records itself before its
    // program runs, and a failed record is a failed spawn (nothing runs).
    os::SpawnResult spawn(const ProgramSpec& spec, os::SelfRecord* record) override {
        os::SpawnResult r;
        auto refused = procs_->refuse.find(spec.name);
        if (refused != procs_->refuse.end()) {
            r.error = refused->second;
            if (procs_->missing.count(spec.name)) r.failure = os::SpawnFailure::not_found;
            return r;
        }
        FakeProcess& p = procs_->create(spec.name, spec.argv);
        if (record && !record->write(p.pid, p.start_time)) {
            r.error = "couldn't record the process in the table: " + std::string(std::strerror(errno));
            procs_->end(p.pid, ExitStatus::exited(127));
            p.name.clear();   // it never ran the program
            return r;
        }
        ++procs_->spawn_log[spec.name];
        procs_->order.push_back(spec.name);
        r.ok = true;
        r.pid = p.pid;
        r.start_time = p.start_time;
        procs_->kill_after_spawn.passed();
        return r;
    }

    // A polite stop ends the process unless its name is stubborn; KILL always.
    // Every signal is kept in the process's record. A process whose
    // creation time differs (a reused pid) is not ours and gets nothing,
    // as with the Linux back end.
    bool stop(const os::ProcessRef& ref, os::StopHow how, const ProgramSpec& spec, std::string*) override {
        std::string name = how == os::StopHow::force ? "KILL" : spec.stopsignal.empty() ? "TERM" : spec.stopsignal;
        deliver(ref, name);
        return true;
    }

    bool signal(const os::ProcessRef& ref, const std::string& name, std::string* error) override {
        if (!procs_->has_signals) return *error = "OpenVMS has no signal " + name, false;
        deliver(ref, name);
        return true;
    }

    bool signal_known(const std::string& name) const override {
        if (!procs_->has_signals) return false;
        return name == "TERM" || name == "KILL" || name == "HUP" || name == "INT" || name == "QUIT" ||
               name == "USR1" || name == "USR2";
    }

    os::Probe probe(const os::ProcessRef& ref) override {
        os::Probe r;
        const FakeProcess* p = procs_->find(ref.pid);
        bool same = p && p->start_time == ref.created;
        if (same && p->alive) r.kind = os::Probe::Kind::alive;
        else if (same && procs_->keeps_status) r.kind = os::Probe::Kind::ended, r.status = p->status;
        return r;
    }

    // Records each CLEAR (the program's name); a name in `refuse_clear`
    // fails with its reason.
    bool clear_output(const ProgramSpec& spec, std::string* error) override {
        procs_->cleared.push_back(spec.name);
        auto refused = procs_->refuse_clear.find(spec.name);
        if (refused == procs_->refuse_clear.end()) return true;
        return *error = refused->second, false;
    }

private:
    void deliver(const os::ProcessRef& ref, const std::string& signame) {
        auto it = procs_->all.find(ref.pid);
        if (it == procs_->all.end() || !it->second.alive || it->second.start_time != ref.created) return;
        it->second.signals.push_back(signame);
        bool polite = signame != "KILL";
        if (!polite || !procs_->stubborn.count(it->second.name))
            procs_->end(ref.pid, ExitStatus::signaled(fake_signal_number(signame)));
        procs_->kill_after_signal.passed();
    }

    std::shared_ptr<FakeProcesses> procs_;
};

}  // namespace sv::test
