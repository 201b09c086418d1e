#!/usr/bin/env python3
"""The OpenVMS build files and kit against src/sources.txt (ctest vms_build_files).

Usage: tests/vmsbuild/check.py [TOP [CLD2OBJ]]   (default: the tree this file is in;
       CLD2OBJ, the simulator's SET COMMAND/OBJECT, then also compiles the
       object-form CLD vms/cld_noimage.com makes)

1. vms/sources.com, run by the DCL interpreter of dcl.py on the real
   src/sources.txt, must write [.VMSOBJ]SOURCES.MMS naming, for every
   component, exactly its sources' objects, one rule per source that
   compiles that very path, and options files with the same objects; on a
   list with a file added it must name that file too; on a broken list it
   must fail with a message.
2. descrip.mms and Makefile.vms must include that file, use the macros of
   exactly the components that make up each image ([supervisord] [server]
   [os_vms] [core] for SUPERVISORD.EXE, [supervise] [client] [os_vms]
   [core] for SUPERVISE.EXE), link the same options files, build the same
   targets, and name only files that exist; every component of
   src/sources.txt is either built by them or known to be Linux-only, so a
   new component fails here until the VMS build takes it.
3. vms/embed.com must give back the bytes of cld/, hlp/ and msg/;
   vms/cld_noimage.com must drop exactly the IMAGE clause.
4. The kit: every file of kit/vms/supervise.pcsi$desc comes from exactly
   one "call material" line of kit/vms/make_kit.com, whose source is a file
   of the tree or an output of descrip.mms, and the other way round.
5. One version everywhere: CMakeLists.txt's project(), vms/clang.rsp's
   SV_VERSION, the kit's product version.
Each check is also run on a broken copy of its input, to prove it can fail.
Exit status 0 when everything holds.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcl  # noqa: E402

TOP = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
CLD2OBJ = sys.argv[2] if len(sys.argv) > 2 else None

IMAGES = {"supervisord": ["supervisord", "server", "os_vms", "core"],
          "supervise": ["supervise", "client", "os_vms", "core"]}
VMS_COMPONENTS = {c for parts in IMAGES.values() for c in parts}
LINUX_ONLY = {"os_linux", "tests", "fuzz"}

failures = []
checks = 0


def check(ok, message):
    global checks
    checks += 1
    if not ok:
        failures.append(message)
    return ok


def read(path):
    with open(path, encoding="latin-1") as f:
        return f.read()


def parse_list(text):
    """(component, path) pairs of src/sources.txt."""
    out, comp = [], None
    for line in text.split("\n"):
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            comp = line[1:-1]
        else:
            out.append((comp, line))
    return out


def components(text):
    return [line[1:-1] for line in text.split("\n") if line.startswith("[")]


def obj_of(comp, path):
    return "[.vmsobj.%s]%s.obj" % (comp, os.path.basename(path)[:-4])


# --- 0. the interpreter against DCL rules the procedures rely on (DCL Dictionary:
# string subtraction removes the first occurrence; F$LOCATE gives the length when
# not found; F$ELEMENT gives the delimiter past the last element; F$EXTRACT stops at
# the end; .AND. binds before .OR., + before the comparisons; ''sym' inside quotes).
def interpreter_selftest():
    scratch = tempfile.mkdtemp(prefix="vmsdcl")
    with open(os.path.join(scratch, "t.com"), "w") as f:
        f.write('$ x = "b"\n'
                '$ a = "abcabc" - "b"\n'
                '$ b = f$locate("z", "abc")\n'
                '$ c = f$element(5, ",", "x,y")\n'
                '$ d = f$extract(1, 10, "abc")\n'
                '$ e = 1 .or. 0 .and. 0\n'
                '$ g = "x" + "y" .eqs. "xy"\n'
                '$ h = f$edit("  a   b ! c", "UNCOMMENT,COMPRESS,TRIM")\n'
                '$ if b .eq. 3\n$ then\n$   i = "then"\n$ else\n$   i = "else"\n$ endif\n'
                "$ write sys$output a, \"|\", b, \"|\", c, \"|\", d, \"|\", e, \"|\", g, \"|\", h, \"|\", i, \"|a''x'c\"\n")
    proc = dcl.Procedure(os.path.join(scratch, "t.com"), scratch)
    status = proc.run()
    shutil.rmtree(scratch)
    return status, proc.out


status, out = interpreter_selftest()
check(status == 1 and out == ["acabc|3|,|bc|1|1|a b|then|abc"], "tests/vmsbuild/dcl.py breaks a DCL rule: %s" % out)

# --- 1. the generator -------------------------------------------------------------
def run_sources(list_text):
    """Runs vms/sources.com on a scratch tree holding list_text as src/sources.txt."""
    scratch = tempfile.mkdtemp(prefix="vmsbuild")
    os.makedirs(os.path.join(scratch, "src"))
    with open(os.path.join(scratch, "src", "sources.txt"), "w") as f:
        f.write(list_text)
    proc = dcl.Procedure(os.path.join(TOP, "vms", "sources.com"), scratch)
    status = proc.run()
    return scratch, status, proc


def parse_mms_include(text):
    macros, rules = {}, []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.fullmatch(r"([A-Z0-9_]+) = \\", lines[i])
        if m:
            items = []
            i += 1
            while i < len(lines) and lines[i].startswith("    "):
                item = lines[i].strip()
                cont = item.endswith(" \\")
                items.append(item[:-2] if cont else item)
                i += 1
                if not cont:
                    break
            macros[m.group(1)] = items
            continue
        m = re.fullmatch(r"(\S+) : (\S+)", lines[i])
        if m and i + 1 < len(lines):
            rules.append((m.group(1), m.group(2), lines[i + 1]))
            i += 2
            continue
        i += 1
    return macros, rules


def generator_problems(list_text, scratch, status):
    probs = []
    if status != 1:
        return ["vms/sources.com ended with status %s" % status]
    text = read(os.path.join(scratch, "vmsobj", "sources.mms"))
    macros, rules = parse_mms_include(text)
    listed = parse_list(list_text)
    by_comp = {}
    for comp, path in listed:
        by_comp.setdefault(comp, []).append(path)
    for comp in components(list_text):
        want = [obj_of(comp, p) for p in by_comp.get(comp, [])]
        got = macros.get(comp.upper() + "_OBJS")
        if got != want:
            probs.append("%s_OBJS is %s, not the objects of [%s] %s" % (comp.upper(), got, comp, want))
        opt = os.path.join(scratch, "vmsobj", comp + ".opt")
        opt_objs = [l for l in read(opt).split("\n") if l and not l.startswith("!")] if os.path.exists(opt) else None
        if opt_objs != want:
            probs.append("[.vmsobj]%s.opt lists %s, not %s" % (comp, opt_objs, want))
        if not os.path.isdir(os.path.join(scratch, "vmsobj", comp)):
            probs.append("no object directory [.vmsobj.%s]" % comp)
    if set(macros) != {c.upper() + "_OBJS" for c in components(list_text)}:
        probs.append("macros %s for components %s" % (sorted(macros), components(list_text)))
    want_rules = []
    for comp, path in listed:
        d, name = os.path.split(path)
        want_rules.append((obj_of(comp, path), "[.%s]%s" % (d.replace("/", "."), name),
                           "\t$(CXX_COMPILE) %s -o vmsobj/%s/%s.obj" % (path, comp, name[:-4])))
    if rules != want_rules:
        extra = [r for r in rules if r not in want_rules]
        missing = [r for r in want_rules if r not in rules]
        probs.append("rules differ from the list: missing %s, extra %s" % (missing[:3], extra[:3]))
    return probs


real_list = read(os.path.join(TOP, "src", "sources.txt"))
scratch, status, _ = run_sources(real_list)
for p in generator_problems(real_list, scratch, status):
    check(False, "vms/sources.com on src/sources.txt: " + p)
generated = read(os.path.join(scratch, "vmsobj", "sources.mms")) if status == 1 else ""
shutil.rmtree(scratch)
for comp, path in parse_list(real_list):
    check(os.path.exists(os.path.join(TOP, path)), "src/sources.txt names %s, which does not exist" % path)

# A file added to the list is built without touching the VMS side.
added = real_list.replace("[core]\n", "[core]\nsrc/core/zz_new_file.cpp\n", 1)
scratch, status, _ = run_sources(added)
probs = generator_problems(added, scratch, status)
check(not probs, "vms/sources.com with a file added to [core]: %s" % probs)
check("[.vmsobj.core]zz_new_file.obj : [.src.core]zz_new_file.cpp" in read(os.path.join(scratch, "vmsobj", "sources.mms")),
      "vms/sources.com left out a file added to [core]")
shutil.rmtree(scratch)
# An empty component gives an empty macro and an empty options file.
empty = real_list.replace("[core]\n", "[empty]\n\n[core]\n", 1)
scratch, status, _ = run_sources(empty)
probs = generator_problems(empty, scratch, status)
check(not probs and "EMPTY_OBJS = \\\n\n" in read(os.path.join(scratch, "vmsobj", "sources.mms")),
      "vms/sources.com on an empty component: %s" % probs)
shutil.rmtree(scratch)
# The generator's own checks: a broken list is refused with a message.
for broken, what in [("src/core/early.cpp\n" + real_list, "a file before the first component"),
                     (real_list.replace("src/core/fsm.cpp", "src/core/fsm.c"), "a file that is not .cpp"),
                     (real_list.replace("[core]", "[co re]"), "a component name with a blank")]:
    scratch, status, proc = run_sources(broken)
    check(status != 1 and any("%SOURCES-E-" in e for e in proc.err),
          "vms/sources.com accepted %s (status %s, messages %s)" % (what, status, proc.err))
    shutil.rmtree(scratch)
# The checker itself fails on a generator that drops a file.
scratch, status, _ = run_sources(real_list)
check(generator_problems(added, scratch, status) != [], "generator_problems missed a file left out of the output")
shutil.rmtree(scratch)


# --- 2. descrip.mms and Makefile.vms --------------------------------------------------
def join_continued(text, mms):
    """Lines with their continuations joined; comments dropped."""
    out, cur = [], ""
    for line in text.split("\n"):
        if line.lstrip().startswith("#") and not line.startswith("\t"):
            continue
        if line.endswith("\\"):
            cur += line[:-1] + " "
            continue
        if mms and line.startswith("\t") and line.rstrip().endswith("-"):
            cur += line.rstrip()[:-1] + " "
            continue
        out.append(cur + line)
        cur = ""
    return out


def parse_description(text, mms):
    """target -> (dependencies, [action lines]); the include line; the macros used."""
    rules, current, include = {}, None, None
    for line in join_continued(text, mms):
        if line.startswith("\t"):
            if current:
                rules[current][1].append(line.strip())
            continue
        m = re.match(r"(?:\.INCLUDE|include)\s+(\S+)", line)
        if m:
            include = m.group(1)
            continue
        m = re.match(r"([^\s=:]+)\s*:\s*(.*)$", line)
        if m and not re.match(r"[A-Z_]+\s*[?]?=", line):
            current = m.group(1).lower()
            rules[current] = (m.group(2).split(), [])
            continue
        current = None
    macros = set(re.findall(r"\$\(([A-Z0-9_]+)_OBJS\)", text))
    return rules, include, macros


def description_problems(name, text, list_text, mms):
    probs = []
    rules, include, used = parse_description(text, mms)
    if include is None or include.lower() != "[.vmsobj]sources.mms":
        probs.append("%s does not include [.vmsobj]sources.mms (what vms/sources.com writes)" % name)
    comps = set(components(list_text))
    for comp in comps - VMS_COMPONENTS - LINUX_ONLY:
        probs.append("[%s] of src/sources.txt is neither built by %s nor known to be Linux-only" % (comp, name))
    for comp in comps & LINUX_ONLY:
        if comp.upper() in used:
            probs.append("%s uses $(%s_OBJS), a Linux-only component" % (name, comp.upper()))
    for image, parts in IMAGES.items():
        target = "[.vmsobj]%s.exe" % image
        if target not in rules:
            probs.append("%s has no rule for %s" % (name, target))
            continue
        deps, actions = rules[target]
        dep_macros = {d[2:-6].lower() for d in deps if d.startswith("$(") and d.endswith("_OBJS)")}
        dep_macros &= comps | VMS_COMPONENTS | LINUX_ONLY   # EMBED_OBJS is no component
        if dep_macros != set(parts):
            probs.append("%s: %s depends on the objects of %s, not %s" % (name, target, sorted(dep_macros), sorted(parts)))
        link = " ".join(a for a in actions if a.upper().startswith("LINK"))
        opts = set(re.findall(r"\[\.vmsobj\]([a-z0-9_]+)\.opt/OPTIONS", link))
        if opts != set(parts):
            probs.append("%s: LINK of %s takes the options files %s, not %s" % (name, target, sorted(opts), sorted(parts)))
        if "[.vmsobj]supervise_msg.obj" not in link:
            probs.append("%s: %s does not link the message object" % (name, target))
    if "[.vmsobj]supervise_cld.obj" not in " ".join(rules.get("[.vmsobj]supervise.exe", ([], []))[1]):
        probs.append("%s: SUPERVISE.EXE does not link the command table object" % name)
    for want in ("[.vmsobj]supervise.hlb", "[.vmsobj]supervise_cld.obj", "[.vmsobj]supervise_msg.obj",
                 "[.vmsobj]cond_symbols.h"):
        if want not in rules:
            probs.append("%s has no rule for %s" % (name, want))
    all_rule = rules.get("all")
    for want in ("[.vmsobj]supervisord.exe", "[.vmsobj]supervise.exe", "[.vmsobj]supervise.hlb"):
        if not all_rule or want not in all_rule[0]:
            probs.append("%s: ALL does not build %s" % (name, want))
    # Every file of the tree it names outside comments exists (outputs are
    # under [.vmsobj]).
    text = "\n".join(join_continued(text, mms))
    for d, f in set(re.findall(r"\[\.([a-z0-9_.]+)\]([a-z0-9_$]+\.[a-z0-9_$]+)", text)):
        if d.startswith("vmsobj"):
            continue
        if not os.path.exists(os.path.join(TOP, *d.split("."), f)):
            probs.append("%s names [.%s]%s, which does not exist" % (name, d, f))
    for path in set(re.findall(r"(?<![\w/])((?:src|tools|vms)/[a-z0-9_/]+\.[a-z]+)", text)):
        if not os.path.exists(os.path.join(TOP, path)):
            probs.append("%s names %s, which does not exist" % (name, path))
    # Each object rule compiles the source it depends on.
    for target, (deps, actions) in rules.items():
        for a in actions:
            if a.startswith("$(CXX_COMPILE)"):
                m = re.fullmatch(r"\$\(CXX_COMPILE\) (\S+) -o (\S+)", a)
                src = "[.%s]%s" % (os.path.dirname(m.group(1)).replace("/", "."), os.path.basename(m.group(1))) if m else None
                if not m or src not in deps or m.group(2).replace("vmsobj/", "[.vmsobj]") != target:
                    probs.append("%s: %s is not made by compiling its source: %s" % (name, target, a))
    return probs, rules


def gnu_make_problems(text):
    """GNU make reads "$" and a leading "@" of a recipe line itself."""
    probs = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.startswith("\t"):
            continue
        rest = re.sub(r"\$\$|\$\([A-Za-z0-9_]+\)|\$@", "", line)
        if "$" in rest:
            probs.append("Makefile.vms:%d: a '$' make would expand (DCL's $ is written $$): %s" % (number, line.strip()))
        if line.lstrip("\t@-+ ").startswith("["):
            probs.append("Makefile.vms:%d: make takes the '@' of this procedure call: %s" % (number, line.strip()))
    return probs


mms_text = read(os.path.join(TOP, "descrip.mms"))
make_text = read(os.path.join(TOP, "Makefile.vms"))
mms_probs, mms_rules = description_problems("descrip.mms", mms_text, real_list, True)
make_probs, make_rules = description_problems("Makefile.vms", make_text, real_list, False)
for p in mms_probs + make_probs:
    check(False, p)
for p in gnu_make_problems(make_text):
    check(False, p)
check(gnu_make_problems("x :\n\t@[.vms]a.com F$SEARCH\n") != [], "gnu_make_problems missed a bare $ or @")
targets = lambda rules: {t for t in rules if t not in ("all", "kit", "clean") and not t.startswith(".")}  # noqa: E731
check(targets(mms_rules) == targets(make_rules),
      "descrip.mms and Makefile.vms build different targets: %s" % sorted(targets(mms_rules) ^ targets(make_rules)))
for t in targets(mms_rules) & targets(make_rules):
    check(sorted(mms_rules[t][0]) == sorted(make_rules[t][0]),
          "descrip.mms and Makefile.vms give %s different dependencies" % t)
# The checks can fail: a new component, an image missing a component.
p, _ = description_problems("descrip.mms", mms_text, real_list + "\n[os_vms_extra]\nsrc/os/vms/x.cpp\n", True)
check(any("os_vms_extra" in x for x in p), "a new component went unnoticed")
p, _ = description_problems("descrip.mms", mms_text.replace("$(SERVER_OBJS)", ""), real_list, True)
check(any("supervisord.exe depends" in x for x in p), "an image without [server] went unnoticed")
p, _ = description_problems("Makefile.vms", make_text.replace("[.vmsobj]client.opt/OPTIONS, ", ""), real_list, False)
check(any("options files" in x for x in p), "a LINK without client.opt went unnoticed")

# --- 3. embed.com and cld_noimage.com -------------------------------------------
for src, func in (("cld/supervise.cld", "supervise_cld"), ("hlp/supervise.hlp", "supervise_hlp"),
                  ("msg/supervise.msg", "supervise_msg")):
    scratch = tempfile.mkdtemp(prefix="vmsembed")
    d, f = src.split("/")
    os.makedirs(os.path.join(scratch, d))
    shutil.copy(os.path.join(TOP, src), os.path.join(scratch, d, f))
    os.makedirs(os.path.join(scratch, "vmsobj"))
    status = dcl.Procedure(os.path.join(TOP, "vms", "embed.com"), scratch,
                           ["[.%s]%s" % (d, f), "[.vmsobj]embed.cpp", func]).run()
    out = read(os.path.join(scratch, "vmsobj", "embed.cpp")) if status == 1 else ""
    m = re.search(r'R"sv_embed\(\n(.*)\)sv_embed";', out, re.S)
    check(status == 1 and m and m.group(1) == read(os.path.join(TOP, src)),
          "vms/embed.com does not give back %s (status %s)" % (src, status))
    check("std::string_view sv::embedded::%s()" % func in out, "vms/embed.com does not define %s()" % func)
    shutil.rmtree(scratch)


# DCL reads and writes these files a line at a time: keep lines short.
for src in ("cld/supervise.cld", "hlp/supervise.hlp", "msg/supervise.msg", "src/sources.txt"):
    longest = max(len(l) for l in read(os.path.join(TOP, src)).split("\n"))
    check(longest <= 255, "%s has a line of %d characters; DCL procedures read it (255 at most)" % (src, longest))


def run_noimage(cld_text):
    scratch = tempfile.mkdtemp(prefix="vmscld")
    os.makedirs(os.path.join(scratch, "cld"))
    os.makedirs(os.path.join(scratch, "vmsobj"))
    with open(os.path.join(scratch, "cld", "supervise.cld"), "w") as f:
        f.write(cld_text)
    status = dcl.Procedure(os.path.join(TOP, "vms", "cld_noimage.com"), scratch,
                           ["[.cld]supervise.cld", "[.vmsobj]supervise_object.cld"]).run()
    out = read(os.path.join(scratch, "vmsobj", "supervise_object.cld")) if status == 1 else None
    compiled = None
    if out is not None and CLD2OBJ:
        # The simulator's SET COMMAND/OBJECT refuses IMAGE, as CDU does.
        compiled = subprocess.run([CLD2OBJ, os.path.join(scratch, "vmsobj", "supervise_object.cld"),
                                   os.path.join(scratch, "vmsobj", "supervise_cld.cpp")],
                                  capture_output=True, text=True)
    shutil.rmtree(scratch)
    return status, out, compiled


cld = read(os.path.join(TOP, "cld", "supervise.cld"))
status, out, compiled = run_noimage(cld)
if CLD2OBJ:
    check(compiled is not None and compiled.returncode == 0,
          "the simulator's SET COMMAND/OBJECT refused vms/cld_noimage.com's copy: %s" % (compiled and compiled.stderr))
if check(status == 1 and out is not None, "vms/cld_noimage.com failed on cld/supervise.cld"):
    a, b = cld.split("\n"), out.split("\n")
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    check(len(a) == len(b) and len(changed) == 1 and changed[0][0].split()[0].upper() == "IMAGE",
          "vms/cld_noimage.com changed more than the IMAGE line: %s" % changed[:3])
    check(not any(l.split()[:1] == ["IMAGE"] for l in (x.upper() for x in b)), "the object-form CLD keeps IMAGE")
status, _, _ = run_noimage(cld.replace('IMAGE "SUPERVISE"', 'IMAGE "SUPERVISE"\n    IMAGE "OTHER"'))
check(status != 1, "vms/cld_noimage.com accepted two IMAGE clauses")

# --- 4. the kit -------------------------------------------------------------------
desc_text = read(os.path.join(TOP, "kit", "vms", "supervise.pcsi$desc"))
kit_text = read(os.path.join(TOP, "kit", "vms", "make_kit.com"))


def kit_problems(desc_text, kit_text):
    probs = []
    installed = re.findall(r"^\s*file\s+\[[A-Z0-9_$]+\]([A-Z0-9_$.]+)\s*;", desc_text, re.M)
    materials = re.findall(r"^\$ call material (\S+) (\S+)$", kit_text, re.M)
    names = [n for _, n in materials]
    for n in installed:
        if names.count(n) != 1:
            probs.append("kit: %s of the product description is copied %d times by make_kit.com" % (n, names.count(n)))
    for src, n in materials:
        if n not in installed:
            probs.append("kit: make_kit.com copies %s, which the product description does not install" % n)
        m = re.fullmatch(r"\[\.([a-z.]+)\]([a-z0-9_$.]+)", src)
        if not m:
            probs.append("kit: cannot read %s" % src)
        elif m.group(1) == "vmsobj":
            if "[.vmsobj]" + m.group(2) not in mms_rules.get("all", ([], []))[0]:
                probs.append("kit: %s is not built by descrip.mms's ALL" % src)
        elif not os.path.exists(os.path.join(TOP, *m.group(1).split("."), m.group(2))):
            probs.append("kit: %s does not exist" % src)
    for f in os.listdir(os.path.join(TOP, "kit", "vms")):
        if f not in ("make_kit.com", "supervise.pcsi$desc", "supervise.pcsi$text") and \
                ("[.kit.vms]" + f) not in [s for s, _ in materials]:
            probs.append("kit: kit/vms/%s is in no kit" % f)
    if len(installed) < 10:
        probs.append("kit: only %d files in the product description" % len(installed))
    return probs


for p in kit_problems(desc_text, kit_text):
    check(False, p)
check(kit_problems(desc_text.replace("file [SYSEXE]SUPERVISE.EXE ;", ""), kit_text) != [],
      "kit: a file missing from the product description went unnoticed")
check(kit_problems(desc_text, kit_text.replace("[.vmsobj]supervise.hlb", "[.vmsobj]supervise.xyz")) != [],
      "kit: a material the build does not make went unnoticed")

# --- 5. one version ------------------------------------------------------------------
cmake = re.search(r"project\(supervise VERSION (\d+)\.(\d+)\.(\d+)", read(os.path.join(TOP, "CMakeLists.txt")))
rsp = re.search(r'-DSV_VERSION=\\"([0-9.]+)\\"', read(os.path.join(TOP, "vms", "clang.rsp")))
if check(cmake and rsp, "no version in CMakeLists.txt or vms/clang.rsp"):
    check(rsp.group(1) == ".".join(cmake.groups()), "vms/clang.rsp says %s, CMakeLists.txt %s" % (rsp.group(1), cmake.groups()))
    pcsi = "V%s.%s-%s" % cmake.groups()
    for f, text in (("supervise.pcsi$desc", desc_text), ("make_kit.com", kit_text),
                    ("supervise.pcsi$text", read(os.path.join(TOP, "kit", "vms", "supervise.pcsi$text")))):
        versions = set(re.findall(r"\bV\d+\.\d+-\d+\b", text))
        check(versions == {pcsi}, "kit/vms/%s names the versions %s, not %s" % (f, sorted(versions), pcsi))

# --- 6. privileges: the server's six (issue 10), nothing else for anyone -------------
SERVER_PRIVS = {"ALTPRI", "SYSNAM", "PRMMBX", "IMPERSONATE", "SETPRV", "WORLD"}


def privileges(text, pattern):
    m = re.search(pattern, text, re.I)
    return set(m.group(1).upper().replace(" ", "").split(",")) if m else None


com = read(os.path.join(TOP, "kit", "vms", "supervisord.com"))
notes = read(os.path.join(TOP, "kit", "vms", "supervise.release_notes"))
check(privileges(com, r"set process /privileges=\(([A-Z_, ]+)\)") == SERVER_PRIVS,
      "kit/vms/supervisord.com enables %s, not the server's six" % privileges(com, r"set process /privileges=\(([A-Z_, ]+)\)"))
authorized = privileges(notes, r"/PRIVILEGES=\(([A-Z_, ]+)\)")
check(authorized == SERVER_PRIVS | {"TMPMBX", "NETMBX"},
      "the release notes' AUTHORIZE grants %s, not the server's six plus TMPMBX and NETMBX" % authorized)
check(privileges(notes, r"/DEFPRIVILEGES=\(([A-Z_, ]+)\)") == {"TMPMBX", "NETMBX"},
      "the release notes' AUTHORIZE enables more than TMPMBX and NETMBX by default")
startup = read(os.path.join(TOP, "kit", "vms", "supervise$startup.com"))
check(not re.search(r"install\s+(add|create|replace)\b(?!\s+sys\$common:\[syslib\]dcltables)", startup, re.I) and
      "/PRIVILEGED" not in startup.upper(),
      "kit/vms/supervise$startup.com installs an image with privileges: the client needs none")

# Files the startup procedure points logical names at are files the kit installs.
SYSDIRS = {"SYS$HELP": "SYSHLP", "SYS$LIBRARY": "SYSLIB", "SYS$SYSTEM": "SYSEXE", "SYS$MANAGER": "SYSMGR"}
for logical, dev, name in re.findall(r"define/system/executive_mode/nolog (\S+) (SYS\$[A-Z]+):(\S+)", startup, re.I):
    check("file [%s]%s ;" % (SYSDIRS.get(dev.upper(), "?"), name.upper()) in desc_text,
          "kit: the startup points %s at %s:%s, which the kit does not install" % (logical, dev, name))
check(re.search(r"nolog SUPERVISE\$HELP SYS\$HELP:SUPERVISE.HLB", startup) is not None,
      "kit: the startup does not define SUPERVISE$HELP")

# docs/OPENVMS.md tells of every installed file, and asks for the same privileges.
doc = read(os.path.join(TOP, "docs", "OPENVMS.md"))
for name in re.findall(r"^\s*file\s+\[[A-Z0-9_$]+\]([A-Z0-9_$.]+)\s*;", desc_text, re.M):
    check(name.split(".")[0] in doc and "." + name.split(".")[1] in doc,
          "docs/OPENVMS.md does not mention the installed file %s" % name)
check(privileges(doc, r"/PRIVILEGES=\(([A-Z_, ]+)\)") == authorized,
      "docs/OPENVMS.md and the release notes give the account different privileges")
check(privileges(doc, r"/DEFPRIVILEGES=\(([A-Z_, ]+)\)") == {"TMPMBX", "NETMBX"},
      "docs/OPENVMS.md enables more than TMPMBX and NETMBX by default")

# The generated include must be what the description files expect.
check("CORE_OBJS = \\" in generated and "# [os_vms]" in generated, "the generated include lacks CORE_OBJS or [os_vms]")

for f in failures:
    print("FAILED:", f)
print("vmsbuild: %d checks, %d failed" % (checks, len(failures)))
sys.exit(1 if failures else 0)
