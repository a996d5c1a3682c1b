package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernel passthrough for read-only opens of immutable files (base and frozen layers), on a
 * real mount: which opens use it, that writes and rollbacks under a passthrough reader work
 * (the node is retired and the name moves to a successor node), and that nothing leaks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsPassthroughTest {

    @TempDir
    Path tmp;

    private MountFixture f;

    @BeforeEach
    void setUp() throws IOException {
        f = new MountFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        f.close();
        assertFalse(DeltaMount.isMountPoint(f.mnt), "still mounted: " + f.mnt);
    }

    @Test
    void readOnlyOpensOfBaseAndFrozenFilesArePassedThroughOthersAreNot() throws Exception {
        Files.writeString(f.base.resolve("base.txt"), "from the base");
        DeltaMount m = f.mount();
        Files.writeString(f.m("top.txt"), "in the writable layer");

        try (FileChannel c = FileChannel.open(f.m("top.txt"), StandardOpenOption.READ)) {
            assertEquals("in the writable layer", read(c));
            assertEquals(0, m.passthroughFiles(), "a file of the writable layer can still change: served by us");
        }
        try (FileChannel a = FileChannel.open(f.m("base.txt"), StandardOpenOption.READ);
             FileChannel b = FileChannel.open(f.m("base.txt"), StandardOpenOption.READ)) {
            assertEquals(1, m.passthroughFiles(), "two readers of one base file share one backing file");
            assertEquals("from the base", read(a));
            assertEquals("from the base", read(b));
        }
        awaitReleased(m, "the backing file is released with the last reader");

        m.checkpoint();                                                  // top.txt is frozen now
        try (FileChannel c = FileChannel.open(f.m("top.txt"), StandardOpenOption.READ)) {
            assertEquals(1, m.passthroughFiles());
            assertEquals("in the writable layer", read(c));
        }
        awaitReleased(m, "every backing file is released");
    }

    @Test
    void passthroughOffServesEveryReadItself() throws Exception {
        Files.writeString(f.base.resolve("base.txt"), "x");
        DeltaMount m = f.mount(false);
        try (FileChannel c = FileChannel.open(f.m("base.txt"), StandardOpenOption.READ)) {
            assertEquals("x", read(c));
            assertEquals(0, m.passthroughFiles());
        }
    }

    @Test
    void aWriteUnderAPassthroughReaderSucceedsAndNewOpensSeeIt() throws Exception {
        Files.writeString(f.base.resolve("r.txt"), "base");
        DeltaMount m = f.mount();
        long ino = (Long) Files.getAttribute(f.m("r.txt"), "unix:ino");
        int nodes = m.knownNodes();

        try (FileChannel reader = FileChannel.open(f.m("r.txt"), StandardOpenOption.READ)) {
            assertEquals("base", read(reader));
            Files.writeString(f.m("r.txt"), "changed!");                 // O_TRUNC open: retires the node
            assertEquals("changed!", Files.readString(f.m("r.txt")), "new opens see the write");
            assertEquals("base", read(reader), "the passthrough reader keeps the content it opened");
            assertEquals(ino, (Long) Files.getAttribute(f.m("r.txt"), "unix:ino"), "the inode number is stable");
            try (FileChannel rw = FileChannel.open(f.m("r.txt"), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                rw.write(ByteBuffer.wrap("C".getBytes(StandardCharsets.UTF_8)), 0);
                assertEquals("Changed!", read(rw));
            }
        }
        assertEquals("Changed!", Files.readString(f.m("r.txt")));
        assertEquals("base", Files.readString(f.base.resolve("r.txt")), "the base is never written");
        awaitReleased(m, "every backing file is released");
        dropKernelCaches();
        assertTrue(m.knownNodes() <= nodes, "the retired node is let go once its reader is closed: " + m.knownNodes());
    }

    @Test
    void aRollbackUnderAPassthroughReaderShowsTheRolledBackContentToNewOpens() throws Exception {
        Files.writeString(f.base.resolve("r.txt"), "v0");
        DeltaMount m = f.mount();
        Files.writeString(f.m("r.txt"), "v1");
        long c1 = m.checkpoint();
        Files.writeString(f.m("r.txt"), "v2");
        long c2 = m.checkpoint();

        try (FileChannel reader = FileChannel.open(f.m("r.txt"), StandardOpenOption.READ)) {
            assertEquals("v2", read(reader));
            m.rollback(c1);
            assertEquals("v1", Files.readString(f.m("r.txt")), "a new open after the rollback");
            try (FileChannel again = FileChannel.open(f.m("r.txt"), StandardOpenOption.READ)) {
                assertEquals("v1", read(again));
            }
            m.rollback(c2);
            assertEquals("v2", Files.readString(f.m("r.txt")));
            Files.writeString(f.m("r.txt"), "v3");
            assertEquals("v3", Files.readString(f.m("r.txt")));
        }
        awaitReleased(m, "every backing file is released");
    }

    @Test
    void mmapAndExecOfPassedThroughFilesWork() throws Exception {
        byte[] data = new byte[3 << 20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + (i >> 12));
        Files.write(f.base.resolve("big.bin"), data);
        Files.copy(Path.of("/bin/echo"), f.base.resolve("echo"), StandardCopyOption.COPY_ATTRIBUTES);
        f.mount();

        Process p = new ProcessBuilder("python3", "-c", """
                import mmap, sys, hashlib
                with open(sys.argv[1], 'rb') as fh:
                    mm = mmap.mmap(fh.fileno(), 0, prot=mmap.PROT_READ)
                    print(hashlib.sha256(mm[:]).hexdigest())
                """, f.m("big.bin").toString()).redirectErrorStream(true).start();
        String viaMmap = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        assertEquals(sha256(data), viaMmap);

        Process e = new ProcessBuilder(f.m("echo").toString(), "ran from the mount").redirectErrorStream(true).start();
        assertEquals("ran from the mount", new String(e.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        assertEquals(0, e.waitFor());
    }

    @Test
    void manyPassthroughOpensLeakNothing() throws Exception {
        for (int i = 0; i < 20; i++) Files.writeString(f.base.resolve("f" + i), "content " + i);
        DeltaMount m = f.mount();
        long fds = openFds();
        for (int round = 0; round < 500; round++) {
            for (int i = 0; i < 20; i++) {
                try (FileChannel c = FileChannel.open(f.m("f" + i), StandardOpenOption.READ)) {
                    if (round % 100 == 0) assertEquals("content " + i, read(c));
                }
            }
        }
        awaitReleased(m, "every backing file is released");
        assertEquals(fds, openFds(), "descriptors of the daemon");
    }

    /** close() returns before the kernel's RELEASE reaches the daemon: wait for it (bounded). */
    private static void awaitReleased(DeltaMount m, String what) throws InterruptedException {
        for (int i = 0; i < 200 && (m.passthroughFiles() > 0 || m.openHandles() > 0); i++) Thread.sleep(10);
        assertEquals(0, m.passthroughFiles(), what);
        assertEquals(0, m.openHandles(), what + " (handles)");
    }

    private static String read(FileChannel c) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        int n = c.read(b, 0);
        return new String(b.array(), 0, Math.max(n, 0), StandardCharsets.UTF_8);
    }

    private static long openFds() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    /** Makes the kernel forget unused dentries and inodes, so FORGETs reach the daemon. */
    private static void dropKernelCaches() throws Exception {
        Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "2");
        Thread.sleep(200); // forgets are delivered asynchronously
    }

    private static String sha256(byte[] data) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(data);
        StringBuilder s = new StringBuilder();
        for (byte x : d) s.append(String.format("%02x", x));
        return s.toString();
    }

}
