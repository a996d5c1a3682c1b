package dev.deltabox.runtime.cr;

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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The template pool on real python3 REPLs: warm spares, eviction by count and by memory,
 * templates killed from inside the box, and no leaks over many cycles.
 */
// a hang guard (a bug here typically blocks a pipe read forever), never a latency bound
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TemplatePoolTest {

    private static final List<String> PYTHON = List.of("/usr/bin/python3", "-i", "-u", "-q");
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");
    private static final long WARM_GUARD_MS = 60_000;

    @TempDir
    Path dir;

    private HelperClient helper;
    private ForkCheckpointer cr;
    private TemplatePool pool;

    @BeforeEach
    void start() throws Exception {
        helper = HelperClient.start(DeltaBoxHome.detect(), dir.resolve("run"));
        cr = new ForkCheckpointer(helper);
    }

    @AfterEach
    void stop() {
        if (pool != null) pool.close();
        cr.close();
        helper.close();
    }

    private TemplatePool pool(TemplatePool.Limits limits, TemplateRebuilder rebuilder) {
        pool = new TemplatePool(cr, limits, rebuilder);
        return pool;
    }

    private static TemplatePool.Limits limits(int maxTemplates, long maxPinned, int maxSpares, int protectRecent) {
        return new TemplatePool.Limits(maxTemplates, maxPinned, maxSpares, 512, protectRecent);
    }

    private void awaitWarm() throws InterruptedException {
        assertTrue(pool.awaitWarm(WARM_GUARD_MS), "the warm thread finished its work");
    }


    private ReplSession python() {
        ReplSession py = new ReplSession(pool.spawn(PYTHON, ENV, dir));
        assertEquals("ready", py.ask("print('ready')"));
        return py;
    }

    private TemplatePool.Kind lastKind() {
        return pool.recentOperations().getLast().kind();
    }

    // ---- warm spares ----

    @Test
    void aRollbackThroughAWarmSpareRestoresTheReplAndTheSpareIsReplenished() throws Exception {
        pool(limits(16, 1L << 30, 2, 2), null);
        ReplSession py = python();
        py.run("x = 1; log = []");
        long c = pool.checkpoint(py.p);
        awaitWarm();
        assertTrue(pool.hasSpare(c), "a spare waits for the newest checkpoint");
        for (int i = 0; i < 5; i++) {
            py.run("x = " + (i + 10) + "; log.append(x)");
            py = new ReplSession(pool.rollback(c, py.p));
            assertEquals(TemplatePool.Kind.WARM_SPARE, lastKind(), "round " + i);
            assertEquals("1 []", py.ask("print(x, log)"), "round " + i);
            awaitWarm();
            assertTrue(pool.hasSpare(c), "replenished after round " + i);
        }
        var s = pool.stats();
        assertEquals(5, s.warmRollbacks());
        assertEquals(0, s.coldRollbacks());
        assertEquals(6, s.sparesMade());
    }

    /**
     * A tree search goes back up the path it stands on: the spares are kept for the checkpoint
     * the live process stands on and its ancestors before more recently used ones off that path.
     */
    @Test
    void sparesFollowThePathTheProcessStandsOn() throws Exception {
        pool(limits(16, 1L << 30, 4, 2), null);
        ReplSession py = python();
        long c1 = pool.checkpoint(py.p);
        long c2 = pool.checkpoint(py.p);
        long c3 = pool.checkpoint(py.p);
        long c4 = pool.checkpoint(py.p);        // c1 - c2 - c3 - c4
        py = new ReplSession(pool.rollback(c2, py.p));
        long c5 = pool.checkpoint(py.p);
        long c6 = pool.checkpoint(py.p);        // c2 - c5 - c6: it stands on c6
        awaitWarm();
        for (long c : new long[] {c6, c5, c2, c1}) assertTrue(pool.hasSpare(c), "a spare for " + c + " on the path");
        assertFalse(pool.hasSpare(c4), "none for c4, used more recently than c1 but off the path");
        assertFalse(pool.hasSpare(c3));
        py = new ReplSession(pool.rollback(c1, py.p));
        assertEquals(TemplatePool.Kind.WARM_SPARE, lastKind(), "abandoning the branch up to c1 is warm");
    }

    @Test
    void aSpareHasPrivateFileOffsetsAndFreshStdio() throws Exception {
        Path data = dir.resolve("lines.txt");
        Files.writeString(data, "one\ntwo\nthree\n");
        pool(limits(16, 1L << 30, 2, 2), null);
        ReplSession py = python();
        py.run("import os; f = open('" + data + "', 'rb', buffering=0); f.readline()");
        String next = "print(f.readline().decode().strip(), os.lseek(f.fileno(), 0, os.SEEK_CUR))";
        long c = pool.checkpoint(py.p);
        assertEquals("two 8", py.ask(next), "the live process reads on");
        awaitWarm();
        ReplSession a = new ReplSession(pool.rollback(c, null));
        assertEquals(TemplatePool.Kind.WARM_SPARE, lastKind());
        awaitWarm();
        ReplSession b = new ReplSession(pool.rollback(c, null));
        assertEquals(TemplatePool.Kind.WARM_SPARE, lastKind());
        assertEquals("two 8", a.ask(next), "the checkpoint's offset");
        assertEquals("two 8", b.ask(next), "not moved by its sibling");
        for (int fd = 0; fd < 3; fd++) {
            assertNotEquals(Files.readSymbolicLink(Path.of("/proc/" + a.p.pid() + "/fd/" + fd)),
                    Files.readSymbolicLink(Path.of("/proc/" + b.p.pid() + "/fd/" + fd)), "fd " + fd);
        }
        assertEquals("three 14", py.ask(next));
    }

    @Test
    void withoutSparesEveryRollbackForksCold() {
        pool(limits(16, 1L << 30, 0, 2), null);
        ReplSession py = python();
        py.run("x = 1");
        long c = pool.checkpoint(py.p);
        py.run("x = 2");
        py = new ReplSession(pool.rollback(c, py.p));
        assertEquals(TemplatePool.Kind.COLD_FORK, lastKind());
        assertEquals("1", py.ask("print(x)"));
        assertFalse(pool.hasSpare(c));
    }

    @Test
    void theReplacedProcessIsKilledAndReapedWithNoZombie() throws Exception {
        pool(limits(16, 1L << 30, 2, 2), null);
        ReplSession py = python();
        long c = pool.checkpoint(py.p);
        awaitWarm();
        List<Long> replaced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replaced.add(py.p.pid());
            int watch = libc_h.dup(py.p.pidfd());
            py = new ReplSession(pool.rollback(c, py.p));
            assertTrue(pollIn(watch, 10_000), "the replaced process ended");
            libc_h.close(watch);
            awaitWarm();
        }
        helper.hello(); // the helper reaps on its loop; once it answers, the exits are collected
        for (long pid : replaced) assertFalse(Files.exists(Path.of("/proc/" + pid)), pid + " was reaped");
        assertEquals(List.of(), zombiesUnder(helper.hello()[1]));
    }

    // ---- bounded pool ----

    @Test
    void evictionByCountTakesInteriorCheckpointsBeforeTheFrontier() throws Exception {
        pool(limits(3, 1L << 40, 0, 1), null);
        ReplSession py = python();
        py.run("x = 1");
        long c1 = pool.checkpoint(py.p);
        py.run("x = 2");
        long c2 = pool.checkpoint(py.p);                  // child of c1, a leaf from now on
        py = new ReplSession(pool.rollback(c1, py.p));             // c1 used after c2
        py.run("x = 3");
        long c3 = pool.checkpoint(py.p);                  // second child of c1
        py.run("x = 4");
        long c4 = pool.checkpoint(py.p);                  // child of c3: 4 templates, limit 3
        awaitWarm();
        // c1 is interior and used more recently than the leaf c2: still the first to go
        assertFalse(pool.hasTemplate(c1));
        assertTrue(pool.hasTemplate(c2) && pool.hasTemplate(c3) && pool.hasTemplate(c4));
        assertEquals(1, pool.stats().evictions());
        assertEquals(3, pool.stats().templates());

        var e = assertThrows(CheckpointException.class, () -> pool.rollback(c1, null));
        assertEquals(CheckpointException.Reason.TEMPLATE_GONE, e.reason());
        assertTrue(e.getMessage().contains("evicted"), e.getMessage());
        py = new ReplSession(pool.rollback(c2, py.p));
        assertEquals("2", py.ask("print(x)"), "the frontier kept");
    }

    @Test
    void evictionByMemoryUsesThePagesChangedBetweenCheckpoints() throws Exception {
        pool(limits(100, 6L << 20, 0, 1), null);
        ReplSession py = python();
        long c1 = pool.checkpoint(py.p);
        awaitWarm();
        assertTrue(pool.hasTemplate(c1), "nothing pinned yet");
        py.run("big = bytearray(b'y' * (8 << 20))");   // 8 MB written after c1: c1 pins them
        long c2 = pool.checkpoint(py.p);
        awaitWarm();
        assertFalse(pool.hasTemplate(c1), "c1 pinned more than 6 MB");
        assertTrue(pool.hasTemplate(c2), "the newest is protected");
        assertEquals(1, pool.stats().evictions());
    }

    @Test
    void whatATemplatePinsIsMeasuredOffThePath() throws Exception {
        pool(limits(100, 1L << 40, 0, 1), null);
        ReplSession py = python();
        long c1 = pool.checkpoint(py.p);
        py.run("big = bytearray(b'y' * (8 << 20))");
        long c2 = pool.checkpoint(py.p);
        awaitWarm();
        assertTrue(pool.pinnedBytes(c1) >= 8L << 20, "c1 pins " + pool.pinnedBytes(c1));
        assertTrue(pool.pinnedBytes(c1) < 16L << 20, "c1 pins " + pool.pinnedBytes(c1));
        assertEquals(0, pool.pinnedBytes(c2), "the newest has no child yet");
        assertEquals(pool.pinnedBytes(c1), pool.stats().pinnedBytes());
    }

    // ---- templates killed from inside the box ----

    /** A spare is a whole copy of the checkpoint's process: it serves a rollback whose template was killed. */
    @Test
    void aRunningSpareServesARollbackWhoseTemplateWasKilled() throws Exception {
        pool(limits(16, 1L << 30, 2, 2), null);
        ReplSession py = python();
        py.run("x = 'at c'");
        long c = pool.checkpoint(py.p);
        awaitWarm();
        assertTrue(pool.hasSpare(c));
        long templatePid = pool.template(c).orElseThrow().id();
        assertEquals(0, libc_h.kill((int) templatePid, libc_h.SIGKILL()));
        assertTrue(pollIn(pool.template(c).orElseThrow().pidfd(), 10_000));
        py.run("x = 'later'");
        py = new ReplSession(pool.rollback(c, py.p));
        assertEquals(TemplatePool.Kind.WARM_SPARE, lastKind());
        assertEquals("at c", py.ask("print(x)"));
    }

    @Test
    void aTemplateKilledFromInsideFailsTheRollbackWithTemplateGone() throws Exception {
        pool(limits(16, 1L << 30, 0, 2), null); // no spare: it would serve the rollback (see above)
        ReplSession py = python();
        long c = pool.checkpoint(py.p);
        awaitWarm();
        long templatePid = pool.template(c).orElseThrow().id();
        assertEquals(0, libc_h.kill((int) templatePid, libc_h.SIGKILL()), "kill -9 by pid, as pkill in the box does");
        assertTrue(pollIn(pool.template(c).orElseThrow().pidfd(), 10_000));
        helper.hello(); // lets the helper reap it
        var e = assertThrows(CheckpointException.class, () -> pool.rollback(c, py.p));
        assertEquals(CheckpointException.Reason.TEMPLATE_GONE, e.reason());
        assertTrue(e.getMessage().contains("killed from outside"), e.getMessage());
        assertFalse(pool.hasTemplate(c));
        assertEquals(1, pool.stats().templatesLost());
        assertEquals("still here", py.ask("print('still here')"), "the live process is untouched");
    }

    @Test
    void everyTemplateAndSpareKilledFromInsideIsRebuiltByTheRebuilder() throws Exception {
        List<Long> asked = new ArrayList<>();
        pool(limits(16, 1L << 30, 2, 2), (id, why) -> {
            // stands in for a restore from the durable image: a process in the checkpoint's state
            asked.add(id);
            LiveProcess p = cr.spawn(PYTHON, ENV, dir);
            ReplSession py = new ReplSession(p);
            py.run("x = 1");
            return p;
        });
        ReplSession py = python();
        py.run("x = 1");
        long c = pool.checkpoint(py.p);
        py.run("x = 2");
        awaitWarm();
        assertTrue(pool.hasSpare(c));
        // pkill -9 python, minus the live process: templates and spares alike
        long helperPid = helper.hello()[1];
        for (long pid : childrenOf(helperPid)) if (pid != py.p.pid()) libc_h.kill((int) pid, libc_h.SIGKILL());
        helper.hello();
        int old = libc_h.dup(py.p.pidfd());
        py = new ReplSession(pool.rollback(c, py.p));
        assertEquals(TemplatePool.Kind.REBUILT, lastKind());
        assertEquals(List.of(c), asked);
        assertEquals("1", py.ask("print(x)"));
        assertTrue(pollIn(old, 10_000), "the replaced process was killed");
        libc_h.close(old);
        assertEquals(1, pool.stats().rebuiltRollbacks());
    }

    @Test
    void aSpareKilledFromInsideIsSkippedAndTheTemplateForks() throws Exception {
        pool(limits(16, 1L << 30, 1, 2), null);
        ReplSession py = python();
        py.run("x = 1");
        long c = pool.checkpoint(py.p);
        long templatePid = pool.template(c).orElseThrow().id();
        awaitWarm();
        assertTrue(pool.hasSpare(c));
        long helperPid = helper.hello()[1];
        for (long pid : childrenOf(helperPid)) {
            if (pid != py.p.pid() && pid != templatePid) libc_h.kill((int) pid, libc_h.SIGKILL());
        }
        helper.hello();
        py.run("x = 2");
        py = new ReplSession(pool.rollback(c, py.p));
        assertEquals(TemplatePool.Kind.COLD_FORK, lastKind());
        assertEquals("1", py.ask("print(x)"));
    }

    // ---- no leaks ----

    @Test
    void fiveHundredCheckpointRollbackCyclesLeakNothing() throws Exception {
        pool(limits(8, 1L << 30, 2, 2), null);
        ReplSession py = python();
        long helperPid = helper.hello()[1];
        long c = 0;
        long[] before = null;
        for (int i = 0; i < 500; i++) {
            py.run("i = " + i);
            if (i % 2 == 0) c = pool.checkpoint(py.p);
            py = new ReplSession(pool.rollback(c, py.p));
            assertEquals(Integer.toString(i - i % 2), py.ask("print(i)"), "cycle " + i);
            if (i == 20) {
                awaitWarm();
                awaitOnlyHeldChildren(helperPid);
                before = census(helperPid);
            }
        }
        awaitWarm();
        awaitOnlyHeldChildren(helperPid);
        long[] after = census(helperPid);
        assertEquals(before[0], after[0], "JVM descriptors");
        assertEquals(before[1], after[1], "JVM threads");
        assertEquals(before[2], after[2], "helper descriptors");
        assertEquals(before[3], after[3], "helper children (live + templates + spares)");
        assertEquals(List.of(), zombiesUnder(helperPid));
        var s = pool.stats();
        assertEquals(250, s.checkpoints());
        assertEquals(500, s.warmRollbacks() + s.coldRollbacks());
        assertTrue(s.templates() <= 8, "templates held: " + s.templates());
    }

    // ---- helpers ----

    /**
     * Waits until the helper's children are exactly the live process, the templates and the
     * spares: replaced processes and evicted templates are killed without waiting, and take a
     * moment to exit and be reaped. Fails if they never go (a hang guard, not a bound).
     */
    private void awaitOnlyHeldChildren(long helperPid) throws Exception {
        long expected = 0;
        for (int i = 0; i < 2_000; i++) {
            helper.hello(); // the helper reaps on its loop
            var s = pool.stats();
            expected = 1 + s.templates() + s.spares();
            if (childrenOf(helperPid).size() == expected) return;
            Thread.sleep(5);
        }
        fail("helper children " + childrenOf(helperPid) + ", expected " + expected);
    }

    /** {JVM fds, JVM threads, helper fds, helper children} */
    private static long[] census(long helperPid) throws IOException {
        // the pipes made ahead of time for new processes are not a leak: their stock varies by one set
        return new long[] {count(Path.of("/proc/self/fd")) - 6L * StdioPipes.stockedSets(), count(Path.of("/proc/self/task")),
                count(Path.of("/proc/" + helperPid + "/fd")), childrenOf(helperPid).size()};
    }

    private static long count(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    private static List<Long> childrenOf(long pid) throws IOException {
        String s = Files.readString(Path.of("/proc/" + pid + "/task/" + pid + "/children")).trim();
        if (s.isEmpty()) return List.of();
        return java.util.Arrays.stream(s.split("\\s+")).map(Long::parseLong).toList();
    }

    private static List<Long> zombiesUnder(long pid) throws IOException {
        List<Long> z = new ArrayList<>();
        for (long c : childrenOf(pid)) {
            try {
                if (Files.readAllLines(Path.of("/proc/" + c + "/status")).stream().anyMatch(l -> l.startsWith("State:\tZ"))) z.add(c);
            } catch (IOException gone) {
                // reaped meanwhile
            }
        }
        return z;
    }

    private static boolean pollIn(int fd, int timeoutMs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pfd = a.allocate(8);
            pfd.set(ValueLayout.JAVA_INT, 0, fd);
            pfd.set(ValueLayout.JAVA_SHORT, 4, (short) libc_h.POLLIN());
            return libc_h.poll(pfd, 1, timeoutMs) == 1;
        }
    }
}
