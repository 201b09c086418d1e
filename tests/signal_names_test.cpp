// HELP SUPERVISE SIGNAL lists the signal names; each one listed is one the
// Linux back end sends (with or without SIG, in any case), and a name it
// does not list is refused before anything is sent.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/embedded.h"
#include "core/help.h"
#include "os/spawner.h"

namespace {

// The words of the indented block of upper-case names in HELP SIGNAL.
std::vector<std::string> listed_names() {
    auto lib = sv::help::HelpLibrary::parse(sv::embedded::supervise_hlp(), nullptr);
    const sv::help::Topic* t = lib.find({"SUPERVISE", "SIGNAL"});
    REQUIRE(t != nullptr);
    std::vector<std::string> names;
    for (const auto& line : t->text) {
        std::istringstream in(line);
        std::vector<std::string> words;
        bool all_names = true;
        for (std::string w; in >> w;) {
            words.push_back(w);
            for (char c : w) all_names = all_names && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                                       c == '+' || c == '-' || c == 'n');
        }
        if (all_names && words.size() >= 4) names.insert(names.end(), words.begin(), words.end());
    }
    return names;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

}  // namespace

TEST_SUITE("spawner-linux") {

TEST_CASE("every signal name HELP SIGNAL lists is known to the Linux back end, and others are not") {
    auto sp = sv::os::make_spawner();
    std::vector<std::string> names = listed_names();
    REQUIRE(names.size() >= 30);
    for (std::string n : names) {
        for (const char* form : {"+n", "-n"})
            if (size_t at = n.find(form); at != std::string::npos) n.replace(at, 2, std::string(1, form[0]) + "1");
        CAPTURE(n);
        CHECK(sp->signal_known(n));
        CHECK(sp->signal_known("SIG" + n));
        CHECK(sp->signal_known(lower(n)));
    }
    for (const char* bad : {"NOSUCHSIG", "RTMIN+99", "RTMAX+1", "RTMIN-1", "SIG", "", "0", "999"}) {
        CAPTURE(bad);
        CHECK_FALSE(sp->signal_known(bad));
    }
    CHECK(sp->signal_known("15"));
}

}  // TEST_SUITE
