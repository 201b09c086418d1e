// Port: where state-table entries live. Linux: a directory, one file per
// entry, replaced by write + fsync + rename (never torn), and an exclusive
// lock file naming its holder. OpenVMS: logical names in SUPERVISORD_TABLE.
// Entries are opaque bytes here; src/core/table encodes them.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sv::os {

class Store {
public:
    virtual ~Store() = default;
    // Takes the table for this server. Fails, naming the pid of the holder in
    // `error`, when another live server holds it. Held until destruction.
    virtual bool lock(std::string* error) = 0;
    // Every entry: (key, bytes). Keys are any strings (encoded safely).
    virtual std::vector<std::pair<std::string, std::vector<uint8_t>>> read_all() = 0;
    virtual bool write(const std::string& key, const std::vector<uint8_t>& bytes, std::string* error) = 0;
    virtual bool remove(const std::string& key) = 0;
    virtual std::string location() const = 0;
};

// Opens (creating when needed, mode 0700) the table at `location`.
std::unique_ptr<Store> open_store(const std::string& location, std::string* error);

}  // namespace sv::os
