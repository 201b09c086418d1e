#!/usr/bin/env python3
"""Differential test: Debian's supervisor (supervisord + supervisorctl 4.2.5)
and SUPERVISE on the same configuration files, the same commands in the
same order. For every step it compares the exit status and standard output
(pids, uptimes, dates and the socket path replaced by placeholders), and the
STATUS table (states and status text) after the steps that change state.
What must be the same fails the run when it differs; what is deliberately
different (DELIBERATE below, each with its reason) is listed, not failed.

Usage: tests/compat/differential.py --build-dir build [--keep]
Exit status 0 when everything that must match matches, 1 otherwise, 77 when
supervisor is not installed (apt package `supervisor`).
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

STEP_TIMEOUT = 60      # seconds for one client command
READY_TIMEOUT = 20     # seconds for a server to answer

PROGRAMS_BEFORE = """
[program:web]
command=sleep 1000
startsecs=0
stopwaitsecs=5

[program:manual]
command=sleep 1000
startsecs=0
autostart=false
autorestart=false

[program:broken]
command=/nonexistent/sv-compat-binary
autostart=false
startretries=0

[program:crash]
command=/bin/sh -c 'exit 1'
autostart=false
startsecs=1
startretries=0

[group:grp]
programs=manual
"""

# web's command changes (restart), manual's autorestart changes (no restart,
# still "changed"), extra is new.
PROGRAMS_AFTER = PROGRAMS_BEFORE.replace("command=sleep 1000\nstartsecs=0\nstopwaitsecs=5",
                                         "command=sleep 1001\nstartsecs=0\nstopwaitsecs=5", 1) \
    .replace("autorestart=false", "autorestart=true") + """
[program:extra]
command=sleep 1000
startsecs=0
stopwaitsecs=5
"""

# Steps: (label, client arguments). "@after" rewrites both configurations.
STEPS = [
    ("status all, one running", ["status"]),
    ("status of a running program", ["status", "web"]),
    ("status of an unknown name", ["status", "nosuch"]),
    ("status of an unknown group", ["status", "nosuch:*"]),
    ("status: unknown name and a stopped one", ["status", "nosuch", "grp:manual"]),
    ("start an unknown name", ["start", "nosuch"]),
    ("stop an unknown name", ["stop", "nosuch"]),
    ("start an unknown group", ["start", "nosuch:*"]),
    ("stop an unknown group", ["stop", "nosuch:*"]),
    ("start a started program", ["start", "web"]),
    ("stop a stopped program", ["stop", "grp:manual"]),
    ("signal a stopped program", ["signal", "HUP", "grp:manual"]),
    ("signal with a bad signal name", ["signal", "NOSUCHSIG", "web"]),
    ("signal a running program", ["signal", "WINCH", "web"]),
    ("start: spawn error", ["start", "crash"]),
    ("state after a spawn error", ["status", "crash"]),
    ("start: missing command", ["start", "broken"]),
    ("state after a missing command", ["status", "broken"]),
    ("pid of an unknown name", ["pid", "nosuch"]),
    ("pid of a stopped program", ["pid", "grp:manual"]),
    ("mixed list: start", ["start", "grp:manual", "nosuch", "web"]),
    ("mixed list: stop", ["stop", "nosuch", "grp:manual"]),
    ("last failure wins (7 then 1)", ["start", "crash", "nosuch"]),
    ("restart of a stopped program", ["restart", "grp:manual"]),
    ("restart of a running program", ["restart", "grp:manual"]),
    ("start all", ["start", "all"]),
    ("signal all", ["signal", "WINCH", "all"]),
    ("status after start all", ["status"]),
    ("stop a group", ["stop", "grp:*"]),
    ("clear", ["clear", "web", "nosuch"]),
    ("unknown action", ["bogus"]),
    ("start without a name", ["start"]),
    ("stop without a name", ["stop"]),
    ("restart without a name", ["restart"]),
    ("exit as an action", ["exit"]),
    ("version", ["version"]),
    ("@after", None),
    ("reread", ["reread"]),
    ("avail after reread", ["avail"]),
    ("add: new, unknown, in use", ["add", "extra", "nosuch", "web"]),
    ("remove a running program", ["remove", "extra"]),
    ("stop it", ["stop", "extra"]),
    ("remove it", ["remove", "extra"]),
    ("avail after remove", ["avail"]),
    ("update one group", ["update", "web"]),
    ("update an unknown group", ["update", "nosuch"]),
    ("update the rest", ["update"]),
    ("state after update", ["status"]),
    ("reread: nothing left", ["reread"]),
    ("stop all lists what it stopped", ["stop", "all"]),
    ("@shutdown", None),
    ("no server: status", ["status"]),
    ("no server: start", ["start", "web"]),
    ("no server: stop", ["stop", "web"]),
    ("no server: restart", ["restart", "web"]),
    ("no server: version", ["version"]),
    ("no server: shutdown", ["shutdown"]),
    ("no server: reload", ["reload"]),
]

# Steps whose output is deliberately different; the exit status must still
# match unless `status` says so too. Each with its reason.
DELIBERATE = {
    "unknown action": ("output", "SUPERVISE parses with the CLD: DCL's %CLI-W-IVKEYW on standard error, "
                                 "not supervisorctl's '*** Unknown syntax' (exit status the same)"),
    "start without a name": ("output", "%CLI-W-INSFPRM on standard error instead of supervisorctl's usage text "
                                       "(exit status the same)"),
    "stop without a name": ("output", "as above"),
    "restart without a name": ("output", "as above"),
    "version": ("output", "the product's own version number"),
    "exit as an action": ("output", "supervisorctl prints an empty line on leaving; SUPERVISE prints nothing"),
    "no server: reload": ("output", "supervisorctl prints a Python traceback line; SUPERVISE "
                                    "%SUPERVISE-E-NOSERVER on standard error (exit status the same)"),
}

# Status-table lines that differ on purpose (matched on the normalised line).
DELIBERATE_STATE = [
    (re.compile(r"^broken\s+FATAL\s+can't find command"), re.compile(r"^broken\s+STOPPED\s+Not started"),
     "start of a missing command: same line and status; SUPERVISE tries the spawn and shows the reason in "
     "STATUS (FATAL), supervisor refuses before spawning (STOPPED)"),
    (re.compile(r"^grp:manual\s+STOPPED\s+<DATE>"), re.compile(r"^grp:manual\s+STOPPED\s+Not started"),
     "UPDATE of a group where only a key that needs no restart changed: SUPERVISE keeps the process (and its "
     "last stop time), supervisor removes and re-adds the whole group"),
]


def normalise(text, sock):
    text = text.replace("unix://" + sock, "unix://<SOCK>")
    text = re.sub(r"pid \d+, uptime [0-9:]+(?: days?, [0-9:]+)?", "pid <PID>, uptime <UP>", text)
    text = re.sub(r"[A-Z][a-z]{2} \d\d \d\d:\d\d [AP]M", "<DATE>", text)
    text = re.sub(r"(?m)^[1-9]\d*$", "<N>", text)
    return text


class Side:
    """One product: a directory, a configuration, a server, a client."""

    def __init__(self, name, root, server, client, extra_server):
        self.name = name
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir)
        self.conf = os.path.join(self.dir, "supervisord.conf")
        self.sock = os.path.join(self.dir, "s.sock")
        self.server = server
        self.client = client
        self.extra_server = extra_server
        self.proc = None
        self.pids = set()

    def write(self, programs):
        with open(self.conf, "w") as f:
            f.write("[unix_http_server]\nfile=%s\nchmod=0700\n\n" % self.sock)
            f.write("[supervisord]\nlogfile=%s\npidfile=%s\nchildlogdir=%s\n%s\n"
                    % (os.path.join(self.dir, "supervisord.log"), os.path.join(self.dir, "supervisord.pid"),
                       self.dir, self.extra_server))
            f.write("[rpcinterface:supervisor]\n"
                    "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n")
            f.write("[supervisorctl]\nserverurl=unix://%s\n" % self.sock)
            f.write(programs.replace("[program:web]", "[program:web]\nstdout_logfile=%s"
                                     % os.path.join(self.dir, "web.out"), 1))

    def start(self):
        log = open(os.path.join(self.dir, "server.out"), "w")
        self.proc = subprocess.Popen(self.server + ["-n", "-c", self.conf], stdout=log, stderr=subprocess.STDOUT,
                                     cwd=self.dir, start_new_session=True)
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.run(["status"])[0] in (0, 3):
                return True
            time.sleep(0.1)
        return False

    def run(self, args):
        env = dict(os.environ)
        for k in ("SUPERVISORD_CMD", "SUPERVISORD_TABLE", "SUPERVISORD_PASSWORD"):
            env.pop(k, None)
        try:
            p = subprocess.run(self.client + ["-c", self.conf] + args, capture_output=True, text=True,
                               timeout=STEP_TIMEOUT, env=env, cwd=self.dir, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return -1, "", "timed out"
        self.remember(p.stdout)
        return p.returncode, p.stdout, p.stderr

    def remember(self, out):
        for m in re.finditer(r"pid (\d+),", out):
            self.pids.add(int(m.group(1)))

    def stop_server(self):
        if self.proc and self.proc.poll() is None:
            self.run(["stop", "all"])
            self.run(["shutdown"])
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)

    def cleanup(self):
        self.stop_server()
        for pid in self.pids:   # only the programs this run saw
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def table(out, sock):
    return [l for l in normalise(out, sock).splitlines() if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()
    sup_d, sup_ctl = shutil.which("supervisord"), shutil.which("supervisorctl")
    if not sup_d or not sup_ctl or not os.path.exists("/usr/lib/python3/dist-packages/supervisor"):
        print("differential: Debian's supervisor is not installed (apt package supervisor)")
        return 77
    build = os.path.abspath(a.build_dir)
    root = tempfile.mkdtemp(prefix="sv-compat-")
    ref = Side("supervisor", root, ["/usr/bin/supervisord"], ["/usr/bin/supervisorctl"], "")
    sv = Side("supervise", root, [os.path.join(build, "supervisord")], [os.path.join(build, "supervise")],
              "table=%s\n" % os.path.join(root, "supervise", "table"))
    failures, deliberate, rows = [], [], 0
    try:
        for side in (ref, sv):
            side.write(PROGRAMS_BEFORE)
            if not side.start():
                print("differential: %s did not answer within %d s" % (side.name, READY_TIMEOUT))
                return 1
        deadline = time.monotonic() + READY_TIMEOUT   # web RUNNING on both
        while time.monotonic() < deadline and not all(
                "RUNNING" in s.run(["status", "web"])[1] for s in (ref, sv)):
            time.sleep(0.1)
        for label, args in STEPS:
            if label == "@after":
                for side in (ref, sv):
                    side.write(PROGRAMS_AFTER)
                continue
            if label == "@shutdown":
                for side in (ref, sv):
                    side.run(["shutdown"])
                    side.proc.wait(timeout=20)
                continue
            rows += 1
            (rs, rout, rerr), (ss, sout, serr) = ref.run(args), sv.run(args)
            rout, sout = normalise(rout, ref.sock), normalise(sout, sv.sock)
            if rs != ss:
                failures.append("%-40s exit status: supervisorctl %d, supervise %d" % (label, rs, ss))
            if label in DELIBERATE:
                if rout != sout:
                    deliberate.append("%-40s %s" % (label, DELIBERATE[label][1]))
            elif args[0] in ("status", "avail"):
                # The same lines; avail's order among equal priorities is the file's in supervisor.
                rl, sl = table(rout, ref.sock), table(sout, sv.sock)
                if args[0] == "avail":
                    rl, sl = sorted(rl), sorted(sl)
                for r_line, s_line in zip(rl, sl):
                    if r_line == s_line:
                        continue
                    why = [w for sp, rp, w in DELIBERATE_STATE if sp.match(s_line) and rp.match(r_line)]
                    if why:
                        deliberate.append("%-40s %s" % (label, why[0]))
                    else:
                        failures.append("%-40s\n    supervisorctl: %s\n    supervise:     %s" % (label, r_line, s_line))
                if len(rl) != len(sl):
                    failures.append("%-40s line count %d vs %d" % (label, len(rl), len(sl)))
            elif "all" in args and rout != sout and sorted(rout.splitlines()) == sorted(sout.splitlines()):
                deliberate.append("%-40s %s" % (label, "the same lines in another order: ALL takes processes by "
                                                       "priority then name here, by priority then the order they "
                                                       "were added in supervisor"))
            elif rout != sout:
                failures.append("%-40s output differs\n--- supervisorctl\n%s--- supervise\n%s"
                                % (label, rout, sout))
            print("%-40s %-3s %d/%d" % (label, "ok" if not failures or not failures[-1].startswith(label) else "XX",
                                        rs, ss))
    finally:
        for side in (ref, sv):
            side.cleanup()
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            print("kept", root)
    print("\n%d steps compared: exit status and output of each, the status table where states change" % rows)
    print("\nDeliberately different (%d):" % len(deliberate))
    for d in deliberate:
        print("  " + d)
    print("  (not compared) shutdown: supervisor stops every program, SUPERVISE leaves them running "
          "(re-adoption); reload: supervisor restarts supervisord, SUPERVISE applies what changed")
    if failures:
        print("\nDIFFERENT where they must match (%d):" % len(failures))
        for f in failures:
            print("  " + f)
        return 1
    print("\nEverything that must match matches.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
