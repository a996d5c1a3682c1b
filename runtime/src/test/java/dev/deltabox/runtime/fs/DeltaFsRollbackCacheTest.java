package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * After a rollback the kernel's caches (entries, attributes, directory listings, page cache;
 * all kept for a day) must show exactly the rolled-back view. Each test warms the caches
 * through the mount first, so a missed invalidation shows up as a stale answer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsRollbackCacheTest {
    private static final FileTime T2001 = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path tmp;

    private MountFixture f;

    @BeforeEach
    void setUp() throws IOException {
        f = new MountFixture(tmp);
        Files.createDirectories(f.base.resolve("pkg/sub"));
        Files.writeString(f.base.resolve("pkg/a.py"), "a = 1\n");
        Files.writeString(f.base.resolve("pkg/b.py"), "b = 1\n");
        Files.setLastModifiedTime(f.base.resolve("pkg"), T2001);
    }

    @AfterEach
    void tearDown() {
        f.close();
        assertFalse(DeltaMount.isMountPoint(f.mnt), "still mounted: " + f.mnt);
    }

    @Test
    void aFileChangedUnderAnUnchangedDirectoryRollsBack() throws Exception {
        DeltaMount m = f.mount();
        long c = m.checkpoint();
        warm();
        Files.writeString(f.m("pkg/a.py"), "a = 2  # edited\n");      // copies pkg up, its listing unchanged
        warm();
        m.rollback(c);
        assertEquals("a = 1\n", Files.readString(f.m("pkg/a.py")));
        assertEquals(6, Files.size(f.m("pkg/a.py")));
        assertEquals(List.of("a.py", "b.py", "sub"), list("pkg"));
        assertEquals(T2001, Files.getLastModifiedTime(f.m("pkg")));
    }

    @Test
    void aDirectoryWhoseAttributesChangedRollsBack() throws Exception {
        DeltaMount m = f.mount();
        long c = m.checkpoint();
        warm();
        Files.setLastModifiedTime(f.m("pkg"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setPosixFilePermissions(f.m("pkg/sub"), PosixFilePermissions.fromString("rwx------"));
        warm();
        m.rollback(c);
        assertEquals(T2001, Files.getLastModifiedTime(f.m("pkg")));
        assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(f.m("pkg/sub")));
    }

    @Test
    void namesCreatedAndRemovedInsideADirectoryRollBack() throws Exception {
        DeltaMount m = f.mount();
        Files.writeString(f.m("pkg/sub/new.py"), "n\n");
        long c = m.checkpoint();
        Object nlink = Files.getAttribute(f.m("pkg/sub"), "unix:nlink");
        warm();
        Files.writeString(f.m("pkg/c.py"), "c\n");
        Files.delete(f.m("pkg/b.py"));
        Files.delete(f.m("pkg/sub/new.py"));
        Files.createDirectory(f.m("pkg/sub/d"));
        warm();
        m.rollback(c);
        assertEquals(List.of("a.py", "b.py", "sub"), list("pkg"));
        assertEquals(List.of("new.py"), list("pkg/sub"));
        assertFalse(Files.exists(f.m("pkg/c.py"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("b = 1\n", Files.readString(f.m("pkg/b.py")));
        assertEquals(nlink, Files.getAttribute(f.m("pkg/sub"), "unix:nlink"), "link count after the subdirectory went");
    }

    @Test
    void directoryAttributesTheKernelReadFromACopyAreDroppedOnRollback() throws Exception {
        DeltaMount m = f.mount();
        long c = m.checkpoint();
        Object baseLinks = Files.getAttribute(f.m("pkg"), "unix:nlink");     // pkg holds sub: 3
        Files.writeString(f.m("pkg/a.py"), "a = 2\n");                      // pkg copied up, merged
        assertEquals(baseLinks, Files.getAttribute(f.m("pkg"), "unix:nlink"), "the kernel still has the base's");
        m.rollback(c);                                                       // kernel never saw the copy
        assertEquals(baseLinks, Files.getAttribute(f.m("pkg"), "unix:nlink"));

        Files.writeString(f.m("pkg/a.py"), "a = 3\n");
        Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "2");          // the kernel looks pkg up again:
        Object mergedLinks = Files.getAttribute(f.m("pkg"), "unix:nlink");   // the merged copy's (1)
        assertEquals(1, ((Number) mergedLinks).intValue());
        m.rollback(c);
        assertEquals(baseLinks, Files.getAttribute(f.m("pkg"), "unix:nlink"), "what the kernel read from the copy is dropped");
        assertEquals("a = 1\n", Files.readString(f.m("pkg/a.py")));
    }

    @Test
    void requestsInFlightDuringRollbacksNeverLeaveAnOldAnswerCached() throws Exception {
        DeltaMount m = f.mount();
        Files.writeString(f.m("pkg/flip.txt"), "one");
        long one = m.checkpoint();
        Files.delete(f.m("pkg/flip.txt"));
        Files.writeString(f.m("pkg/a.py"), "two");
        long two = m.checkpoint();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> hammers = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread h = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        Files.exists(f.m("pkg/flip.txt"));
                        Files.readString(f.m("pkg/a.py"));
                        list("pkg");
                    } catch (IOException ignored) {
                        // a name may vanish between the calls: only the main thread's answers count
                    }
                }
            });
            h.start();
            hammers.add(h);
        }
        try {
            for (int i = 0; i < 300; i++) {
                boolean toOne = i % 2 == 0;
                m.rollback(toOne ? one : two);
                assertEquals(toOne, Files.exists(f.m("pkg/flip.txt")), "after rollback " + i);
                assertEquals(toOne ? "a = 1\n" : "two", Files.readString(f.m("pkg/a.py")), "after rollback " + i);
                assertEquals(toOne ? List.of("a.py", "b.py", "flip.txt", "sub") : List.of("a.py", "b.py", "sub"),
                        list("pkg"), "after rollback " + i);
            }
        } finally {
            stop.set(true);
            for (Thread h : hammers) h.join();
        }
    }

    @Test
    void filesWrittenRightAfterEachRollbackAreAlwaysFound() throws Exception {
        for (int d = 0; d < 10; d++) {
            Path dir = Files.createDirectories(f.base.resolve("p" + d));
            for (int i = 0; i < 50; i++) Files.writeString(dir.resolve("m" + i + ".py"), "x");
        }
        DeltaMount m = f.mount();
        long c = m.checkpoint();
        for (int round = 1; round <= 200; round++) {
            for (int i = 0; i < 40; i++) {
                int n = (round * 37 + i * 53) % 500;
                Files.writeString(f.m("p" + n / 50 + "/m" + n % 50 + ".py"), "edit " + round);
            }
            m.rollback(c);
        }
        assertEquals("x", Files.readString(f.m("p3/m7.py")));
    }

    /**
     * Rollbacks between two checkpoints a large step apart (100 files edited, files deleted and
     * created, a directory renamed, directory attributes changed), each after another large step,
     * with the kernel's caches warmed before some rollbacks and not before others: a rollback
     * invalidates only what the kernel may hold (nodes it was told about since their last
     * invalidation, directories whose cached attributes differ), so every mix must still show
     * exactly the checkpoint. An open descriptor reads the rolled-back content too.
     */
    @Test
    void largeStepsRollBackExactlyWhateverTheKernelCached() throws Exception {
        for (int d = 0; d < 20; d++) {
            Path dir = Files.createDirectories(f.base.resolve("p" + d));
            for (int i = 0; i < 10; i++) Files.writeString(dir.resolve("m" + i + ".py"), "base p" + d + "/m" + i + "\n");
        }
        DeltaMount m = f.mount();
        for (int i = 0; i < 30; i++) append(i * 7, "a"); // A: some directories already copied up
        long a = m.checkpoint();
        Map<String, String> atA = snapshot();
        for (int i = 0; i < 100; i++) append(i * 3 + 1, "b");
        Files.delete(f.m("p1/m2.py"));
        Files.delete(f.m("p9/m9.py"));
        Files.writeString(f.m("p2/new.py"), "new in B\n");
        Files.createDirectories(f.m("q/r"));
        Files.writeString(f.m("q/r/deep.py"), "deep\n");
        Files.move(f.m("p5"), f.m("p5moved"));
        Files.setPosixFilePermissions(f.m("p7"), PosixFilePermissions.fromString("rwx------"));
        Files.setLastModifiedTime(f.m("p8"), T2001);
        long b = m.checkpoint();
        Map<String, String> atB = snapshot();
        assertFalse(atA.equals(atB));
        for (int round = 0; round < 8; round++) {
            boolean toA = round % 2 == 0;
            // another large step, partly over the same files; the kernel sees it being written
            for (int i = 0; i < 100; i++) append(round * 37 + i * 11, "step " + round);
            if (round % 4 < 2) warm(); // else the kernel caches only what the step itself touched
            Path held = f.m(toA ? "p0/m1.py" : "p0/m4.py"); // edited in this step, differs in the target
            append(toA ? 1 : 4, "held");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(held)) {
                ch.read(java.nio.ByteBuffer.allocate(4096), 0); // its pages cached
                m.rollback(toA ? a : b);
                java.nio.ByteBuffer after = java.nio.ByteBuffer.allocate(4096);
                ch.read(after, 0);
                assertEquals((toA ? atA : atB).get("p0/" + held.getFileName()).split("\n", 2)[1],
                        new String(after.array(), 0, after.position()), "held descriptor, round " + round);
            }
            assertEquals(toA ? atA : atB, snapshot(), "round " + round);
        }
    }

    /** Appends to file number {@code n} of the 200 (through the mount, so the kernel is told). */
    private void append(int n, String what) throws IOException {
        n %= 200;
        Path p = f.m("p" + n / 10 + "/m" + n % 10 + ".py");
        if (!Files.exists(p)) return; // deleted or moved away in this view
        Files.writeString(p, "# " + what + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * Everything the mount shows, through the kernel's caches: each path's type, mode, owner and
     * mtime, a directory's sorted names, a file's size, link count and content. Directories'
     * link counts and sizes aside: a copy-up changes them without the kernel being told (see
     * DeltaFs#statOf), before any rollback.
     */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(f.mnt)) {
            for (Path p : s.toList()) {
                Map<String, Object> at = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
                String rel = f.mnt.relativize(p).toString();
                String common = at.get("mode") + " " + at.get("uid") + ":" + at.get("gid") + " " + at.get("lastModifiedTime");
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(rel, "dir " + common + " " + list(rel.isEmpty() ? "." : rel));
                } else {
                    out.put(rel, "file " + common + " " + at.get("size") + " " + at.get("nlink") + "\n"
                            + Files.readString(p));
                }
            }
        }
        return out;
    }

    @Test
    void aCheckpointRightAfterMountingLeavesAWritableLayer() throws Exception {
        // The mount's garbage collection once raced the spare layer being made on the cleaner
        // thread: the first write after a checkpoint then found no writable layer (ENOENT).
        for (int i = 0; i < 40; i++) {
            try (MountFixture g = new MountFixture(Files.createDirectories(tmp.resolve("round" + i)))) {
                Files.writeString(g.base.resolve("a.py"), "a");
                DeltaMount m = g.mount();
                m.checkpoint();
                Files.writeString(g.m("a.py"), "edited " + i);
                assertEquals("edited " + i, Files.readString(g.m("a.py")));
            }
        }
    }

    /** Reads everything through the mount so the kernel caches it. */
    private void warm() throws IOException {
        try (Stream<Path> s = Files.walk(f.mnt)) {
            for (Path p : s.toList()) {
                Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.readAllBytes(p);
            }
        }
    }

    private List<String> list(String rel) throws IOException {
        try (Stream<Path> s = Files.list(f.m(rel))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
