#!/usr/bin/env python3
"""Holds tests/vms/sim/CONTRACT.md to its own rules (issue 9, "Done when"):

  - every row (id like MBX-3) has a source tag: [D] documented, [M] measured on a
    real system, [S] value read from a live system's STARLET dump (measured),
    [C] consistent in real VMS code, [U]/[B] unconfirmed, or `design` for the
    simulator's own rules (not OpenVMS behaviour);
  - every row names, in its "pinned by" cell, tests that exist and pin it:
      <prog>: `text`        a line of conform/expected/<prog>.txt (or .err) holding
                            text; "…" in text stands for any characters
      ctest `name`          a CTest test added by some CMakeLists.txt
      vms_backend: `name`   a TEST_CASE of tests/vms_backend whose name starts so
      sim_<name>            a test program of tests/vms that run_conform.sh runs
      parameter `VMSSIM_X`  a parameter of sim/common/params.h (a [U] answer)
    and nothing else ("not pinned", "—", "broker only" fail);
  - a row whose behaviour is unconfirmed (tag cell exactly [U]) names a
    parameter, so the simulator's answer is not a guess baked in;
  - every parameter of params.h is named by some row;
  - the headers issue 9 lists exist in tests/vms/include, each header cites its
    source in its opening comment, and the __union hazard is kept;
  - the conformance programs (tests/vms/conform) include only STARLET headers,
    standard C++ headers and conform.h, and call nothing of the simulator's own.

usage: check_contract.py [REPO_ROOT]      exit 0 when the contract holds
       check_contract.py --self-test      shows that broken contracts are refused
"""
import os
import re
import sys
import tempfile

TAG_RE = re.compile(r"\[(D|M|S|C|U|B)\b[^\]]*\]|\bdesign\b")
ROW_ID_RE = re.compile(r"^[A-Z]{2,4}-\d+$")
PARAM_RE = re.compile(r"\bVMSSIM_[A-Z0-9_]+\b")


def split_outside_ticks(text, sep):
    """Splits at sep where it is not inside `backticks` (a snippet may hold it)."""
    parts, cur, tick, prev = [], "", False, ""
    for ch in text:
        if ch == "`":
            tick = not tick
        escaped, prev = prev == "\\", ch
        if ch == sep and not tick and not escaped:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return parts


def split_row(line):
    # Cells are separated by | ; the text after the last | is not a cell.
    return split_outside_ticks(line.strip()[1:], "|")[:-1]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class Repo:
    def __init__(self, root):
        self.root = root
        self.vms = os.path.join(root, "tests", "vms")
        self.expected = {}
        exp = os.path.join(self.vms, "conform", "expected")
        for name in os.listdir(exp):
            prog = name.rsplit(".", 1)[0]
            self.expected.setdefault(prog, []).extend(read(os.path.join(exp, name)).splitlines())
        self.ctests = set()
        for dirpath, _, files in os.walk(os.path.join(root, "tests")):
            if "CMakeLists.txt" in files:
                self.ctests |= set(re.findall(r"add_test\(NAME\s+([\w.-]+)",
                                              read(os.path.join(dirpath, "CMakeLists.txt"))))
        top = os.path.join(root, "CMakeLists.txt")
        if os.path.exists(top):
            self.ctests |= set(re.findall(r"add_test\(NAME\s+([\w.-]+)", read(top)))
        self.backend_cases = []
        bdir = os.path.join(root, "tests", "vms_backend")
        if os.path.isdir(bdir):
            for name in os.listdir(bdir):
                if name.endswith(".cpp"):
                    self.backend_cases += re.findall(r'TEST_CASE\("((?:[^"\\]|\\.)*)"',
                                                     read(os.path.join(bdir, name)))
        cm = read(os.path.join(self.vms, "CMakeLists.txt"))
        runner = read(os.path.join(self.vms, "run_conform.sh"))
        self.sim_programs = {p for p in re.findall(r"add_executable\((sim_\w+)", cm) if p in runner}
        # The parameters: the environment variables params.h reads.
        self.params = set(re.findall(r'env_u32\("(VMSSIM_[A-Z0-9_]+)"',
                                     read(os.path.join(self.vms, "sim", "common", "params.h"))))

    def line_matches(self, prog, snippet):
        parts = [p for p in snippet.split("…") if p]
        for line in self.expected.get(prog, []):
            at = 0
            for p in parts:
                at = line.find(p, at)
                if at < 0:
                    break
                at += len(p)
            else:
                return True
        return False


def pins(cell):
    """Splits a pinned-by cell into (kind, name, snippets) items."""
    items = []
    # Text in parentheses (outside backticks) is a remark, not a pin.
    bare, depth, tick = "", 0, False
    for ch in cell:
        if ch == "`" and depth == 0:
            tick = not tick
        if not tick and ch == "(":
            depth += 1
        if depth == 0:
            bare += ch
        if not tick and ch == ")" and depth > 0:
            depth -= 1
    # Parts separated by ';' (outside backticks) each name one kind of pin.
    for p in split_outside_ticks(bare, ";"):
        if not p:
            continue
        m = re.match(r"^(\w+):\s*(.*)$", p)
        snippets = re.findall(r"`([^`]*)`", p)
        if re.match(r"^ctest\b", p):
            items.append(("ctest", None, snippets))
        elif re.match(r"^parameters?\b", p):
            items.append(("param", None, [s for s in snippets if s.startswith("VMSSIM_")] or PARAM_RE.findall(p)))
        elif m and m.group(1) == "vms_backend":
            items.append(("backend", None, snippets))
        elif m:
            items.append(("conform", m.group(1), snippets))
        elif re.match(r"^`?(sim_\w+)", p):
            items.append(("sim", re.match(r"^`?(sim_\w+)", p).group(1), []))
        else:
            items.append(("unknown", p, []))
    return items


def check(root, contract_path=None):
    repo = Repo(root)
    contract = contract_path or os.path.join(repo.vms, "sim", "CONTRACT.md")
    errors, rows, named_params = [], 0, set()
    header = None
    for no, line in enumerate(read(contract).splitlines(), 1):
        if not line.startswith("|"):
            header = None
            continue
        cells = split_row(line)
        if cells and cells[0] == "id":
            header = [c.lower() for c in cells]
            continue
        if not cells or not ROW_ID_RE.match(cells[0]):
            continue
        rows += 1
        where = "%s:%d: %s" % (os.path.basename(contract), no, cells[0])
        if header is None or "tag" not in header or "pinned by" not in header:
            errors.append("%s: its table has no 'tag' and 'pinned by' columns" % where)
            continue
        if len(cells) < len(header):
            errors.append("%s: %d cells, the header has %d" % (where, len(cells), len(header)))
            continue
        tag = cells[header.index("tag")]
        pinned = cells[header.index("pinned by")]
        named_params |= set(PARAM_RE.findall(line))
        if not TAG_RE.search(tag):
            errors.append("%s: no source tag ([D], [M], [S], [C], [U], [B] or design) in %r" % (where, tag))
        if tag.strip() == "[U]" and not (set(PARAM_RE.findall(line)) & repo.params):
            errors.append("%s: unconfirmed, but names no parameter of sim/common/params.h" % where)
        items = pins(pinned)
        if not items:
            errors.append("%s: names no test" % where)
        for kind, name, snippets in items:
            if kind == "unknown":
                errors.append("%s: %r is not a test (write prog: `line`, ctest `name`, "
                              "vms_backend: `name`, sim_<prog> or parameter `VMSSIM_X`)" % (where, name))
            elif kind == "conform":
                if name not in repo.expected:
                    errors.append("%s: no conformance program %r (conform/expected/%s.txt)" % (where, name, name))
                elif not snippets:
                    errors.append("%s: %s: names no line of its expected output" % (where, name))
                for s in snippets:
                    if name in repo.expected and not repo.line_matches(name, s):
                        errors.append("%s: no line of conform/expected/%s.* holds %r" % (where, name, s))
            elif kind == "ctest":
                if not snippets:
                    errors.append("%s: ctest without a `name`" % where)
                for s in snippets:
                    if s not in repo.ctests:
                        errors.append("%s: no CTest test %r" % (where, s))
            elif kind == "backend":
                for s in snippets:
                    s = s.rstrip("…")  # "name…": a case whose name starts so
                    if not any(c.startswith(s) for c in repo.backend_cases):
                        errors.append("%s: no tests/vms_backend TEST_CASE starting %r" % (where, s))
            elif kind == "sim":
                if name not in repo.sim_programs:
                    errors.append("%s: %s is not a tests/vms program run by run_conform.sh" % (where, name))
            elif kind == "param":
                if not snippets:
                    errors.append("%s: parameter without a `VMSSIM_` name" % where)
                for s in snippets:
                    if s not in repo.params:
                        errors.append("%s: %s is not a parameter of sim/common/params.h" % (where, s))
    for p in sorted(repo.params - named_params):
        errors.append("params.h: %s is named by no row of CONTRACT.md" % p)
    if rows == 0:
        errors.append("%s: no rows found" % contract)
    return rows, errors


# The headers issue 9 lists (tests/vms/include), each to cite its source in its
# opening comment; __vmssim_base.h is the compilers' glue, not a STARLET header.
ISSUE_HEADERS = ["starlet.h", "descrip.h", "iodef.h", "ssdef.h", "accdef.h", "jpidef.h", "lnmdef.h",
                 "prcdef.h", "pqldef.h", "prvdef.h", "dvidef.h", "cmbdef.h", "iledef.h", "iosbdef.h",
                 "efndef.h", "stsdef.h", "psldef.h", "cli$routines.h", "lbr$routines.h", "climsgdef.h",
                 "hlpdef.h", "lib$routines.h"]


def check_headers(root):
    inc = os.path.join(root, "tests", "vms", "include")
    errors = ["include: %s (issue 9) is missing" % h for h in ISSUE_HEADERS
              if not os.path.exists(os.path.join(inc, h))]
    for name in sorted(os.listdir(inc)):
        if name.endswith(".h") and name != "__vmssim_base.h":
            opening = "\n".join(read(os.path.join(inc, name)).splitlines()[:6])
            if "source" not in opening.lower():
                errors.append("include/%s: its opening comment cites no source" % name)
    if "#define __union union" not in read(os.path.join(inc, "__vmssim_base.h")):
        errors.append("include/__vmssim_base.h: the '#define __union union' hazard is gone")
    return errors


def check_conform_sources(conform_dir, include_dir):
    """The conformance programs use the STARLET API and standard C++ only: their
    includes are headers of tests/vms/include, standard C++ headers (<name>, no
    .h, no /) or conform.h; no simulator API (vmssim_..., vmssim::) in their code."""
    starlet = set(os.listdir(include_dir))
    errors = []
    for name in sorted(os.listdir(conform_dir)):
        if not name.endswith((".cpp", ".h")):
            continue
        for no, line in enumerate(read(os.path.join(conform_dir, name)).splitlines(), 1):
            code = line.split("//", 1)[0]
            m = re.match(r'\s*#\s*include\s*([<"])([^>"]+)[>"]', code)
            if m:
                quote, inc = m.group(1), m.group(2)
                if quote == '"':
                    ok = inc == "conform.h"
                elif inc.endswith(".h"):
                    ok = inc in starlet
                else:
                    ok = "/" not in inc  # <string>, <atomic>, <cstdio>...
                if not ok:
                    errors.append("conform/%s:%d: #include %s is neither STARLET nor standard C++"
                                  % (name, no, m.group(0).split("include", 1)[1].strip()))
            if re.search(r"\bvmssim(_\w+|::)", code):
                errors.append("conform/%s:%d: uses the simulator's own API" % (name, no))
    return errors


def self_test(root):
    """Each broken row must be refused, the good one accepted."""
    good = ("| id | behaviour | tag | source | pinned by |\n|---|---|---|---|---|\n"
            "| TST-1 | b \\| c | [D] | s | proc: `$CREPRC named CONFORM_DUP again: SS$_DUPLNAM` (`a remark`; x) |\n")
    bad = {
        "no tag": "| TST-2 | b | — | s | proc: `$CREPRC named CONFORM_DUP again` |",
        "not pinned": "| TST-3 | b | [D] | s | broker only; not pinned |",
        "missing line": "| TST-4 | b | [D] | s | proc: `this line is in no expected output` |",
        "missing program": "| TST-5 | b | [D] | s | noprog: `x` |",
        "missing ctest": "| TST-6 | b | [D] | s | ctest `no_such_ctest` |",
        "[U] without parameter": "| TST-7 | b | [U] | s | proc: `$CREPRC named CONFORM_DUP again` |",
        "unknown parameter": "| TST-8 | b | [U] | s | parameter `VMSSIM_NO_SUCH_THING` |",
        "empty pin": "| TST-9 | b | [D] | s | — |",
        "missing line after a remark": "| TST-10 | b | [D] | s | proc: `$CREPRC named CONFORM_DUP again` (`x`), `no such line` |",
    }
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        def run(text):
            path = os.path.join(tmp, "CONTRACT.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            return check(root, path)[1]
        errs = [e for e in run(good) if not e.startswith("params.h:")]
        if errs:
            print("self-test: a good row was refused: %s" % errs)
            failures += 1
        for what, row in bad.items():
            errs = [e for e in run(good + row + "\n") if not e.startswith("params.h:")]
            if not errs:
                print("self-test: a row with %s was accepted" % what)
                failures += 1
            else:
                print("self-test: %s refused: %s" % (what, errs[0]))
        # A conformance program reaching for Linux or the simulator is refused.
        cdir = os.path.join(tmp, "conform")
        os.mkdir(cdir)
        with open(os.path.join(cdir, "ok.cpp"), "w", encoding="utf-8") as f:
            f.write('#include <string>\n#include "conform.h"\n#include <starlet.h>\n// vmssim_x in a comment\n')
        inc = os.path.join(root, "tests", "vms", "include")
        if check_conform_sources(cdir, inc):
            print("self-test: a clean conformance source was refused: %s" % check_conform_sources(cdir, inc))
            failures += 1
        for what, text in {"a Linux header": "#include <unistd.h>\n", "a sys/ header": "#include <sys/wait.h>\n",
                           "a simulator header": '#include "../sim/lib/vmssim.h"\n',
                           "the simulator API": "int x = vmssim_register_message(1, 0);\n"}.items():
            with open(os.path.join(cdir, "bad.cpp"), "w", encoding="utf-8") as f:
                f.write(text)
            errs = check_conform_sources(cdir, inc)
            if not errs:
                print("self-test: a conformance source with %s was accepted" % what)
                failures += 1
            else:
                print("self-test: %s refused: %s" % (what, errs[0]))
    print("self-test: %s" % ("FAILED" if failures else "ok"))
    return 1 if failures else 0


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", ".."))
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test(argv[2] if len(argv) > 2 else root)
    if len(argv) > 1:
        root = argv[1]
    rows, errors = check(root)
    errors += check_headers(root)
    errors += check_conform_sources(os.path.join(root, "tests", "vms", "conform"),
                                    os.path.join(root, "tests", "vms", "include"))
    for e in errors:
        print(e)
    print("CONTRACT.md: %d rows; include: %d headers; %s" % (
        rows, len([n for n in os.listdir(os.path.join(root, "tests", "vms", "include")) if n.endswith(".h")]),
        "%d problems" % len(errors) if errors else "every row tagged and pinned, every header sourced"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
