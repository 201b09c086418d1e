// Port: where state-table entries live. Linux: a directory, one file per
// entry, replaced by write + fsync + rename (never torn), and an exclusive
// lock file naming its holder. OpenVMS: logical names in SUPERVISORD_TABLE.
// Entries are opaque bytes here; src/core/table encodes them, except for the
// two identity slots a SelfRecord stamps (core/table: Slots, stamp()).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/config.h"
#include "core/table.h"

namespace sv::os {

using Entries = std::vector<std::pair<std::string, std::vector<uint8_t>>>;

// The entry a new process writes for itself before its program runs (see
// docs/CRASH_SAFETY.md): the spawner calls write() in the new process, so a
// program never runs unless the table names it, however the server dies.
class SelfRecord {
public:
    virtual ~SelfRecord() = default;
    // Stamps pid and start time into the prepared entry and makes it the
    // table's entry. Runs in the child between clone and exec: no
    // allocation, system calls only. False (with errno set) on failure.
    virtual bool write(int64_t pid, uint64_t start_time) noexcept = 0;
};

class Store {
public:
    virtual ~Store() = default;
    // Takes the table for this server. Fails, naming the pid of the holder in
    // `error`, when another live server holds it. Held until destruction. A
    // process the server starts holds it too until its SelfRecord is written,
    // so the next server reads the table only after every entry of the last
    // one is in place; a dead holder blocks nobody beyond that.
    virtual bool lock(std::string* error) = 0;
    // Every entry: (key, bytes). False with `error` when the table cannot be
    // read whole: an unreadable table must never look empty (that would start
    // a second copy of every program).
    virtual bool read_all(Entries* out, std::string* error) = 0;
    virtual bool write(const std::string& key, const std::vector<uint8_t>& bytes, std::string* error) = 0;
    virtual bool remove(const std::string& key) = 0;
    // Whether an entry under `key` can be stored at all (e.g. the file name it
    // needs is not too long). False with the reason.
    virtual bool can_hold(const std::string& key, std::string* why) const = 0;
    // Prepares the entry a new process writes for itself (SelfRecord).
    virtual std::unique_ptr<SelfRecord> self_record(const std::string& key, std::vector<uint8_t> entry,
                                                    table::Slots slots) = 0;
    virtual std::string location() const = 0;
    // The configured programs, told before read_all. A back end that finds a
    // process by its name needs the account it runs under (OpenVMS: process
    // names are unique per UIC group, and another account may have its own
    // group). Others ignore it.
    virtual void configured(const std::vector<const ProgramSpec*>& /*programs*/) {}
};

// Opens (creating when needed, mode 0700) the table at `location`.
std::unique_ptr<Store> open_store(const std::string& location, std::string* error);

}  // namespace sv::os
