// An in-memory state table (the os::Store port), shared by the servers of one
// test the way a table directory outlives a killed supervisord, with
// injectable failures (a full disk, no descriptors left) and a lock the
// store's destruction releases (the kernel drops a dead server's lock).
#pragma once
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/table.h"
#include "fakes/kill_point.h"
#include "os/store.h"

namespace sv::test {

// Failures to inject: an errno value (ENOSPC, EMFILE, ...), 0 for none.
struct StoreFaults {
    int write = 0;         // Store::write fails
    int self_record = 0;   // SelfRecord::write fails (the new process cannot record itself)
    int read_all = 0;      // the table cannot be read whole
};

struct MemoryTable {
    std::map<std::string, std::vector<uint8_t>> entries;
    StoreFaults faults;
    int holder = 0;        // the store holding the lock, 0: none
    size_t max_key = 255;  // can_hold refuses longer keys
    KillPoint kill_after_write;   // the server dies just after a Store::write
    std::map<std::string, size_t> writes;   // Store::write calls by key (self records not counted)

    std::optional<table::ProcessEntry> process(const std::string& name) const {
        auto it = entries.find("p:" + name);
        table::ProcessEntry e;
        if (it == entries.end() || table::decode(it->second.data(), it->second.size(), e) != table::Decode::ok)
            return std::nullopt;
        return e;
    }
    std::optional<table::ServerEntry> server() const {
        auto it = entries.find("s:server");
        table::ServerEntry e;
        if (it == entries.end() || table::decode(it->second.data(), it->second.size(), e) != table::Decode::ok)
            return std::nullopt;
        return e;
    }
};

class MemorySelfRecord : public os::SelfRecord {
public:
    MemorySelfRecord(std::shared_ptr<MemoryTable> t, std::string key, std::vector<uint8_t> entry, table::Slots slots)
        : t_(std::move(t)), key_(std::move(key)), entry_(std::move(entry)), slots_(slots) {}
    bool write(int64_t pid, uint64_t start_time) noexcept override {
        if (t_->faults.self_record) return errno = t_->faults.self_record, false;
        table::stamp(entry_.data(), entry_.size(), slots_, pid, start_time);
        t_->entries[key_] = entry_;
        return true;
    }

private:
    std::shared_ptr<MemoryTable> t_;
    std::string key_;
    std::vector<uint8_t> entry_;
    table::Slots slots_;
};

class MemoryStore : public os::Store {
public:
    explicit MemoryStore(std::shared_ptr<MemoryTable> t) : t_(std::move(t)), id_(++count()) {}
    ~MemoryStore() override {
        if (t_->holder == id_) t_->holder = 0;
    }

    bool lock(std::string* error) override {
        if (t_->holder != 0 && t_->holder != id_)
            return *error = "table memory is locked by server " + std::to_string(t_->holder), false;
        t_->holder = id_;
        return true;
    }
    bool read_all(os::Entries* out, std::string* error) override {
        if (t_->faults.read_all)
            return *error = "cannot list the table memory: " + std::string(std::strerror(t_->faults.read_all)), false;
        out->assign(t_->entries.begin(), t_->entries.end());
        return true;
    }
    bool write(const std::string& key, const std::vector<uint8_t>& bytes, std::string* error) override {
        if (t_->faults.write)
            return *error = "cannot write memory/" + key + ": " + std::strerror(t_->faults.write), false;
        t_->entries[key] = bytes;
        ++t_->writes[key];
        t_->kill_after_write.passed();
        return true;
    }
    bool remove(const std::string& key) override {
        t_->entries.erase(key);
        return true;   // an absent entry is removed already (the contract)
    }
    bool can_hold(const std::string& key, std::string* why) const override {
        if (key.size() <= t_->max_key) return true;
        return *why = "name too long for the table", false;
    }
    std::unique_ptr<os::SelfRecord> self_record(const std::string& key, std::vector<uint8_t> entry,
                                                table::Slots slots) override {
        return std::make_unique<MemorySelfRecord>(t_, key, std::move(entry), slots);
    }
    std::string location() const override { return "memory"; }

private:
    static int& count() {
        static int n = 0;
        return n;
    }
    std::shared_ptr<MemoryTable> t_;
    int id_;
};

}  // namespace sv::test
