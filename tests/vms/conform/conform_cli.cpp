// conform_cli: CLI$DCL_PARSE, CLI$PRESENT, CLI$GET_VALUE, CLI$DISPATCH on two
// command tables linked into the program: SUPERVISE_CLD (cld/supervise.cld, the
// client's) and CONFORM_CLD (conform_cli.cld). Expected: expected/cli.txt (and
// the signalled messages, expected/cli.err). Sources: HELP CLI_Routines [D],
// reference/dcl.md; rows CLI-n of sim/CONTRACT.md.
//
// On OpenVMS: $ SET COMMAND/OBJECT CONFORM_CLI.CLD, and SUPERVISE.CLD without
// its IMAGE clause (SET COMMAND/OBJECT refuses IMAGE); link both objects.
// SYS$INPUT: conform/input/cli.txt.
#include <string>

#include "conform.h"

#include <cli$routines.h>
#include <climsgdef.h>
#include <lib$routines.h>
#include <rmsdef.h>

extern "C" int SUPERVISE_CLD;
extern "C" int CONFORM_CLD;

using namespace conform;

namespace {

const char *cli(unsigned st) {
    switch (st) {
    case CLI$_PRESENT: return "CLI$_PRESENT";
    case CLI$_DEFAULTED: return "CLI$_DEFAULTED";
    case CLI$_NEGATED: return "CLI$_NEGATED";
    case CLI$_LOCPRES: return "CLI$_LOCPRES";
    case CLI$_LOCNEG: return "CLI$_LOCNEG";
    case CLI$_ABSENT: return "CLI$_ABSENT";
    case CLI$_COMMA: return "CLI$_COMMA";
    case CLI$_CONCAT: return "CLI$_CONCAT";
    case CLI$_NOCOMD: return "CLI$_NOCOMD";
    case CLI$_IVVERB: return "CLI$_IVVERB";
    case CLI$_IVKEYW: return "CLI$_IVKEYW";
    case CLI$_ABKEYW: return "CLI$_ABKEYW";
    case CLI$_ABVERB: return "CLI$_ABVERB";
    case CLI$_INSFPRM: return "CLI$_INSFPRM";
    case CLI$_MAXPARM: return "CLI$_MAXPARM";
    case CLI$_CONFLICT: return "CLI$_CONFLICT";
    case CLI$_NOTNEG: return "CLI$_NOTNEG";
    case CLI$_IVQUAL: return "CLI$_IVQUAL";
    case CLI$_IVQLOC: return "CLI$_IVQLOC";
    case CLI$_NOCCAT: return "CLI$_NOCCAT";
    case CLI$_INVROUT: return "CLI$_INVROUT";
    case RMS$_EOF: return "RMS$_EOF";
    default: return ss(st);
    }
}

unsigned parse(void *table, const char *what, const char *command) {
    auto d = dsc(command);
    unsigned st = cli$dcl_parse(&d, table);
    std::printf("%s: %s\n", what, cli(st));
    return st;
}

void present(const char *entity) {
    auto d = dsc(entity);
    std::printf("  CLI$PRESENT %s: %s\n", entity, cli(cli$present(&d)));
}

// Every value of an entity, until CLI$_ABSENT (at most 10 calls); `calls`
// limits it for $VERB and $LINE, whose second call is not documented.
void values(const char *entity, int calls = 10) {
    auto d = dsc(entity);
    for (int i = 0; i < calls; ++i) {
        char buf[64] = {0};
        auto r = dsc(buf, sizeof buf);
        unsigned short len = 0;
        unsigned st = cli$get_value(&d, &r, &len);
        if (st == CLI$_ABSENT) {
            std::printf("  CLI$GET_VALUE %s: CLI$_ABSENT\n", entity);
            return;
        }
        std::printf("  CLI$GET_VALUE %s: %s \"%.*s\"\n", entity, cli(st), len, buf);
    }
}

// Parameter routines with the LIB$GET_INPUT calling sequence: one answers from
// a script and records the prompts it was shown; one is Ctrl/Z at once.
const char *script[4];
int script_next = 0;
char shown[128];
unsigned scripted_input(void *get_str, void *prompt_str, unsigned short *len) {
    auto *p = static_cast<dsc$descriptor_s *>(prompt_str);
    std::snprintf(shown + std::strlen(shown), sizeof shown - std::strlen(shown), "[%.*s]",
                  p ? p->dsc$w_length : 0, p ? p->dsc$a_pointer : "");
    if (script_next >= 4 || !script[script_next]) return RMS$_EOF;
    const char *a = script[script_next++];
    auto *g = static_cast<dsc$descriptor_s *>(get_str);
    std::size_t n = std::strlen(a) < g->dsc$w_length ? std::strlen(a) : g->dsc$w_length;
    std::memcpy(g->dsc$a_pointer, a, n);
    *len = static_cast<unsigned short>(n);
    return SS$_NORMAL;
}
void start_script(const char *a, const char *b) {
    script[0] = a;
    script[1] = b;
    script[2] = nullptr;
    script_next = 0;
    shown[0] = 0;
}
unsigned ctrl_z(void *, void *, unsigned short *len) {
    *len = 0;
    return RMS$_EOF;
}

int dispatched_arg = -1;

}  // namespace

// The ROUTINE of COPYTEST in conform_cli.cld; CLI$DISPATCH returns its status.
extern "C" int conform_copy(unsigned userarg) {
    dispatched_arg = static_cast<int>(userarg);
    return 0x2C;
}

int main() {
    void *sup = &SUPERVISE_CLD;
    void *con = &CONFORM_CLD;

    parse(sup, "SUPERVISE START WEB,DB /WAIT", "SUPERVISE START WEB,DB /WAIT");
    present("P1");
    present("P1.START");
    present("P1.STOP");
    values("P2");
    present("WAIT");
    present("TIMEOUT");
    values("TIMEOUT");
    present("FORMAT");
    present("FORMAT.TEXT");
    present("CONFIGURATION");
    values("$VERB", 1);
    values("$LINE", 1);

    parse(sup, "supervise status", "supervise status");
    values("P1");
    present("P2");
    values("P2");

    parse(sup, "SUPERVISE STOP ALL/NOWAIT", "SUPERVISE STOP ALL/NOWAIT");
    present("WAIT");
    values("P2");
    parse(sup, "SUPERVISE STOP ALL/NOWAIT/TIMEOUT=5", "SUPERVISE STOP ALL/NOWAIT/TIMEOUT=5");
    parse(sup, "SUPERVISE STATUS \"web\" ! a comment", "SUPERVISE STATUS \"web\" ! a comment");
    values("P2");

    parse(sup, "FROB (bad verb)", "FROB");
    parse(sup, "SUPERVISE FROB", "SUPERVISE FROB");
    parse(sup, "SUPERVISE STA X", "SUPERVISE STA X");
    parse(sup, "SUPERVISE RELOAD X", "SUPERVISE RELOAD X");
    parse(sup, "SUPERVISE START X/NOFORMAT", "SUPERVISE START X/NOFORMAT");
    parse(sup, "SUPERVISE START X/FROB", "SUPERVISE START X/FROB");
    parse(sup, "SUPERVISE START A+B (NOCONCATENATE)", "SUPERVISE START A+B");
    parse(sup, "empty command", "");
    parse(sup, "blank command", "   ");
    parse(sup, "comment only", "! nothing");
    parse(sup, "SUPERVISE START, no parameter routine", "SUPERVISE START");

    // Prompting for a missing required parameter.
    auto d = dsc("SUPERVISE START");
    start_script("web", nullptr);
    std::printf("SUPERVISE START, parameter routine answers \"web\": %s\n",
                cli(cli$dcl_parse(&d, sup, &scripted_input)));
    std::printf("  prompts shown: %s\n", shown);
    values("P2");
    start_script("", "db");
    std::printf("SUPERVISE START, parameter routine answers \"\" then \"db\": %s\n",
                cli(cli$dcl_parse(&d, sup, &scripted_input)));
    std::printf("  prompts shown: %s\n", shown);
    values("P2");
    std::printf("SUPERVISE START, Ctrl/Z at the parameter prompt: %s\n", cli(cli$dcl_parse(&d, sup, &ctrl_z)));
    std::printf("SUPERVISE START, LIB$GET_INPUT reads SYS$INPUT: %s\n",
                cli(cli$dcl_parse(&d, sup, &lib$get_input)));
    values("P2");
    auto sig = dsc("SUPERVISE SIGNAL");
    start_script("HUP", "web,db");
    std::printf("SUPERVISE SIGNAL, two parameters prompted: %s\n", cli(cli$dcl_parse(&sig, sup, &scripted_input)));
    std::printf("  prompts shown: %s\n", shown);
    values("P2");
    values("P3");

    // The whole command from the prompt routine (command_string 0).
    auto prompt = dsc("SUPERVISE> ");
    start_script("supervise status web", nullptr);
    std::printf("command from the prompt routine: %s\n",
                cli(cli$dcl_parse(nullptr, sup, &scripted_input, &scripted_input, &prompt)));
    std::printf("  prompts shown: %s\n", shown);
    start_script("", nullptr);
    std::printf("null line at the command prompt: %s\n",
                cli(cli$dcl_parse(nullptr, sup, &scripted_input, &scripted_input, &prompt)));
    std::printf("Ctrl/Z at the command prompt: %s\n",
                cli(cli$dcl_parse(nullptr, sup, &ctrl_z, &ctrl_z, &prompt)));
    auto cont = dsc("SUPERVISE START -");
    start_script("web", nullptr);
    std::printf("continued line (hyphen), rest from the prompt routine: %s\n",
                cli(cli$dcl_parse(&cont, sup, &scripted_input, &scripted_input, &prompt)));
    std::printf("  prompts shown: %s\n", shown);
    values("P2");

    // CONFORM_CLD: concatenation, local and positional qualifiers, dispatch.
    parse(con, "COPYTEST A+B,C/CONFIRM D/LOG", "COPYTEST A+B,C/CONFIRM D/LOG");
    present("LOG");
    auto from = dsc("FROM"), confirm = dsc("CONFIRM");
    for (int i = 0; i < 4; ++i) {
        char buf[32] = {0};
        auto r = dsc(buf, sizeof buf);
        unsigned short len = 0;
        unsigned st = cli$get_value(&from, &r, &len);
        if (st == CLI$_ABSENT) {
            std::printf("  CLI$GET_VALUE FROM: CLI$_ABSENT\n");
            break;
        }
        std::printf("  CLI$GET_VALUE FROM: %s \"%.*s\", then CLI$PRESENT CONFIRM: %s\n", cli(st), len, buf,
                    cli(cli$present(&confirm)));
    }
    values("TO");
    parse(con, "COPYTEST/NOBACKUP A/NOCONFIRM/BACKUP B/NOLOG", "COPYTEST/NOBACKUP A/NOCONFIRM/BACKUP B/NOLOG");
    present("LOG");
    present("BACKUP");
    {
        char buf[32] = {0};
        auto r = dsc(buf, sizeof buf);
        unsigned short len = 0;
        unsigned st = cli$get_value(&from, &r, &len);
        std::printf("  CLI$GET_VALUE FROM: %s \"%.*s\", then CONFIRM: %s", cli(st), len, buf, cli(cli$present(&confirm)));
        auto backup = dsc("BACKUP");
        std::printf(", BACKUP: %s\n", cli(cli$present(&backup)));
    }
    parse(con, "COPYTEST A/CONFIRM B", "COPYTEST A/CONFIRM B");
    unsigned dst = cli$dispatch(7);
    std::printf("  CLI$DISPATCH(7): %s (the routine's status), routine got %d\n", cli(dst), dispatched_arg);
    parse(con, "COPYTEST/CONFIRM A B (local qualifier after the verb)", "COPYTEST/CONFIRM A B");
    parse(con, "NOROUTINE X", "NOROUTINE X");
    std::printf("  CLI$DISPATCH(): %s\n", cli(cli$dispatch()));
    return 0;
}
