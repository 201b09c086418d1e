// The state table on OpenVMS: logical names in a shareable logical-name
// table (SUPERVISORD_TABLE by default), created under LNM$SYSTEM_DIRECTORY
// so that it outlives the server (vms-services.md 5: $CRELNT, $CRELNM,
// $TRNLNM, $DELLNM; anchors: NEWSRDR and OSU httpd $TRNLNM loops).
//
// LAYOUT of the table:
//   INDEX, INDEX_1 .. INDEX_15   the names of the entries (no service lists
//                          the names of a table, 5), comma-separated, up to
//                          128 equivalence strings of 255 bytes each per
//                          index name.
//   <encoded key>          one entry: the bytes of core/table in upper-case
//                          hex, cut into equivalence strings of 254
//                          characters (an entry is at most 1024 bytes: 2048
//                          hex digits, 9 strings). Hex, not raw bytes: an
//                          equivalence string of arbitrary bytes is not
//                          something we could confirm (vms-services.md 11),
//                          and hex reads in SHOW LOGICAL.
//   LOCK                   the PID and login time (hex) of the server that
//                          holds the table.
//   TERMINATION_MAILBOX    the device of the permanent termination mailbox
//                          (vms_termination.cpp).
//   ENDED                  ends read from that mailbox and not yet recorded
//                          in an entry (vms_termination.cpp).
// Key encoding: [A-Za-z0-9_] stand for themselves, every other byte is "$XX"
// ("p:web" is "p$3Aweb"), so no entry name can be INDEX, LOCK, ENDED or
// TERMINATION_MAILBOX (each key contains "$3A").
//
// Never torn: one $CRELNM replaces every equivalence string of a name at
// once (SS$_SUPERSEDE). Order: a new key enters the index before its entry is
// written, and leaves it after its entry is deleted, so the index is always a
// superset of the entries (a name in the index without an entry is skipped).
//
// Rule 1 on VMS (docs/CRASH_SAFETY.md, src/os/PORTING.md): the spawner writes
// the entry (STARTING, the process name, no PID) before $CREPRC, then again
// with the PID. An entry the last server left with no PID is resolved here by
// its process name (names are unique in a UIC group, 1.2; another account's
// program is looked for in its own group, find_process in vms_util.h): found,
// the PID and login time are filled in; not found, the process never ran or
// has ended: the entry becomes BACKOFF, so the next server starts it again.
//
// The lock: the LOCK name naming a live process (PID and login time
// compared) refuses a second server; a dead holder blocks nobody.
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/table.h"
#include "os/store.h"
#include "os/vms/vms_termination.h"
#include "os/vms/vms_util.h"

#include <psldef.h>

namespace sv::os {

namespace {

using namespace vms;

constexpr const char* kIndex = "INDEX";
constexpr int kIndexNames = 16;
constexpr const char* kLock = "LOCK";
constexpr size_t kChunk = 254;
constexpr unsigned int kTableQuota = 4u * 1024 * 1024;   // bytes ([U] exact charge, 5)

std::string encode_key(const std::string& key) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : key) {
        bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '$';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

bool decode_key(const std::string& name, std::string* key) {
    key->clear();
    for (size_t k = 0; k < name.size(); ++k) {
        if (name[k] != '$') {
            *key += name[k];
            continue;
        }
        std::string byte;
        if (k + 2 >= name.size() || !from_hex(name.substr(k + 1, 2), &byte)) return false;
        *key += byte;
        k += 2;
    }
    return true;
}

std::string index_name(int k) { return k == 0 ? std::string(kIndex) : std::string(kIndex) + "_" + std::to_string(k); }

std::string last_error;   // why the last self record failed (SelfRecord reports only a bool)

class LnmStore;

class LnmSelfRecord : public SelfRecord {
public:
    LnmSelfRecord(LnmStore* store, std::string key, std::vector<uint8_t> entry, table::Slots slots)
        : store_(store), key_(std::move(key)), entry_(std::move(entry)), slots_(slots) {}
    bool write(int64_t pid, uint64_t start_time) noexcept override;

private:
    LnmStore* store_;
    std::string key_;
    std::vector<uint8_t> entry_;
    table::Slots slots_;
};

// What LOCK holds for this process: its PID and login time in hex.
std::string lock_text() {
    char mine[40];
    std::snprintf(mine, sizeof mine, "%08X %016llX", self().pid, static_cast<unsigned long long>(self().login));
    return mine;
}

class LnmStore : public Store {
public:
    explicit LnmStore(std::string table) : table_(std::move(table)) {}
    // Giving the store up releases the lock: LOCK goes if it still names this
    // process. Daemon mode needs it: the caller checks the table, then creates
    // the detached server and exits; that server must not find the table held
    // by a caller that has not finished exiting.
    ~LnmStore() override {
        if (!locked_) return;
        std::vector<std::string> eq;
        // A LOCK left behind names a process that has ended, which blocks
        // nobody (lock() compares PID and login time): nothing to do about
        // a refused $DELLNM in a destructor.
        if (ok(lnm_get(table_, kLock, &eq)) && eq.size() == 1 && eq[0] == lock_text()) (void)lnm_delete(table_, kLock);
    }

    bool lock(std::string* error) override {
        if (locked_) return true;
        std::vector<std::string> eq;
        unsigned int st = lnm_get(table_, kLock, &eq);
        if (ok(st) && eq.size() == 1) {
            unsigned int pid = 0;
            unsigned long long login = 0;
            if (std::sscanf(eq[0].c_str(), "%8X %16llX", &pid, &login) == 2 && pid != self().pid) {
                JpiInfo who;
                // Only SS$_NONEXPR (or another login time: the PID reused)
                // says the holder is gone (vms-services.md 6). A refusal for
                // another reason (SS$_SUSPENDED, SS$_NOPRIV) cannot tell, and
                // a second server must never be the guess.
                unsigned int held = getjpi(pid, "", &who);
                char b[16];
                std::snprintf(b, sizeof b, "%08X", pid);
                if (ok(held) && who.login == login) {
                    *error = "table " + table_ + " is held by the live server with PID " + b;
                    return false;
                }
                if (!ok(held) && held != SS$_NONEXPR) {
                    *error = failure("table " + table_ + " is held by PID " + b + ", which cannot be looked at ($GETJPIW)",
                                     held);
                    return false;
                }
            }
        } else if (!ok(st) && st != SS$_NOLOGNAM) {
            *error = failure("cannot read " + std::string(kLock) + " in " + table_, st);
            return false;
        }
        st = lnm_set(table_, kLock, {lock_text()});
        if (!ok(st)) {
            *error = failure("cannot write " + std::string(kLock) + " in " + table_, st);
            return false;
        }
        // The exits queued while no server ran are read by read_all, before
        // the server re-adopts anything (vms-services.md 2.3).
        if (!termination_open(table_, error)) return false;
        locked_ = true;
        return true;
    }

    bool read_all(Entries* out, std::string* error) override {
        out->clear();
        std::vector<std::string> names;
        if (!read_index(&names, error)) return false;
        termination_poll();
        for (const auto& name : names) {
            std::string key;
            if (!decode_key(name, &key)) continue;
            std::vector<uint8_t> bytes;
            unsigned int st = read_entry(name, &bytes);
            if (st == SS$_NOLOGNAM) continue;   // in the index, not (or no longer) written
            if (!ok(st)) {
                *error = failure("cannot read table entry " + name + " in " + table_, st);
                return false;
            }
            if (locked_) resolve_unnamed(key, &bytes);
            note_process(key, bytes);
            out->emplace_back(std::move(key), std::move(bytes));
        }
        // Ends kept in the table for processes no entry names any more
        // are of no use (vms_termination.h).
        if (locked_) {
            std::set<unsigned int> named;
            for (const auto& [k, pid] : named_) named.insert(pid);
            termination_keep_only(named);
        }
        return true;
    }

    bool write(const std::string& key, const std::vector<uint8_t>& bytes, std::string* error) override {
        std::string name = encode_key(key);
        if (key.empty() || name.size() > kMaxEquivalence) {
            *error = "table key '" + key + "' cannot be stored";
            return false;
        }
        if (!add_to_index(name, error)) return false;
        std::string hex = to_hex(bytes.data(), bytes.size());
        std::vector<std::string> parts;
        for (size_t at = 0; at < hex.size() || parts.empty(); at += kChunk) parts.push_back(hex.substr(at, kChunk));
        unsigned int st = lnm_set(table_, name, parts);
        if (!ok(st)) {
            *error = failure("cannot write " + name + " in " + table_, st);
            return false;
        }
        note_process(key, bytes);
        return true;
    }

    bool remove(const std::string& key) override {
        std::string name = encode_key(key);
        unsigned int st = lnm_delete(table_, name);
        if (!ok(st) && st != SS$_NOLOGNAM) return false;
        note_process(key, {});
        std::string error;
        return drop_from_index(name, &error);
    }

    bool can_hold(const std::string& key, std::string* why) const override {
        if (key.empty()) return *why = "an empty name cannot be stored", false;
        size_t n = encode_key(key).size();
        if (n > kMaxEquivalence) {
            *why = "the table cannot hold this name: its logical name would take " + std::to_string(n) +
                   " characters (at most 255)";
            return false;
        }
        return true;
    }

    std::unique_ptr<SelfRecord> self_record(const std::string& key, std::vector<uint8_t> entry,
                                            table::Slots slots) override {
        return std::make_unique<LnmSelfRecord>(this, key, std::move(entry), slots);
    }

    std::string location() const override { return table_; }

    // $CRELNT under LNM$SYSTEM_DIRECTORY, shareable, CREATE_IF (the restart
    // path finds it), world may read and not change it (5: promsk classes of
    // Read/Write/Create/Delete, a set bit denies: 0xEE00). SS$_NORMAL and
    // SS$_LNMCREATED are both success, which one means "existed" being [U]
    // (vms-simulator.md 2.3: Ingres logical.c; CONTRACT LNM-1). User mode,
    // not the executive mode section 5 suggests: see lnm_set (vms_util.h).
    bool create(std::string* error) {
        unsigned int attr = LNM$M_CREATE_IF;
        unsigned int quota = kTableQuota;
        unsigned short promsk = 0xEE00;
        unsigned char mode = PSL$C_USER;
        Name tab(table_), dir("LNM$SYSTEM_DIRECTORY");
        unsigned int st = sys$crelnt(&attr, nullptr, nullptr, &quota, &promsk, &tab.d, &dir.d, &mode);
        if (!ok(st)) {
            *error = failure("cannot create the logical name table " + table_ + " ($CRELNT, needs SYSNAM)", st);
            return false;
        }
        return true;
    }

private:
    unsigned int read_entry(const std::string& name, std::vector<uint8_t>* bytes) {
        std::vector<std::string> parts;
        unsigned int st = lnm_get(table_, name, &parts);
        if (!ok(st)) return st;
        std::string hex, raw;
        for (const auto& p : parts) hex += p;
        if (!from_hex(hex, &raw)) return SS$_BADPARAM;   // not ours: the decoder will not see it
        bytes->assign(raw.begin(), raw.end());
        return SS$_NORMAL;
    }

    bool read_index(std::vector<std::string>* names, std::string* error) {
        names->clear();
        for (int k = 0; k < kIndexNames; ++k) {
            std::vector<std::string> eq;
            unsigned int st = lnm_get(table_, index_name(k), &eq);
            if (st == SS$_NOLOGNAM) continue;
            if (!ok(st)) {
                *error = failure("cannot read " + index_name(k) + " in " + table_, st);
                return false;
            }
            for (const auto& s : eq) {
                size_t at = 0;
                while (at <= s.size()) {   // bounded by the string's length
                    size_t comma = s.find(',', at);
                    std::string n = s.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
                    if (!n.empty()) names->push_back(n);
                    if (comma == std::string::npos) break;
                    at = comma + 1;
                }
            }
        }
        return true;
    }

    // The index as the strings of its names, each list packed into
    // equivalence strings of at most 255 characters.
    bool write_index(const std::vector<std::string>& names, std::string* error) {
        std::vector<std::vector<std::string>> lists(1);
        std::string cur;
        auto flush = [&] {
            if (cur.empty()) return;
            if (lists.back().size() == kMaxEquivalences) lists.emplace_back();
            lists.back().push_back(cur);
            cur.clear();
        };
        for (const auto& n : names) {
            if (!cur.empty() && cur.size() + 1 + n.size() > kMaxEquivalence) flush();
            cur += (cur.empty() ? "" : ",") + n;
        }
        flush();
        if (lists.size() > static_cast<size_t>(kIndexNames)) {
            *error = "the table index is full (" + std::to_string(names.size()) + " entries)";
            return false;
        }
        for (int k = 0; k < kIndexNames; ++k) {
            unsigned int st;
            if (k < static_cast<int>(lists.size()) && !lists[k].empty()) st = lnm_set(table_, index_name(k), lists[k]);
            else st = lnm_delete(table_, index_name(k));
            if (!ok(st) && st != SS$_NOLOGNAM) {
                *error = failure("cannot write " + index_name(k) + " in " + table_, st);
                return false;
            }
        }
        return true;
    }

    bool load_index(std::string* error) {
        if (index_loaded_) return true;
        std::vector<std::string> names;
        if (!read_index(&names, error)) return false;
        index_ = std::set<std::string>(names.begin(), names.end());
        index_loaded_ = true;
        return true;
    }

    bool add_to_index(const std::string& name, std::string* error) {
        if (!load_index(error)) return false;
        if (index_.count(name)) return true;
        index_.insert(name);
        if (write_index(std::vector<std::string>(index_.begin(), index_.end()), error)) return true;
        index_.erase(name);
        return false;
    }

    bool drop_from_index(const std::string& name, std::string* error) {
        if (!load_index(error)) return false;
        if (!index_.erase(name)) return true;
        return write_index(std::vector<std::string>(index_.begin(), index_.end()), error);
    }

    // Which PID the entry under `key` names (0: none, or not a process
    // entry). When an entry moves on from a PID, its end is on record in the
    // entry (the server writes the entry after it learned of the end), so
    // the copy kept in ENDED can go (vms_termination.h).
    void note_process(const std::string& key, const std::vector<uint8_t>& bytes) {
        if (key.rfind("p:", 0) != 0) return;
        unsigned int now = 0;
        table::ProcessEntry e;
        if (!bytes.empty() && table::decode(bytes.data(), bytes.size(), e) == table::Decode::ok &&
            (e.state == State::starting || e.state == State::running || e.state == State::stopping))
            now = static_cast<unsigned int>(e.pid);
        auto it = named_.find(key);
        unsigned int before = it == named_.end() ? 0 : it->second;
        if (before && before != now) termination_recorded(before);
        if (now) named_[key] = now;
        else if (it != named_.end()) named_.erase(it);
    }

    // An entry with a process state and no PID: the last server died between
    // writing it and learning the PID from $CREPRC (see the head comment).
    void resolve_unnamed(const std::string& key, std::vector<uint8_t>* bytes) {
        if (key.rfind("p:", 0) != 0) return;
        table::ProcessEntry e;
        if (table::decode(bytes->data(), bytes->size(), e) != table::Decode::ok || e.pid != 0) return;
        if (e.state != State::starting && e.state != State::running && e.state != State::stopping) return;
        JpiInfo who;
        // The entry's name is group:process (table.h); the OpenVMS process is named the process part.
        size_t colon = e.name.rfind(':');
        std::string prcnam = colon == std::string::npos ? e.name : e.name.substr(colon + 1), user;
        // A configured program: the name and account its $CREPRC used. Another
        // account's process is in that account's UIC group, where our $GETJPI
        // by name does not look (find_process, vms_util.h).
        auto it = accounts_.find(e.name);
        if (it != accounts_.end()) prcnam = it->second.first, user = it->second.second;
        unsigned int st = find_process(prcnam, user, &who);
        if (ok(st)) {
            e.pid = who.pid;
            e.start_time = who.login;
        } else {
            // Not found: started again. Where we could not look (no WORLD),
            // $CREPRC answers SS$_DUPLNAM if it still runs, and the spawner
            // does not start a second copy.
            e.state = State::backoff;
            e.spawnerr = "the last server ended while starting it";
            if (st == SS$_NOPRIV)
                e.spawnerr += "; supervisord lacks the WORLD privilege to look for process " + prcnam + " of " +
                              upper_trim(user);
            else if (st != SS$_NONEXPR)
                e.spawnerr += "; " + failure("looking for process " + prcnam, st);
        }
        *bytes = table::encode(e);
        // Written back; should that $CRELNM be refused, the caller still
        // gets the resolved entry, and the next server resolves it the same
        // way (the refusal is not this read's failure).
        std::string ignored;
        (void)write(key, *bytes, &ignored);
    }

    void configured(const std::vector<const ProgramSpec*>& programs) override {
        accounts_.clear();
        for (const ProgramSpec* p : programs)
            accounts_[p->name] = {p->process_name.empty() ? p->name : p->process_name, p->user};
    }

    std::string table_;
    std::map<std::string, std::pair<std::string, std::string>> accounts_;   // entry name -> process name, user
    bool locked_ = false;
    bool index_loaded_ = false;
    std::set<std::string> index_;
    std::map<std::string, unsigned int> named_;   // key -> the PID its entry names

    friend class LnmSelfRecord;
};

// On VMS the server writes the entry itself: first with no PID (before
// $CREPRC), then with the PID and login time (after it). See the head comment.
bool LnmSelfRecord::write(int64_t pid, uint64_t start_time) noexcept {
    try {
        table::stamp(entry_.data(), entry_.size(), slots_, pid, start_time);
        return store_->write(key_, entry_, &last_error);
    } catch (...) {
        last_error = "out of memory";
        return false;
    }
}

}  // namespace

namespace vms {
std::string last_record_error() { return last_error; }
}  // namespace vms

std::unique_ptr<Store> open_store(const std::string& location, std::string* error) {
    std::string table = upper_trim(location);
    if (table.empty() || table.size() > LNM$C_TABNAMLEN) {
        *error = "'" + location + "' cannot be a logical name table (1 to 31 characters)";
        return nullptr;
    }
    auto store = std::make_unique<LnmStore>(table);
    if (!store->create(error)) return nullptr;
    return store;
}

}  // namespace sv::os
