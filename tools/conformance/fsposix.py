#!/usr/bin/env python3
"""POSIX behaviour scenarios for differential runs (DeltaFS against kernel overlayfs).

Every scenario lives in its own directory DIR/<scenario>. `setup` builds the fixtures
(files, dirs, links, owners, modes, times) and `run` exercises them and prints one line per
observation: return values, errno names, normalized stat fields (type, mode, owner, size,
link count, explicit times; never inode numbers, devices or absolute clock times, only
whether a time moved). Two filesystems behave alike when `run` prints the same lines.

  fsposix.py setup DIR         build the fixtures of every scenario under DIR (as root)
  fsposix.py run DIR           run every scenario under DIR, print the observations
  fsposix.py scramble DIR      replace the fixtures under DIR with different content of
                               the same names (to be undone by a rollback)
  fsposix.py dump DIR          a normalized listing of every scenario's tree under DIR
  fsposix.py list              the scenario names
  --only NAME[,NAME]           restrict setup/run to some scenarios

Needs root: permission checks run in forked children that drop to uids 1001/1002.
"""

import ctypes
import ctypes.util
import errno
import hashlib
import os
import socket
import stat
import sys
import time

U1, G1 = 1001, 1001
U2, G2 = 1002, 1002
G3 = 1003
T0 = (1000000000, 123456789)          # fixture times: 2001-09-09T01:46:40.123456789Z
# Longer than one jiffy at HZ=100: a time that moves is seen to move.
TICK = 0.012

SCENARIOS = []


def scenario(name):
    def register(cls):
        SCENARIOS.append((name, cls))
        return cls
    return register


# ------------------------------------------------------------------------ libc extras

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
AT_FDCWD = -100
AT_SYMLINK_NOFOLLOW = 0x100
UTIME_NOW = (1 << 30) - 1
UTIME_OMIT = (1 << 30) - 2
RENAME_NOREPLACE, RENAME_EXCHANGE = 1, 2


class Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


def _check(ret):
    if ret < 0:
        e = ctypes.get_errno()
        raise OSError(e, os.strerror(e))
    return ret


def utimensat(path, atime, mtime, flags=0):
    """atime/mtime: (sec, nsec), 'now', 'omit'; both None means a NULL times pointer."""
    if atime is None and mtime is None:
        return _check(_libc.utimensat(AT_FDCWD, os.fsencode(path), None, flags))

    def ts(v):
        if v == "now":
            return Timespec(0, UTIME_NOW)
        if v == "omit":
            return Timespec(0, UTIME_OMIT)
        return Timespec(v[0], v[1])
    times = (Timespec * 2)(ts(atime), ts(mtime))
    return _check(_libc.utimensat(AT_FDCWD, os.fsencode(path), times, flags))


def renameat2(src, dst, flags):
    return _check(_libc.renameat2(AT_FDCWD, os.fsencode(src), AT_FDCWD, os.fsencode(dst), flags))


def set_times(path, follow=False):
    os.utime(path, ns=(T0[0] * 10**9 + T0[1],) * 2, follow_symlinks=follow)


# ------------------------------------------------------------------------ observations

def errname(e):
    return errno.errorcode.get(e.errno, "E%d" % e.errno)


def outcome(fn):
    """'OK', 'OK <value>' or the errno name of what fn raised."""
    try:
        v = fn()
    except OSError as e:
        return errname(e)
    if v is None or isinstance(v, bool) and v:
        return "OK"
    return "OK " + str(v)


KIND = {stat.S_IFREG: "reg", stat.S_IFDIR: "dir", stat.S_IFLNK: "lnk", stat.S_IFIFO: "fifo",
        stat.S_IFCHR: "chr", stat.S_IFBLK: "blk", stat.S_IFSOCK: "sock"}


def dir_nlink(path, st):
    """A directory's link count, normalized: 'posix' when it is 2 + its subdirectories,
    '1' (overlayfs' "not counted" for merged directories), else the number and the expectation."""
    try:
        subdirs = sum(1 for e in os.scandir(path) if e.is_dir(follow_symlinks=False))
    except OSError as e:
        return "?" + errname(e)
    if st.st_nlink == 2 + subdirs:
        return "posix"
    if st.st_nlink == 1:
        return "1"
    return "%d(expected %d)" % (st.st_nlink, 2 + subdirs)


def describe(path, follow=False, with_nlink=True):
    st = os.stat(path, follow_symlinks=follow)
    kind = KIND.get(stat.S_IFMT(st.st_mode), "?")
    parts = [kind, "%04o" % stat.S_IMODE(st.st_mode), "%d:%d" % (st.st_uid, st.st_gid)]
    if kind != "dir":
        parts.append("size=%d" % st.st_size)
    if with_nlink:
        parts.append("nlink=" + (dir_nlink(path, st) if kind == "dir" else str(st.st_nlink)))
    if kind in ("chr", "blk"):
        parts.append("rdev=%d,%d" % (os.major(st.st_rdev), os.minor(st.st_rdev)))
    if kind == "lnk":
        target = os.readlink(path)
        parts.append("-> " + (target if len(target) <= 48 else summary(target.encode())))
    return " ".join(parts)


def rel(a, b):
    return "same" if a == b else ("newer" if a > b else "older")


class Rec:
    def __init__(self, scenario, out):
        self.scenario = scenario
        self.out = out

    def rec(self, label, value):
        self.out.write("%s: %s = %s\n" % (self.scenario, label, value))

    def do(self, label, fn):
        r = outcome(fn)
        self.rec(label, r)
        return r

    def stat(self, label, path, follow=False):
        self.rec("stat " + label, outcome(lambda: describe(path, follow)))

    def ls(self, label, path):
        self.rec("ls " + label, outcome(lambda: " ".join(sorted(os.listdir(path))) or "(empty)"))

    def read(self, label, path):
        def r():
            with open(path, "rb") as f:
                data = f.read()
            return summary(data)
        self.rec("read " + label, outcome(r))

    def snap(self, path, follow=False):
        """stat before an operation whose effect on times is observed, then let the clock tick."""
        try:
            st = os.stat(path, follow_symlinks=follow)
        except OSError:
            st = None
        time.sleep(TICK)
        return st

    def times(self, label, path, before, follow=False, fields="mc"):
        """Whether atime/mtime/ctime moved. atime only where a call sets it: reads move it
        under relatime, and the observations themselves read directories."""
        def t():
            st = os.stat(path, follow_symlinks=follow)
            now = {"a": st.st_atime_ns, "m": st.st_mtime_ns, "c": st.st_ctime_ns}
            was = {"a": before.st_atime_ns, "m": before.st_mtime_ns, "c": before.st_ctime_ns}
            return " ".join("%s=%s" % (k, rel(now[k], was[k])) for k in fields)
        self.rec("times " + label, outcome(t))

    def exact_times(self, label, path, follow=False, fields="am"):
        def t():
            st = os.stat(path, follow_symlinks=follow)
            return " ".join("%s=%d" % (k, {"a": st.st_atime_ns, "m": st.st_mtime_ns}[k]) for k in fields)
        self.rec("exact-times " + label, outcome(t))

    def user(self, label, uid, gid, fn, groups=()):
        self.rec("%s [uid %d]" % (label, uid), as_user(uid, gid, fn, groups))


def summary(data):
    if len(data) <= 48 and all(32 <= c < 127 for c in data):
        return "%d:%r" % (len(data), data.decode())
    return "%d:sha1=%s" % (len(data), hashlib.sha1(data).hexdigest()[:16])


def content_summary(path, size):
    """summary() of the content; of its first and last 64 KiB for big (sparse) files."""
    with open(path, "rb") as f:
        if size <= 1 << 20:
            return summary(f.read())
        head = f.read(1 << 16)
        f.seek(size - (1 << 16))
        return "big:" + summary(head + f.read())


def as_user(uid, gid, fn, groups=()):
    """Runs fn in a child with the given credentials; returns outcome(fn) from there."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.setgroups(list(groups))
            os.setresgid(gid, gid, gid)
            os.setresuid(uid, uid, uid)
            res = outcome(fn)
        except BaseException as e:  # noqa: BLE001 - report, never fall through into the parent's code
            res = "PYERR " + repr(e)
        try:
            os.write(w, res.encode())
        finally:
            os._exit(0)
    os.close(w)
    chunks = []
    while True:
        c = os.read(r, 65536)
        if not c:
            break
        chunks.append(c)
    os.close(r)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


# ------------------------------------------------------------------------ fixture helpers

def mkfile(path, content=b"", mode=0o644, uid=0, gid=0):
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode())
    os.chown(path, uid, gid)
    os.chmod(path, mode)


def mkdir(path, mode=0o755, uid=0, gid=0):
    os.mkdir(path)
    os.chown(path, uid, gid)
    os.chmod(path, mode)


def write_at(path, data, flags=os.O_WRONLY, offset=None):
    fd = os.open(path, flags)
    try:
        if offset is not None:
            os.lseek(fd, offset, os.SEEK_SET)
        return os.write(fd, data)
    finally:
        os.close(fd)


def open_close(path, flags, mode=0o666):
    fd = os.open(path, flags, mode)
    os.close(fd)


def fd_do(path, flags, fn, mode=0o666):
    fd = os.open(path, flags, mode)
    try:
        return fn(fd)
    finally:
        os.close(fd)


# ======================================================================== scenarios

@scenario("open_errors")
class OpenErrors:
    @staticmethod
    def setup():
        mkfile("f", "hello\n")
        mkdir("d")
        os.symlink("f", "ls")
        os.symlink("d", "ld")
        os.symlink("nowhere", "dangling")
        os.symlink("loop2", "loop1")
        os.symlink("loop1", "loop2")
        os.mkfifo("p", 0o644)

    @staticmethod
    def run(r):
        C, X, W, RW, RO = os.O_CREAT, os.O_EXCL, os.O_WRONLY, os.O_RDWR, os.O_RDONLY
        r.do("creat|excl existing file", lambda: open_close("f", C | X | W))
        r.do("creat|excl existing dangling symlink", lambda: open_close("dangling", C | X | W))
        r.do("creat|excl existing symlink", lambda: open_close("ls", C | X | W))
        r.do("creat|excl existing dir", lambda: open_close("d", C | X | W))
        r.do("creat existing dir", lambda: open_close("d", C | W))
        r.do("wronly dir", lambda: open_close("d", W))
        r.do("rdwr dir", lambda: open_close("d", RW))
        r.do("rdonly dir", lambda: open_close("d", RO))
        r.do("missing", lambda: open_close("missing", RO))
        r.do("creat in missing dir", lambda: open_close("missing/x", C | W))
        r.do("through a file", lambda: open_close("f/x", RO))
        r.do("creat through a file", lambda: open_close("f/x", C | W))
        r.do("trailing slash on file", lambda: open_close("f/", RO))
        r.do("creat trailing slash", lambda: open_close("newdir/", C | W))
        r.do("directory on file", lambda: open_close("f", RO | os.O_DIRECTORY))
        r.do("directory on dir", lambda: open_close("d", RO | os.O_DIRECTORY))
        r.do("directory on symlink to dir", lambda: open_close("ld", RO | os.O_DIRECTORY))
        r.do("directory on symlink to file", lambda: open_close("ls", RO | os.O_DIRECTORY))
        r.do("directory on fifo", lambda: open_close("p", RO | os.O_DIRECTORY | os.O_NONBLOCK))
        r.do("nofollow on symlink to file", lambda: open_close("ls", RO | os.O_NOFOLLOW))
        r.do("nofollow on symlink to dir", lambda: open_close("ld", RO | os.O_NOFOLLOW))
        r.do("nofollow|directory on symlink to dir", lambda: open_close("ld", RO | os.O_NOFOLLOW | os.O_DIRECTORY))
        r.do("nofollow on file", lambda: open_close("f", RO | os.O_NOFOLLOW))
        r.do("nofollow|creat on dangling symlink", lambda: open_close("dangling", C | W | os.O_NOFOLLOW))
        r.do("symlink loop", lambda: open_close("loop1", RO))
        r.do("symlink loop creat", lambda: open_close("loop1", C | W))
        r.do("path through symlink loop", lambda: open_close("loop1/x", RO))
        r.do("fifo wronly nonblock without reader", lambda: open_close("p", W | os.O_NONBLOCK))
        r.do("fifo rdonly nonblock", lambda: open_close("p", RO | os.O_NONBLOCK))
        r.do("read on dir fd", lambda: fd_do("d", RO, lambda fd: os.read(fd, 10)))
        r.do("write on rdonly fd", lambda: fd_do("f", RO, lambda fd: os.write(fd, b"x")))
        r.do("read on wronly fd", lambda: fd_do("f", W, lambda fd: os.read(fd, 10)))
        r.do("creat through dangling symlink", lambda: open_close("dangling", C | W, 0o640))
        r.stat("target created through dangling symlink", "nowhere")
        r.do("creat existing file keeps content", lambda: open_close("f", C | W))
        r.read("f", "f")
        r.ls(".", ".")


@scenario("open_create")
class OpenCreate:
    @staticmethod
    def setup():
        mkdir("pub", 0o1777)
        mkdir("sg", 0o2775, U1, G3)
        mkdir("sg/sub", 0o2775, U1, G3)
        mkdir("ro", 0o555)

    @staticmethod
    def run(r):
        C, X, W = os.O_CREAT, os.O_EXCL, os.O_WRONLY
        before = r.snap(".")
        r.do("creat 0751", lambda: open_close("m751", C | X | W, 0o751))
        r.times("parent after create", ".", before)
        r.stat("m751", "m751")
        r.do("creat 0777 (umask 022)", lambda: open_close("m777", C | X | W, 0o777))
        r.stat("m777", "m777")
        r.do("creat 07777", lambda: open_close("m7777", C | X | W, 0o7777))
        r.stat("m7777", "m7777")
        r.do("creat 0 then write", lambda: fd_do("m0", C | X | W, lambda fd: os.write(fd, b"abc"), 0))
        r.stat("m0", "m0")
        r.user("creat in sticky dir", U1, G1, lambda: open_close("pub/u1", C | X | W, 0o600))
        r.stat("pub/u1", "pub/u1")
        r.do("root creat in setgid dir", lambda: open_close("sg/r", C | X | W, 0o644))
        r.stat("sg/r", "sg/r")
        r.do("root mkdir in setgid dir", lambda: os.mkdir("sg/rd", 0o755))
        r.stat("sg/rd", "sg/rd")
        r.user("creat in setgid dir, not in group", U2, G2, lambda: open_close("sg/u2", C | X | W, 0o644))
        r.user("creat in setgid dir, in group", U2, G2, lambda: open_close("sg/u2", C | X | W, 0o2755), groups=[G3])
        r.stat("sg/u2", "sg/u2")
        r.user("creat in setgid subdir as owner", U1, G1, lambda: open_close("sg/sub/u1", C | X | W, 0o2755))
        r.stat("sg/sub/u1", "sg/sub/u1")
        r.user("creat in read-only dir", U1, G1, lambda: open_close("ro/x", C | W))
        r.do("root creat in read-only dir", lambda: open_close("ro/x", C | W))
        r.stat("ro/x", "ro/x")


@scenario("open_trunc_append")
class OpenTruncAppend:
    @staticmethod
    def setup():
        for n in ("t1", "t2", "t4"):
            mkfile(n, "0123456789")
        mkfile("t3", "")
        mkfile("ro", "readonly", 0o444, U1, G1)
        mkfile("a", "12345")
        mkfile("b", "12345")
        for n in ("t1", "t2", "t3", "t4", "ro", "a", "b"):
            set_times(n)

    @staticmethod
    def run(r):
        b = r.snap("t1")
        r.do("trunc|wronly", lambda: open_close("t1", os.O_TRUNC | os.O_WRONLY))
        r.stat("t1", "t1")
        r.times("t1", "t1", b)
        b = r.snap("t2")
        r.do("trunc|rdonly", lambda: open_close("t2", os.O_TRUNC | os.O_RDONLY))
        r.stat("t2", "t2")
        r.times("t2", "t2", b)
        b = r.snap("t3")
        r.do("trunc empty file", lambda: open_close("t3", os.O_TRUNC | os.O_WRONLY))
        r.times("t3", "t3", b)
        b = r.snap("t4")
        r.do("rdwr without trunc or write", lambda: open_close("t4", os.O_RDWR))
        r.times("t4 opened for writing only", "t4", b)
        r.read("t4", "t4")
        r.user("owner wronly on 0444", U1, G1, lambda: open_close("ro", os.O_WRONLY))
        r.user("owner trunc on 0444", U1, G1, lambda: open_close("ro", os.O_RDONLY | os.O_TRUNC))
        r.user("other rdonly on 0444", U2, G2, lambda: open_close("ro", os.O_RDONLY))
        r.do("root wronly on 0444", lambda: open_close("ro", os.O_WRONLY))

        def append(fd):
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, b"abc")
            return os.lseek(fd, 0, os.SEEK_CUR)
        r.do("append after lseek 0 (offset after)", lambda: fd_do("a", os.O_WRONLY | os.O_APPEND, append))
        r.read("a", "a")
        r.do("pwrite with O_APPEND", lambda: fd_do("a", os.O_WRONLY | os.O_APPEND, lambda fd: os.pwrite(fd, b"XY", 0)))
        r.read("a after pwrite", "a")
        b = r.snap("b")
        r.do("append|creat existing", lambda: fd_do("b", os.O_WRONLY | os.O_APPEND | os.O_CREAT, lambda fd: os.write(fd, b"+")))
        r.read("b", "b")
        r.times("b", "b", b)

        def two_fds():
            fa = os.open("b", os.O_WRONLY | os.O_APPEND)
            fb = os.open("b", os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fa, b"1")
                os.write(fb, b"2")
                os.write(fa, b"3")
            finally:
                os.close(fa)
                os.close(fb)
        r.do("two appending fds", two_fds)
        r.read("b after two fds", "b")


@scenario("namelen")
class NameLen:
    @staticmethod
    def setup():
        mkfile("f", "f")
        mkfile("x" * 255, "long")
        mkdir("d")

    @staticmethod
    def run(r):
        n255, n256 = "a" * 255, "b" * 256
        r.do("creat 255", lambda: open_close(n255, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        r.do("creat 256", lambda: open_close(n256, os.O_CREAT | os.O_WRONLY))
        r.do("stat 256", lambda: os.lstat(n256) and None)
        r.do("mkdir 255", lambda: os.mkdir("d/" + "c" * 255))
        r.do("mkdir 256", lambda: os.mkdir("d/" + n256))
        r.do("symlink name 256", lambda: os.symlink("f", n256))
        r.do("symlink name 255", lambda: os.symlink("f", "d/" + "s" * 255))
        r.do("link to 256", lambda: os.link("f", n256))
        r.do("link to 255", lambda: os.link("f", "d/" + "l" * 255))
        r.do("rename to 256", lambda: os.rename("f", n256))
        r.do("mkfifo 256", lambda: os.mkfifo(n256))
        r.do("unlink 256", lambda: os.unlink(n256))
        r.do("path 4095 bytes", lambda: os.lstat("./" * 2046 + "abc") and None)
        r.do("path 4096 bytes", lambda: os.lstat("./" * 2047 + "ab") and None)
        r.stat("existing 255", "x" * 255)
        r.do("rename existing 255 into d", lambda: os.rename("x" * 255, "d/" + "x" * 255))
        r.read("moved 255", "d/" + "x" * 255)
        r.do("rename 255 over 255", lambda: os.rename(n255, "d/" + "x" * 255))
        r.stat("d/x*255", "d/" + "x" * 255)
        r.do("unlink 255", lambda: os.unlink("d/" + "x" * 255))
        r.ls(".", ".")
        r.rec("ls d", " ".join(sorted(n[:1] + str(len(n)) for n in os.listdir("d"))))


@scenario("mkdir")
class Mkdir:
    @staticmethod
    def setup():
        mkdir("p")
        mkdir("p/a")
        mkfile("p/f", "f")
        os.symlink("a", "p/s")
        os.symlink("nowhere", "p/dangling")
        mkdir("ro", 0o555)
        set_times("p")

    @staticmethod
    def run(r):
        r.do("existing dir", lambda: os.mkdir("p/a"))
        r.do("existing file", lambda: os.mkdir("p/f"))
        r.do("existing symlink", lambda: os.mkdir("p/s"))
        r.do("existing dangling symlink", lambda: os.mkdir("p/dangling"))
        r.do("missing parent", lambda: os.mkdir("missing/x"))
        r.do("parent is a file", lambda: os.mkdir("p/f/x"))
        r.do("dot", lambda: os.mkdir("p/."))
        r.do("dotdot", lambda: os.mkdir("p/.."))
        r.stat("p", "p")
        b = r.snap("p")
        r.do("new 0750", lambda: os.mkdir("p/new", 0o750))
        r.stat("p/new", "p/new")
        r.stat("p after mkdir", "p")
        r.times("p", "p", b)
        r.do("sticky|0777", lambda: os.mkdir("p/st", 0o1777))
        r.stat("p/st", "p/st")
        r.do("setgid|0777", lambda: os.mkdir("p/sg", 0o2777))
        r.stat("p/sg", "p/sg")
        r.do("trailing slash", lambda: os.mkdir("p/tr/"))
        r.stat("p/tr", "p/tr")
        r.user("in a dir without write permission", U1, G1, lambda: os.mkdir("p/u1"))
        r.user("in a read-only dir", U1, G1, lambda: os.mkdir("ro/u1"))
        r.do("nested in new", lambda: os.mkdir("p/new/deeper"))
        r.stat("p/new after nested", "p/new")
        r.ls("p", "p")


@scenario("rmdir")
class Rmdir:
    @staticmethod
    def setup():
        mkdir("r")
        mkdir("r/full")
        mkfile("r/full/x", "x")
        mkdir("r/empty")
        mkdir("r/empty2")
        mkfile("r/file", "f")
        mkdir("r/withsub")
        mkdir("r/withsub/sub")
        mkdir("r/deleted")
        mkfile("r/deleted/1", "1")
        mkfile("r/deleted/2", "2")
        mkdir("r/deleted/3")
        os.symlink("empty", "r/lnk")
        mkdir("ro", 0o555)
        mkdir("ro/e")
        os.chmod("ro", 0o555)
        set_times("r")

    @staticmethod
    def run(r):
        r.do("non-empty", lambda: os.rmdir("r/full"))
        r.do("file", lambda: os.rmdir("r/file"))
        r.do("symlink to dir", lambda: os.rmdir("r/lnk"))
        r.do("missing", lambda: os.rmdir("r/missing"))
        r.do("dot", lambda: os.rmdir("r/empty/."))
        r.do("dotdot", lambda: os.rmdir("r/empty/.."))
        r.user("in a read-only dir", U1, G1, lambda: os.rmdir("ro/e"))
        r.user("in a dir without write permission", U1, G1, lambda: os.rmdir("r/empty2"))
        r.stat("r", "r")
        b = r.snap("r")
        r.do("empty", lambda: os.rmdir("r/empty"))
        r.stat("r after rmdir", "r")
        r.times("r", "r", b)
        r.do("trailing slash", lambda: os.rmdir("r/empty2/"))
        for n in ("1", "2"):
            os.unlink("r/deleted/" + n)
        os.rmdir("r/deleted/3")
        r.ls("r/deleted emptied", "r/deleted")
        r.do("emptied dir", lambda: os.rmdir("r/deleted"))
        r.do("dir with subdir", lambda: os.rmdir("r/withsub"))
        r.do("subdir", lambda: os.rmdir("r/withsub/sub"))
        r.stat("r/withsub", "r/withsub")
        r.do("now empty", lambda: os.rmdir("r/withsub"))
        r.do("recreate then rmdir", lambda: (os.mkdir("r/withsub"), os.rmdir("r/withsub")) and None)
        r.ls("r", "r")
        r.stat("r at end", "r")


@scenario("unlink")
class Unlink:
    @staticmethod
    def setup():
        mkdir("u")
        mkfile("u/f1", "one")
        mkfile("u/h1", "linked")
        os.link("u/h1", "u/h2")
        mkdir("u/d")
        os.symlink("f1", "u/s")
        mkfile("u/f2", "two")
        mkdir("ro", 0o755)
        mkfile("ro/f", "x")
        os.chmod("ro", 0o555)
        set_times("u")

    @staticmethod
    def run(r):
        r.do("dir", lambda: os.unlink("u/d"))
        r.do("missing", lambda: os.unlink("u/missing"))
        r.do("through a file", lambda: os.unlink("u/f1/x"))
        r.do("trailing slash on file", lambda: os.unlink("u/f1/"))
        r.user("in a read-only dir", U1, G1, lambda: os.unlink("ro/f"))
        r.user("in a dir without write permission", U1, G1, lambda: os.unlink("u/f2"))
        r.stat("h2", "u/h2")
        b = r.snap("u/h2")
        r.do("one of two links", lambda: os.unlink("u/h1"))
        r.stat("h2 after", "u/h2")
        r.times("h2", "u/h2", b)
        r.read("h2", "u/h2")
        r.do("symlink", lambda: os.unlink("u/s"))
        r.read("symlink target still there", "u/f1")
        b = r.snap("u")
        r.do("file", lambda: os.unlink("u/f1"))
        r.times("u", "u", b)

        def keep_open():
            fd = os.open("u/f2", os.O_RDWR)
            try:
                os.unlink("u/f2")
                os.lseek(fd, 0, os.SEEK_END)
                os.write(fd, b"+more")
                st = os.fstat(fd)
                os.lseek(fd, 0, os.SEEK_SET)
                return "nlink=%d size=%d %s" % (st.st_nlink, st.st_size, os.read(fd, 100).decode())
            finally:
                os.close(fd)
        r.do("open file unlinked, written, read", keep_open)
        r.do("recreate name", lambda: open_close("u/f1", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        r.stat("recreated", "u/f1")
        r.ls("u", "u")


@scenario("link")
class Link:
    @staticmethod
    def setup():
        mkdir("k")
        mkfile("k/f", "content")
        mkdir("k/d")
        mkdir("k/sub")
        mkdir("k/pub", 0o1777)
        mkfile("k/pub/secret", "s", 0o600)
        mkfile("k/pub/open", "o", 0o666)
        mkfile("k/other", "other")
        set_times("k")
        set_times("k/f")

    @staticmethod
    def run(r):
        bf, bk = r.snap("k/f"), r.snap("k")
        r.do("new name", lambda: os.link("k/f", "k/g"))
        r.stat("f", "k/f")
        r.stat("g", "k/g")
        r.times("f", "k/f", bf)
        r.times("k", "k", bk)
        r.do("append through new name", lambda: write_at("k/g", b"+more", os.O_WRONLY | os.O_APPEND))
        r.read("f after write through g", "k/f")
        r.do("existing target", lambda: os.link("k/f", "k/g"))
        r.do("existing other target", lambda: os.link("k/f", "k/other"))
        r.do("dir source", lambda: os.link("k/d", "k/d2"))
        r.do("missing source", lambda: os.link("k/missing", "k/x"))
        r.do("missing target dir", lambda: os.link("k/f", "k/missing/x"))
        r.do("target through file", lambda: os.link("k/f", "k/other/x"))
        r.do("into subdir", lambda: os.link("k/f", "k/sub/f"))
        r.stat("f with three names", "k/f")
        r.do("unlink first name", lambda: os.unlink("k/f"))
        r.stat("g after", "k/g")
        r.read("sub/f", "k/sub/f")
        r.user("protected: no access to source", U1, G1, lambda: os.link("k/pub/secret", "k/pub/s2"))
        r.user("protected: rw access to source", U1, G1, lambda: os.link("k/pub/open", "k/pub/o2"))
        r.stat("pub/open", "k/pub/open")
        r.ls("k", "k")


@scenario("rename_files")
class RenameFiles:
    @staticmethod
    def setup():
        mkdir("n")
        mkfile("n/a", "A")
        mkfile("n/b", "B", 0o600, U1, G1)
        mkfile("n/c", "C")
        mkdir("n/d")
        mkdir("n/e")
        mkfile("n/e/x", "x")
        mkfile("n/h1", "H")
        os.link("n/h1", "n/h2")
        os.symlink("c", "n/s")
        mkfile("n/keep", "K")
        set_times("n")
        set_times("n/a")

    @staticmethod
    def run(r):
        ba, bn = r.snap("n/a"), r.snap("n")
        r.do("file over file", lambda: os.rename("n/a", "n/b"))
        r.stat("b", "n/b")
        r.read("b", "n/b")
        r.do("old name gone", lambda: os.lstat("n/a") and None)
        r.times("moved file", "n/b", ba)
        r.times("parent", "n", bn)
        r.do("file over dir", lambda: os.rename("n/c", "n/d"))
        r.do("dir over file", lambda: os.rename("n/d", "n/c"))
        r.do("dir over non-empty dir", lambda: os.rename("n/d", "n/e"))
        r.do("hard link over its other name", lambda: os.rename("n/h1", "n/h2"))
        r.stat("h1", "n/h1")
        r.stat("h2", "n/h2")
        r.do("missing source", lambda: os.rename("n/missing", "n/z"))
        r.do("into missing dir", lambda: os.rename("n/c", "n/missing/z"))
        r.do("through a file", lambda: os.rename("n/c", "n/keep/z"))
        r.do("dot", lambda: os.rename("n/d/.", "n/z"))
        r.do("dotdot target", lambda: os.rename("n/c", "n/d/.."))
        r.do("to itself", lambda: os.rename("n/c", "n/c"))
        r.do("symlink", lambda: os.rename("n/s", "n/s2"))
        r.stat("s2", "n/s2")
        r.read("through moved symlink", "n/s2")
        r.do("file into subdir", lambda: os.rename("n/c", "n/e/c"))
        r.do("back with trailing slash on target", lambda: os.rename("n/e/c", "n/c/"))
        r.user("in a dir without write permission", U1, G1, lambda: os.rename("n/keep", "n/keep2"))
        r.ls("n", "n")
        r.ls("n/e", "n/e")


@scenario("rename_dirs")
class RenameDirs:
    @staticmethod
    def setup():
        mkdir("m")
        mkdir("m/src")
        mkfile("m/src/f", "F")
        mkdir("m/src/sub")
        mkfile("m/src/sub/g", "G")
        mkdir("m/dst")
        mkdir("m/other")
        mkdir("m/tree")
        mkdir("m/tree/a")
        mkdir("m/tree/a/b")
        mkdir("m/full")
        mkfile("m/full/x", "x")
        mkdir("m/u1dir", 0o755, U1, G1)
        mkdir("m/pub", 0o777)
        mkdir("m/pub/u1", 0o755, U1, G1)
        for p in ("m", "m/src", "m/dst", "m/other"):
            set_times(p)

    @staticmethod
    def run(r):
        r.do("into own subdir", lambda: os.rename("m/tree", "m/tree/a/b/x"))
        r.do("into own child", lambda: os.rename("m/tree", "m/tree/a/x"))
        r.do("onto own ancestor", lambda: os.rename("m/tree/a", "m/tree"))
        r.do("onto own existing subdir", lambda: os.rename("m/tree", "m/tree/a/b"))
        r.do("over non-empty", lambda: os.rename("m/dst", "m/full"))
        r.stat("m", "m")
        r.stat("other", "m/other")
        bm, bo, bs = r.snap("m"), r.snap("m/other"), r.snap("m/src")
        r.do("into another dir", lambda: os.rename("m/src", "m/other/moved"))
        r.stat("m after", "m")
        r.stat("other after", "m/other")
        r.stat("moved", "m/other/moved")
        r.times("m", "m", bm)
        r.times("other", "m/other", bo)
        r.times("moved dir", "m/other/moved", bs)
        r.ls("moved", "m/other/moved")
        r.read("moved/sub/g", "m/other/moved/sub/g")
        r.do("old name gone", lambda: os.lstat("m/src") and None)
        r.do("over empty dir", lambda: os.rename("m/other/moved", "m/dst"))
        r.ls("dst", "m/dst")
        r.stat("dst", "m/dst")
        r.do("create in moved dir", lambda: open_close("m/dst/new", os.O_CREAT | os.O_WRONLY))
        r.do("delete in moved dir", lambda: os.unlink("m/dst/f"))
        r.ls("dst after changes", "m/dst")
        r.do("back to old name", lambda: os.rename("m/dst", "m/src"))
        r.ls("src", "m/src")
        r.ls("src/sub", "m/src/sub")
        r.user("move own dir out of writable dir, no write on it", U1, G1, lambda: os.rename("m/pub/u1", "m/pub/u1b"))
        r.user("move dir it cannot write into another parent", U2, G2, lambda: os.rename("m/pub/u1b", "m/pub/u1b/../u1c"))
        r.ls("pub", "m/pub")
        r.ls("m", "m")


@scenario("rename_flags")
class RenameFlags:
    @staticmethod
    def setup():
        mkdir("x")
        mkfile("x/a", "A")
        mkfile("x/b", "B")
        mkdir("x/d")
        mkfile("x/d/in", "in")

    @staticmethod
    def run(r):
        r.do("noreplace existing", lambda: renameat2("x/a", "x/b", RENAME_NOREPLACE))
        r.do("noreplace new", lambda: renameat2("x/a", "x/a2", RENAME_NOREPLACE))
        r.do("exchange missing", lambda: renameat2("x/a2", "x/none", RENAME_EXCHANGE))
        r.do("exchange file and dir", lambda: renameat2("x/a2", "x/d", RENAME_EXCHANGE))
        r.stat("a2", "x/a2")
        r.stat("d", "x/d")
        r.read("d", "x/d")
        r.ls("a2", "x/a2")
        r.do("exchange files", lambda: renameat2("x/b", "x/d", RENAME_EXCHANGE))
        r.read("b", "x/b")
        r.read("d", "x/d")
        r.do("both flags", lambda: renameat2("x/b", "x/d", RENAME_EXCHANGE | RENAME_NOREPLACE))
        r.do("unknown flag", lambda: renameat2("x/b", "x/q", 1 << 7))
        r.ls("x", "x")


@scenario("symlink")
class Symlink:
    @staticmethod
    def setup():
        mkdir("y")
        mkfile("y/f", "F")
        mkdir("y/d")

    @staticmethod
    def run(r):
        r.do("existing name", lambda: os.symlink("t", "y/f"))
        r.do("existing dir name", lambda: os.symlink("t", "y/d"))
        b = r.snap("y")
        r.do("new", lambda: os.symlink("f", "y/s1"))
        r.times("parent", "y", b)
        r.stat("s1", "y/s1")
        r.stat("s1 followed", "y/s1", follow=True)
        r.do("readlink", lambda: os.readlink("y/s1"))
        r.do("readlink of file", lambda: os.readlink("y/f"))
        r.do("empty target", lambda: os.symlink("", "y/empty"))
        r.do("target 4095 bytes", lambda: os.symlink("x" * 4095, "y/long"))
        r.do("readlink length", lambda: len(os.readlink("y/long")))
        r.stat("long", "y/long")
        r.do("target 4096 bytes", lambda: os.symlink("x" * 4096, "y/toolong"))
        r.do("in missing dir", lambda: os.symlink("f", "y/missing/s"))
        r.do("absolute target", lambda: os.symlink("/nonexistent/abs", "y/abs"))
        r.do("readlink absolute", lambda: os.readlink("y/abs"))
        r.do("to dir, used as path", lambda: (os.symlink("d", "y/sd"), open_close("y/sd/new", os.O_CREAT | os.O_WRONLY)) and None)
        r.ls("d", "y/d")
        r.do("lchown", lambda: os.lchown("y/s1", U1, G1))
        r.stat("s1 after lchown", "y/s1")
        r.stat("f after lchown of link", "y/f")
        r.ls("y", "y")


@scenario("mknod")
class Mknod:
    @staticmethod
    def setup():
        mkdir("q")
        mkdir("q/pub", 0o1777)
        os.mkfifo("q/oldfifo", 0o600)
        os.mknod("q/oldchr", 0o600 | stat.S_IFCHR, os.makedev(1, 3))

    @staticmethod
    def run(r):
        r.do("mkfifo 0640", lambda: os.mkfifo("q/p1", 0o640))
        r.stat("p1", "q/p1")
        r.do("mkfifo existing", lambda: os.mkfifo("q/p1"))
        r.do("mkfifo over file-less dangling path", lambda: os.mkfifo("q/none/p"))
        r.do("mknod chr 1,3", lambda: os.mknod("q/c", 0o600 | stat.S_IFCHR, os.makedev(1, 3)))
        r.stat("c", "q/c")
        r.do("mknod blk 7,0", lambda: os.mknod("q/b", 0o600 | stat.S_IFBLK, os.makedev(7, 0)))
        r.stat("b", "q/b")
        r.do("mknod chr 0,0 (a whiteout's shape)", lambda: os.mknod("q/w", 0o600 | stat.S_IFCHR, 0))
        r.do("lstat 0,0", lambda: describe("q/w"))
        r.do("mknod reg", lambda: os.mknod("q/r", 0o644 | stat.S_IFREG))
        r.stat("r", "q/r")
        r.do("mknod no type", lambda: os.mknod("q/nt", 0o644))
        r.stat("nt", "q/nt")
        r.do("mknod dir type", lambda: os.mknod("q/dt", 0o755 | stat.S_IFDIR))
        r.user("mknod chr", U1, G1, lambda: os.mknod("q/pub/c", 0o600 | stat.S_IFCHR, os.makedev(1, 3)))
        r.user("mkfifo", U1, G1, lambda: os.mkfifo("q/pub/f", 0o666))
        r.stat("pub/f", "q/pub/f")

        def bind():
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.bind("q/sock")
            finally:
                s.close()
        r.do("bind unix socket", bind)
        r.stat("sock", "q/sock")
        r.do("chmod old fifo", lambda: os.chmod("q/oldfifo", 0o644))
        r.stat("oldfifo", "q/oldfifo")
        r.do("chown old chr", lambda: os.chown("q/oldchr", U1, G1))
        r.stat("oldchr", "q/oldchr")
        r.do("rename old fifo", lambda: os.rename("q/oldfifo", "q/fifo2"))
        r.stat("fifo2", "q/fifo2")

        def fifo_data():
            rfd = os.open("q/fifo2", os.O_RDONLY | os.O_NONBLOCK)
            wfd = os.open("q/fifo2", os.O_WRONLY)
            try:
                os.write(wfd, b"through the fifo")
                return os.read(rfd, 100).decode()
            finally:
                os.close(wfd)
                os.close(rfd)
        r.do("data through old fifo", fifo_data)
        r.ls("q", "q")


@scenario("chmod")
class Chmod:
    @staticmethod
    def setup():
        mkdir("cm")
        mkfile("cm/f", "F", 0o644, U1, G1)
        mkfile("cm/g", "G", 0o644)
        mkfile("cm/h", "H", 0o644, U1, G3)
        mkdir("cm/d", 0o755, U1, G1)
        os.symlink("f", "cm/s")
        mkfile("cm/r", "R", 0o444)
        for p in ("cm/f", "cm/g", "cm/r"):
            set_times(p)

    @staticmethod
    def run(r):
        b = r.snap("cm/f")
        r.do("root chmod", lambda: os.chmod("cm/f", 0o600))
        r.stat("f", "cm/f")
        r.times("f", "cm/f", b)
        r.user("owner chmod", U1, G1, lambda: os.chmod("cm/f", 0o640))
        r.user("other chmod", U2, G2, lambda: os.chmod("cm/f", 0o777))
        r.user("chmod root's file", U1, G1, lambda: os.chmod("cm/g", 0o777))
        r.stat("f", "cm/f")
        r.do("through symlink", lambda: os.chmod("cm/s", 0o604))
        r.stat("f", "cm/f")
        r.stat("s", "cm/s")
        r.user("owner sets setgid, own group", U1, G1, lambda: os.chmod("cm/f", 0o2755))
        r.stat("f", "cm/f")
        r.user("owner sets setgid, foreign group", U1, G1, lambda: os.chmod("cm/h", 0o2755))
        r.stat("h", "cm/h")
        r.user("owner sets setgid, foreign group it is in", U1, G1, lambda: os.chmod("cm/h", 0o2750), groups=[G3])
        r.stat("h", "cm/h")
        r.user("owner sets sticky on file", U1, G1, lambda: os.chmod("cm/f", 0o1755))
        r.stat("f", "cm/f")
        r.do("root 07777", lambda: os.chmod("cm/g", 0o7777))
        r.stat("g", "cm/g")
        r.do("dir 01777", lambda: os.chmod("cm/d", 0o1777))
        r.stat("d", "cm/d")
        r.do("missing", lambda: os.chmod("cm/missing", 0o644))
        r.do("through a file", lambda: os.chmod("cm/g/x", 0o644))

        def fchmod_ro():
            fd = os.open("cm/r", os.O_RDONLY)
            try:
                os.fchmod(fd, 0o640)
                return "%04o %s" % (stat.S_IMODE(os.fstat(fd).st_mode), os.read(fd, 10).decode())
            finally:
                os.close(fd)
        b = r.snap("cm/r")
        r.do("fchmod through read-only fd", fchmod_ro)
        r.stat("r", "cm/r")
        r.times("r", "cm/r", b)


@scenario("chown")
class Chown:
    @staticmethod
    def setup():
        mkdir("co")
        mkfile("co/f", "F")
        mkfile("co/suid", "S", 0o4755)
        mkfile("co/suid2", "S", 0o4755)
        mkfile("co/sgx", "G", 0o2755)
        mkfile("co/sgnx", "G", 0o2745)
        mkdir("co/d", 0o2755)
        os.symlink("f", "co/l")
        mkfile("co/u1", "U", 0o6755, U1, G1)
        mkfile("co/u1b", "U", 0o6755, U1, G1)
        mkfile("co/u1c", "U", 0o4755, U1, G1)
        set_times("co/f")

    @staticmethod
    def run(r):
        b = r.snap("co/f")
        r.do("root chown", lambda: os.chown("co/f", U1, G2))
        r.stat("f", "co/f")
        r.times("f", "co/f", b)
        r.do("root chown setuid file", lambda: os.chown("co/suid", 0, 0))
        r.stat("suid", "co/suid")
        r.do("root chown -1 -1 setuid file", lambda: os.chown("co/suid2", -1, -1))
        r.stat("suid2", "co/suid2")
        r.do("root chown setgid g+x", lambda: os.chown("co/sgx", U1, -1))
        r.stat("sgx", "co/sgx")
        r.do("root chown setgid g-x", lambda: os.chown("co/sgnx", U1, -1))
        r.stat("sgnx", "co/sgnx")
        r.do("root chown setgid dir", lambda: os.chown("co/d", U1, G1))
        r.stat("d", "co/d")
        r.do("lchown symlink", lambda: os.lchown("co/l", U2, G2))
        r.stat("l", "co/l")
        r.stat("f", "co/f")
        r.do("chown through symlink", lambda: os.chown("co/l", U2, G2))
        r.stat("f", "co/f")
        r.user("owner gives file away", U1, G1, lambda: os.chown("co/u1", U2, -1))
        r.user("owner chgrp to foreign group", U1, G1, lambda: os.chown("co/u1", -1, G3))
        r.user("owner chgrp to own supplementary group", U1, G1, lambda: os.chown("co/u1", -1, G3), groups=[G3])
        r.stat("u1", "co/u1")
        r.user("owner chown to itself", U1, G1, lambda: os.chown("co/u1b", U1, G1))
        r.stat("u1b", "co/u1b")
        r.user("owner chown -1 -1", U1, G1, lambda: os.chown("co/u1c", -1, -1))
        r.stat("u1c", "co/u1c")
        r.user("other chown", U2, G2, lambda: os.chown("co/u1b", U2, G2))
        r.do("missing", lambda: os.chown("co/missing", 0, 0))


@scenario("suid_clear")
class SuidClear:
    @staticmethod
    def setup():
        mkdir("sw")
        for n, mode in (("w1", 0o4777), ("w2", 0o2777), ("w3", 0o2767), ("w4", 0o6777), ("w5", 0o4777),
                        ("t1", 0o4777), ("t2", 0o4777), ("o1", 0o4755)):
            mkfile("sw/" + n, "0123456789", mode)
        os.chown("sw/o1", U1, G1)
        os.chmod("sw/o1", 0o4755)

    @staticmethod
    def run(r):
        def wr(p):
            return lambda: write_at(p, b"xy", os.O_WRONLY, 2) and None
        r.user("write setuid", U1, G1, wr("sw/w1"))
        r.stat("w1", "sw/w1")
        r.user("write setgid g+x", U1, G1, wr("sw/w2"))
        r.stat("w2", "sw/w2")
        r.user("write setgid g-x", U1, G1, wr("sw/w3"))
        r.stat("w3", "sw/w3")
        r.user("write setuid+setgid", U1, G1, wr("sw/w4"))
        r.stat("w4", "sw/w4")
        r.do("root write setuid", wr("sw/w5"))
        r.stat("w5", "sw/w5")
        r.user("truncate setuid", U1, G1, lambda: os.truncate("sw/t1", 3))
        r.stat("t1", "sw/t1")
        r.user("ftruncate setuid", U1, G1, lambda: fd_do("sw/t2", os.O_WRONLY, lambda fd: os.ftruncate(fd, 4)))
        r.stat("t2", "sw/t2")
        r.user("owner writes own setuid file", U1, G1, wr("sw/o1"))
        r.stat("o1", "sw/o1")
        r.read("w1", "sw/w1")


@scenario("access")
class Access:
    @staticmethod
    def setup():
        mkfile("secret", "S", 0o600)
        mkfile("ro", "R", 0o444, U1, G1)
        mkdir("nox", 0o755)
        mkfile("nox/f", "F", 0o666)
        os.chmod("nox", 0o644)
        mkdir("now", 0o755)
        mkfile("now/f", "F", 0o666)
        os.chmod("now", 0o555)
        mkdir("xonly", 0o755)
        mkfile("xonly/f", "F", 0o644)
        os.chmod("xonly", 0o711)
        mkfile("grp", "G", 0o640, 0, G3)
        mkfile("exe", "#!/bin/sh\n", 0o755)
        mkfile("noexe", "#!/bin/sh\n", 0o644)

    @staticmethod
    def run(r):
        RO, WO = os.O_RDONLY, os.O_WRONLY
        r.user("read 0600 root file", U1, G1, lambda: open_close("secret", RO))
        r.user("write 0444 own file", U1, G1, lambda: open_close("ro", WO))
        r.user("read 0444 own file", U1, G1, lambda: open_close("ro", RO))
        r.user("stat in dir without x", U1, G1, lambda: os.stat("nox/f") and None)
        r.user("list dir without x", U1, G1, lambda: " ".join(sorted(os.listdir("nox"))))
        r.user("create in dir without w", U1, G1, lambda: open_close("now/new", os.O_CREAT | WO))
        r.user("write existing in dir without w", U1, G1, lambda: write_at("now/f", b"z") and None)
        r.user("unlink in dir without w", U1, G1, lambda: os.unlink("now/f"))
        r.user("rename in dir without w", U1, G1, lambda: os.rename("now/f", "now/g"))
        r.user("list dir with x only", U1, G1, lambda: os.listdir("xonly") and None)
        r.user("read in dir with x only", U1, G1, lambda: open_close("xonly/f", RO))
        r.user("read 0640 group file, in group", U2, G2, lambda: open_close("grp", RO), groups=[G3])
        r.user("read 0640 group file, not in group", U2, G2, lambda: open_close("grp", RO))
        for path in ("secret", "ro", "nox/f", "xonly/f", "exe", "noexe", "now"):
            for name, m in (("R", os.R_OK), ("W", os.W_OK), ("X", os.X_OK)):
                r.user("access %s %s" % (path, name), U1, G1, lambda p=path, m=m: "allowed" if os.access(p, m) else "denied")
        r.do("root access X on 0644", lambda: "allowed" if os.access("noexe", os.X_OK) else "denied")
        r.do("root access X on 0755", lambda: "allowed" if os.access("exe", os.X_OK) else "denied")
        r.user("execute 0644 script", U1, G1, lambda: os.execv("noexe", ["noexe"]))


@scenario("truncate")
class Truncate:
    @staticmethod
    def setup():
        mkdir("tr")
        for n in ("f", "g", "h", "big"):
            mkfile("tr/" + n, "0123456789")
        mkfile("tr/ro", "0123456789", 0o644)
        mkdir("tr/d")
        for n in ("f", "g", "h"):
            set_times("tr/" + n)

    @staticmethod
    def run(r):
        b = r.snap("tr/f")
        r.do("shrink", lambda: os.truncate("tr/f", 4))
        r.read("f", "tr/f")
        r.times("f", "tr/f", b)
        r.do("grow", lambda: os.truncate("tr/f", 100))
        r.read("f grown", "tr/f")
        r.stat("f", "tr/f")
        r.do("negative", lambda: os.truncate("tr/f", -1))
        r.do("dir", lambda: os.truncate("tr/d", 0))
        r.do("missing", lambda: os.truncate("tr/missing", 0))
        r.do("through a file", lambda: os.truncate("tr/f/x", 0))
        r.user("without write permission", U1, G1, lambda: os.truncate("tr/ro", 0))
        b = r.snap("tr/g")
        r.do("same size", lambda: os.truncate("tr/g", 10))
        r.times("g", "tr/g", b)
        r.do("ftruncate on read-only fd", lambda: fd_do("tr/h", os.O_RDONLY, lambda fd: os.ftruncate(fd, 2)))
        b = r.snap("tr/h")
        r.do("ftruncate", lambda: fd_do("tr/h", os.O_WRONLY, lambda fd: os.ftruncate(fd, 2)))
        r.read("h", "tr/h")
        r.times("h", "tr/h", b)
        r.do("sparse 8 GiB", lambda: os.truncate("tr/big", 8 << 30))
        r.stat("big", "tr/big")

        def tail():
            fd = os.open("tr/big", os.O_RDONLY)
            try:
                return summary(os.pread(fd, 16, (8 << 30) - 8)) + " head " + summary(os.pread(fd, 10, 0))
            finally:
                os.close(fd)
        r.do("read around the hole", tail)
        r.do("ftruncate negative", lambda: fd_do("tr/h", os.O_WRONLY, lambda fd: os.ftruncate(fd, -1)))


@scenario("utimens")
class Utimens:
    T1, T2, TNEG = (1100000000, 111111111), (1200000000, 222222222), (-1000000, 5)

    @staticmethod
    def setup():
        mkdir("ut")
        mkfile("ut/f", "F")
        mkfile("ut/g", "G")
        mkfile("ut/h", "H")
        mkfile("ut/u1", "U", 0o644, U1, G1)
        mkfile("ut/w", "W", 0o666)
        os.symlink("g", "ut/s")
        for p in ("ut/f", "ut/g", "ut/h", "ut/u1", "ut/w"):
            set_times(p)
        set_times("ut/s")

    @staticmethod
    def run(r):
        T1, T2 = Utimens.T1, Utimens.T2
        b = r.snap("ut/f")
        r.do("explicit", lambda: utimensat("ut/f", T1, T2))
        r.exact_times("f", "ut/f")
        r.times("f", "ut/f", b, fields="amc")
        b = r.snap("ut/f")
        r.do("omit both", lambda: utimensat("ut/f", "omit", "omit"))
        r.times("f after omit both", "ut/f", b, fields="amc")
        b = r.snap("ut/f")
        r.do("now atime, omit mtime", lambda: utimensat("ut/f", "now", "omit"))
        r.times("f", "ut/f", b, fields="amc")
        b = r.snap("ut/f")
        r.do("omit atime, explicit mtime", lambda: utimensat("ut/f", "omit", T1))
        r.times("f", "ut/f", b, fields="amc")
        r.exact_times("f mtime only", "ut/f", fields="m")
        b = r.snap("ut/g")
        r.do("NULL times", lambda: utimensat("ut/g", None, None))
        r.times("g", "ut/g", b, fields="amc")
        r.do("pre-epoch", lambda: utimensat("ut/h", Utimens.TNEG, (0, 0)))
        r.exact_times("h", "ut/h")
        r.do("nsec out of range", lambda: utimensat("ut/h", (1, 1000000000), "omit"))
        r.do("missing", lambda: utimensat("ut/missing", T1, T1))
        r.user("other, explicit", U2, G2, lambda: utimensat("ut/u1", T1, T2))
        r.user("other, now, no write permission", U2, G2, lambda: utimensat("ut/u1", "now", "now"))
        r.user("other, NULL, no write permission", U2, G2, lambda: utimensat("ut/u1", None, None))
        r.user("other, now, world-writable", U2, G2, lambda: utimensat("ut/w", "now", "now"))
        r.user("other, explicit, world-writable", U2, G2, lambda: utimensat("ut/w", T1, T2))
        r.user("other, omit both, world-writable", U2, G2, lambda: utimensat("ut/w", "omit", "omit"))
        r.user("owner, explicit", U1, G1, lambda: utimensat("ut/u1", T2, T1))
        r.exact_times("u1", "ut/u1")
        b = r.snap("ut/s")
        bg = r.snap("ut/g")
        r.do("symlink nofollow", lambda: utimensat("ut/s", T2, T2, AT_SYMLINK_NOFOLLOW))
        r.exact_times("s", "ut/s")
        r.times("g untouched", "ut/g", bg)
        r.times("s", "ut/s", b)


@scenario("sticky")
class Sticky:
    @staticmethod
    def setup():
        mkdir("st", 0o1777)
        mkfile("st/u1f", "1", 0o644, U1, G1)
        mkfile("st/u1g", "1", 0o644, U1, G1)
        mkfile("st/u2f", "2", 0o644, U2, G2)
        mkfile("st/rootf", "r", 0o666)
        mkdir("st/u1d", 0o755, U1, G1)
        mkdir("own", 0o1777, U1, G1)
        mkfile("own/u2f", "2", 0o644, U2, G2)
        mkdir("own/u2d", 0o755, U2, G2)

    @staticmethod
    def run(r):
        r.user("unlink other's file", U2, G2, lambda: os.unlink("st/u1f"))
        r.user("rename other's file", U2, G2, lambda: os.rename("st/rootf", "st/x"))
        r.user("rename own file over other's", U2, G2, lambda: os.rename("st/u2f", "st/u1g"))
        r.user("rmdir other's dir", U2, G2, lambda: os.rmdir("st/u1d"))
        r.user("write other's world-writable file", U2, G2, lambda: write_at("st/rootf", b"w") and None)
        r.user("creat on other's existing file", U2, G2, lambda: open_close("st/rootf", os.O_CREAT | os.O_WRONLY))
        r.user("unlink own file", U1, G1, lambda: os.unlink("st/u1f"))
        r.user("rmdir own dir", U1, G1, lambda: os.rmdir("st/u1d"))
        r.user("dir owner unlinks other's file", U1, G1, lambda: os.unlink("own/u2f"))
        r.user("dir owner rmdirs other's dir", U1, G1, lambda: os.rmdir("own/u2d"))
        r.do("root unlinks any", lambda: os.unlink("st/u2f"))
        r.ls("st", "st")
        r.ls("own", "own")


@scenario("parent_times")
class ParentTimes:
    @staticmethod
    def setup():
        mkdir("pt")
        mkdir("pt/a")
        mkdir("pt/b")
        for n in ("x", "y", "z", "w"):
            mkfile("pt/a/" + n, n)
        mkdir("pt/a/rd")
        for p in ("pt/a", "pt/b", "pt/a/z", "pt/a/w"):
            set_times(p)

    @staticmethod
    def run(r):
        ops = [
            ("create", "pt/a", lambda: open_close("pt/a/new", os.O_CREAT | os.O_WRONLY)),
            ("unlink", "pt/a", lambda: os.unlink("pt/a/x")),
            ("mkdir", "pt/a", lambda: os.mkdir("pt/a/sd")),
            ("rmdir", "pt/a", lambda: os.rmdir("pt/a/rd")),
            ("symlink", "pt/a", lambda: os.symlink("y", "pt/a/sl")),
            ("link", "pt/a", lambda: os.link("pt/a/y", "pt/a/y2")),
            ("mkfifo", "pt/a", lambda: os.mkfifo("pt/a/fifo")),
            ("rename within", "pt/a", lambda: os.rename("pt/a/y2", "pt/a/y3")),
            ("chmod child", "pt/a", lambda: os.chmod("pt/a/z", 0o600)),
            ("write child", "pt/a", lambda: write_at("pt/a/w", b"data") and None),
            ("read dir", "pt/a", lambda: os.listdir("pt/a") and None),
        ]
        for name, parent, op in ops:
            b = r.snap(parent)
            r.do(name, op)
            r.times("parent after " + name, parent, b)
        ba, bb, by = r.snap("pt/a"), r.snap("pt/b"), r.snap("pt/a/y")
        r.do("rename across", lambda: os.rename("pt/a/y", "pt/b/y"))
        r.times("source parent", "pt/a", ba)
        r.times("target parent", "pt/b", bb)
        r.times("moved file", "pt/b/y", by)
        bz = r.snap("pt/a/z")
        r.do("write", lambda: write_at("pt/a/z", b"more") and None)
        r.times("written file", "pt/a/z", bz)


@scenario("nlink")
class Nlink:
    @staticmethod
    def setup():
        mkdir("nl")
        mkdir("nl/p")
        mkdir("nl/p/s1")
        mkdir("nl/p/s2")
        mkfile("nl/p/f", "f")
        mkdir("nl/q")
        mkfile("nl/f", "f")

    @staticmethod
    def run(r):
        r.stat("p", "nl/p")
        r.do("mkdir s3", lambda: os.mkdir("nl/p/s3"))
        r.stat("p", "nl/p")
        r.do("rmdir s1", lambda: os.rmdir("nl/p/s1"))
        r.stat("p", "nl/p")
        r.do("move s2 out", lambda: os.rename("nl/p/s2", "nl/q/s2"))
        r.stat("p", "nl/p")
        r.stat("q", "nl/q")
        r.do("file in p (no dir count change)", lambda: open_close("nl/p/g", os.O_CREAT | os.O_WRONLY))
        r.stat("p", "nl/p")
        r.stat("f", "nl/f")
        r.do("link 1", lambda: os.link("nl/f", "nl/f2"))
        r.do("link 2", lambda: os.link("nl/f", "nl/q/f3"))
        r.stat("f", "nl/f")
        r.do("unlink f2", lambda: os.unlink("nl/f2"))
        r.stat("q/f3", "nl/q/f3")

        def last_name_gone():
            fd = os.open("nl/f", os.O_RDONLY)
            try:
                os.unlink("nl/f")
                os.unlink("nl/q/f3")
                return "nlink=%d" % os.fstat(fd).st_nlink
            finally:
                os.close(fd)
        r.do("fstat after last name unlinked", last_name_gone)
        r.stat("nl", "nl")


@scenario("readdir")
class Readdir:
    @staticmethod
    def setup():
        mkdir("rd")
        for n in ("a", "b", "c"):
            mkfile("rd/" + n, n)
        mkdir("rd/sub")
        mkfile("rd/sub/x", "x")
        os.symlink("a", "rd/l")
        mkdir("rd/many")
        for i in range(600):
            mkfile("rd/many/f%03d" % i, "")

    @staticmethod
    def run(r):
        r.ls("rd", "rd")
        os.unlink("rd/b")
        open_close("rd/d", os.O_CREAT | os.O_WRONLY)
        os.mkdir("rd/e")
        os.rename("rd/c", "rd/f")
        os.unlink("rd/sub/x")
        os.mkdir("rd/sub/x")
        r.ls("rd after changes", "rd")
        r.ls("sub", "rd/sub")

        def types():
            out = []
            for e in sorted(os.scandir("rd"), key=lambda e: e.name):
                t = "d" if e.is_dir(follow_symlinks=False) else "l" if e.is_symlink() else "f" if e.is_file(follow_symlinks=False) else "?"
                out.append(e.name + ":" + t)
            return " ".join(out)
        r.do("types", types)
        for i in range(0, 600, 2):
            os.unlink("rd/many/f%03d" % i)
        for i in range(0, 100):
            open_close("rd/many/n%03d" % i, os.O_CREAT | os.O_WRONLY)
        r.do("many", lambda: "%d %s" % (len(os.listdir("rd/many")), hashlib.sha1(" ".join(sorted(os.listdir("rd/many"))).encode()).hexdigest()[:12]))

        def seek_back():
            fd = os.open("rd", os.O_RDONLY | os.O_DIRECTORY)
            try:
                first = sorted(os.listdir(fd))
                os.lseek(fd, 0, os.SEEK_SET)
                return "same" if sorted(os.listdir(fd)) == first else "differs"
            finally:
                os.close(fd)
        r.do("rewind and list again", seek_back)


@scenario("xattr")
class Xattr:
    @staticmethod
    def setup():
        mkfile("xf", "F")
        os.setxattr("xf", "user.a", b"1")
        mkfile("xg", "G", 0o644)
        os.symlink("xf", "xl")
        mkdir("xd")
        os.setxattr("xd", "user.dir", b"d")

    @staticmethod
    def run(r):
        r.do("get", lambda: os.getxattr("xf", "user.a"))
        r.do("get missing", lambda: os.getxattr("xf", "user.zz"))
        r.do("create new", lambda: os.setxattr("xf", "user.b", b"2", os.XATTR_CREATE))
        r.do("create existing", lambda: os.setxattr("xf", "user.a", b"x", os.XATTR_CREATE))
        r.do("replace missing", lambda: os.setxattr("xf", "user.c", b"x", os.XATTR_REPLACE))
        r.do("replace existing", lambda: os.setxattr("xf", "user.a", b"11", os.XATTR_REPLACE))
        r.do("list", lambda: " ".join(sorted(os.listxattr("xf"))))
        r.do("remove", lambda: os.removexattr("xf", "user.a"))
        r.do("remove missing", lambda: os.removexattr("xf", "user.a"))
        r.do("list after remove", lambda: " ".join(sorted(os.listxattr("xf"))))
        r.do("user xattr on symlink", lambda: os.setxattr("xl", "user.q", b"q", follow_symlinks=False))
        r.do("dir get", lambda: os.getxattr("xd", "user.dir"))
        r.do("empty value", lambda: os.setxattr("xd", "user.empty", b""))
        r.do("get empty value", lambda: repr(os.getxattr("xd", "user.empty")))
        r.do("big value", lambda: os.setxattr("xd", "user.big", b"v" * 3000))
        r.do("get big value", lambda: len(os.getxattr("xd", "user.big")))
        r.user("set on root's file", U1, G1, lambda: os.setxattr("xg", "user.u", b"u"))
        r.user("get on root's file", U1, G1, lambda: os.getxattr("xf", "user.b"))
        r.user("set trusted", U1, G1, lambda: os.setxattr("xf", "trusted.t", b"t"))
        r.user("list", U1, G1, lambda: " ".join(sorted(os.listxattr("xf"))))
        r.read("xf content unchanged", "xf")


@scenario("open_fds")
class OpenFds:
    """Descriptors held while the file moves between layers (copy-up), renames and unlinks."""
    @staticmethod
    def setup():
        mkfile("of1", "original")
        mkfile("of2", "original")
        mkfile("of3", "original")
        mkfile("sparse", "")
        write_at("sparse", b"end", os.O_WRONLY, 1 << 20)

    @staticmethod
    def run(r):
        def ro_sees_later_write():
            rfd = os.open("of1", os.O_RDONLY)
            try:
                write_at("of1", b"CHANGED!")
                return os.pread(rfd, 100, 0).decode()
            finally:
                os.close(rfd)
        r.do("read-only fd sees a write through another fd", ro_sees_later_write)

        def write_after_rename():
            fd = os.open("of2", os.O_WRONLY)
            try:
                os.rename("of2", "of2moved")
                os.write(fd, b"NEW")
            finally:
                os.close(fd)
        r.do("write after rename", write_after_rename)
        r.read("of2moved", "of2moved")

        def fstat_ro():
            fd = os.open("of3", os.O_RDONLY)
            try:
                os.chmod("of3", 0o600)
                return "%04o" % stat.S_IMODE(os.fstat(fd).st_mode)
            finally:
                os.close(fd)
        r.do("fstat after chmod by path", fstat_ro)

        def seek_data():
            fd = os.open("sparse", os.O_RDONLY)
            try:
                return "data@%d hole@%d size=%d" % (os.lseek(fd, 0, os.SEEK_DATA), os.lseek(fd, 0, os.SEEK_HOLE),
                                                    os.fstat(fd).st_size)
            finally:
                os.close(fd)
        r.do("seek data/hole", seek_data)
        r.do("fallocate", lambda: fd_do("of3", os.O_WRONLY, lambda fd: os.posix_fallocate(fd, 0, 8192)))
        r.stat("of3", "of3")
        def unlinked_fd_ops():
            fd = os.open("of4", os.O_RDWR | os.O_CREAT, 0o644)
            try:
                os.write(fd, b"tmp")
                os.unlink("of4")
                out = []
                for name, op in (("fchmod", lambda: os.fchmod(fd, 0o600)), ("fchown", lambda: os.fchown(fd, U1, G1)),
                                 ("ftruncate", lambda: os.ftruncate(fd, 2)), ("futimens", lambda: os.utime(fd, ns=(5, 6)))):
                    out.append(name + ":" + outcome(op))
                st = os.fstat(fd)
                out.append("%04o %d:%d size=%d atime=%d mtime=%d" % (stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid,
                                                                     st.st_size, st.st_atime_ns, st.st_mtime_ns))
                return " ".join(out)
            finally:
                os.close(fd)
        r.do("attribute changes through an unlinked open fd", unlinked_fd_ops)
        r.do("fsync read-only fd", lambda: fd_do("of1", os.O_RDONLY, os.fsync))
        r.do("fdatasync", lambda: fd_do("of1", os.O_WRONLY, os.fdatasync))


@scenario("dots")
class Dots:
    @staticmethod
    def setup():
        mkdir("dd")
        mkdir("dd/x")
        mkfile("dd/f", "f")

    @staticmethod
    def run(r):
        r.do("unlink dot", lambda: os.unlink("dd/."))
        r.do("unlink dotdot", lambda: os.unlink("dd/x/.."))
        r.do("rmdir dot", lambda: os.rmdir("dd/x/."))
        r.do("rename dot", lambda: os.rename("dd/x/.", "dd/y"))
        r.do("rename onto dot", lambda: os.rename("dd/f", "dd/x/."))
        r.do("link onto dot", lambda: os.link("dd/f", "dd/x/."))
        r.do("symlink onto dotdot", lambda: os.symlink("f", "dd/x/.."))
        r.do("mkfifo onto dot", lambda: os.mkfifo("dd/."))
        r.do("stat dotdot from x", lambda: describe("dd/x/..", with_nlink=False))
        r.ls("dd", "dd")


# ------------------------------------------------------------------------ drivers

def selected(only):
    if not only:
        return SCENARIOS
    names = only.split(",")
    unknown = [n for n in names if n not in dict(SCENARIOS)]
    if unknown:
        sys.exit("unknown scenario(s): " + ", ".join(unknown))
    return [(n, c) for n, c in SCENARIOS if n in names]


def setup(root, only):
    for name, cls in selected(only):
        d = os.path.join(root, name)
        os.mkdir(d, 0o755)
        os.chdir(d)
        try:
            cls.setup()
        finally:
            os.chdir("/")
        os.chmod(d, 0o755)


def run(root, only, out):
    for name, cls in selected(only):
        os.chdir(os.path.join(root, name))
        try:
            cls.run(Rec(name, out))
        except Exception as e:  # noqa: BLE001 - a crash is a result too
            Rec(name, out).rec("CRASH", repr(e))
        finally:
            os.chdir("/")
        out.flush()


def scramble(root, only):
    """Replaces every fixture with something else under the same name: dirs stay dirs (other
    mode and owner, a junk file inside), files become dirs, symlinks and specials become files."""
    for name, _ in selected(only):
        top = os.path.join(root, name)
        entries = []
        for dirpath, dirnames, filenames in os.walk(top):
            for n in dirnames + filenames:
                p = os.path.join(dirpath, n)
                entries.append((os.path.relpath(p, top), stat.S_ISDIR(os.lstat(p).st_mode)))
        for n in os.listdir(top):
            p = os.path.join(top, n)
            if os.path.isdir(p) and not os.path.islink(p):
                _rmtree(p)
            else:
                os.unlink(p)
        for relp, was_dir in sorted(entries):
            p = os.path.join(top, relp)
            if not os.path.isdir(os.path.dirname(p)):
                continue
            if was_dir or len(relp) % 2 == 0:
                os.mkdir(p, 0o700)
                os.chown(p, 4242, 4242)
                mkfile(os.path.join(p, "junk"), "junk", 0o600, 4242, 4242)
            else:
                mkfile(p, "scrambled " + relp, 0o600, 4242, 4242)
        os.chmod(top, 0o700)


def _rmtree(p):
    for dirpath, dirnames, filenames in os.walk(p, topdown=False):
        for n in filenames:
            os.unlink(os.path.join(dirpath, n))
        for n in dirnames:
            q = os.path.join(dirpath, n)
            if os.path.islink(q):
                os.unlink(q)
            else:
                os.rmdir(q)
    os.rmdir(p)


def dump(root, only, out):
    """Every path under each scenario's directory with its normalized attributes, content and
    user xattrs, as lines "scenario: dump PATH = ATTRIBUTES"."""
    for name, _ in selected(only):
        top = os.path.join(root, name)
        out.write("%s: dump . = %s\n" % (name, outcome_text(lambda: describe(top))))
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for n in sorted(dirnames + filenames):
                p = os.path.join(dirpath, n)
                out.write("%s: dump %s = %s\n" % (name, os.path.relpath(p, top), outcome_text(lambda: dump_line(p))))


def dump_line(p):
    line = describe(p)
    st = os.lstat(p)
    if stat.S_ISREG(st.st_mode):
        line += " " + content_summary(p, st.st_size)
    if not stat.S_ISLNK(st.st_mode):
        xs = sorted(x for x in os.listxattr(p, follow_symlinks=False) if x.startswith("user."))
        if xs:
            line += " xattrs=" + ",".join(xs)
    return line


def outcome_text(fn):
    """fn()'s text, or the errno name of what it raised (a listed name that cannot be stat'ed)."""
    try:
        return fn()
    except OSError as e:
        return errname(e)


def main(argv):
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if len(argv) == 1 and argv[0] == "list":
        for n, _ in SCENARIOS:
            print(n)
        return 0
    if len(argv) != 2 or argv[0] not in ("setup", "run", "scramble", "dump"):
        sys.stderr.write(__doc__)
        return 2
    if os.geteuid() != 0:
        sys.stderr.write("fsposix.py: needs root (the scenarios switch to uids %d/%d)\n" % (U1, U2))
        return 2
    os.umask(0o022)
    root = os.path.abspath(argv[1])
    if argv[0] == "setup":
        setup(root, only)
    elif argv[0] == "run":
        run(root, only, sys.stdout)
    elif argv[0] == "scramble":
        scramble(root, only)
    else:
        dump(root, only, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
