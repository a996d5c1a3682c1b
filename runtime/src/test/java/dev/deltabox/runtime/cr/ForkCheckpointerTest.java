package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.helper.deltabox_helper_h;
import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Template fork on real processes with real ptrace: a python3 REPL driven through pipes is
 * checkpointed, changed and rolled back, and every point where a plain fork would give a wrong
 * process is checked from inside the new process.
 */
// A hang guard (a bug here typically blocks a pipe read forever), never a latency bound; a
// separate thread because a thread blocked in a native read() cannot be interrupted.
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ForkCheckpointerTest {

    private static final List<String> PYTHON = List.of("/usr/bin/python3", "-i", "-u", "-q");
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    private HelperClient helper;
    private ForkCheckpointer cr;
    private final List<Py> sessions = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        helper = HelperClient.start(DeltaBoxHome.detect(), dir.resolve("run"));
        cr = new ForkCheckpointer(helper);
    }

    @AfterEach
    void stop() {
        try {
            cr.close();
        } catch (CheckpointException e) {
            // a test that killed the helper leaves nothing to clean up
        }
        helper.close();
    }

    /** A python REPL session, closed at the end of the test. */
    private final class Py extends ReplSession {
        Py(LiveProcess p) {
            super(p);
            sessions.add(this);
        }
    }

    private Py python() {
        Py py = new Py(cr.spawn(PYTHON, ENV, dir));
        assertEquals("ready", py.ask("print('ready')"));
        return py;
    }

    private Py rollback(ForkCheckpointer.Template t, Py replacing) {
        return new Py(cr.rollback(t, replacing == null ? null : replacing.p));
    }

    // ---- the REPL end to end ----

    /**
     * The fresh stdio of a rollback arrives through the template's mailbox with FD_CLOEXEC (the
     * helper receives with MSG_CMSG_CLOEXEC) and lands on 0-2 as it is: the new process must
     * hand it on to the programs it execs all the same.
     */
    @Test
    void programsExecedByARolledBackShellStillHaveItsStdio() throws IOException {
        ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        assertEquals("up", sh.sh("echo up"));
        var t = cr.checkpoint(sh.p);
        ReplSession back = new ReplSession(cr.rollback(t, sh.p));
        assertEquals("0", back.sh("X=0; echo $X"));
        // children of the rolled-back bash: stdout, stderr and stdin reach them (bash's own
        // line after each one: without it, a child that lost its stdio would hang the test)
        assertEquals("out", back.sh("/bin/sh -c 'echo out'; echo after"));
        assertEquals("after", back.line());
        back.send("/bin/sh -c 'echo err >&2'; echo after >&2");
        var err = new java.io.BufferedReader(new java.io.InputStreamReader(back.p.stderr(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("err", err.readLine());
        assertEquals("after", err.readLine());
        assertEquals("in", back.sh("/bin/sh -c 'read l; echo $l'; echo after\nin"));
        assertEquals("after", back.line());
        back.p.close();
    }

    /**
     * The helper fixes forks up through a small call stub it maps into a template, which stops
     * on int3: the kernel would unblock and reset a SIGTRAP it raises in a process that blocks or
     * ignores it. Such a process must come back from a rollback with its SIGTRAP as it was.
     */
    @Test
    void aShellThatIgnoresAndBlocksSigtrapKeepsItThroughRollbacks() {
        ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        assertEquals("0", sh.sh("trap '' TRAP; echo $?"));
        long trap = 1L << (5 - 1);
        assertEquals(trap, sigMask(sh.p.pid(), "SigIgn") & trap, "bash ignores SIGTRAP");
        var t = cr.checkpoint(sh.p);
        ReplSession back = new ReplSession(cr.rollback(t, sh.p));
        assertEquals("x", back.sh("echo x"));
        assertEquals(trap, sigMask(back.p.pid(), "SigIgn") & trap, "still ignored after a rollback");
        ReplSession twice = new ReplSession(cr.rollback(t, back.p));
        assertEquals("y", twice.sh("echo y"));
        assertEquals(trap, sigMask(twice.p.pid(), "SigIgn") & trap, "still ignored after a second rollback");
        twice.p.close();

        // blocked rather than ignored: python can block it in its only thread
        Py py = python();
        py.run("import signal; signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTRAP})");
        assertEquals(trap, sigMask(py.p.pid(), "SigBlk") & trap);
        Py pyBack = rollback(cr.checkpoint(py.p), py);
        assertEquals("2", pyBack.ask("print(1 + 1)"));
        assertEquals(trap, sigMask(pyBack.p.pid(), "SigBlk") & trap, "still blocked after a rollback");
    }

    /**
     * A rolled-back process inherits its template's call stub; the templates of its own
     * checkpoints reuse that page instead of mapping another: generations of checkpoints and
     * rollbacks leave one stub page, not one per generation.
     */
    @Test
    void checkpointGenerationsShareOneCallStubPage() throws IOException {
        ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        assertEquals("0", sh.sh("echo 0"));
        ReplSession live = sh;
        for (int gen = 1; gen <= 4; gen++) {
            var t = cr.checkpoint(live.p);
            live = new ReplSession(cr.rollback(t, live.p));
            assertEquals(String.valueOf(gen), live.sh("echo " + gen));
        }
        // the stub: an anonymous, private, read-and-execute page (bash has no other)
        List<String> stubs = Files.readAllLines(Path.of("/proc/" + live.p.pid() + "/maps")).stream()
                .filter(l -> l.split("\\s+").length == 5 && l.split("\\s+")[1].equals("r-xp")).toList();
        assertEquals(1, stubs.size(), "one stub page after 4 generations: " + stubs);
        String[] range = stubs.get(0).split("\\s+")[0].split("-");
        assertEquals(4096, Long.parseLong(range[1], 16) - Long.parseLong(range[0], 16));
        live.p.close();
    }

    private static long sigMask(long pid, String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith(field + ":")) return Long.parseUnsignedLong(l.substring(field.length() + 1).trim(), 16);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no " + field + " in /proc/" + pid + "/status");
    }

    /**
     * Spawned processes get glibc's huge-page malloc (fork copies one entry per 2 MiB of heap):
     * a write into a huge page shared with the template after the checkpoint splits it, and both
     * sides must still see exactly their own bytes.
     */
    @Test
    void aHugePageHeapWrittenAfterTheCheckpointRollsBackByteIdentical() throws IOException {
        Py py = python();
        String environ = Files.readString(Path.of("/proc/" + py.p.pid() + "/environ")).replace('\0', '\n');
        assertTrue(environ.lines().anyMatch(l -> l.equals("GLIBC_TUNABLES=glibc.malloc.hugetlb=1")), environ);
        py.run("import hashlib; b = bytearray(range(256)) * (32 << 12); h0 = hashlib.sha256(b).hexdigest()");
        if (!Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[never]")) {
            long hugeKb = anonHugeKb(py.p.pid());
            assertTrue(hugeKb >= 16 << 10, "the 32 MiB heap object is backed by huge pages: " + hugeKb + " kB");
        }
        var t = cr.checkpoint(py.p);
        py.run("for i in range(0, len(b), 1 << 20): b[i] ^= 0xff");
        assertEquals("False", py.ask("print(hashlib.sha256(b).hexdigest() == h0)"), "the live process wrote its copy");
        Py back = rollback(t, py);
        assertEquals("True", back.ask("print(hashlib.sha256(b).hexdigest() == h0)"));
        back.run("b[5] ^= 1");
        Py again = rollback(t, back);
        assertEquals("True", again.ask("print(hashlib.sha256(b).hexdigest() == h0)"), "the template was not written");
    }

    /**
     * A heap partly rewritten after a checkpoint is mapped with small pages again (what the
     * template shares stays huge); the compactor puts it back on huge pages without changing a
     * byte, and the template keeps the checkpoint's bytes.
     */
    @Test
    void aHeapPartlyRewrittenAfterTheCheckpointGoesBackOnHugePages() throws IOException {
        assumeTrue(HugePageCompactor.unavailable() == null, HugePageCompactor.unavailable());
        Py py = python();
        py.run("import hashlib; b = bytearray(range(256)) * (32 << 12); h0 = hashlib.sha256(b).hexdigest()");
        long before = anonHugeKb(py.p.pid());
        var t = cr.checkpoint(py.p);
        // 200 of every 512 pages: each 2 MiB region of the object is rewritten in part
        py.run("for i in range(0, len(b), 4096):\n    if (i >> 12) % 512 < 200: b[i] ^= 0xff\n");
        py.run("h1 = hashlib.sha256(b).hexdigest()");
        long split = anonHugeKb(py.p.pid());
        assertTrue(split <= before - (8 << 10), "the rewrite split the huge pages: " + before + " kB -> " + split + " kB");

        HugePageCompactor.Result r = HugePageCompactor.compact(py.p.pid(), () -> false);
        long after = anonHugeKb(py.p.pid());
        assertTrue(r.collapsed() >= 8, r.toString());
        assertTrue(after >= split + (r.collapsed() << 11) - 2048, "back on huge pages: " + split + " kB -> " + after + " kB, " + r);
        assertEquals("True", py.ask("print(hashlib.sha256(b).hexdigest() == h1 != h0)"), "not a byte changed");
        assertEquals(0, HugePageCompactor.compact(py.p.pid(), () -> false).collapsed(), "nothing left to collapse");
        Py back = rollback(t, py);
        assertEquals("True", back.ask("print(hashlib.sha256(b).hexdigest() == h0)"), "the template kept the checkpoint");
    }

    /** How much of the process's anonymous memory is mapped by huge pages. */
    private static long anonHugeKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup")).stream()
                .filter(l -> l.startsWith("AnonHugePages:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).sum();
    }

    /** One request inspects the stopped process and forks it, or refuses and says why; it runs on either way. */
    @Test
    void checkpointIfForkableRefusesAProcessWithAChildAndLeavesItRunning() {
        ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        assertEquals("up", sh.sh("echo up"));
        int unforkable = deltabox_helper_h.DBH_FD_SOCKET() | deltabox_helper_h.DBH_FD_EPOLL();
        var t = cr.checkpointIfForkable(sh.p, unforkable);
        assertTrue(t.id() > 0, "a lone shell is forked");
        assertEquals("started", sh.sh("sleep 1000 & echo started"));
        CheckpointException e = assertThrows(CheckpointException.class, () -> cr.checkpointIfForkable(sh.p, unforkable));
        assertEquals(CheckpointException.Reason.NOT_FORKABLE, e.reason());
        var nf = assertInstanceOf(HelperClient.NotForkableException.class, e.getCause());
        assertEquals(1, nf.inspection().children(), nf.inspection().toString());
        assertEquals(1, nf.inspection().threads());
        assertEquals("still here", sh.sh("kill %1; wait; echo still here"));
        ReplSession back = new ReplSession(cr.rollback(t, sh.p));
        assertEquals("0", back.sh("jobs | wc -l"));
        back.p.close();
    }

    /**
     * Several processes in one request: each is taken or refused on its own (a shell with a
     * background job is refused with the inspection, a process named twice fails), all go on
     * running, and each template rolls back to its own process's state.
     */
    @Test
    void checkpointAllTakesEachProcessOnItsOwn() {
        ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        ReplSession busy = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        Py py = python();
        assertEquals("1", sh.sh("X=1; echo $X"));
        assertEquals("started", busy.sh("sleep 1000 & echo started"));
        py.run("y = 'one'");
        int unforkable = deltabox_helper_h.DBH_FD_SOCKET() | deltabox_helper_h.DBH_FD_EPOLL();

        List<Outcome<ForkCheckpointer.Template>> got = cr.checkpointAll(List.of(sh.p, busy.p, py.p, sh.p), unforkable);
        assertEquals(4, got.size());
        assertTrue(got.get(0).ok() && got.get(2).ok(), got.toString());
        assertEquals(CheckpointException.Reason.NOT_FORKABLE, got.get(1).failure().reason());
        var nf = assertInstanceOf(HelperClient.NotForkableException.class, got.get(1).failure().getCause());
        assertEquals(1, nf.inspection().children(), nf.inspection().toString());
        assertFalse(got.get(3).ok(), "a process named twice in one request");
        assertTrue(got.get(3).failure().getMessage().contains("named twice"), got.get(3).failure().getMessage());

        assertEquals("2", sh.sh("X=2; echo $X"), "the processes run on");
        assertEquals("still here", busy.sh("kill %1; wait; echo still here"));
        py.run("y = 'two'");
        ReplSession shBack = new ReplSession(cr.rollback(got.get(0).value(), sh.p));
        Py pyBack = rollback(got.get(2).value(), py);
        assertEquals("1", shBack.sh("echo $X"));
        assertEquals("one", pyBack.ask("print(y)"));
        shBack.p.close();
        busy.p.close();
    }

    @Test
    void withHugePageMallocAddsTheTunableOnlyWhereTheEnvironmentLeavesItOpen() {
        assertEquals(Map.of("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1"), ForkCheckpointer.withHugePageMalloc(Map.of()));
        assertEquals("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", ForkCheckpointer.withHugePageMalloc(
                Map.of("GLIBC_TUNABLES", "glibc.malloc.arena_max=2")).get("GLIBC_TUNABLES"));
        Map<String, String> ownChoice = Map.of("GLIBC_TUNABLES", "glibc.malloc.hugetlb=0");
        assertEquals(ownChoice, ForkCheckpointer.withHugePageMalloc(ownChoice));
    }

    @Test
    void aRollbackRestoresTheReplsVariables() {
        Py py = python();
        py.run("x = 1");
        var t = cr.checkpoint(py.p);
        py.run("x = 2");
        assertEquals("2", py.ask("print(x)"), "the live process went on after the checkpoint");

        int old = dupPidfd(py.p.pidfd()); // rollback closes the replaced process's descriptors
        Py back = rollback(t, py);
        assertEquals("1", back.ask("print(x)"));
        assertNotEquals(py.p.pid(), back.p.pid());
        assertTrue(pollIn(old, 10_000), "the replaced process is killed");
        libc_h.close(old);
    }

    @Test
    void everyRollbackToOneTemplateStartsFromTheCheckpoint() {
        Py py = python();
        py.run("x = 1; log = []");
        var t = cr.checkpoint(py.p);
        for (int i = 0; i < 5; i++) {
            py = rollback(t, py);
            assertEquals("1 []", py.ask("print(x, log)"), "round " + i);
            py.run("x = " + (i + 10) + "; log.append(x)");
        }
    }

    @Test
    void aRollbackCanGoToAnOlderTemplateAndBack() {
        Py py = python();
        py.run("x = 'a'");
        var a = cr.checkpoint(py.p);
        py.run("x = 'b'");
        var b = cr.checkpoint(py.p);
        py.run("x = 'c'");
        py = rollback(a, py);
        assertEquals("a", py.ask("print(x)"));
        py = rollback(b, py);
        assertEquals("b", py.ask("print(x)"));
        py = rollback(a, py);
        assertEquals("a", py.ask("print(x)"));
    }

    @Test
    void aDiscardedTemplateIsKilledAndCannotBeRolledBackTo() {
        Py py = python();
        var t = cr.checkpoint(py.p);
        long templatePid = t.id();
        int watch = dupPidfd(t.pidfd());
        cr.discard(t);
        assertTrue(pollIn(watch, 10_000), "the template process ended");
        libc_h.close(watch);
        var e = assertThrows(CheckpointException.class, () -> cr.rollback(t, null));
        assertEquals(CheckpointException.Reason.TEMPLATE_GONE, e.reason());
        helper.hello(); // the helper has reaped it by the time it answers
        assertFalse(Files.exists(Path.of("/proc/" + templatePid)), "no zombie left behind");
    }

    @Test
    void aTemplateKilledFromOutsideFailsItsRollbackClearly() {
        Py py = python();
        var t = cr.checkpoint(py.p);
        assertTrue(ProcessHandle.of(t.id()).orElseThrow().destroyForcibly());
        assertTrue(pollIn(t.pidfd(), 10_000));
        helper.hello(); // lets the helper reap it
        var e = assertThrows(CheckpointException.class, () -> cr.rollback(t, null));
        assertEquals(CheckpointException.Reason.TEMPLATE_GONE, e.reason());
        assertTrue(e.getMessage().contains("killed from outside"), e.getMessage());
        assertEquals("still here", py.ask("print('still here')"), "the live process is untouched");
    }

    // ---- a forked process is a correct process ----

    @Test
    void aPipeReadInterruptedByTheCheckpointIsRestartedInBothProcesses() {
        Py py = python();
        py.start("import os; print('reading'); data = os.read(0, 64); print('got', data)");
        assertEquals("reading", py.line());
        awaitSyscall(py.p, Set.of(0L /* read */));
        var t = cr.checkpoint(py.p);
        Py child = rollback(t, null);

        child.send("to the child");
        assertEquals("got b'to the child\\n'", child.line());
        py.send("to the live one");
        assertEquals("got b'to the live one\\n'", py.line());
    }

    @Test
    void aRelativeNanosleepInterruptedByTheCheckpointCompletesInBothProcesses() {
        Py py = python();
        // glibc's nanosleep: a relative clock_nanosleep, restarted through the restart block
        py.start("""
                import ctypes, time
                libc = ctypes.CDLL(None, use_errno=True)
                ts = (ctypes.c_long * 2)(1, 0)
                t0 = time.monotonic()
                print('sleeping')
                r = libc.nanosleep(ts, None)
                print('nanosleep', r, ctypes.get_errno() if r else 0, time.monotonic() - t0 >= 1.0)""");
        assertEquals("sleeping", py.line());
        awaitSyscall(py.p, Set.of(35L /* nanosleep */, 230L /* clock_nanosleep */));
        var t = cr.checkpoint(py.p);
        Py child = rollback(t, null);
        assertEquals("nanosleep 0 0 True", child.line(), "the child slept its full second, uninterrupted");
        assertEquals("nanosleep 0 0 True", py.line());
    }

    @Test
    void pythonsTimeSleepInterruptedByTheCheckpointCompletesInBothProcesses() {
        Py py = python();
        py.start("import time; t0 = time.monotonic(); print('sleeping'); time.sleep(1); print('slept', time.monotonic() - t0 >= 1.0)");
        assertEquals("sleeping", py.line());
        awaitSyscall(py.p, Set.of(35L, 230L));
        var t = cr.checkpoint(py.p);
        Py child = rollback(t, null);
        assertEquals("slept True", child.line());
        assertEquals("slept True", py.line());
    }

    @Test
    void regularFilesGetPrivateDescriptionsAtTheirCheckpointOffsets() throws IOException {
        Path data = dir.resolve("lines.txt");
        Files.writeString(data, "one\ntwo\nthree\nfour\n");
        Py py = python();
        // unbuffered: every readline moves the kernel's offset by exactly one line
        py.run("import os; f = open('" + data + "', 'rb', buffering=0)");
        String next = "print(f.readline().decode().strip(), os.lseek(f.fileno(), 0, os.SEEK_CUR))";
        assertEquals("one 4", py.ask(next));
        var t = cr.checkpoint(py.p);
        assertEquals(1, t.privateFiles());

        assertEquals("two 8", py.ask(next));
        assertEquals("three 14", py.ask(next));
        Py a = rollback(t, null);
        Py b = rollback(t, null);
        assertEquals("two 8", a.ask(next), "the checkpoint's offset, not the live one's");
        assertEquals("two 8", b.ask(next), "not moved by its sibling");
        assertEquals("three 14", a.ask(next));
        assertEquals("four 19", py.ask(next), "the live process kept its own offset");
        assertEquals("three 14", b.ask(next));
    }

    @Test
    void eachRollbackGetsFreshStdioAndTheOldPipesEnd() throws IOException {
        Py py = python();
        var t = cr.checkpoint(py.p);
        Py a = rollback(t, null);
        Py b = rollback(t, null);
        a.start("print('from a')");
        b.start("print('from b')");
        assertEquals("from a", a.line());
        assertEquals("from b", b.line());
        for (int fd = 0; fd < 3; fd++) {
            assertNotEquals(Files.readSymbolicLink(Path.of("/proc/" + a.p.pid() + "/fd/" + fd)),
                    Files.readSymbolicLink(Path.of("/proc/" + b.p.pid() + "/fd/" + fd)), "fd " + fd);
        }
        assertEquals(Set.of(), pipesOf(t.id()), "the template holds none of the live process's stdio");
        // once the original process dies nobody holds its pipes: EOF, not a hang
        helper.signal(py.p.pid(), libc_h.SIGKILL());
        assertNull(py.out.readLine());
    }

    @Test
    void glibcsCachedTidAndRobustListBelongToTheNewProcess() {
        String probe = """
                import ctypes, threading
                libc = ctypes.CDLL(None)
                attr = ctypes.create_string_buffer(8); libc.pthread_mutexattr_init(attr)
                libc.pthread_mutexattr_settype(attr, 2)  # PTHREAD_MUTEX_ERRORCHECK: records its owner's tid
                m = ctypes.create_string_buffer(40); libc.pthread_mutex_init(m, attr); libc.pthread_mutex_lock(m)
                owner = int.from_bytes(m.raw[8:12], 'little')  # __data.__owner, read from the TCB's cached tid
                head = ctypes.c_void_p(); size = ctypes.c_size_t()
                libc.syscall(274, 0, ctypes.byref(head), ctypes.byref(size))  # get_robust_list
                print(owner == threading.get_native_id(), head.value or 0, size.value)""";
        Py py = python();
        String live = py.ask(probe);
        assertTrue(live.startsWith("True ") && !live.startsWith("True 0 "), live);
        var t = cr.checkpoint(py.p);
        assertTrue(t.tidSlotFound());
        Py child = rollback(t, null);
        assertEquals(live, child.ask(probe), "cached tid is the child's own; the same robust list is registered");
    }

    @Test
    void signalsPendingAtTheCheckpointAreDeliveredInTheNewProcess() {
        Py py = python();
        py.run("""
                import os, signal
                signal.signal(signal.SIGUSR1, lambda *a: print('got USR1'))
                signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
                os.kill(os.getpid(), signal.SIGUSR1)""");
        var t = cr.checkpoint(py.p);
        assertEquals(1, t.pendingSignals());
        Py child = rollback(t, null);
        child.start("signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]); print('unblocked')");
        assertEquals("got USR1", child.line());
        assertEquals("unblocked", child.line());
        py.start("signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]); print('unblocked')");
        assertEquals("got USR1", py.line(), "still pending in the live process too");
        assertEquals("unblocked", py.line());
    }

    @Test
    void templatesAndNewProcessesAreTheHelpersChildrenAndNothingIsLeftAsAZombie() throws IOException {
        long helperPid = helper.hello()[1];
        Py py = python();
        var t = cr.checkpoint(py.p);
        List<LiveProcess> replaced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replaced.add(py.p);
            int watch = dupPidfd(py.p.pidfd());
            py = rollback(t, py);
            assertTrue(pollIn(watch, 10_000));
            libc_h.close(watch);
            assertEquals(helperPid, parentOf(py.p.pid()), "CLONE_PARENT: the helper is the parent");
        }
        assertEquals(helperPid, parentOf(t.id()));
        assertEquals("", Files.readString(Path.of("/proc/" + t.id() + "/task/" + t.id() + "/children")).trim(),
                "the template has no children");
        helper.hello(); // the helper reaps on its loop; once it answers, the exits are collected
        for (LiveProcess old : replaced) {
            assertFalse(Files.exists(Path.of("/proc/" + old.pid())), old + " was reaped");
        }
    }

    @Test
    void aMultiThreadedProcessIsRefusedAndLeftRunningUntraced() {
        Py py = python();
        py.run("import threading, time; threading.Thread(target=time.sleep, args=(600,), daemon=True).start()");
        assertEquals(2, cr.inspect(py.p).threads());
        var e = assertThrows(CheckpointException.class, () -> cr.checkpoint(py.p));
        assertEquals(CheckpointException.Reason.NOT_FORKABLE, e.reason());
        assertTrue(e.getMessage().contains("2 threads"), e.getMessage());
        assertEquals("fine", py.ask("print('fine')"));
        assertEquals(0, cr.inspect(py.p).tracerPid(), "detached again");
    }

    @Test
    void inspectReportsWhatForkCannotCopy() {
        Py py = python();
        var plain = cr.inspect(py.p);
        assertEquals(1, plain.threads());
        assertEquals(0, plain.sharedWritableMappings());
        assertEquals(0, plain.children());
        assertTrue(plain.hasFdKind(deltabox_helper_h.DBH_FD_PIPE()));
        assertFalse(plain.hasFdKind(deltabox_helper_h.DBH_FD_SOCKET()));

        py.run("""
                import mmap, os, socket, subprocess
                shared = mmap.mmap(-1, 4096, flags=mmap.MAP_SHARED)
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                efd = os.eventfd(0)
                child = subprocess.Popen(['/bin/sleep', '600'])""");
        var busy = cr.inspect(py.p);
        assertEquals(1, busy.sharedWritableMappings());
        assertEquals(1, busy.children());
        assertTrue(busy.hasFdKind(deltabox_helper_h.DBH_FD_SOCKET()));
        assertTrue(busy.hasFdKind(deltabox_helper_h.DBH_FD_EVENTFD()));
        assertEquals(plain.openFds() + 2, busy.openFds());
        py.run("child.kill(); child.wait()");
    }

    @Test
    void changedPagesAreTheOnesWrittenBetweenTwoCheckpoints() {
        Py py = python();
        py.run("import ctypes; b = bytearray(b'x' * (8 << 20)); base = ctypes.addressof((ctypes.c_char * len(b)).from_buffer(b))");
        long base = Long.parseLong(py.ask("print(base)"));
        var before = cr.checkpoint(py.p);
        int written = 100;
        py.run("for i in range(" + written + "): b[i * 3 * 4096] = 0x79");
        var after = cr.checkpoint(py.p);

        long[] changed = cr.changedPages(before, after);
        Set<Long> set = Arrays.stream(changed).boxed().collect(Collectors.toSet());
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < written; i++) expected.add((base + (long) i * 3 * 4096) & ~4095L);
        Set<Long> missing = new HashSet<>(expected);
        missing.removeAll(set);
        assertEquals(Set.of(), missing, "every written page is reported");
        // the interpreter itself writes some pages running the loop; the 2 000 untouched pages
        // of the buffer must not show up
        long untouchedReported = set.stream()
                .filter(a -> a >= (base & ~4095L) && a < base + (8 << 20) && !expected.contains(a)).count();
        assertTrue(untouchedReported <= 2, "untouched buffer pages reported: " + untouchedReported);
        assertEquals(changed.length, cr.diffPages(before, after).differing());
    }

    @Test
    void aHelperCrashIsAnExceptionNotAHang() {
        Py py = python();
        long helperPid = helper.hello()[1];
        ProcessHandle h = ProcessHandle.of(helperPid).orElseThrow();
        assertTrue(h.destroyForcibly());
        h.onExit().join();
        var e = assertThrows(CheckpointException.class, () -> cr.checkpoint(py.p));
        // HELPER_GONE when this request finds the helper dead, PROCESS_GONE when the watcher
        // replaced it first; either way the message names the dead helper
        assertTrue(e.reason() == CheckpointException.Reason.HELPER_GONE
                || e.reason() == CheckpointException.Reason.PROCESS_GONE, e.toString());
        assertTrue(e.getMessage().contains(Long.toString(helperPid)), e.getMessage());
        assertTrue(pollIn(py.p.pidfd(), 10_000), "the box's processes die with their helper");
    }

    // ---- helpers ----

    /** Waits until the process is blocked in one of the syscalls (by /proc/PID/syscall). */
    private static void awaitSyscall(LiveProcess p, Set<Long> numbers) {
        Path file = Path.of("/proc/" + p.pid() + "/syscall");
        for (int i = 0; i < 10_000; i++) {
            try {
                String s = Files.readString(file).trim();
                if (!s.equals("running") && numbers.contains(Long.parseLong(s.split(" ")[0]))) return;
                Thread.sleep(1);
            } catch (IOException | NumberFormatException e) {
                fail("cannot read " + file + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail(p + " never blocked in syscall " + numbers);
    }

    private static boolean pollIn(int fd, int timeoutMs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pfd = a.allocate(8);
            pfd.set(ValueLayout.JAVA_INT, 0, fd);
            pfd.set(ValueLayout.JAVA_SHORT, 4, (short) libc_h.POLLIN());
            return libc_h.poll(pfd, 1, timeoutMs) == 1;
        }
    }

    private static int dupPidfd(int pidfd) {
        int fd = libc_h.dup(pidfd);
        assertTrue(fd >= 0);
        return fd;
    }

    private static long parentOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("PPid:")).mapToLong(l -> Long.parseLong(l.substring(5).trim()))
                .findFirst().orElseThrow();
    }

    /** The pipes among the process's descriptors. */
    private static Set<String> pipesOf(long pid) throws IOException {
        Set<String> pipes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                String link = Files.readSymbolicLink(fd).toString();
                if (link.startsWith("pipe:")) pipes.add(link);
            }
        }
        return pipes;
    }
}
