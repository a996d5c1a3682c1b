package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.TemplatePool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * CRIU for the processes of a box, run inside the box: durable images of box sessions taken from
 * their templates, and a rollback whose templates were killed from inside the box rebuilt from
 * them into the box.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoxCriuTest {

    @TempDir
    Path tmp;

    private final List<Box> boxes = new ArrayList<>();

    @AfterEach
    void closeBoxes() {
        for (int i = boxes.size() - 1; i >= 0; i--) boxes.get(i).close();
    }

    private Box box(BoxOptions o) {
        Box b = Box.create(o.stateDir(tmp.resolve("state")));
        boxes.add(b);
        return b;
    }

    private static String out(Box b, String cmd) {
        ExecResult r = b.exec(cmd, Duration.ofSeconds(30));
        assertEquals(0, r.exitCode(), () -> cmd + " failed: " + r.stderr());
        return r.stdout().strip();
    }

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
}
