// The `user` key on OpenVMS: a program run under another account through a
// persona (reference/vms-services.md 1.6). Only src/os/vms/ includes this.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace sv::os::vms {

// One account to create processes under, for one start:
//   create()  $PERSONA_CREATE (the caller needs IMPERSONATE);
//   run_as()  $SETAST(0), $PERSONA_ASSUME, the caller's $CREPRC, $PERSONA_ASSUME
//             of the previous persona (else ISS$C_ID_NATURAL), $SETAST(1) if
//             ASTs were enabled;
//   release() $PERSONA_DELETE (the destructor does it too, its status then
//             unreported: only on paths that already report a failure).
// Every status is checked. Anchors (reference/vms-simulator.md 2.2): the
// Apache/CSWS VMS MPM and WASD's PTD code create, assume, create the process,
// revert and delete in this order.
class Persona {
public:
    Persona() = default;
    Persona(const Persona&) = delete;
    Persona& operator=(const Persona&) = delete;
    ~Persona();

    // False, with the reason in *error, when the system refuses the account
    // (no such user, no IMPERSONATE privilege, ...): nothing was started.
    bool create(const std::string& user, std::string* error);
    // Runs `create_process` as the account and returns its status. When the
    // persona cannot be assumed, `create_process` is not called: the status
    // is the refusal's and *error says why. A failure to return to the
    // server's own identity is added to *warnings, and from then on
    // identity_lost() holds.
    unsigned int run_as(const std::function<unsigned int()>& create_process, std::vector<std::string>* warnings,
                        std::string* error);

    // $PERSONA_DELETE; a refusal is added to *warnings.
    void release(std::vector<std::string>* warnings);

    // True after the server failed to return to its own identity: no start
    // may run under an identity nobody chose.
    static bool identity_lost();

private:
    unsigned int handle_ = 0;
    std::string user_;
};

// Whether SYSUAF may hold `user`: $PERSONA_CREATE reads SYSUAF (HELP
// $PERSONA_CREATE, Description), then $PERSONA_DELETE. False only when the
// system answers that there is no such user (RMS$_RNF, SS$_NOSUCHUSER); a
// refusal for another reason (no IMPERSONATE) cannot tell, and the start
// then fails with that reason.
bool account_may_exist(const std::string& user);

}  // namespace sv::os::vms
