package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.CheckpointException;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.cr.TemplatePool;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.deltabox.runtime.box.BashSessionTest.ENV;
import static dev.deltabox.runtime.box.BashSessionTest.T;
import static org.junit.jupiter.api.Assertions.*;

/** Sessions across many rollbacks, through the TemplatePool as the Box will drive them, and what they leave behind. */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SessionLifecycleTest {

    @TempDir
    Path dir;

    HelperClient helper;
    ForkCheckpointer cr;

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
            // nothing left to clean up
        }
        helper.close();
    }

    @Test
    void bashThroughTheTemplatePoolWithWarmSpares() throws Exception {
        try (TemplatePool pool = new TemplatePool(cr, TemplatePool.Limits.defaults(), null)) {
            BashSession sh = BashSession.start(pool.spawn(BashSession.ARGV, ENV, dir), T);
            sh.exec("n=0; mkdir -p w; cd w", T);
            long base = sh.whenIdle(pool::checkpoint);
            for (int i = 1; i <= 10; i++) {
                assertTrue(pool.awaitWarm(10_000));
                sh.exec("n=" + i + "; cd /", T);
                long t0 = System.nanoTime();
                sh.reattach(old -> pool.rollback(base, old));
                long us = (System.nanoTime() - t0) / 1000;
                ExecResult r = sh.exec("echo $n $PWD; ls /nonexistent-" + i, T);
                assertEquals("0 " + dir.resolve("w") + "\n", r.stdout(), "round " + i);
                assertTrue(r.stderr().contains("nonexistent-" + i), "a child's stderr reaches the new pipe: " + r.stderr());
                if (i == 10) System.out.println("rollback + reattach " + us + " us; pool " + pool.stats());
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) sh.exec(":", T);
            System.out.println("bash exec of ':' " + (System.nanoTime() - t0) / 200_000 + " us on average");
            sh.close();
        }
    }

    @Test
    void pythonThroughTheTemplatePool() throws Exception {
        try (TemplatePool pool = new TemplatePool(cr, TemplatePool.Limits.defaults(), null)) {
            PythonSession py = PythonSession.start(pool.spawn(PythonSession.ARGV, ENV, dir), T);
            py.exec("items = ['a']", T);
            long a = py.whenIdle(pool::checkpoint);
            py.exec("items.append('b')", T);
            long b = py.whenIdle(pool::checkpoint);
            py.exec("items.append('c')", T);
            py.reattach(old -> pool.rollback(a, old));
            assertEquals("['a']\n", py.exec("print(items)", T).stdout());
            py.reattach(old -> pool.rollback(b, old));
            assertEquals("['a', 'b']\n", py.exec("print(items)", T).stdout());
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) py.exec("pass", T);
            System.out.println("python exec of 'pass' " + (System.nanoTime() - t0) / 200_000 + " us on average");
            py.close();
        }
    }

    @Test
    void execsAndReattachesLeakNoDescriptorsOrThreads() throws Exception {
        // warm-up: classes loaded, the helper's connection and any lazily made JVM threads there
        try (BashSession warm = BashSession.start(cr.spawn(BashSession.ARGV, ENV, dir), T)) {
            warm.exec("true", T);
            cr.kill(warm.process());
        }
        long fds0 = fdCount();
        int threads0 = Thread.getAllStackTraces().size();

        BashSession sh = BashSession.start(cr.spawn(BashSession.ARGV, ENV, dir), T);
        PythonSession py = PythonSession.start(cr.spawn(PythonSession.ARGV, ENV, dir), T);
        sh.exec("x=keep", T);
        py.exec("x = 'keep'", T);
        ForkCheckpointer.Template ts = sh.whenIdle(cr::checkpoint);
        ForkCheckpointer.Template tp = py.whenIdle(cr::checkpoint);
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 5; i++) {
                assertEquals("keep " + i + "\n", sh.exec("echo $x " + i + "; x=changed", T).stdout());
                sh.exec("x=keep", T);
                assertEquals("keep " + i + "\n", py.exec("print(x, " + i + ")", T).stdout());
                py.exec("x = 'changed'", T);
                py.exec("x = 'keep'", T);
            }
            if (round % 5 == 0) assertTrue(sh.exec("sleep 10", java.time.Duration.ofMillis(50)).timedOut());
            sh.exec("x=changed", T);
            py.exec("x = 'changed'", T);
            sh.reattach(old -> cr.rollback(ts, old));
            py.reattach(old -> cr.rollback(tp, old));
        }
        assertThrows(SessionEndedException.class, () -> sh.exec("exit 1", T));
        sh.close();
        py.close();
        // the processes are the checkpointer's, ended or not
        cr.kill(sh.process());
        cr.kill(py.process());
        cr.discard(ts);
        cr.discard(tp);
        helper.hello();

        assertEquals(fds0, fdCount(), "descriptors: " + fdList());
        assertEquals(threads0, Thread.getAllStackTraces().size(), "threads: " + Thread.getAllStackTraces().keySet());
    }

    /**
     * The JVM's descriptors but the stdio-pipe stock's, once its refill thread is done (it
     * refills the stock asynchronously after a spawn or rollback took from it): the same count
     * twice, 50 ms apart.
     */
    private static long fdCount() throws IOException {
        long last = rawFdCount();
        for (int i = 0; i < 60; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = rawFdCount();
            if (now == last) return now;
            last = now;
        }
        return last;
    }

    private static long rawFdCount() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count() - dev.deltabox.runtime.cr.LiveProcess.stockedStdioDescriptors();
        }
    }

    private static String fdList() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : s.toList()) {
                try {
                    b.append(p.getFileName()).append("->").append(Files.readSymbolicLink(p)).append(' ');
                } catch (IOException e) {
                    // the listing's own fd
                }
            }
        }
        return b.toString();
    }
}
