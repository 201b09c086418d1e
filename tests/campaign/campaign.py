#!/usr/bin/env python3
"""Fault-injection campaign for supervisord: kill -9 at any instant, restart,
check that every program runs exactly once.

Each round builds a fresh directory with a configuration of N programs, runs a
real `supervisord -n` on it (table and command socket inside the directory,
through SUPERVISORD_TABLE and SUPERVISORD_CMD), triggers one activity (the
round's "moment"), kills the server with SIGKILL 0-200 ms later, starts a new
server on the same configuration and table, waits (bounded) until it settles
and checks the invariants below against what really runs (/proc).

Programs (argv[0] of every program is its marker campaign-<round>-<name>, so a
live process is counted from /proc/<pid>/cmdline without ambiguity):
  sleeper  /bin/sleep, autostart; startsecs 0 or 1
  manual   /bin/sleep, autostart=false
  flappy   /bin/sh that exits 1 after 1.2-4 s, autorestart: restarts forever
  fatal    /bin/sh that exits 1 after 0.1-0.4 s, startsecs 1: BACKOFF, FATAL

Words used below, per program, after the new server has settled:
  live       processes whose argv[0] is the program's marker, not zombies
  STATUS     what `supervise --json status` of the new server says
  duplicated more than one live process
  unmanaged  a live process whose STATUS is not STARTING/RUNNING/STOPPING with
             that very pid (or a live process of a name STATUS does not show)
  phantom    STATUS shows STARTING/RUNNING/STOPPING with a pid that is not a
             live process of the program (after the state stayed stable)
  lost       the program must run, no live process, STATUS not FATAL
  forgotten  an intent that was decided (its reply reached the client, or the
             old server already acted on it) was undone or dropped
  zombie     a zombie whose parent is the new server, still there 0.5 s later
  table      a *.tmp.* file left in the table after the new server started (the
             same file 0.3 s later: a write in progress is not a leftover), or
             a table entry the new server ignored (log: "table entry ... ignored")
  refused    a new server that refuses to start or does not answer (it is
             tried again, so that the checks still run)

Invariants every round: 0 duplicated, 0 unmanaged, 0 phantom, 0 zombie, table
ok, flappy and fatal programs at most one live process consistent with STATUS.

When the kill lands: a delay drawn from 0-25 ms (half the rounds, where a start
or a stop does most of its work) or 0-200 ms, counted in half the rounds from
the trigger itself (client started, server started) and in the other half
from the line in the server log saying it got the request (or started); for a
client's request, one round in five kills just after the reply arrived. In a
quarter of the rounds the new server is killed too, 0-30 ms after its start
line (during re-adoption), and the next one must reach the same end state.
After the checks pass, the settled new server is killed once more and one more
server started on the table it wrote: every live process must be adopted as is
(same pid), nothing started or stopped.
Correct end state per moment ("must run" = exactly one live, RUNNING):

  first_autostart  kill while the first server starts its programs (empty
                   table). sleeper: must run. manual: no live process (nobody
                   asked for it).
  crash_burst      all running; kill -9 a third of the sleepers and some flappy
                   programs, then the server. sleeper: must run.
  start_all        all stopped by a completed `stop all`; `start all`, kill.
                   sleeper, manual: 0 or 1; if the reply arrived: must run.
  stop_all         all running; `stop all`, kill. If the reply arrived: every
                   program has no live process. Otherwise a sleeper is
                   either stopped or still the very process it was: a new
                   process undoes the decided stop (forgotten).
  restart_all      all running; `restart all`, kill. sleeper: must run.
                   manual: 0 or 1; if the reply arrived: must run.
  reload           all running; the configuration is edited (some sleepers get
                   a new command line, some are removed, new ones added),
                   `reload`, kill; the new server reads the edited file.
                   kept and added sleepers: must run; changed ones: must run,
                   and with the new command line if the reply arrived; removed
                   ones: no live process if the reply arrived, otherwise a live
                   one must still be shown by STATUS; manual: no live process.
  idle             all running, nothing happens, kill. sleeper: must run, with
                   the same pid as before (restarting it is forgotten).
  spawn_window     all running; `restart all`; a child the server has cloned
                   is stopped (SIGSTOP) before it runs its program, the server
                   is killed in that instant, the new server started, then the
                   child continues (before a retry if the new server refused:
                   a real child does not wait). sleeper: must run, once;
                   nothing unmanaged.
  table_fail       all running; the table directory is made unwritable for
                   root (chattr +i: EPERM, or a full tmpfs: ENOSPC; mode 0500
                   when not root), a third of
                   the sleepers are killed and the manual programs started,
                   the server is killed 0-400 ms later; the table is made
                   writable again and the new server started. No duplicate,
                   nothing unmanaged (an unrecorded copy run by the old server
                   shows up as one of them). sleeper: must run or FATAL.

Cleanup: only what this driver started: servers by pid, program processes by
pid after checking their marker; the driver is a child subreaper so orphans
come back to it and are reaped. Every loop is bounded in count and time.
"""

import argparse
import ctypes
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MOMENTS = ["first_autostart", "crash_burst", "start_all", "stop_all",
           "restart_all", "reload", "idle", "table_fail", "spawn_window"]
RUNNING_STATES = ("STARTING", "RUNNING", "STOPPING")
COLUMNS = ["duplicated", "lost", "unmanaged", "phantom", "forgotten", "zombies", "table", "refused",
           "driver"]

PR_SET_CHILD_SUBREAPER = 36


class Interrupted(Exception):
    """SIGINT or SIGTERM: stop after cleaning up the round in progress."""


def now():
    return time.monotonic()


# ---------------------------------------------------------------- /proc

def read_proc(pid):
    """(argv list, state, ppid) of a process, None when it is gone."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            raw = f.read()
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("latin-1")
    except OSError:
        return None
    rest = stat[stat.rfind(")") + 2:].split()
    comm = stat[stat.find("(") + 1:stat.rfind(")")]
    argv = [a.decode("latin-1") for a in raw.split(b"\0")[:-1]] if raw else []
    return argv, rest[0], int(rest[1]), comm


def pre_exec(pid, procs):
    """True when `pid` is alive, not a zombie, and not (yet) one of the
    program's marker processes: a child that has not run its program."""
    if not pid or any(p == pid for p, _ in procs):
        return False
    info = read_proc(pid)
    return info is not None and info[1] != "Z"


def describe_pid(pid):
    info = read_proc(pid) if pid else None
    if info is None:
        return "gone"
    argv, state, ppid, comm = info
    return f"state {state}, ppid {ppid}, comm {comm}, argv0 {argv[0] if argv else '-'}"


def all_pids():
    return [int(d) for d in os.listdir("/proc") if d.isdigit()]


def scan(prefix):
    """Processes whose argv[0] starts with `prefix`: {argv0: [(pid, argv)]},
    live (non-zombie) only; plus the list of every zombie (pid, ppid, comm).
    A process whose parent carries the same marker is the program's own
    child (a shell's fork for `sleep`, caught before its exec while it still
    has the shell's argv), not a second copy: it is left out."""
    live, zombies, parent = {}, [], {}
    for pid in all_pids():
        info = read_proc(pid)
        if info is None:
            continue
        argv, state, ppid, comm = info
        if state == "Z":
            zombies.append((pid, ppid, comm))
            continue
        if argv and argv[0].startswith(prefix):
            live.setdefault(argv[0], []).append((pid, argv))
            parent[pid] = ppid
    for marker, procs in live.items():
        pids = {p for p, _ in procs}
        live[marker] = [(p, a) for p, a in procs if parent[p] not in pids]
    return live, zombies


def marker_of(pid):
    info = read_proc(pid)
    if info is None or info[1] == "Z" or not info[0]:
        return None
    return info[0][0]


# ---------------------------------------------------------------- the driver

class Driver:
    def __init__(self, args):
        self.args = args
        self.bindir = os.path.abspath(args.build_dir)
        self.supervisord = os.path.join(self.bindir, "supervisord")
        self.supervise = os.path.join(self.bindir, "supervise")
        self.mine = set()          # pids of Popen children still unreaped by subprocess
        self.mounts = []           # tmpfs mounted by this driver
        self.immutable = []        # directories made immutable by this driver

    # -- children and zombies

    def reap(self):
        """Reaps zombies reparented to this driver (it is a child subreaper)."""
        me = os.getpid()
        for pid in all_pids():
            if pid in self.mine:
                continue
            info = read_proc(pid)
            if info and info[2] == me and info[1] == "Z":
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass

    def popen(self, argv, env, out):
        p = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=out,
                             stderr=subprocess.STDOUT)
        self.mine.add(p.pid)
        return p

    def finish(self, p, timeout=5.0):
        """Waits (bounded) for a Popen child, SIGKILL when it does not end."""
        try:
            p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=5)
        self.mine.discard(p.pid)
        return p.returncode

    def client(self, r, *words, timeout=20.0):
        """Runs `supervise -c conf words...`; (exit status, output)."""
        try:
            cp = subprocess.run([self.supervise, "-c", r.conf] + list(words), env=r.env,
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
            return cp.returncode, cp.stdout.decode("latin-1") + cp.stderr.decode("latin-1")
        except subprocess.TimeoutExpired:
            return -1, "timeout"

    def status(self, r):
        """{name: (state, pid, description)} or None when no answer."""
        rc, out = self.client(r, "--json", "status", timeout=10)
        try:
            doc = json.loads(out)
        except ValueError:
            return None
        return {p["name"]: (p["state"], int(p["pid"]), p.get("description", ""))
                for p in doc.get("processes", [])}

    # -- servers

    def start_server(self, r):
        tag = len(r.servers) + 1
        out = open(os.path.join(r.dir, f"server{tag}.out"), "wb")
        p = self.popen([self.supervisord, "-n", "-c", r.conf], r.env, out)
        out.close()
        r.servers.append(p)
        return p

    def wait_ready(self, r, p, timeout=10.0):
        end = now() + timeout
        while now() < end:
            if p.poll() is not None:
                return False
            if os.path.exists(r.sock) and self.status(r) is not None:
                return True
            time.sleep(0.02)
        return False

    def kill_server(self, p):
        if p.poll() is None:
            try:
                os.kill(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.finish(p)

    # -- settling

    def settle(self, r, want, timeout):
        """Polls STATUS until want(status) is true or `timeout` passes."""
        end = now() + timeout
        st = None
        while now() < end:
            st = self.status(r)
            if st is not None and want(st):
                return st, True
            self.reap()
            time.sleep(0.05)
        return st, False

    # -- cleanup

    def kill_marked(self, prefix, deadline=5.0):
        """SIGKILLs every process whose argv[0] carries this round's marker
        (checked again just before each kill), and the unmarked `sleep`
        children of the shell programs; bounded."""
        end = now() + deadline
        while now() < end:
            live, _ = scan(prefix)
            pids = [pid for procs in live.values() for pid, _ in procs]
            if not pids:
                break
            kids = []
            for pid in all_pids():
                info = read_proc(pid)
                if info and info[2] in pids and info[3] == "sleep" and info[1] != "Z":
                    kids.append(pid)
            for pid in pids:
                m = marker_of(pid)
                if m and m.startswith(prefix):
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            for pid in kids:
                info = read_proc(pid)
                if info and info[3] == "sleep":
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            time.sleep(0.02)
            self.reap()
        self.reap()


# ---------------------------------------------------------------- a round

class Program:
    def __init__(self, name, kind, rng):
        self.name = name
        self.kind = kind
        self.autostart = kind != "manual"
        self.startsecs = rng.choice([0, 1]) if kind in ("sleeper", "manual") else 1
        self.version = 0
        if kind == "flappy":
            self.startsecs = rng.choice([0, 1])
            self.life = "%.2f" % rng.uniform(1.2, 4.0)
        elif kind == "fatal":
            self.life = "%.2f" % rng.uniform(0.1, 0.4)
            self.retries = rng.choice([0, 1])

    def section(self, rid):
        marker = f"campaign-{rid}-{self.name}"
        lines = [f"[program:{self.name}]"]
        if self.kind in ("sleeper", "manual"):
            lines += ["image = /bin/sleep", f"command = {marker} {100000 + self.version}"]
        else:
            lines += ["image = /bin/sh", f'command = {marker} -c "sleep {self.life}; exit 1"']
        lines += [f"startsecs = {self.startsecs}", "stopwaitsecs = 2"]
        if not self.autostart:
            lines.append("autostart = false")
        if self.kind == "fatal":
            lines.append(f"startretries = {self.retries}")
        return "\n".join(lines) + "\n"


class Round:
    def __init__(self, driver, index, moment, seed, nprog):
        self.driver = driver
        self.index = index
        self.moment = moment
        self.rng = random.Random(seed * 1000003 + index)
        # The driver's pid keeps two campaigns running at once (same seed or
        # not) from counting, or cleaning up, each other's processes.
        self.rid = f"{seed}-{os.getpid()}r{index}"
        self.prefix = f"campaign-{self.rid}-"
        self.dir = tempfile.mkdtemp(prefix=f"sv-campaign-{self.rid}-")
        self.conf = os.path.join(self.dir, "supervisord.conf")
        self.sock = os.path.join(self.dir, "cmd.sock")
        self.tabparent = self.dir
        self.table = os.path.join(self.dir, "table")
        self.env = dict(os.environ)
        self.servers = []
        self.faults = {c: 0 for c in COLUMNS}
        self.notes = []
        kinds = (["sleeper"] * 55 + ["manual"] * 15 + ["flappy"] * 15 + ["fatal"] * 15)
        self.programs = {}
        for k in range(nprog):
            name = "p%03d" % k
            self.programs[name] = Program(name, self.rng.choice(kinds), self.rng)
        self.removed = set()
        self.added = set()
        self.why = {}
        self.fail_kind = None
        self.observed = False
        self.anchored = False
        self.frozen = []        # spawn_window: children stopped before their exec
        self.reported = {}      # table_fail: old server's states of the failed starts
        self.acked = False      # the client's reply arrived before the kill
        self.changed = set()

    def marker(self, name):
        return self.prefix + name

    def setup_table(self):
        if self.moment == "table_fail" and os.geteuid() != 0:
            self.fail_kind = "chmod"     # mode 0500 is enough for a non-root server
        elif self.moment == "table_fail" and self.rng.random() < 0.5:
            # A small tmpfs for the table: filled up later (ENOSPC for root too).
            self.tabparent = os.path.join(self.dir, "tabfs")
            os.mkdir(self.tabparent)
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700",
                            "campaign-table", self.tabparent], check=True)
            self.driver.mounts.append(self.tabparent)
            self.table = os.path.join(self.tabparent, "table")
            self.fail_kind = "enospc"
        elif self.moment == "table_fail":
            self.fail_kind = "eperm"     # chattr +i: EPERM, for root too
        self.env["SUPERVISORD_TABLE"] = self.table
        self.env["SUPERVISORD_CMD"] = self.sock

    def write_config(self):
        text = "[supervisord]\n" + f"logfile = {self.dir}/supervisord.log\nloglevel = debug\nchildlogdir = {self.dir}\n\n"
        text += "\n".join(p.section(self.rid) for p in self.programs.values()
                           if p.name not in self.removed)
        tmp = self.conf + ".new"
        with open(tmp, "w") as f:
            f.write(text)
        os.replace(tmp, self.conf)

    def fault(self, kind, text):
        self.faults[kind] += 1
        self.notes.append(f"{kind}: {text}")

    # -- table failure

    def break_table(self):
        if self.fail_kind == "chmod":
            os.chmod(self.table, 0o500)
        elif self.fail_kind == "eperm":
            subprocess.run(["chattr", "+i", self.table], check=True)
            self.driver.immutable.append(self.table)
        else:
            filler = os.path.join(self.tabparent, "filler")
            try:
                with open(filler, "wb") as f:
                    for _ in range(1024):
                        f.write(b"\0" * 4096)
                        f.flush()
            except OSError:
                pass

    def repair_table(self):
        if self.fail_kind == "chmod":
            os.chmod(self.table, 0o700)
        elif self.fail_kind == "eperm":
            subprocess.run(["chattr", "-i", self.table], check=False)
            if self.table in self.driver.immutable:
                self.driver.immutable.remove(self.table)
        else:
            try:
                os.unlink(os.path.join(self.tabparent, "filler"))
            except OSError:
                pass


def sleepers(r, kinds=("sleeper",)):
    return [p for p in r.programs.values() if p.kind in kinds]


def all_running(r):
    def want(st):
        for p in sleepers(r):
            s = st.get(p.name)
            if not s or s[0] != "RUNNING":
                return False
        return True
    return want


def all_stopped(st):
    return all(s[0] not in RUNNING_STATES and s[0] != "BACKOFF" for s in st.values())


def new_server(d, r):
    """Starts a server on the round's table. One that refuses to start or does
    not answer is a fault; it is then tried again (as a service manager would,
    at most 3 times, 0.5 s apart) so that the checks still run. None when no
    attempt answers."""
    for attempt in range(4):
        p = d.start_server(r)
        if d.wait_ready(r, p):
            return p
        d.kill_server(p)
        out = os.path.join(r.dir, f"server{len(r.servers)}.out")
        if attempt == 0:
            r.fault("refused", f"server {len(r.servers)} did not start: " + tail(out))
        else:
            r.notes.append(f"retry: server {len(r.servers)} did not start either: " + tail(out))
        if r.frozen:
            r.notes.append("the stopped child goes on before the retry")
            thaw(d, r)
        time.sleep(0.5)
    return None


def log_size(r):
    try:
        return os.path.getsize(os.path.join(r.dir, "supervisord.log"))
    except OSError:
        return 0


def wait_log(r, offset, needle, timeout):
    """Polls the server log (1 ms steps, bounded) until `needle` appears after `offset`."""
    path = os.path.join(r.dir, "supervisord.log")
    end = now() + timeout
    while now() < end:
        try:
            with open(path, "rb") as f:
                f.seek(offset)
                if needle.encode() in f.read():
                    return True
        except OSError:
            pass
        time.sleep(0.001)
    return False


def anchor(r, offset, needle):
    """Half the rounds count the kill delay from the moment the server logs
    that it got the request (or started), half from the trigger itself."""
    if r.rng.random() < 0.5:
        r.anchored = wait_log(r, offset, needle, 3.0)


def tail(path, n=3):
    try:
        with open(path, "r", errors="replace") as f:
            return " | ".join(f.read().strip().splitlines()[-n:]) or "(no output)"
    except OSError as e:
        return str(e)


def kill_programs(r, live, names):
    """SIGKILLs the live processes of `names` (marker checked first)."""
    for name in names:
        for pid, _ in live.get(r.marker(name), []):
            if marker_of(pid) == r.marker(name):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def trigger(d, r, words):
    out = open(os.path.join(r.dir, "client.out"), "ab")
    c = d.popen([d.supervise, "-c", r.conf] + words, r.env, out)
    out.close()
    return c


def replied(c):
    """Whether the client had its reply (it exited with a reply's status)."""
    return c.poll() is not None and c.returncode in (0, 1, 3, 7)


def freeze_prespawn(d, r, s1, timeout=2.0):
    """Catches a child of the server that has not run its program yet (its
    command line is still the server's) and stops it (SIGSTOP): the server,
    suspended in vfork until the child execs, is then killed at that very
    instant. Returns the child's pid, or None (bounded)."""
    path = f"/proc/{s1.pid}/task/{s1.pid}/children"
    end = now() + timeout
    while now() < end:
        try:
            with open(path) as f:
                kids = [int(x) for x in f.read().split()]
        except OSError:
            return None
        for pid in kids:
            info = read_proc(pid)
            if info and info[0] and info[0][0] == d.supervisord and info[2] == s1.pid:
                try:
                    os.kill(pid, signal.SIGSTOP)
                except ProcessLookupError:
                    continue
                info = read_proc(pid)
                if info and info[0] and info[0][0] == d.supervisord:
                    r.frozen.append(pid)
                    if r.rng.random() < 0.5:
                        step_past_descriptors(d, r, pid)
                    return pid
                os.kill(pid, signal.SIGCONT)   # it had exec'd meanwhile
    return None


def open_fds(pid):
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def step_past_descriptors(d, r, pid, steps=400):
    """Lets a stopped child run in tiny steps (SIGCONT then SIGSTOP) until it
    has closed the server's descriptors but not yet run its program: the
    window in which it records itself in the table. Bounded."""
    for k in range(steps):
        n = open_fds(pid)
        info = read_proc(pid)
        if not info or not info[0] or info[0][0] != d.supervisord:
            r.notes.append(f"child {pid} ran its program while being stepped")
            return
        if 0 <= n <= 4:
            r.notes.append(f"child {pid} stopped with {n} descriptors open, after {k} steps")
            return
        os.kill(pid, signal.SIGCONT)
        os.kill(pid, signal.SIGSTOP)
    r.notes.append(f"child {pid} still holds {open_fds(pid)} descriptors after {steps} steps")


def thaw(d, r):
    """Lets the stopped children run on (they are the driver's now)."""
    for pid in r.frozen:
        try:
            os.kill(pid, signal.SIGCONT)
        except ProcessLookupError:
            pass


def observe_unwritable(d, r, s1, victims, manual, orig):
    """With the table unwritable, waits (bounded) until the old server has
    reacted to every victim, then checks it runs no copy the table could not
    record and reports each failed start with a reason."""
    def reacted(st):
        for name in victims:
            s = st.get(name)
            if s and s[0] == "RUNNING" and s[1] == orig.get(name):
                return False
            if s and s[0] == "STARTING":
                return False
        return True
    st, _ = d.settle(r, reacted, 3)
    time.sleep(0.2)
    st = d.status(r) or {}
    live, _ = scan(r.prefix)
    r.observed = True
    for name in victims + manual:
        procs = [pid for pid, _ in live.get(r.marker(name), []) if pid != orig.get(name)]
        s = st.get(name)
        if procs:
            r.fault("unmanaged", f"{name}: pid {procs} runs while the table cannot be written "
                    f"(unrecorded copy); old server STATUS {s}")
        elif s and s[0] in ("BACKOFF", "FATAL") and (not s[2] or s[2].startswith("unknown error")):
            r.fault("table", f"{name}: {s[0]} without a reason while the table cannot be written")
        elif s:
            r.reported[s[0]] = r.reported.get(s[0], 0) + 1


def run_round(d, r, args):
    """Runs one round; fills r.faults and r.notes."""
    rng = r.rng
    r.setup_table()
    r.write_config()
    # Half the kills land in the first 25 ms (where a start or a stop does
    # most of its work), half anywhere in 0-200 ms.
    delay = rng.uniform(0.0, 0.025) if rng.random() < 0.5 else rng.uniform(0.0, 0.2)
    # Expected end state per program: "run" (exactly one, RUNNING; FATAL is
    # tolerated as a reported failure), ("same", pid) / ("new", argv1): must
    # run and be that process / that command line, "none": no live process,
    # "any": 0 or 1, consistent with STATUS.
    expect = {}
    why = r.why
    for p in r.programs.values():
        if p.kind == "sleeper":
            expect[p.name] = "run"
        elif p.kind == "manual":
            expect[p.name] = "none"
            why[p.name] = "autostart=false, never started"
        else:
            expect[p.name] = "any"

    mark = log_size(r)
    s1 = d.start_server(r)
    m = r.moment
    if m == "first_autostart":
        anchor(r, mark, f"started, pid {s1.pid}")
        time.sleep(delay)
        d.kill_server(s1)
    else:
        if not d.wait_ready(r, s1):
            r.fault("refused", "first server did not answer: " + tail(os.path.join(r.dir, "server1.out")))
            return
        st, ok = d.settle(r, all_running(r), 10)
        if not ok:
            r.notes.append("setup: not every sleeper RUNNING after 10 s")
        orig = {n: s[1] for n, s in (st or {}).items() if s[0] == "RUNNING"}
        live, _ = scan(r.prefix)
        if m == "crash_burst":
            victims = [p.name for p in sleepers(r) if rng.random() < 0.34]
            victims += [p.name for p in sleepers(r, ("flappy",)) if rng.random() < 0.5]
            kill_programs(r, live, victims)
            time.sleep(delay)
            d.kill_server(s1)
        elif m == "idle":
            time.sleep(delay)
            d.kill_server(s1)
            for p in sleepers(r):
                if p.name in orig:
                    expect[p.name] = ("same", orig[p.name])
        elif m == "spawn_window":
            c = trigger(d, r, ["restart", "all"])
            child = freeze_prespawn(d, r, s1)
            d.kill_server(s1)
            d.finish(c, timeout=10)
            if child:
                r.notes.append(f"restart all: spawned child {child} stopped before it ran its "
                               "program, server killed; child continued after the new server started")
            else:
                r.notes.append("restart all: no child caught before its program ran (plain restart_all)")
            for p in sleepers(r, ("manual",)):
                expect[p.name] = "any"
        elif m == "table_fail":
            r.break_table()
            victims = [p.name for p in sleepers(r) if rng.random() < 0.34]
            kill_programs(r, live, victims)
            manual = [p.name for p in sleepers(r, ("manual",))]
            c = trigger(d, r, ["start", ",".join(manual)]) if manual else None
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0.0, 0.4))
            else:
                observe_unwritable(d, r, s1, victims, manual, orig)
            d.kill_server(s1)
            if c:
                d.finish(c, timeout=10)
            r.repair_table()
            for name in manual:
                expect[name] = "any"
            r.notes.append(f"table made unwritable ({r.fail_kind}); killed {len(victims)} sleepers")
        else:
            if m == "start_all":
                d.client(r, "stop", "all", timeout=30)
                st, ok = d.settle(r, all_stopped, 10)
                if not ok:
                    r.notes.append("setup: stop all did not complete")
                words = ["start", "all"]
            elif m == "reload":
                names = [p.name for p in sleepers(r)]
                rng.shuffle(names)
                k = max(1, len(names) // 6)
                r.changed = set(names[:k])
                r.removed = set(names[k:2 * k])
                for name in r.changed:
                    r.programs[name].version = 1
                base = len(r.programs)
                for j in range(k):
                    name = "p%03d" % (base + j)
                    r.programs[name] = Program(name, "sleeper", rng)
                    r.added.add(name)
                    expect[name] = "run"
                r.write_config()
                words = ["reload"]
            else:
                words = [m.split("_")[0], "all"]
            mark = log_size(r)
            c = trigger(d, r, words)
            after_reply = rng.random() < 0.2
            if after_reply:
                # Just after the acknowledgement: what was acknowledged must hold.
                try:
                    c.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
                delay = rng.uniform(0.0, 0.025)
            else:
                anchor(r, mark, " requested by ")
            time.sleep(delay)
            decided = replied(c)
            r.acked = decided
            d.kill_server(s1)
            d.finish(c, timeout=10)
            since = "the reply" if after_reply else "the request line" if r.anchored else "the trigger"
            r.notes.append(f"{' '.join(words)}: reply before the kill: {decided} "
                           f"(client exit {c.returncode}), kill {delay * 1000:.0f} ms after {since}")
            if m == "start_all":
                for p in sleepers(r, ("sleeper", "manual")):
                    expect[p.name] = "run" if decided else "any"
            elif m == "stop_all":
                for p in r.programs.values():
                    if decided:
                        expect[p.name] = "none"
                        why[p.name] = "stop all acknowledged"
                    elif p.kind == "sleeper":
                        # Either the stop reached it (no process) or it is
                        # still the same process: never a new one.
                        pid = orig.get(p.name)
                        expect[p.name] = ("stopping", pid) if pid else "any"
            elif m == "restart_all":
                for p in sleepers(r, ("manual",)):
                    expect[p.name] = "run" if decided else "any"
            elif m == "reload":
                for name in r.removed:
                    expect[name] = "none" if decided else "any"
                    why[name] = "removed by an acknowledged reload"
                for name in r.changed:
                    expect[name] = ("new", str(100001)) if decided else "run"

    if rng.random() < 0.25:
        # The new server is killed too while it re-adopts and restarts: the
        # next one must reach the same end state.
        mark = log_size(r)
        s = d.start_server(r)
        found = wait_log(r, mark, f"started, pid {s.pid}", 3.0)
        again = rng.uniform(0.0, 0.03)
        time.sleep(again)
        d.kill_server(s)
        r.notes.append(f"new server killed as well, {again * 1000:.0f} ms after its start"
                       + ("" if found else " (start line not seen)"))
    s2 = new_server(d, r)
    if not s2:
        return
    if r.frozen:
        # The stopped child goes on only now that the new server has read
        # the table: the instant of the race, made certain.
        time.sleep(0.2)
        thaw(d, r)
        time.sleep(0.3)
    check(d, r, s2, expect)
    if sum(r.faults.values()):
        return
    # Once more on the table the new server wrote: kill it, start a third
    # one; every live process is adopted as it is, nothing starts or stops.
    live, _ = scan(r.prefix)
    expect3 = {}
    for p in r.programs.values():
        procs = live.get(r.marker(p.name), [])
        if p.kind not in ("sleeper", "manual"):
            expect3[p.name] = "any"
        elif len(procs) == 1:
            expect3[p.name] = ("same", procs[0][0])
        elif not procs:
            expect3[p.name] = "none"
            r.why[p.name] = "not running before the third server"
    d.kill_server(s2)
    r.notes.append("one more server on the new server's table")
    s3 = new_server(d, r)
    if not s3:
        return
    check(d, r, s3, expect3)


def must_run(e):
    return e == "run" or (isinstance(e, tuple) and e[0] in ("same", "new"))


def check(d, r, s2, expect):
    programs = r.programs

    def settled(st):
        for p in programs.values():
            s = st.get(p.name)
            e = expect.get(p.name)
            state = s[0] if s else None
            if p.kind in ("sleeper", "manual") and state in ("STARTING", "STOPPING", "BACKOFF"):
                return False
            if p.kind == "fatal" and state == "STARTING":
                return False
            if must_run(e) and state not in ("RUNNING", "FATAL"):
                return False
            if e == "none" and state in RUNNING_STATES:
                return False
        return True

    st, ok = d.settle(r, settled, 15)
    if not ok:
        r.notes.append("new server not settled after 15 s")

    # Consistent samples: STATUS, /proc, STATUS again; names whose STATUS
    # changed in between are sampled again (bounded), then only checked for
    # duplicates.
    # A process shown STARTING whose pid is alive but has not run its program
    # yet (between clone and exec: it writes its table entry first, which a
    # loaded machine can make slow) is sampled again too, for up to 3 s.
    unstable = set(programs)
    result = {}
    live, zombies = {}, []
    for attempt in range(30):
        a = d.status(r)
        live, zombies = scan(r.prefix)
        b = d.status(r)
        if a is None or b is None:
            r.fault("refused", "the new server stopped answering")
            return
        for name in list(unstable):
            sa, sb = a.get(name), b.get(name)
            if (sa and sa[:2]) == (sb and sb[:2]):
                procs = live.get(r.marker(name), [])
                result[name] = (sb, procs)
                if not (sb and sb[0] == "STARTING" and pre_exec(sb[1], procs)) or attempt >= 29:
                    unstable.discard(name)
        if not unstable:
            break
        time.sleep(0.1)
    for name in sorted(unstable):
        procs = live.get(r.marker(name), [])
        if len(procs) > 1:
            r.fault("duplicated", f"{name}: {len(procs)} live {sorted(p for p, _ in procs)} (STATUS unstable)")

    # Live marker processes of names this round never configured.
    for m, procs in live.items():
        if m[len(r.prefix):] not in programs:
            r.fault("unmanaged", f"{m}: unknown program, pids {[p for p, _ in procs]}")

    for name, (s, procs) in sorted(result.items()):
        e = expect.get(name)
        pids = sorted(pid for pid, _ in procs)
        state, spid = (s[0], s[1]) if s else (None, 0)
        shown = f"STATUS {state} pid {spid}" + (f" ({s[2]})" if s and s[2] else "")
        if len(procs) > 1:
            r.fault("duplicated", f"{name}: {len(procs)} live {pids}; {shown}")
        for pid, argv in procs:
            if state not in RUNNING_STATES or spid != pid:
                r.fault("unmanaged", f"{name}: live pid {pid}; {shown}")
        if state in RUNNING_STATES and spid not in pids:
            r.fault("phantom", f"{name}: {shown}; live {pids}; pid {spid}: {describe_pid(spid)}")
        if must_run(e) and not procs and state != "FATAL":
            r.fault("lost", f"{name}: no live process; {shown}")
        if isinstance(e, tuple) and procs:
            if e[0] == "same" and pids != [e[1]]:
                r.fault("forgotten", f"{name}: was pid {e[1]}, now {pids}: restarted although "
                        "nothing asked for it")
            if e[0] == "stopping" and pids != [e[1]]:
                r.fault("forgotten", f"{name}: was pid {e[1]} when stop all was sent, now {pids}: "
                        "started again")
            if e[0] == "new" and any(len(a) < 2 or a[1] != e[1] for _, a in procs):
                r.fault("forgotten", f"{name}: runs the old command line after an acknowledged "
                        f"reload: {[' '.join(a) for _, a in procs]}")
        if e == "none" and procs:
            r.fault("forgotten", f"{name}: must not run ({r.why.get(name, '')}), live {pids}; {shown}")

    # Zombies of the new server that stay.
    if any(z[1] == s2.pid for z in zombies):
        time.sleep(0.5)
        _, zombies = scan(r.prefix)
        for z in zombies:
            if z[1] == s2.pid:
                r.fault("zombies", f"zombie pid {z[0]} ({z[2]}) of the new server")

    # The table: no temporary file left, every entry read. The live server
    # (and a child recording itself) writes through <entry>.tmp.<server pid>,
    # so only a temporary file that is still the same file 0.3 s later counts.
    def temps():
        out = {}
        try:
            for f in os.listdir(r.table):
                if ".tmp." in f:
                    try:
                        st = os.stat(os.path.join(r.table, f))
                        out[f] = (st.st_ino, st.st_mtime_ns)
                    except OSError:
                        pass
        except OSError:
            pass
        return out
    first = temps()
    if first:
        time.sleep(0.3)
        later = temps()
        for f, ident in sorted(first.items()):
            if later.get(f) == ident:
                r.fault("table", f"temporary file left in the table: {f}")
    try:
        with open(os.path.join(r.dir, "supervisord.log"), "r", errors="replace") as f:
            for line in f:
                if "table entry" in line and "ignored" in line:
                    r.fault("table", line.strip())
    except OSError:
        pass


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=80, help="total rounds, spread over the moments")
    ap.add_argument("--moments", default=",".join(MOMENTS), help="comma-separated list")
    ap.add_argument("--programs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep failing round directories")
    ap.add_argument("--build-dir", default=os.path.join(os.path.dirname(__file__), "..", "..", "build"))
    ap.add_argument("--time-limit", type=float, default=0, help="stop starting rounds after this many seconds")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    moments = [m.strip() for m in args.moments.split(",") if m.strip()]
    for m in moments:
        if m not in MOMENTS:
            ap.error(f"unknown moment {m}; known: {', '.join(MOMENTS)}")
    seed = args.seed if args.seed is not None else int(time.time()) % 100000
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("campaign: cannot become a child subreaper", file=sys.stderr)
        return 2
    d = Driver(args)
    for exe in (d.supervisord, d.supervise):
        if not os.access(exe, os.X_OK):
            print(f"campaign: {exe} not built", file=sys.stderr)
            return 2
    print(f"campaign: seed {seed}, {args.rounds} rounds, {args.programs} programs, "
          f"moments {','.join(moments)}", flush=True)
    stats = {m: {"rounds": 0, "faulty": 0, "acked": 0, **{c: 0 for c in COLUMNS}, "worst": None}
             for m in moments}
    observed, reported = 0, {}
    t0 = now()
    kept = []
    interrupted = False

    def stop(signum, frame):
        # Once: the round in progress still cleans up after itself.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Interrupted()
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        for i in range(args.rounds):
            if args.time_limit and now() - t0 > args.time_limit:
                print(f"campaign: time limit reached after {i} rounds", flush=True)
                break
            m = moments[i % len(moments)]
            r = Round(d, i, m, seed, args.programs)
            try:
                run_round(d, r, args)
            except Interrupted:
                interrupted = True
            except Exception as e:  # a driver error is reported, never hidden
                r.fault("driver", f"driver error: {e!r}")
            finally:
                for p in r.servers:
                    if p.poll() is None:
                        d.kill_server(p)
                    else:
                        d.finish(p)
                thaw(d, r)
                d.kill_marked(r.prefix)
                for pid in r.frozen:
                    info = read_proc(pid)
                    if info and info[2] == os.getpid() and info[0] and info[0][0] == d.supervisord:
                        os.kill(pid, signal.SIGKILL)   # still before its exec: ours, by pid
                d.reap()
                if r.fail_kind in ("eperm", "chmod"):
                    r.repair_table()
            if interrupted:
                cleanup_dir(d, r, keep=False)
                print(f"campaign: interrupted in round {i}; {i} rounds counted", flush=True)
                break
            s = stats[m]
            s["rounds"] += 1
            s["acked"] += r.acked
            observed += r.observed
            for k, v in r.reported.items():
                reported[k] = reported.get(k, 0) + v
            total = sum(r.faults.values())
            for c in COLUMNS:
                s[c] += r.faults[c]
            if total:
                s["faulty"] += 1
                if s["worst"] is None or total > s["worst"][1]:
                    s["worst"] = (i, total)
            if total or args.verbose:
                print(f"round {i} {m}: {total} fault(s) dir {r.dir if (total and args.keep) else '-'}",
                      flush=True)
                for n in r.notes[:12]:
                    print("    " + n)
                if len(r.notes) > 12:
                    print(f"    ... {len(r.notes) - 12} more")
            cleanup_dir(d, r, keep=(total and args.keep))
            if total and args.keep:
                kept.append(r.dir)
            if (i + 1) % 25 == 0:
                faulty = sum(x["faulty"] for x in stats.values())
                print(f"campaign: {i + 1}/{args.rounds} rounds, {faulty} with a fault, "
                      f"{now() - t0:.0f} s", flush=True)
    finally:
        for mnt in list(d.mounts):
            subprocess.run(["umount", "-l", mnt], check=False)
        for path in list(d.immutable):
            subprocess.run(["chattr", "-i", path], check=False)
    print()
    # acked: rounds in which the client's reply arrived before the kill.
    print("%-16s %6s %6s %6s" % ("moment", "rounds", "faulty", "acked")
          + "".join(" %10s" % c for c in COLUMNS) + "  worst round")
    tot = {c: 0 for c in ["rounds", "faulty", "acked"] + COLUMNS}
    for m in moments:
        s = stats[m]
        w = "-" if s["worst"] is None else f"#{s['worst'][0]} ({s['worst'][1]})"
        print("%-16s %6d %6d %6d" % (m, s["rounds"], s["faulty"], s["acked"])
              + "".join(" %10d" % s[c] for c in COLUMNS) + "  " + w)
        for c in tot:
            tot[c] += s[c]
    print("%-16s %6d %6d %6d" % ("total", tot["rounds"], tot["faulty"], tot["acked"])
          + "".join(" %10d" % tot[c] for c in COLUMNS))
    if observed:
        print(f"table_fail: {observed} rounds watched the old server with the table unwritable; "
              "states of the failed starts: "
              + (", ".join(f"{k} {v}" for k, v in sorted(reported.items())) or "none"))
    print(f"campaign: seed {seed}, {now() - t0:.0f} s" + (f", kept: {' '.join(kept)}" if kept else ""))
    return 1 if tot["faulty"] or interrupted else 0


def cleanup_dir(d, r, keep):
    if r.tabparent in d.mounts:
        if keep:
            # Keep a copy of the table: the tmpfs goes away.
            try:
                shutil.copytree(r.table, os.path.join(r.dir, "table.copy"))
            except OSError:
                pass
        subprocess.run(["umount", "-l", r.tabparent], check=False)
        d.mounts.remove(r.tabparent)
    if not keep:
        shutil.rmtree(r.dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
