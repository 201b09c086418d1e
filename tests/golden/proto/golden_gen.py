#!/usr/bin/env python3
# Writes the annotated golden files of tests/golden/proto/ and tests/golden/table/
# from the layouts documented in src/core/proto.h and src/core/table.h, with
# python struct and zlib: an implementation independent of the C++ codecs, so
# the golden tests compare two readings of the same layout. Run only when a
# layout changes on purpose (with a new kVersion):
#   python3 tests/golden/proto/golden_gen.py tests/golden
import struct, zlib, os, sys
OUT = sys.argv[1]

class Msg:
    def __init__(self): self.parts = []
    def f(self, desc, b): self.parts.append((desc, b)); return self
    def u8(self, d, v): return self.f(d, struct.pack('<B', v))
    def u16(self, d, v): return self.f(d, struct.pack('<H', v))
    def u32(self, d, v): return self.f(d, struct.pack('<I', v))
    def i64(self, d, v): return self.f(d, struct.pack('<q', v))
    def u64(self, d, v): return self.f(d, struct.pack('<Q', v))
    def raw(self, d, b): return self.f(d, b)
    def s8(self, d, s):
        b = s.encode(); self.u8(d + ' length', len(b))
        if b: self.raw(d + ' ' + repr(s), b)
        return self
    def s16(self, d, s):
        b = s.encode(); self.u16(d + ' length', len(b))
        if b: self.raw(d + ' ' + repr(s), b)
        return self
    def data(self): return b''.join(b for _, b in self.parts)
    def set_at(self, off, b):
        # replaces the whole field that starts at `off`
        pos = 0
        for i, (d, p) in enumerate(self.parts):
            if pos == off and len(p) == len(b): self.parts[i] = (d, b); return
            pos += len(p)
        raise Exception('no part at %d' % off)
    def write(self, name, title):
        lines = ['# ' + title, '# offset  bytes' + ' ' * 40 + 'field']
        pos = 0
        for d, b in self.parts:
            for k in range(0, len(b), 16):
                chunk = b[k:k+16]
                hx = ' '.join('%02x' % x for x in chunk)
                lines.append('%-5d  %-48s  # %s' % (pos + k, hx, d if k == 0 else '...'))
            pos += len(b)
        lines.append('# total %d bytes' % pos)
        os.makedirs(os.path.dirname(os.path.join(OUT, name)), exist_ok=True)
        with open(os.path.join(OUT, name), 'w') as fh: fh.write('\n'.join(lines) + '\n')

OPS = {'status':1,'start':2,'stop':3,'restart':4,'shutdown':5,'reload':6,'signal':7,'version':8}

def request(op, rid, flags, password, argument, names):
    m = Msg()
    m.raw('signature "SVRQ"', b'SVRQ').u16('version', 1).u16('opcode %s' % op, OPS[op])
    m.u32('id', rid).u32('flags', flags).u32('length', 0).u16('name count', len(names)).u16('reserved', 0)
    m.s8('password', password).s8('argument', argument)
    for n in names: m.s8('name', n)
    m.set_at(16, struct.pack('<I', len(m.data())))
    return m

def entry(m, p):
    m.s8('entry name', p['name']).s8('group', p['group']).u16('state', p['state'])
    m.u8('exit kind', p['kind']).u8('core dumped', p['core']).i64('pid', p['pid'])
    m.i64('since', p['since']).i64('now', p['now']).i64('exit value', p['value'])
    m.u32('result', p['result']).s16('description', p['desc'])

def reply(op, rid, flags, status, procs, lines):
    m = Msg()
    m.raw('signature "SVRP"', b'SVRP').u16('version', 1).u16('opcode %s' % op, OPS[op])
    m.u32('id', rid).u32('flags', flags).u32('length', 0).u16('process count', len(procs))
    m.u16('line count', len(lines)).u32('status', status)
    for p in procs: entry(m, p)
    for l in lines: m.s16('line', l)
    m.set_at(16, struct.pack('<I', len(m.data())))
    return m

def proc(name, group, state, pid, since, now, kind, value, core, result, desc):
    return dict(name=name, group=group, state=state, pid=pid, since=since, now=now, kind=kind,
                value=value, core=core, result=result, desc=desc)

# --- requests: one per opcode
request('status', 1, 0, '', '', []).write('proto/request_status.hex', 'STATUS, all (no names), no password')
request('start', 7, 1 | 2, 's3cret', '', []).write('proto/request_start.hex', 'START/WAIT ALL with a password')
request('stop', 0x01020304, 1, '', '', ['web', 'db']).write('proto/request_stop.hex', 'STOP/WAIT web,db')
request('restart', 9, 0, '', '', ['cat:*']).write('proto/request_restart.hex', 'RESTART of a group')
request('shutdown', 10, 0, 'pw', '', []).write('proto/request_shutdown.hex', 'SHUTDOWN with a password')
request('reload', 11, 0, '', '', []).write('proto/request_reload.hex', 'RELOAD')
request('signal', 12, 0, '', 'HUP', ['web']).write('proto/request_signal.hex', 'SIGNAL HUP web')
request('version', 0xFFFFFFFF, 0, '', '', []).write('proto/request_version.hex', 'VERSION, largest id')

# --- replies
p1 = proc('web', 'web', 20, 4242, 1700000000, 1700000062, 0, 0, 0, 0, 'pid 4242, uptime 0:01:02')
p2 = proc('db', 'store', 100, 0, 1700000010, 1700000062, 2, 9, 1, 0x08A38011, 'Nov 14 10:13 PM')
p3 = proc('neg', '', 200, -1, -5, 0, 1, -2, 0, 0, '')
reply('status', 1, 0, 0x08A38001, [p1, p2, p3], []).write('proto/reply_status.hex',
      'STATUS reply: three entries (running; signaled with core; fatal with negative values)')
reply('version', 2, 0, 0x08A38001, [], ['supervise 0.1.0', '']).write('proto/reply_version.hex',
      'VERSION reply: two lines, no entries')
reply('reload', 3, 0, 0x08A3801A, [proc('x', 'x', 0, 0, 0, 0, 3, 0, 0, 1, '')], ['added: x']).write(
      'proto/reply_mixed.hex', 'RELOAD reply: one entry and one line')
reply('shutdown', 4, 0, 1, [], []).write('proto/reply_empty.hex', 'SHUTDOWN reply: status only')
# A reply split at 512 bytes (484 bytes after the header).
big = [proc('p%02d' % i, 'grp', 20, 1000 + i, 100, 200, 0, 0, 0, 0, 'd' * 100) for i in range(4)]
# each entry takes 44 + 3 + 3 + 100 = 150 bytes: three fit (450), the fourth does not
reply('status', 5, 1, 0x08A38001, big[:3], []).write('proto/reply_split_1.hex', 'part 1 of 2 of a 4-entry reply packed at 512 bytes (kFlagMore)')
reply('status', 5, 0, 0x08A38001, big[3:], ['tail']).write('proto/reply_split_2.hex', 'part 2 of 2 (last): one entry and one line')

# --- table entries
def tentry(kind, body, version=2):
    m = Msg()
    m.raw('signature "SVTB"', b'SVTB').u16('version', version).u16('kind', kind).u32('length', 0).u32('checksum', 0)
    body(m)
    m.set_at(8, struct.pack('<I', len(m.data())))
    m.set_at(12, struct.pack('<I', zlib.crc32(m.data())))
    return m

def tproc(name, program, state, kind, core, pid, st, since, restarts, backoff, fp, value, err, intent=0, version=2):
    def body(m):
        m.s8('name', name).s8('program', program).u16('state', state).u8('exit kind', kind)
        m.u8('core dumped', core)
        if version >= 2: m.u8('intent', intent)
        m.i64('pid', pid).u64('start_time', st).i64('since', since)
        m.u32('restarts', restarts).u32('backoff', backoff).u64('fingerprint', fp).i64('exit value', value)
        m.s16('spawnerr', err)
    return tentry(1, body, version)

tproc('web', 'web', 20, 0, 0, 4242, 123456789, 1700000000, 2, 0, 0x0123456789ABCDEF, 0, '').write(
    'table/process_running.hex', 'process entry: running, never exited')
tproc('worker_01', 'worker', 200, 2, 1, 0, 0, 1700000300, 3, 3, 0xFFFFFFFFFFFFFFFF, 11, "couldn't exec /bin/nope: ENOENT").write(
    'table/process_fatal.hex', 'process entry: fatal after a core dump, with a spawn error')
tproc('db', 'db', 40, 0, 0, 5150, 99887766, 1700000500, 0, 0, 0x1111, 0, '', intent=7).write(
    'table/process_stopping.hex', 'process entry: stopping, to be started again (intent start|remove|stop)')
tproc('web', 'web', 20, 0, 0, 4242, 123456789, 1700000000, 2, 0, 0x0123456789ABCDEF, 0, '', version=1).write(
    'table/process_running_v1.hex', 'process entry in version 1 (no intent byte), still read')

def tserver(pid, st, channel, version, config, flags=0):
    def body(m):
        m.i64('pid', pid).u64('start_time', st).u8('flags', flags).s8('channel', channel).s8('version', version).s16('config', config)
    return tentry(2, body)
tserver(777, 987654321, '/run/supervise/cmd.sock', '0.1.0', '/etc/supervise/supervisord.conf').write(
    'table/server.hex', 'server entry')
