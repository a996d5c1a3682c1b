package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.TemplatePool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * CRIU for the processes of a box, run inside the box: durable images of box sessions taken from
 * their templates, and a rollback whose templates were killed from inside the box rebuilt from
 * them into the box.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoxCriuTest extends BoxFixture {

    /** The shared runtime's pool statistics (the test holds a reference to the runtime meanwhile). */
    private static <T> T withRuntime(java.util.function.Function<BoxRuntime, T> f) {
        BoxRuntime rt = BoxRuntime.acquire();
        try {
            return f.apply(rt);
        } finally {
            BoxRuntime.release(rt);
        }
    }

    @Test
    void aBoxWhoseTemplatesWereKilledFromInsideStillRollsBack() {
        Box b = box(new BoxOptions());
        out(b, "mkdir -p /workspace/deep/dir && cd /workspace/deep/dir && X=before && echo one > f");
        Checkpoint c = b.checkpoint("c");
        assertNotNull(withRuntime(rt -> rt.images), "durable images are on");
        boolean idle = withRuntime(rt -> rt.images.awaitIdle(60_000));
        assertTrue(idle, "the durable image was written");
        long rebuilt0 = withRuntime(rt -> rt.pool.stats().rebuiltRollbacks());

        // kill -9 -1 from inside: every process of the box's PID namespace the shell may signal,
        // the templates and spares of the checkpoint among them, but the shell itself and the init
        String killed = out(b, "X=after; cd /; echo two > /workspace/deep/dir/f; kill -9 -1; echo done");
        assertEquals("done", killed);

        b.rollback(c);
        assertEquals("before|/workspace/deep/dir|one", out(b, "echo \"$X|$(pwd)|$(cat f)\""));
        long rebuilt = withRuntime(rt -> rt.pool.stats().rebuiltRollbacks()) - rebuilt0;
        assertEquals(1, rebuilt, "the session was rebuilt from its durable image");
        TemplatePool.Operation op = withRuntime(rt -> {
            var ops = rt.pool.recentOperations();
            return ops.get(ops.size() - 1);
        });
        assertEquals(TemplatePool.Kind.REBUILT, op.kind());
        withRuntime(rt -> {
            for (var img : rt.images.list()) {
                System.out.printf("box durable image %d: %d bytes, %d pages stored, %d in parent, taken in %.1f ms%n",
                        img.checkpointId(), img.bytes(), img.presentPages(), img.parentPages(), img.nanos() / 1e6);
            }
            return null;
        });
        System.out.printf("box rollback rebuilt from the image (CRIU restore in the box): %.1f ms%n", op.nanos() / 1e6);

        // rolled back to c again at once: the live process is c's image restored, holding the
        // image's PID, which the rebuild needs again (found by the tree-search benchmark)
        out(b, "X=again");
        b.rollback(c);
        assertEquals("before|/workspace/deep/dir|one", out(b, "echo \"$X|$(pwd)|$(cat f)\""));
        assertEquals(2, withRuntime(rt -> rt.pool.stats().rebuiltRollbacks()) - rebuilt0);

        // the rebuilt session is a session like any other: programs it starts have their stdio,
        // it is checkpointed and rolled back by fork again
        ExecResult r = b.exec("sh -c 'echo to-stderr >&2'; echo ok", Duration.ofSeconds(10));
        assertEquals("to-stderr", r.stderr().strip());
        out(b, "X=second");
        Checkpoint c2 = b.checkpoint();
        out(b, "X=third");
        b.rollback(c2);
        assertEquals("second", out(b, "echo $X"));
        b.rollback(c);
        assertEquals("before", out(b, "echo $X"));
        // c's template is still dead: rebuilt again, from the same image
        TemplatePool.Operation again = withRuntime(rt -> {
            var ops = rt.pool.recentOperations();
            return ops.get(ops.size() - 1);
        });
        assertEquals(TemplatePool.Kind.REBUILT, again.kind());
        System.out.printf("second rebuild of the same checkpoint: %.1f ms%n", again.nanos() / 1e6);
        withRuntime(rt -> {
            rt.images.awaitIdle(60_000);
            for (var img : rt.images.list()) {
                System.out.printf("box durable image %d: %d bytes, %d pages stored, %d in parent, taken in %.1f ms%n",
                        img.checkpointId(), img.bytes(), img.presentPages(), img.parentPages(), img.nanos() / 1e6);
            }
            return null;
        });
    }

    @Test
    void pkillInsideABoxWithBashAndPythonSessionsStillRollsBackBoth() {
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        BoxSession py = b.session("py");
        Duration t = Duration.ofSeconds(20);
        py.exec("data = {'k': [1, 2, 3]}", t);
        out(b, "cd /tmp && V=bash-state");
        Checkpoint c = b.checkpoint();
        boolean idle = withRuntime(rt -> rt.images.awaitIdle(60_000));
        assertTrue(idle);
        py.exec("data['k'].append(4)", t);
        // from inside, by name: every other bash (templates, spares) and every python (the
        // session, its templates and spares)
        out(b, "for p in $(pgrep -x bash); do [ $p = $$ ] || kill -9 $p; done; pkill -9 -x python3; true");
        long rebuilt0 = withRuntime(rt -> rt.pool.stats().rebuiltRollbacks());
        b.rollback(c);
        assertEquals("bash-state|/tmp", out(b, "echo \"$V|$PWD\""));
        ExecResult r = py.exec("print(data)", t);
        assertEquals("{'k': [1, 2, 3]}", r.stdout().strip(), r.stderr());
        assertEquals(2, withRuntime(rt -> rt.pool.stats().rebuiltRollbacks()) - rebuilt0, "both sessions rebuilt");
    }

    @Test
    void incrementalImagesOfABoxSessionRestoreThroughTheirParent() {
        Box b = box(new BoxOptions());
        String len = out(b, "cd /workspace && A=$(seq 1 20000 | tr '\\n' ,) && echo ${#A}");
        b.checkpoint();
        out(b, "B=small-change");
        Checkpoint c2 = b.checkpoint();
        boolean idle = withRuntime(rt -> rt.images.awaitIdle(60_000));
        assertTrue(idle);
        var imgs = withRuntime(rt -> rt.images.list());
        var last = imgs.get(imgs.size() - 1);
        assertTrue(last.parentId() > 0 && last.parentPages() > last.presentPages(),
                "the second image stores only what changed: " + last);
        System.out.printf("box incremental image: %d pages stored, %d in parent, %d bytes, %.1f ms%n",
                last.presentPages(), last.parentPages(), last.bytes(), last.nanos() / 1e6);

        out(b, "B=later; kill -9 -1; true");
        long rebuilt0 = withRuntime(rt -> rt.pool.stats().rebuiltRollbacks());
        b.rollback(c2);
        assertEquals(len + "|small-change", out(b, "echo \"${#A}|$B\""));
        assertEquals(1, withRuntime(rt -> rt.pool.stats().rebuiltRollbacks()) - rebuilt0);
    }

    @Test
    void aShellWithABackgroundJobIsCheckpointedByCriuInsideTheBox() {
        Box b = box(new BoxOptions());
        out(b, "cd /workspace; Y=kept; sleep 1000 & echo started");
        // fork cannot copy a process tree: the choice is CRIU, made automatically and reported
        Checkpoint c = b.checkpoint("job");
        String how = c.sessions().get("bash");
        assertTrue(how.startsWith("criu"), how);
        assertTrue(how.contains("child"), how);
        System.out.printf("box CRIU checkpoint of bash + background job: %.1f ms%n", c.took().toNanos() / 1e6);
        String jobs = out(b, "jobs -p");
        assertFalse(jobs.isEmpty(), "the job runs");

        out(b, "kill %1; wait; Y=changed; cd /");
        assertEquals("", out(b, "jobs -p"));
        long t0 = System.nanoTime();
        b.rollback(c);
        System.out.printf("box CRIU rollback of bash + background job: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertEquals("kept|/workspace", out(b, "echo \"$Y|$(pwd)\""));
        // the background job is back, as the shell's own child, in the box's PID namespace
        assertEquals(jobs, out(b, "jobs -p"));
        assertEquals("sleep", out(b, "cat /proc/" + jobs + "/comm"));
        assertEquals("0", out(b, "kill -0 " + jobs + "; echo $?"));

        // without the job again, the next checkpoint is a fork one
        out(b, "kill %1; wait; Y=forked");
        Checkpoint f = b.checkpoint();
        assertEquals("fork", f.sessions().get("bash"));
        out(b, "Y=x");
        b.rollback(f);
        assertEquals("forked", out(b, "echo $Y"));
        // and back to the CRIU one, job included: the templates of f hold the session's PIDs
        // (forks of the restored shell keep its session), so they are killed for the restore...
        boolean idle = withRuntime(rt -> rt.images.awaitIdle(60_000));
        assertTrue(idle, "f's durable image was written");
        b.rollback(c);
        assertEquals("kept", out(b, "echo $Y"));
        assertEquals(jobs, out(b, "jobs -p"));
        // ...and f is rebuilt from its durable image
        long rebuilt0 = withRuntime(rt -> rt.pool.stats().rebuiltRollbacks());
        b.rollback(f);
        assertEquals("forked|", out(b, "echo \"$Y|$(jobs -p)\""));
        assertEquals(1, withRuntime(rt -> rt.pool.stats().rebuiltRollbacks()) - rebuilt0);
    }

    /**
     * A forked box's sessions map the parent box's files, which CRIU in the fork cannot dump:
     * their checkpoints get no durable image (said once, not a failure per checkpoint), their
     * templates are never evicted, and a rollback after they were killed from inside says why it
     * cannot rebuild them.
     */
    @Test
    void aForkedBoxsCheckpointsWithoutDurableImagesSayWhyTheyCannotBeRebuilt() {
        Box b = box(new BoxOptions());
        out(b, "X=parent");
        Box kid = b.fork(b.checkpoint(), 1).getFirst();
        try {
            out(kid, "X=kid");
            Checkpoint k = kid.checkpoint("k");
            assertEquals("fork", k.sessions().get("bash"));
            boolean idle = withRuntime(rt -> rt.images.awaitIdle(60_000));
            assertTrue(idle, "images idle");
            out(kid, "X=later; echo later > /workspace/f; kill -9 -1; echo done");
            BoxException e = assertThrows(BoxException.class, () -> kid.rollback(k));
            assertTrue(e.getMessage().contains("forked from another box's checkpoint"), e.getMessage());
            // its files were switched while the helper tried the dead template: switched back
            assertEquals("later|later", out(kid, "echo \"$X|$(cat /workspace/f)\""), "the failed rollback left the kid as it was");
            assertEquals("parent", out(b, "echo $X"), "the parent box is untouched");
        } finally {
            kid.close();
        }
    }

    /** CRIU restores a session's tree outside any group: the box puts it back under its limits. */
    @Test
    void aSessionTreeRestoredByCriuStaysUnderTheBoxsLimits() {
        Box b = box(new BoxOptions().pidsLimit(64));
        String before = out(b, "grep ':pids:' /proc/$$/cgroup");
        assertTrue(before.contains("/deltabox/" + b.id()), before);
        out(b, "sleep 1000 & true");
        Checkpoint c = b.checkpoint();
        assertTrue(c.sessions().get("bash").startsWith("criu"), c.sessions().toString());
        out(b, "kill %1; wait");
        b.rollback(c);
        String job = out(b, "jobs -p");
        assertEquals(before, out(b, "grep ':pids:' /proc/$$/cgroup"), "the restored shell");
        assertEquals(before, out(b, "grep ':pids:' /proc/" + job + "/cgroup"), "its restored background job");
    }

    @Test
    void aPythonSessionWithAThreadIsCheckpointedByCriuInsideTheBox() {
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        BoxSession py = b.session("py");
        Duration t = Duration.ofSeconds(20);
        py.exec("import threading, time\nstate = {'n': 1}\nev = threading.Event()\n"
                + "th = threading.Thread(target=ev.wait, daemon=True); th.start()", t);
        Checkpoint c = b.checkpoint();
        String how = c.sessions().get("py");
        assertTrue(how.startsWith("criu") && how.contains("threads"), how);
        assertEquals("fork", c.sessions().get("bash"));
        py.exec("state['n'] = 2", t);
        b.rollback(c);
        ExecResult r = py.exec("print(state['n'], th.is_alive(), threading.active_count())", t);
        assertEquals("1 True 2", r.stdout().strip(), r.stderr());
    }

    @Test
    void forksOfACriuCheckpointAndOfKilledTemplatesAreRestoredIntoTheNewBoxes() {
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        Duration t = Duration.ofSeconds(20);
        b.session("py").exec("import threading\nev = threading.Event()\nth = threading.Thread(target=ev.wait, daemon=True); th.start()\nn = 7", t);
        out(b, "cd /workspace; Z=from-parent; sleep 1000 & true");
        Checkpoint c = b.checkpoint();
        assertTrue(c.sessions().get("bash").startsWith("criu"), c.sessions().toString());
        assertTrue(c.sessions().get("py").startsWith("criu"), c.sessions().toString());
        long t0 = System.nanoTime();
        List<Box> kids = b.fork(c, 2);
        System.out.printf("fork of 2 boxes from a CRIU checkpoint (bash + job, python + thread): %.1f ms%n",
                (System.nanoTime() - t0) / 1e6);
        boxes.addAll(kids);
        for (Box k : kids) {
            assertEquals("from-parent|/workspace|1", out(k, "echo \"$Z|$PWD|$(jobs -p | wc -l)\""));
            ExecResult r = k.session("py").exec("print(n, th.is_alive())", t);
            assertEquals("7 True", r.stdout().strip(), r.stderr());
        }

        // a fork checkpoint whose templates were killed from inside: rebuilt from its durable image into the new box
        out(b, "kill %1; wait; Z=plain");
        b.session("py").exec("ev.set(); th.join()", t);
        Checkpoint f = b.checkpoint();
        assertEquals("fork", f.sessions().get("bash"));
        boolean idle = withRuntime(rt -> rt.images.awaitIdle(60_000));
        assertTrue(idle);
        out(b, "for p in $(pgrep -x bash); do [ $p = $$ ] || kill -9 $p; done; pkill -9 -x python3; true");
        Box k = b.fork(f, 1).get(0);
        boxes.add(k);
        assertEquals("plain", out(k, "echo $Z"));
        ExecResult r = k.session("py").exec("print(n)", t);
        assertEquals("7", r.stdout().strip(), r.stderr());
    }
}
