package dev.deltabox.runtime.cr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The lifetime of durable images: the pool keeps a template until its image is written, a
 * discarded checkpoint's image goes unless a child image needs it as parent, and images survive
 * a restart of the runtime (listed again from disk, restorable, also through a new pool).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DurableImagesLifecycleTest extends DurableImagesFixture {

    private ReplSession python(String setup) {
        ReplSession py = new ReplSession(fork.spawn(PYTHON, ENV, dir));
        py.run("import os\nba = bytearray(os.urandom(4 << 20))\n" + setup);
        return py;
    }

    private Path imageDir(long id) {
        return root.resolve("durable").resolve(Long.toString(id));
    }

    /** A rebuilder whose image of each checkpoint is "written" only when the test says so. */
    private static final class GatedRebuilder implements TemplateRebuilder {
        final Map<Long, CompletableFuture<Void>> gates = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public LiveProcess rebuild(long checkpointId, String whyGone) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "no rebuild here", null);
        }

        @Override
        public CompletionStage<?> templateNeededUntil(long checkpointId) {
            return gates.computeIfAbsent(checkpointId, k -> new CompletableFuture<>());
        }

        @Override
        public boolean canRebuild(long checkpointId) { // "its image is written"
            CompletableFuture<Void> gate = gates.get(checkpointId);
            return gate != null && gate.isDone();
        }
    }

    @Test
    void aTemplateIsNotEvictedWhileItsImageIsBeingWritten() throws Exception {
        GatedRebuilder gated = new GatedRebuilder();
        pool = new TemplatePool(fork, new TemplatePool.Limits(1, 1L << 30, 0, 0, 0), gated);
        ReplSession py = new ReplSession(pool.spawn(PYTHON, ENV, dir));
        py.run("x = 1");
        long c1 = pool.checkpoint(py.p);
        py.run("x = 2");
        long c2 = pool.checkpoint(py.p);
        assertTrue(pool.awaitWarm(30_000));
        assertTrue(pool.hasTemplate(c1), "over the limit of one template, but c1's image is not written yet");
        assertEquals(0, pool.stats().evictions());

        gated.gates.get(c1).complete(null); // its image is written: now it may go
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.hasTemplate(c1) && System.nanoTime() < deadline) Thread.sleep(5);
        assertFalse(pool.hasTemplate(c1), "evicted once its image was written");
        assertEquals(1, pool.stats().evictions());
        assertTrue(pool.hasTemplate(c2), "c2 is where the live process stands");

        // an explicit evict waits for the image instead of dropping the template under it
        py.run("x = 3");
        long c3 = pool.checkpoint(py.p);
        Thread evictor = Thread.ofPlatform().start(() -> pool.evict(c2));
        evictor.join(300);
        assertTrue(evictor.isAlive(), "evict waits while c2's image is being written");
        assertTrue(pool.hasTemplate(c2));
        gated.gates.get(c2).complete(null);
        evictor.join(10_000);
        assertFalse(evictor.isAlive());
        assertFalse(pool.hasTemplate(c2));
        assertTrue(pool.hasTemplate(c3));
    }

    @Test
    void aDiscardedImageStaysWhileAChildNeedsItAsParent() throws Exception {
        ReplSession py = python("s = 1");
        ForkCheckpointer.Template t1 = fork.checkpoint(py.p);
        images.capture(1, t1, 0, null).get();
        py.run("s = 2\nfor i in range(50): ba[i * 4096] ^= 1");
        ForkCheckpointer.Template t2 = fork.checkpoint(py.p);
        assertEquals(1, images.capture(2, t2, 1, t1).get().parentId());
        py.run("s = 3\nfor i in range(50): ba[i * 8192] ^= 1");
        ForkCheckpointer.Template t3 = fork.checkpoint(py.p);
        assertEquals(2, images.capture(3, t3, 2, t2).get().parentId());

        images.discard(2);
        assertTrue(Files.isDirectory(imageDir(2)), "image 2 is image 3's parent: kept");
        assertNull(images.image(2, 0), "but it is no longer one to restore");
        assertEquals(List.of(1L, 3L), images.list().stream().map(DurableImages.Image::checkpointId).toList());
        // 3 still restores through its chain (3 -> 2 -> 1)
        ReplSession r3 = new ReplSession(images.restore(3));
        assertEquals("3", r3.ask("print(s)"));
        fork.kill(r3.p);

        images.discard(3);
        assertFalse(Files.exists(imageDir(3)), "no child: deleted at once");
        assertFalse(Files.exists(imageDir(2)), "its last child gone: the discarded parent goes too");
        assertTrue(Files.isDirectory(imageDir(1)), "1 was never discarded");
        images.discard(1);
        assertFalse(Files.exists(imageDir(1)));

        // an image discarded while it is still being written goes once written
        ForkCheckpointer.Template t4 = fork.checkpoint(py.p);
        CompletableFuture<DurableImages.Image> f4 = images.capture(4, t4, 0, null);
        images.discard(4);
        f4.handle((i, e) -> null).get();
        assertTrue(images.awaitIdle(30_000));
        assertFalse(Files.exists(imageDir(4)), "deleted once written");
        assertEquals(List.of(), images.list());
    }

    @Test
    void imagesAreListedAgainAfterARestartAndStillRestore() throws Exception {
        ReplSession py = python("s = 'one'");
        ForkCheckpointer.Template t1 = fork.checkpoint(py.p);
        DurableImages.Image i1 = images.capture(1, t1, 0, null).get();
        py.run("s = 'two'\nfor i in range(50): ba[i * 4096] ^= 1");
        ForkCheckpointer.Template t2 = fork.checkpoint(py.p);
        DurableImages.Image i2 = images.capture(2, t2, 1, t1).get();
        py.run("s = 'three'");
        ForkCheckpointer.Template t3 = fork.checkpoint(py.p);
        images.capture(3, t3, 2, t2).get();
        images.discard(2); // kept as 3's parent, and remembered as discarded across the restart
        Files.createDirectories(imageDir(9)); // an image cut short by the crash: no meta file

        // "the JVM restarts": the old object is abandoned with its images on disk, the templates die
        images.close(true);
        fork.discard(t1);
        fork.discard(t2);
        fork.discard(t3);
        images = new DurableImages(fork, criu, root.resolve("durable"));

        List<DurableImages.Image> listed = images.list();
        assertEquals(List.of(1L, 3L), listed.stream().map(DurableImages.Image::checkpointId).toList());
        assertEquals(0, listed.get(0).parentId());
        assertEquals(i1.bytes(), listed.get(0).bytes());
        assertEquals(2, listed.get(1).parentId());
        assertTrue(Files.isDirectory(imageDir(2)), "the discarded parent is still kept for 3");
        assertFalse(Files.exists(imageDir(9)), "the unfinished image was deleted");
        assertEquals(3, images.lastCheckpointId());
        assertTrue(i2.bytes() > 0);

        ReplSession r1 = new ReplSession(images.restore(1));
        assertEquals("one", r1.ask("print(s)"));
        fork.kill(r1.p);

        // a new pool on the reopened images rolls back to a checkpoint of the earlier run
        pool = new TemplatePool(fork, TemplatePool.Limits.defaults(), images);
        ReplSession r3 = new ReplSession(pool.rollback(3, py.p));
        assertEquals(TemplatePool.Kind.REBUILT, pool.recentOperations().getLast().kind());
        assertEquals("three", r3.ask("print(s)"));
        r3.run("s = 'four'");
        long c = pool.checkpoint(r3.p);
        assertEquals(4, c, "new checkpoints are numbered after the kept ones");
        r3.run("s = 'five'");
        r3 = new ReplSession(pool.rollback(c, r3.p));
        assertEquals("four", r3.ask("print(s)"));

        images.discard(3);
        assertFalse(Files.exists(imageDir(2)) || Files.exists(imageDir(3)), "3 and the kept 2 are gone");
    }
}
