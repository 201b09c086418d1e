"""A small interpreter for the part of DCL that vms/sources.com, vms/embed.com
and vms/cld_noimage.com use, so that Linux tests run those very procedures
(tests/vmsbuild/check.py) instead of a copy of their logic in another language.

Semantics follow ../shared/reference/dcl.md and the OpenVMS DCL Dictionary as
we understand them: apostrophe substitution ('sym' outside quotes, ''sym'
inside), expressions with DCL's operator precedence (unary, * /, + -, the
comparisons, .NOT., .AND., .OR.), string + (concatenation) and - (removal of
the first occurrence), integer arithmetic, block IF/THEN/ELSE/ENDIF, GOTO,
GOSUB/RETURN, OPEN/READ/WRITE/CLOSE, CREATE/DIRECTORY, EXIT and the lexical
functions F$EDIT, F$ELEMENT, F$EXTRACT, F$LENGTH, F$LOCATE, F$SEARCH, F$TRNLNM.
Anything else is an error (Unsupported), never silently skipped, so a
procedure that outgrows this subset makes the test fail rather than pass.
This is our reading of DCL, not DCL: the procedures still have to be run on
OpenVMS once (docs/OPENVMS.md, facts to confirm).

File specifications: relative VMS specs ([.a.b]name.ext, name.ext, and
name.DIR for a directory) are mapped below the directory the procedure runs
in, lower-cased (the tree's names are lower case).
"""
import os
import re


class Unsupported(Exception):
    pass


class DclError(Exception):
    pass


class Exit(Exception):
    def __init__(self, status):
        self.status = status


def to_path(top, spec):
    spec = spec.strip().split(";")[0].lower()
    m = re.fullmatch(r"\[(\.[a-z0-9_$.\-]+)?\]([a-z0-9_$\-.]*)", spec) or re.fullmatch(r"()([a-z0-9_$\-.]+)", spec)
    if not m:
        raise Unsupported("file specification %r" % spec)
    parts = [p for p in (m.group(1) or "").split(".") if p]
    name = m.group(2)
    if name.endswith(".dir"):
        name = name[:-4]
    return os.path.join(top, *parts, name) if name else os.path.join(top, *parts)


def truth(v):
    if isinstance(v, int):
        return v & 1 == 1
    s = v.strip().upper()
    if s[:1] in ("T", "Y"):
        return True
    try:
        return int(s) & 1 == 1
    except ValueError:
        return False


def as_int(v):
    if isinstance(v, int):
        return v
    s = v.strip()
    if re.fullmatch(r"[-+]?\d+", s):
        return int(s)
    return 1 if truth(s) else 0


def as_str(v):
    return str(v)


class Expr:
    """Recursive descent over DCL expression tokens."""

    TOKEN = re.compile(r'\s*("(?:[^"]|"")*"|\.[A-Za-z]+\.|[A-Za-z_$][A-Za-z0-9_$]*|\d+|[-+*/(),])')

    def __init__(self, text, proc):
        self.proc = proc
        self.toks = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m:
                raise Unsupported("expression %r at %r" % (text, text[pos:]))
            self.toks.append(m.group(1))
            pos = m.end()
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def expect(self, t):
        if self.take() != t:
            raise DclError("expected %r in %r" % (t, self.toks))

    def at_end(self):
        return self.i >= len(self.toks)

    def parse(self):
        return self.or_()

    def or_(self):
        v = self.and_()
        while self.peek() and self.peek().upper() == ".OR.":
            self.take()
            r = self.and_()
            v = as_int(v) | as_int(r)
        return v

    def and_(self):
        v = self.not_()
        while self.peek() and self.peek().upper() == ".AND.":
            self.take()
            r = self.not_()
            v = as_int(v) & as_int(r)
        return v

    def not_(self):
        if self.peek() and self.peek().upper() == ".NOT.":
            self.take()
            return ~as_int(self.not_())
        return self.cmp()

    CMP = {".EQS.", ".NES.", ".LTS.", ".GTS.", ".LES.", ".GES.", ".EQ.", ".NE.", ".LT.", ".GT.", ".LE.", ".GE."}

    def cmp(self):
        v = self.add()
        while self.peek() and self.peek().upper() in self.CMP:
            op = self.take().upper()
            r = self.add()
            if op.endswith("S."):
                a, b = as_str(v), as_str(r)
                op = op[:-2] + "."
            else:
                a, b = as_int(v), as_int(r)
            v = int({".EQ.": a == b, ".NE.": a != b, ".LT.": a < b, ".GT.": a > b,
                     ".LE.": a <= b, ".GE.": a >= b}[op])
        return v

    def add(self):
        v = self.mul()
        while self.peek() in ("+", "-"):
            op = self.take()
            r = self.mul()
            if isinstance(v, str) and isinstance(r, str):
                if op == "+":
                    v = v + r
                else:
                    k = v.find(r)
                    v = v if k < 0 or r == "" else v[:k] + v[k + len(r):]
            else:
                v = as_int(v) + as_int(r) if op == "+" else as_int(v) - as_int(r)
        return v

    def mul(self):
        v = self.unary()
        while self.peek() in ("*", "/"):
            op = self.take()
            r = self.unary()
            v = as_int(v) * as_int(r) if op == "*" else int(as_int(v) / as_int(r))
        return v

    def unary(self):
        if self.peek() in ("+", "-"):
            op = self.take()
            v = as_int(self.unary())
            return -v if op == "-" else v
        return self.primary()

    def primary(self):
        t = self.take()
        if t is None:
            raise DclError("missing operand in %r" % self.toks)
        if t == "(":
            v = self.parse()
            self.expect(")")
            return v
        if t.startswith('"'):
            return t[1:-1].replace('""', '"')
        if t.isdigit():
            return int(t)
        if t.upper().startswith("F$"):
            self.expect("(")
            args = []
            while self.peek() != ")":
                if self.peek() == ",":
                    args.append(None)   # an omitted argument
                    self.take()
                    continue
                args.append(self.parse())
                if self.peek() == ",":
                    self.take()
            self.expect(")")
            return self.proc.lexical(t.upper(), args)
        if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", t):
            return self.proc.symbol(t)
        raise DclError("unexpected %r in %r" % (t, self.toks))


class Procedure:
    def __init__(self, path, top, params=(), out=None, err=None):
        self.top = top
        self.symbols = {}
        for k in range(8):
            self.symbols["P%d" % (k + 1)] = params[k] if k < len(params) else ""
        self.files = {}        # handle -> (mode, file object)
        self.out = out if out is not None else []
        self.err = err if err is not None else []
        self.on_error = None
        self.lines, self.labels = self.load(path)
        self.stack = []

    @staticmethod
    def load(path):
        raw = open(path, encoding="ascii").read().split("\n")
        lines, labels = [], {}
        pending = ""
        for text in raw:
            if not text.strip():
                continue
            if not text.startswith("$"):
                raise Unsupported("data line %r" % text)
            body = pending + text[1:] if not pending else pending + text
            if body.rstrip().endswith("-") and not body.lstrip().startswith("!"):
                pending = body.rstrip()[:-1]
                continue
            pending = ""
            stripped = strip_comment(body).strip()
            if not stripped:
                continue
            m = re.fullmatch(r"([A-Za-z_$][A-Za-z0-9_$]*):", stripped)
            if m:
                labels[m.group(1).upper()] = len(lines)
                continue
            lines.append(stripped)
        return lines, labels

    # --- symbols and lexicals ----------------------------------------------------
    def symbol(self, name):
        key = name.upper()
        if key not in self.symbols:
            raise DclError("undefined symbol %s" % name)
        return self.symbols[key]

    def lexical(self, name, a):
        if name == "F$LENGTH":
            return len(as_str(a[0]))
        if name == "F$LOCATE":
            k = as_str(a[1]).find(as_str(a[0]))
            return len(as_str(a[1])) if k < 0 else k
        if name == "F$EXTRACT":
            s = as_str(a[2])
            start, n = as_int(a[0]), as_int(a[1])
            return s[start:start + n] if start >= 0 else ""
        if name == "F$ELEMENT":
            parts = as_str(a[2]).split(as_str(a[1]))
            n = as_int(a[0])
            return parts[n] if 0 <= n < len(parts) else as_str(a[1])
        if name == "F$EDIT":
            return edit(as_str(a[0]), as_str(a[1]))
        if name == "F$SEARCH":
            return as_str(a[0]).upper() if os.path.exists(to_path(self.top, as_str(a[0]))) else ""
        if name == "F$TRNLNM":
            return "OPEN" if as_str(a[0]).upper() in self.files else ""
        raise Unsupported("lexical function %s" % name)

    def evaluate(self, text):
        e = Expr(text, self)
        v = e.parse()
        if not e.at_end():
            raise DclError("junk after expression %r" % text)
        return v

    def substitute(self, text):
        out, i, quoted = [], 0, False
        while i < len(text):
            c = text[i]
            if c == '"':
                quoted = not quoted
                out.append(c)
                i += 1
                continue
            if c == "'" and quoted and text.startswith("''", i):
                m = re.match(r"''([A-Za-z_$][A-Za-z0-9_$]*)'", text[i:])
                if m:
                    out.append(as_str(self.symbol(m.group(1))))
                    i += m.end()
                    continue
            if c == "'" and not quoted:
                m = re.match(r"'([A-Za-z_$][A-Za-z0-9_$]*)'", text[i:])
                if m:
                    out.append(as_str(self.symbol(m.group(1))))
                    i += m.end()
                    continue
            out.append(c)
            i += 1
        return "".join(out)

    # --- running -----------------------------------------------------------------
    def run(self, limit=200000):
        pc = 0
        steps = 0
        try:
            while pc < len(self.lines):
                steps += 1
                if steps > limit:
                    raise DclError("more than %d steps: a loop that does not end?" % limit)
                pc = self.step(pc)
            raise Exit(1)
        except Exit as e:
            for _, f in self.files.values():
                f.close()
            return as_int(e.status)

    def goto(self, label):
        key = label.upper()
        if key not in self.labels:
            raise DclError("no label %s" % label)
        return self.labels[key]

    def skip_block(self, pc, stop_at_else):
        depth = 0
        while pc < len(self.lines):
            word = self.lines[pc].split(None, 1)[0].upper() if self.lines[pc].split() else ""
            if word == "IF" and not re.search(r"\bTHEN\b", self.lines[pc], re.I):
                depth += 1
            elif word == "ENDIF":
                if depth == 0:
                    return pc + 1
                depth -= 1
            elif word == "ELSE" and depth == 0 and stop_at_else:
                return pc + 1
            pc += 1
        raise DclError("IF without ENDIF")

    def step(self, pc):
        line = self.lines[pc]
        word = line.split(None, 1)[0].upper()
        if word == "IF":
            m = re.match(r"IF\s+(.*?)\s+THEN\s+(.*)$", line, re.I)
            if m:   # one-line IF
                if truth(self.evaluate(self.substitute(m.group(1)))):
                    return self.command(m.group(2), pc)
                return pc + 1
            cond = truth(self.evaluate(self.substitute(line[2:])))
            if pc + 1 >= len(self.lines) or self.lines[pc + 1].upper() != "THEN":
                raise DclError("IF without THEN: %r" % line)
            return pc + 2 if cond else self.skip_block(pc + 2, True)
        if word == "ELSE":       # reached from the THEN branch
            return self.skip_block(pc + 1, False)
        if word == "ENDIF":
            return pc + 1
        return self.command(line, pc)

    def command(self, text, pc):
        text = self.substitute(text).strip()
        m = re.fullmatch(r"([A-Za-z_$][A-Za-z0-9_$]*)\s*(==|=)\s*(.*)", text)
        if m:
            self.symbols[m.group(1).upper()] = self.evaluate(m.group(3))
            return pc + 1
        verb, quals, params = split_command(text)
        try:
            return self.verb(verb, quals, params, text, pc)
        except (OSError, DclError) as e:
            if self.on_error and not isinstance(e, Unsupported):
                self.err.append("%%DCL-E-FAILED, %s: %s" % (text, e))
                return self.goto(self.on_error)
            raise

    def verb(self, verb, quals, params, text, pc):
        if verb == "GOTO":
            return self.goto(params[0])
        if verb == "GOSUB":
            self.stack.append(pc + 1)
            return self.goto(params[0])
        if verb == "RETURN":
            return self.stack.pop()
        if verb == "EXIT":
            raise Exit(self.evaluate(" ".join(params)) if params else 1)
        if verb == "ON":
            m = re.fullmatch(r"ON\s+(\w+)\s+THEN\s+GOTO\s+(\w+)", text, re.I)
            if not m:
                raise Unsupported(text)
            if m.group(1).upper() in ("ERROR", "SEVERE_ERROR", "WARNING"):
                self.on_error = m.group(2)
            return pc + 1
        if verb == "WRITE":
            handle = params[0].upper()
            rest = text.split(None, 2)[2] if len(text.split(None, 2)) > 2 else ""
            value = "".join(as_str(v) for v in self.expression_list(rest))
            if handle == "SYS$OUTPUT":
                self.out.append(value)
            elif handle == "SYS$ERROR":
                self.err.append(value)
            elif handle in self.files and self.files[handle][0] == "w":
                self.files[handle][1].write(value + "\n")
            else:
                raise DclError("WRITE to %s, not open for writing" % handle)
            return pc + 1
        if verb == "OPEN":
            handle, spec = params[0].upper(), params[1]
            if handle in self.files:
                raise DclError("%s is already open" % handle)
            if "WRITE" in quals:
                self.files[handle] = ("w", open(to_path(self.top, spec), "w", encoding="latin-1", newline="\n"))
            elif "READ" in quals:
                self.files[handle] = ("r", open(to_path(self.top, spec), encoding="latin-1", newline="\n"))
            else:
                raise Unsupported(text)
            return pc + 1
        if verb == "CLOSE":
            handle = params[0].upper()
            if handle not in self.files:
                raise DclError("CLOSE of %s, not open" % handle)
            self.files.pop(handle)[1].close()
            return pc + 1
        if verb == "READ":
            handle = params[0].upper()
            if handle not in self.files or self.files[handle][0] != "r":
                raise DclError("READ from %s, not open for reading" % handle)
            record = self.files[handle][1].readline()
            if record == "":
                eof = quals.get("END_OF_FILE") or quals.get("END")
                if not eof:
                    raise DclError("end of file without /END_OF_FILE")
                return self.goto(eof)
            self.symbols[params[1].upper()] = record[:-1] if record.endswith("\n") else record
            return pc + 1
        if verb == "CREATE" and "DIRECTORY" in quals:
            os.makedirs(to_path(self.top, params[0]), exist_ok=True)
            return pc + 1
        raise Unsupported("command %r" % text)

    def expression_list(self, text):
        # WRITE's arguments: expressions separated by commas outside quotes and parentheses
        items, depth, quoted, cur = [], 0, False, ""
        for c in text:
            if c == '"':
                quoted = not quoted
            elif not quoted and c == "(":
                depth += 1
            elif not quoted and c == ")":
                depth -= 1
            elif not quoted and depth == 0 and c == ",":
                items.append(cur)
                cur = ""
                continue
            cur += c
        items.append(cur)
        return [self.evaluate(i) for i in items]


def strip_comment(text):
    quoted = False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == "!" and not quoted:
            return text[:i]
    return text


def edit(s, how):
    for op in [o.strip().upper() for o in how.split(",")]:
        if op == "UNCOMMENT":
            s = strip_comment(s)
        elif op == "TRIM":
            s = s.strip(" \t")
        elif op == "COMPRESS":
            s = re.sub(r"[ \t]+", " ", s)
        elif op == "COLLAPSE":
            s = re.sub(r"[ \t]+", "", s)
        elif op == "UPCASE":
            s = s.upper()
        elif op == "LOWERCASE":
            s = s.lower()
        else:
            raise Unsupported("F$EDIT option %s" % op)
    return s


def split_command(text):
    m = re.match(r"([A-Za-z_$][A-Za-z0-9_$]*)((?:/[A-Za-z_]+(?:=[^\s/]+)?)*)\s*(.*)$", text)
    if not m:
        raise Unsupported("command %r" % text)
    verb = m.group(1).upper()
    quals = {}
    for q in re.findall(r"/([A-Za-z_]+)(?:=([^\s/]+))?", m.group(2)):
        quals[q[0].upper()] = q[1]
    params = m.group(3).split()
    return verb, quals, params
