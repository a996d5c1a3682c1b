package dev.deltabox.runtime.cr;

import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The automatic choice between template fork and CRIU, on real processes: a multi-threaded
 * python, a bash with a background job and a python holding a socketpair, an eventfd and an
 * epoll go through CRIU (dump, kill, restore with fresh stdio pipes); a plain python REPL
 * goes through fork.
 */
// A hang guard (a broken restore typically blocks a pipe read forever), never a latency bound.
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProcessCheckpointerTest {

    private static final List<String> PYTHON = List.of("/usr/bin/python3", "-i", "-u", "-q");
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    private HelperClient helper;
    private CriuService service;
    private ForkCheckpointer fork;
    private CriuCheckpointer criu;
    private ProcessCheckpointer cr;
    private Path images;

    @BeforeEach
    void start() throws Exception {
        DeltaBoxHome home = DeltaBoxHome.detect();
        helper = HelperClient.start(home, dir.resolve("run"));
        service = CriuService.start(home, dir.resolve("run"));
        fork = new ForkCheckpointer(helper);
        images = dir.resolve("images");
        criu = new CriuCheckpointer(helper, service, home, images);
        cr = new ProcessCheckpointer(fork, criu);
    }

    @AfterEach
    void stop() {
        try {
            if (cr != null) cr.close();
        } finally {
            if (criu != null) criu.close();
            if (fork != null) fork.close();
            if (service != null) service.close();
            if (helper != null) helper.close();
        }
    }


    private ReplSession python() {
        ReplSession s = new ReplSession(cr.spawn(PYTHON, ENV, dir));
        assertEquals("ready", s.ask("print('ready')"));
        return s;
    }

    private static final String WORKER = """
            import threading, time
            n = 0
            def work():
                global n
                while True:
                    n += 1
                    time.sleep(0.001)
            worker = threading.Thread(target=work, daemon=True)
            worker.start()
            while n == 0: time.sleep(0.001)
            print('started')""";

    @Test
    void aMultiThreadedPythonGoesThroughCriuAndComesBackWithItsWorkerRunning() {
        ReplSession py = python();
        assertEquals("started", py.ask(WORKER));
        assertEquals("ok", py.ask("x = 'before'; data = bytes(range(256)) * 4096; print('ok')"));

        var cp = cr.checkpoint(py.p);
        assertEquals(ProcessCheckpointer.Method.CRIU, cp.report().method());
        assertTrue(cp.report().reason().contains("2 threads"), cp.report().reason());
        assertTrue(cp.report().imageBytes() > 1 << 20, "the image holds the 1 MiB of data: " + cp.report());
        assertTrue(Files.isDirectory(cp.image().dir()));

        assertEquals("ok", py.ask("x = 'after'; data = b''; print('ok')"), "the live process goes on after the dump");
        long oldPid = py.p.pid();

        ReplSession back = new ReplSession(cr.rollback(cp, py.p));
        assertEquals(oldPid, back.p.pid(), "CRIU restores the dumped PID");
        assertEquals("before 1048576 True", back.ask("print(x, len(data), data == bytes(range(256)) * 4096)"));
        assertEquals("2 True", back.ask("print(threading.active_count(), worker.is_alive())"));
        // the worker thread counts on in the restored process (blocks until it does)
        assertEquals("moved", back.ask("a = n\nwhile n == a: time.sleep(0.001)\nprint('moved')"));
        assertTrue(back.p.isAlive());
    }

    @Test
    void aShellWithABackgroundJobIsRestoredWithTheJob() {
        ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
        String sleeper = sh.sh("sleep 1000 & echo $!");
        assertEquals("ready", sh.sh("V=before; echo ready"));
        var cp = cr.checkpoint(sh.p);
        assertEquals(ProcessCheckpointer.Method.CRIU, cp.report().method());
        assertTrue(cp.report().reason().contains("child"), cp.report().reason());
        assertEquals(2, cp.image().processes());

        assertEquals("killed", sh.sh("kill " + sleeper + "; wait; V=after; echo killed"));
        ReplSession back = new ReplSession(cr.rollback(cp, sh.p));
        assertEquals("before", back.sh("echo $V"));
        assertEquals("alive", back.sh("kill -0 " + sleeper + " && echo alive"), "the background job is back");
        assertEquals(List.of(back.p.pid(), Long.parseLong(sleeper)), ProcessTrees.members(back.p.pid()));
        assertEquals(sleeper, back.sh("jobs -p"), "bash still knows its job");
    }

    @Test
    void socketsEventfdAndEpollGoThroughCriuWithTheirState() {
        ReplSession py = python();
        assertEquals("ok", py.ask("""
                import os, socket, select
                a, b = socket.socketpair()
                a.send(b'queued')
                ev = os.eventfd(5)
                ep = select.epoll()
                ep.register(b.fileno(), select.EPOLLIN)
                print('ok')"""));
        var cp = cr.checkpoint(py.p);
        assertEquals(ProcessCheckpointer.Method.CRIU, cp.report().method());
        assertTrue(cp.report().reason().contains("socket") && cp.report().reason().contains("eventfd")
                && cp.report().reason().contains("epoll"), cp.report().reason());
        assertEquals("queued", py.ask("print(b.recv(100).decode())"));

        ReplSession back = new ReplSession(cr.rollback(cp, py.p));
        assertEquals("1 queued 5", back.ask("print(len(ep.poll(0)), b.recv(100).decode(), os.eventfd_read(ev))"));
    }

    @Test
    void aSingleThreadedReplGoesThroughFork() {
        ReplSession py = python();
        assertEquals("ok", py.ask("x = 1; print('ok')"));
        var cp = cr.checkpoint(py.p);
        assertEquals(ProcessCheckpointer.Method.FORK, cp.report().method(), cp.report().reason());
        assertNotNull(cp.template());
        assertEquals("ok", py.ask("x = 2; print('ok')"));
        ReplSession back = new ReplSession(cr.rollback(cp, py.p));
        assertEquals("1", back.ask("print(x)"));
    }

    @Test
    void aPythonDumpedInTimeSleepIsRestoredByCriuAndFinishesItsSleep() throws Exception {
        ReplSession py = python();
        assertEquals("ok", py.ask("x = 'before'; print('ok')"));
        // time.sleep is clock_nanosleep (absolute deadline) or nanosleep; CRIU dumps the process
        // inside it, and the restored one must go back into the sleep, not return early or hang
        py.send("import time; t0 = time.monotonic(); print('sleeping'); time.sleep(3); print('slept', time.monotonic() - t0 >= 3.0)");
        assertEquals("sleeping", py.line());
        Path syscall = Path.of("/proc/" + py.p.pid() + "/syscall");
        for (int i = 0; !Files.readString(syscall).matches("(35|230) [\\s\\S]*"); i++) {
            if (i > 5_000) fail(py.p + " never blocked in its sleep: " + Files.readString(syscall));
            Thread.sleep(1);
        }
        CriuCheckpointer.Image img = criu.checkpoint(py.p); // leave-running: the sleep goes on
        long dumpedAt = System.nanoTime();
        ReplSession back = new ReplSession(criu.rollback(img, py.p)); // kills the sleeper mid-sleep
        assertTrue(System.nanoTime() - dumpedAt < 2_500_000_000L, "restored while the sleep still had time to run");
        assertEquals("slept True", back.line(), "the restored process finishes its sleep, not early");
        assertEquals("before 4", back.ask("print(x, 2 + 2)"), "and its REPL answers");
        assertTrue(back.p.isAlive());
    }

    @Test
    void aRestoredTreeIsCheckpointedAgainByCriuAndTheImageGoesOnDiscard() {
        ReplSession py = python();
        assertEquals("started", py.ask(WORKER));
        var first = cr.checkpoint(py.p);
        ReplSession back = new ReplSession(cr.rollback(first, py.p));
        assertEquals("ok", back.ask("y = 7; print('ok')"));
        var second = cr.checkpoint(back.p);
        assertEquals(ProcessCheckpointer.Method.CRIU, second.report().method());
        Path firstDir = first.image().dir(), secondDir = second.image().dir();
        cr.discard(first);
        assertFalse(Files.exists(firstDir), "discard deletes the image directory");
        ReplSession again = new ReplSession(cr.rollback(second, back.p));
        assertEquals("7", again.ask("print(y)"));
        var e = assertThrows(CheckpointException.class, () -> cr.rollback(first, null));
        assertEquals(CheckpointException.Reason.TEMPLATE_GONE, e.reason());
        cr.close();
        assertFalse(Files.exists(secondDir), "close deletes the remaining images");
        assertFalse(again.p.isAlive(), "close kills the restored tree");
    }

    @Test
    void aDumpCriuCannotDoFailsWithCriusOwnMessage() {
        ReplSession py = python();
        // an established TCP connection: CRIU refuses it unless told --tcp-established
        assertEquals("ok", py.ask("""
                import socket
                srv = socket.create_server(('127.0.0.1', 0))
                cli = socket.create_connection(srv.getsockname())
                conn, _ = srv.accept()
                print('ok')"""));
        var e = assertThrows(CheckpointException.class, () -> cr.checkpoint(py.p));
        assertEquals(CheckpointException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("CRIU could not dump") && e.getMessage().contains("Error ("), e.getMessage());
        assertTrue(e.getMessage().contains("criu check"), "says what to do: " + e.getMessage());
        try (var left = Files.list(images)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith("cp-")), "no image left behind");
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        assertEquals("still", py.ask("print('still')"), "the process survives a failed dump");
    }

    @Test
    void aRestoreWhileTheDumpedProcessStillRunsFailsClearly() {
        ReplSession py = python();
        assertEquals("started", py.ask(WORKER));
        var cp = cr.checkpoint(py.p);
        // not replacing the running original: its PIDs are taken
        var e = assertThrows(CheckpointException.class, () -> cr.rollback(cp, null));
        assertEquals(CheckpointException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("CRIU could not restore") && e.getMessage().contains("restore.log"), e.getMessage());
        assertEquals("alive", py.ask("print('alive')"));
    }

    @Test
    void theRuleForksOnlyWhatForkCopiesWhole() {
        var plain = new HelperClient.Inspection(1, 0, 0, 0, 0x1 | 0x4, 0, 0, 4);
        assertEquals(ProcessCheckpointer.Method.FORK, ProcessCheckpointer.choose(plain).method());
        var threads = new HelperClient.Inspection(3, 0, 0, 0, 0x4, 0, 0, 4);
        assertEquals(new ProcessCheckpointer.Choice(ProcessCheckpointer.Method.CRIU, "fork cannot copy: 3 threads"),
                ProcessCheckpointer.choose(threads));
        var shared = new HelperClient.Inspection(1, 0, 0, 2, 0x100, 1, 1, 4);
        assertEquals("fork cannot copy: 1 child process(es), 2 shared writable mapping(s), 1 POSIX timer(s), timerfd",
                ProcessCheckpointer.choose(shared).reason());
    }
}
