package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A helper killed with SIGKILL in the middle of a session: the runtime starts a new one and
 * says so, a rollback to a checkpoint whose template died with it is rebuilt from its durable
 * image, and the processes that died with it are reported as such.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HelperRestartTest extends DurableImagesFixture {

    @BeforeEach
    void startPool() {
        pool = new TemplatePool(fork, new TemplatePool.Limits(16, 1L << 30, 2, 512, 2), images);
    }

    /** A python session with two checkpoints (c1: ['a'], c2: ['a', 'b']) whose images are written; returns them. */
    private long[] sessionWithTwoCheckpoints(ReplSession py) throws Exception {
        py.run("import os\nba = bytearray(os.urandom(8 << 20))\nlog = ['a']");
        long c1 = pool.checkpoint(py.p);
        py.run("log.append('b')");
        long c2 = pool.checkpoint(py.p);
        assertTrue(images.awaitIdle(60_000));
        assertNotNull(images.image(c2, 0), "checkpoint 2 has its durable image");
        assertTrue(pool.awaitWarm(60_000));
        py.run("log.append('c')");
        return new long[] {c1, c2};
    }

    private static void killHelper(long pid) {
        assertEquals(0, libc_h.kill((int) pid, libc_h.SIGKILL()), "kill -9 the helper");
    }

    @Test
    void aKilledHelperIsReplacedAndARollbackIsRebuiltFromTheDurableImage() throws Exception {
        ReplSession py = new ReplSession(pool.spawn(PYTHON, ENV, dir));
        long[] c = sessionWithTwoCheckpoints(py);
        long oldHelper = helper.pid();
        assertTrue(pool.hasTemplate(c[0]) && pool.hasTemplate(c[1]));
        killHelper(oldHelper);

        // the watcher replaces it without waiting for a request
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (helper.generation() == 0 && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(1, helper.generation(), "a new helper was started");
        assertEquals(1, helper.restarts());
        assertNotEquals(oldHelper, helper.pid());
        assertEquals(helper.pid(), helper.hello()[1], "the new helper answers");
        assertTrue(helper.lastDeath().contains("killed by signal 9"), helper.lastDeath());

        // the live process died with it, and says so
        LiveProcess dead = py.p;
        deadline = System.nanoTime() + 5_000_000_000L;
        while (dead.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertFalse(dead.isAlive(), "the live process died with its helper (PDEATHSIG)");
        CheckpointException gone = assertThrows(CheckpointException.class, () -> pool.checkpoint(dead));
        assertEquals(CheckpointException.Reason.PROCESS_GONE, gone.reason());
        assertTrue(gone.getMessage().contains("died with its helper"), gone.getMessage());

        // the templates went too: a rollback to one of them is rebuilt from its image
        assertFalse(pool.hasTemplate(c[1]));
        py = new ReplSession(pool.rollback(c[1], dead));
        assertEquals(TemplatePool.Kind.REBUILT, pool.recentOperations().getLast().kind());
        assertEquals("['a', 'b']", py.ask("print(log)"));
        TemplatePool.Stats s = pool.stats();
        assertEquals(1, s.rebuiltRollbacks());
        assertEquals(2, s.templatesLost(), "both templates are counted lost: " + s);

        // and the session goes on by fork, on the new helper
        py.run("log.append('d')");
        long c3 = pool.checkpoint(py.p);
        py.run("log.append('e')");
        py = new ReplSession(pool.rollback(c3, py.p));
        assertNotEquals(TemplatePool.Kind.REBUILT, pool.recentOperations().getLast().kind());
        assertEquals("['a', 'b', 'd']", py.ask("print(log)"));
    }

    @Test
    void aHelperKilledJustBeforeARollbackDoesNotFailIt() throws Exception {
        ReplSession py = new ReplSession(pool.spawn(PYTHON, ENV, dir));
        long[] c = sessionWithTwoCheckpoints(py);
        killHelper(helper.pid());
        // no wait: the rollback's own request may be the one that finds the helper dead
        py = new ReplSession(pool.rollback(c[0], py.p));
        assertEquals(TemplatePool.Kind.REBUILT, pool.recentOperations().getLast().kind());
        assertEquals("['a']", py.ask("print(log)"));
        assertEquals(1, helper.restarts());
        assertEquals(1, pool.stats().rebuiltRollbacks());
    }

    @Test
    void aForkCheckpointerGoesOnAfterItsHelperIsKilled() throws Exception {
        ReplSession sh = new ReplSession(fork.spawn(List.of("/bin/sh"), ENV, dir));
        assertEquals("1", sh.sh("echo 1"));
        ForkCheckpointer.Template t = fork.checkpoint(sh.p);
        killHelper(helper.pid());
        CheckpointException e = assertThrows(CheckpointException.class, () -> fork.rollback(t, sh.p));
        assertTrue(e.reason() == CheckpointException.Reason.TEMPLATE_GONE
                || e.reason() == CheckpointException.Reason.HELPER_GONE, e.toString());
        ReplSession again = new ReplSession(fork.spawn(List.of("/bin/sh"), ENV, dir));
        assertEquals("2", again.sh("echo 2"));
        ForkCheckpointer.Template t2 = fork.checkpoint(again.p);
        again.send("X=3");
        again = new ReplSession(fork.rollback(t2, again.p));
        assertEquals("[]", again.sh("echo \"[$X]\""));
    }
}
