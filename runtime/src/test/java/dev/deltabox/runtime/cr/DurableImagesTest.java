package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Durable incremental images on real python3: the size of an image after a small change, a
 * byte-identical restore (pages never faulted in included), and a pool rollback to a template
 * killed from inside the box, rebuilt from its image.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DurableImagesTest extends DurableImagesFixture {

    private static final long MB = 1 << 20;

    /** 48 MB of random bytes in a bytearray, and 8 MB of anonymous memory never touched. */
    private static final String SETUP = """
            import os, mmap, ctypes, hashlib
            ba = bytearray(os.urandom(48 << 20))
            m = mmap.mmap(-1, 8 << 20)
            ba_addr = ctypes.addressof(ctypes.c_char.from_buffer(ba))
            def digest(): return hashlib.sha256(ba).hexdigest()
            def untouched(): return m[:] == bytes(len(m))""";

    /** Writes one byte in each of {@code pages} pages of the bytearray, spread over all of it. */
    private static String touch(int pages, int salt) {
        return "for i in range(" + pages + "): ba[(i * 12 + " + salt + ") * 4096] ^= 0xff";
    }

    private static byte[] readMem(long pid, long addr, int len) throws IOException {
        try (FileChannel ch = FileChannel.open(Path.of("/proc", Long.toString(pid), "mem"), StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(len);
            while (b.hasRemaining()) {
                if (ch.read(b, addr + b.position()) <= 0) throw new IOException("short read of /proc/" + pid + "/mem");
            }
            return b.array();
        }
    }

    @Test
    void anImageAfterAThousandPagesChangedInA50MbProcessIsSmallAndRestoresByteIdentical() throws Exception {
        ReplSession py = new ReplSession(fork.spawn(PYTHON, ENV, dir));
        py.run(SETUP);
        long addr = Long.parseLong(py.ask("print(ba_addr)"));
        ForkCheckpointer.Template t1 = fork.checkpoint(py.p);
        DurableImages.Image full = images.capture(1, t1, 0, null).get();
        System.out.printf("full image: %.1f MB, %d pages, %d ms%n", full.bytes() / (double) MB, full.presentPages(),
                full.nanos() / 1_000_000);
        assertEquals(0, full.parentId());
        assertTrue(full.bytes() > 40 * MB, "the first image is full: " + full.bytes());

        py.run(touch(1000, 0) + "\nstate = 'two'");
        String digest2 = py.ask("print(digest())");
        ForkCheckpointer.Template t2 = fork.checkpoint(py.p);
        long changed = fork.diffPages(t1, t2).differing();
        DurableImages.Image inc = images.capture(2, t2, 1, t1).get();
        System.out.printf("incremental image: %.2f MB, %d pages stored, %d in parent, %d changed by diff, %d fix-up, %d ms%n",
                inc.bytes() / (double) MB, inc.presentPages(), inc.parentPages(), changed, inc.fixupPages().length,
                inc.nanos() / 1_000_000);
        assertEquals(1, inc.parentId());
        assertTrue(inc.bytes() <= 10 * MB, "image after ~1 000 pages changed: " + inc.bytes() + " bytes");
        assertTrue(inc.presentPages() >= 1000, "the changed pages are stored: " + inc.presentPages());

        // and a third, on top of the incremental one: a chain of two parents
        py.run(touch(500, 5) + "\nstate = 'three'");
        String digest3 = py.ask("print(digest())");
        ForkCheckpointer.Template t3 = fork.checkpoint(py.p);
        DurableImages.Image inc3 = images.capture(3, t3, 2, t2).get();
        assertTrue(inc3.bytes() <= 10 * MB, "third image: " + inc3.bytes());
        py.run("state = 'later'\n" + touch(300, 7));

        ReplSession r2 = new ReplSession(images.restore(2));
        assertEquals("two", r2.ask("print(state)"));
        assertEquals(digest2, r2.ask("print(digest())"));
        assertEquals("True", r2.ask("print(untouched())"), "never-faulted pages read back as zeros");
        assertArrayEquals(readMem(t2.id(), addr, (int) (48 * MB)), readMem(r2.p.pid(), addr, (int) (48 * MB)),
                "the bytearray's memory is byte-identical to the template's");
        fork.kill(r2.p);

        ReplSession r3 = new ReplSession(images.restore(3));
        assertEquals("three", r3.ask("print(state)"));
        assertEquals(digest3, r3.ask("print(digest())"));
        assertArrayEquals(readMem(t3.id(), addr, (int) (48 * MB)), readMem(r3.p.pid(), addr, (int) (48 * MB)));
        assertEquals("later", py.ask("print(state)"), "the live process is untouched");
        // a restored process is a live process like any: fork checkpoints work on it
        ForkCheckpointer.Template t4 = fork.checkpoint(r3.p);
        r3.run("state = 'gone'");
        ReplSession back = new ReplSession(fork.rollback(t4, r3.p));
        assertEquals("three", back.ask("print(state)"));
    }

    @Test
    void aPoolRollbackToATemplateKilledFromInsideIsRebuiltFromItsDurableImage() throws Exception {
        // no spares: a live one would serve the rollback (a spare is a whole copy of the checkpoint)
        pool = new TemplatePool(fork, new TemplatePool.Limits(16, 1L << 30, 0, 512, 2), images);
        ReplSession py = new ReplSession(pool.spawn(PYTHON, ENV, dir));
        py.run(SETUP + "\nlog = ['a']");
        long c1 = pool.checkpoint(py.p);
        py.run(touch(200, 1) + "\nlog.append('b')");
        String digest = py.ask("print(digest())");
        long c2 = pool.checkpoint(py.p);
        assertTrue(images.awaitIdle(120_000));
        assertEquals(c1, images.image(c2, 0).parentId(), "the second image is incremental");
        py.run("log.append('c')");

        long templatePid = pool.template(c2).orElseThrow().id();
        assertEquals(0, libc_h.kill((int) templatePid, libc_h.SIGKILL()), "kill -9 by pid, as pkill in the box does");
        Thread.sleep(100);
        helper.hello(); // lets the helper reap it
        py = new ReplSession(pool.rollback(c2, py.p));
        assertEquals(TemplatePool.Kind.REBUILT, pool.recentOperations().getLast().kind());
        assertEquals("['a', 'b']", py.ask("print(log)"));
        assertEquals(digest, py.ask("print(digest())"));
        assertEquals(1, pool.stats().rebuiltRollbacks());

        // the rebuilt process is a live process of the pool: checkpoint and roll back by fork
        py.run("log.append('d')");
        long c3 = pool.checkpoint(py.p);
        py.run("log.append('e')");
        py = new ReplSession(pool.rollback(c3, py.p));
        assertNotEquals(TemplatePool.Kind.REBUILT, pool.recentOperations().getLast().kind());
        assertEquals("['a', 'b', 'd']", py.ask("print(log)"));
    }
}
