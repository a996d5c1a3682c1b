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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Many views in one FUSE session: {@code DeltaMount.options(...).multiView()} and {@link DeltaMount#openView}. */
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsMultiViewTest {

    @TempDir
    Path tmp;
    Path base;
    Path state;
    Path mnt;
    DeltaMount m;

    @BeforeEach
    void setUp() throws IOException {
        base = Files.createDirectories(tmp.resolve("base"));
        state = tmp.resolve("state");
        mnt = Files.createDirectories(tmp.resolve("mnt"));
        Files.writeString(base.resolve("f"), "0");
        Files.createDirectories(base.resolve("d/e"));
        Files.writeString(base.resolve("d/g"), "g");
    }

    @AfterEach
    void tearDown() {
        if (m != null) m.close();
        assertFalse(DeltaMount.isMountPoint(mnt));
    }

    private DeltaMount mount() {
        m = DeltaMount.options(base, state, mnt).multiView().threads(4).mount();
        return m;
    }

    private List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long ino(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:ino")).longValue();
    }

    /**
     * A box switches its files first and may then fail to make its processes: an undone switch
     * gives back the view with what was written after its checkpoint, kernel caches included,
     * and a view's state directory reopened after it names that layer as the head again. A
     * committed one drops the old writable layer.
     */
    @Test
    void anUndoneSwitchGivesBackTheUncheckpointedWritesAndACommittedOneDropsThem() throws Exception {
        mount();
        DeltaMount.View a = m.openView("a", 0);
        Files.writeString(a.path().resolve("f"), "1");
        long one = a.checkpoint();
        Files.writeString(a.path().resolve("f"), "2");
        Files.writeString(a.path().resolve("new"), "n");
        Files.delete(a.path().resolve("d/g"));
        assertEquals(List.of("d", "f", "new"), listing(a.path())); // the kernel caches them now

        DeltaMount.Switch s = a.switchTo(one);
        assertEquals("1", Files.readString(a.path().resolve("f")));
        assertEquals(List.of("d", "f"), listing(a.path()));
        assertEquals("g", Files.readString(a.path().resolve("d/g")));
        s.undo();
        assertEquals("2", Files.readString(a.path().resolve("f")), "the write after the checkpoint is back");
        assertEquals(List.of("d", "f", "new"), listing(a.path()));
        assertFalse(Files.exists(a.path().resolve("d/g")));
        assertThrows(IllegalStateException.class, s::commit, "a switch ends once");
        Files.writeString(a.path().resolve("after-undo"), "u"); // the old layer is writable again

        m.close();
        m = null;
        mount();
        DeltaMount.View again = m.openView("a"); // where it was left
        assertEquals("2", Files.readString(again.path().resolve("f")), "the undone switch's head is the one recorded");
        assertEquals("u", Files.readString(again.path().resolve("after-undo")));

        Path layers = state.resolve("layers");
        List<String> before = listing(layers);
        DeltaMount.Switch kept = again.switchTo(one);
        kept.commit();
        assertEquals("1", Files.readString(again.path().resolve("f")));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (listing(layers).containsAll(before) && System.nanoTime() < deadline) Thread.sleep(5);
        assertFalse(listing(layers).containsAll(before), "the old writable layer is deleted after the commit: " + before
                + " -> " + listing(layers));
    }

    @Test
    void viewsAreIndependentAndShareTheCheckpointTree() throws Exception {
        mount();
        assertTrue(m.isMultiView());
        assertEquals(List.of(), listing(mnt));
        DeltaMount.View a = m.openView("a", 0), b = m.openView("b", 0);
        assertEquals(mnt.resolve("a"), a.path());
        assertEquals(List.of("a", "b"), listing(mnt));
        assertEquals(List.of("d", "f"), listing(a.path()));
        assertEquals("0", Files.readString(b.path().resolve("f")));

        Files.writeString(a.path().resolve("f"), "1");
        Files.writeString(a.path().resolve("new"), "n");
        Files.delete(a.path().resolve("d/g"));
        assertEquals("0", Files.readString(b.path().resolve("f")), "a write in one view is invisible in another");
        assertFalse(Files.exists(b.path().resolve("new")));
        assertTrue(Files.exists(b.path().resolve("d/g")));
        assertEquals("1", Files.readString(a.path().resolve("f")));

        long one = a.checkpoint();
        DeltaMount.View c = m.openView("c", one);
        assertEquals(one, c.current());
        assertEquals("1", Files.readString(c.path().resolve("f")), "a view opened at a checkpoint of another");
        assertEquals("n", Files.readString(c.path().resolve("new")));
        assertFalse(Files.exists(c.path().resolve("d/g")));

        Files.writeString(b.path().resolve("f"), "2");
        long two = b.checkpoint();
        assertTrue(m.tree().stream().anyMatch(i -> i.id() == two && i.parent() == 0));
        a.rollback(two);
        assertEquals("2", Files.readString(a.path().resolve("f")), "rollback per view, to any view's checkpoint");
        assertFalse(Files.exists(a.path().resolve("new")));
        assertTrue(Files.exists(a.path().resolve("d/g")));
        assertEquals("1", Files.readString(c.path().resolve("f")), "the others do not move");
        assertEquals("2", Files.readString(b.path().resolve("f")));
        a.rollback(one);
        assertEquals("1", Files.readString(a.path().resolve("f")));
        a.rollback(0);
        assertEquals("0", Files.readString(a.path().resolve("f")));
        assertEquals("2", Files.readString(b.path().resolve("f")));

        // The root: read-only, lists the views, unknown names absent.
        assertThrows(NoSuchFileException.class, () -> Files.readAttributes(mnt.resolve("zzz"), "unix:ino"));
        IOException ro = assertThrows(IOException.class, () -> Files.createDirectory(mnt.resolve("x")));
        assertTrue(String.valueOf(ro.getMessage()).contains("Read-only") || ro instanceof java.nio.file.FileSystemException,
                String.valueOf(ro));
        assertThrows(IOException.class, () -> Files.writeString(mnt.resolve("x"), "x"));
        assertThrows(AtomicMoveNotSupportedException.class,
                () -> Files.move(a.path().resolve("f"), b.path().resolve("moved"), StandardCopyOption.ATOMIC_MOVE));
        assertThrows(IOException.class, () -> Files.createLink(b.path().resolve("l"), a.path().resolve("f")));
        assertNotEquals(ino(mnt), ino(a.path()), "the listing root and a view root are different directories");
        assertEquals(ino(a.path()), ino(b.path()), "view roots report the stable root ino");
        assertEquals(ino(a.path()), ino(a.path().resolve("d/..")));

        // One name once; the mount has no view of its own.
        DeltaFsException twice = assertThrows(DeltaFsException.class, () -> m.openView("a", 0));
        assertTrue(twice.getMessage().contains("already mounted"), twice.getMessage());
        Path other = Files.createDirectories(tmp.resolve("other"));
        assertThrows(DeltaFsException.class, () -> DeltaMount.options(base, state, other).name("b").mount());
        assertFalse(DeltaMount.isMountPoint(other));
        assertThrows(DeltaFsException.class, () -> m.checkpoint());
        assertThrows(IllegalArgumentException.class, () -> m.openView("..", 0));
        assertThrows(DeltaFsException.class, () -> m.openView("q", 987654));
        assertNull(m.view("q"));

        // Closing a view keeps its layer as the name's head: reopening resumes it.
        Files.writeString(c.path().resolve("kept"), "k");
        c.close();
        assertEquals(List.of("a", "b"), listing(mnt));
        assertThrows(NoSuchFileException.class, () -> Files.readString(mnt.resolve("c/kept")));
        DeltaMount.View again = m.openView("c");
        assertEquals("k", Files.readString(again.path().resolve("kept")));
        assertEquals(one, again.current());
    }

    /**
     * A view's root is looked up through the listing root (not a request of the view's own): the
     * attributes it answers must still count as cached by the kernel, so that the next rollback
     * that changes them drops them.
     */
    @Test
    void aViewRootLookedUpAgainRollsBack() throws Exception {
        mount();
        DeltaMount.View v = m.openView("v", 0);
        java.nio.file.attribute.FileTime t1 = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        java.nio.file.attribute.FileTime t2 = java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(v.path(), t1);
        long a = v.checkpoint();
        Files.setLastModifiedTime(v.path(), t2);
        long b = v.checkpoint();
        for (int round = 0; round < 6; round++) {
            boolean toA = round % 2 == 0;
            v.rollback(toA ? a : b);
            // Every other round the kernel forgets the root and looks the view up again, so it
            // caches the root's attributes from that lookup alone; the next rollback must drop them.
            if (toA) Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "2");
            assertEquals(toA ? t1 : t2, Files.getLastModifiedTime(v.path()), "round " + round);
        }
        v.close();
    }

    @Test
    void viewsCheckpointAndRollBackConcurrently() throws Exception {
        mount();
        DeltaMount.View main = m.openView("main", 0);
        long c = main.checkpoint();
        int n = 6;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < n; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    DeltaMount.View v = m.openView("w" + id, c);
                    Path f = v.path().resolve("f"), mine = v.path().resolve("d/mine");
                    try (FileChannel held = FileChannel.open(v.path().resolve("d/g"), StandardOpenOption.READ)) {
                        for (int i = 0; i < 40; i++) {
                            Files.writeString(f, id + ":" + i);
                            Files.writeString(mine, "m" + i);
                            long k = v.checkpoint();
                            Files.writeString(f, "later");
                            Files.delete(mine);
                            v.rollback(k);
                            assertEquals(id + ":" + i, Files.readString(f));
                            assertEquals("m" + i, Files.readString(mine));
                            ByteBuffer g = ByteBuffer.allocate(4);
                            held.read(g, 0);
                            assertEquals("g", new String(g.array(), 0, g.position(), StandardCharsets.UTF_8));
                        }
                        v.rollback(c);
                        assertEquals("0", Files.readString(f));
                        assertFalse(Files.exists(mine));
                    }
                    v.close();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : threads) t.join();
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " view(s) failed", failures.get(0));
        assertEquals("0", Files.readString(main.path().resolve("f")));
        assertEquals(List.of("main"), listing(mnt));
    }

    @Test
    void viewsAndTheirCheckpointsSurviveARemount() throws Exception {
        mount();
        DeltaMount.View a = m.openView("a", 0);
        long layersBefore = layerDirs();
        DeltaMount.View idle = m.openView("idle", 0);
        assertEquals(layersBefore, layerDirs(), "a view's layer directory is made at its first change");
        Files.writeString(a.path().resolve("f"), "1");
        long one = a.checkpoint();
        DeltaMount.View b = m.openView("b", one);
        long unchanged = b.checkpoint();                        // a checkpoint of an empty layer (no directory)
        Files.writeString(b.path().resolve("d/g"), "b");
        Files.writeString(a.path().resolve("unsaved"), "u");
        idle.close();
        m.close();
        m = null;
        mount();                                               // the store is read back from disk
        assertEquals(0, m.tree().stream().filter(i -> i.id() == unchanged).findFirst().orElseThrow().deltaBytes());
        DeltaMount.View x = m.openView("x", unchanged);
        assertEquals("1", Files.readString(x.path().resolve("f")));
        assertEquals("g", Files.readString(x.path().resolve("d/g")));
        assertEquals("u", Files.readString(m.openView("a").path().resolve("unsaved")), "a view resumes its layer");
        DeltaMount.View b2 = m.openView("b");
        assertEquals("b", Files.readString(b2.path().resolve("d/g")));
        assertEquals("0", Files.readString(m.openView("idle").path().resolve("f")));
        Path single = Files.createDirectories(tmp.resolve("single"));
        try (DeltaMount s = DeltaMount.options(base, state, single).name("s").at(unchanged).mount()) {
            assertEquals("1", Files.readString(single.resolve("f")));
        }
    }

    @Test
    void closingAViewUnderOpenFilesGivesErrorsNotCrashes() throws Exception {
        mount();
        DeltaMount.View a = m.openView("a", 0), b = m.openView("b", 0);
        Files.writeString(a.path().resolve("w"), "written");
        FileChannel reader = FileChannel.open(a.path().resolve("f"), StandardOpenOption.READ);
        FileChannel writer = FileChannel.open(a.path().resolve("w"), StandardOpenOption.WRITE);
        Process shell = new ProcessBuilder("sh", "-c",
                "cd " + a.path() + " && read x && cat f; echo cat=$?; ls; echo ls=$?; echo x > y; echo write=$?")
                .redirectErrorStream(true).start();
        try {
            Thread.sleep(200);
            a.close();
            assertTrue(a.isClosed());
            assertThrows(DeltaFsException.class, a::checkpoint);
            // A read-only open may be a kernel passthrough of an immutable backing file: it may
            // go on reading what it opened; anything served by us is stale now.
            try {
                ByteBuffer buf = ByteBuffer.allocate(10);
                reader.read(buf, 0);
                assertEquals("0", new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                assertTrue(String.valueOf(e.getMessage()).contains("Stale"), e.getMessage());
            }
            IOException write = assertThrows(IOException.class, () -> writer.write(ByteBuffer.wrap("x".getBytes()), 0));
            assertTrue(String.valueOf(write.getMessage()).contains("Stale"), write.getMessage());
            shell.getOutputStream().write('\n');
            shell.getOutputStream().close();
            assertTrue(shell.waitFor(20, TimeUnit.SECONDS));
            String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(out.contains("cat=1") && out.contains("ls=") && !out.contains("ls=0") && out.contains("write="),
                    out);
            assertTrue(out.contains("Stale file handle"), out);
        } finally {
            shell.destroyForcibly().waitFor();
        }
        reader.close();
        writer.close();
        assertEquals(List.of("b"), listing(mnt));
        assertEquals("0", Files.readString(b.path().resolve("f")), "the other views go on");
        for (int i = 0; i < 500 && m.openHandles() > 0; i++) Thread.sleep(10); // RELEASE comes asynchronously
        assertEquals(0, m.openHandles());
        DeltaMount.View back = m.openView("a");
        assertEquals("written", Files.readString(back.path().resolve("w")), "the closed view's layer was kept");
    }

    @Test
    void aHundredViewsOpenInMilliseconds() throws Exception {
        for (int i = 0; i < 2000; i++) Files.writeString(base.resolve("file" + i), "x" + i);
        mount();
        DeltaMount.View main = m.openView("main", 0);
        Files.writeString(main.path().resolve("f"), "checkpointed");
        long c = main.checkpoint();
        for (int i = 0; i < 20; i++) m.openView("warm" + i, c).close(); // warm up the code paths
        List<DeltaMount.View> views = new ArrayList<>();
        long[] each = new long[100];
        long t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            long s = System.nanoTime();
            views.add(m.openView("box-" + i, c));
            each[i] = System.nanoTime() - s;
        }
        long opened = System.nanoTime() - t0;
        java.util.Arrays.sort(each);
        System.out.printf("multi-view: openView P50 %d us, P90 %d us, max %d us%n", each[50] / 1000, each[90] / 1000,
                each[99] / 1000);
        for (DeltaMount.View v : views) assertEquals("checkpointed", Files.readString(v.path().resolve("f")));
        long used = System.nanoTime() - t0;
        System.out.printf("multi-view: 100 views opened in %.2f ms (%.1f us each); opened + first read of each %.2f ms%n",
                opened / 1e6, opened / 100.0 / 1e3, used / 1e6);
        assertTrue(opened < 3_000_000_000L, "100 views took " + opened / 1_000_000 + " ms");
        long t1 = System.nanoTime();
        for (DeltaMount.View v : views) v.close();
        System.out.printf("multi-view: 100 views closed in %.2f ms%n", (System.nanoTime() - t1) / 1e6);
        assertEquals(List.of("main"), listing(mnt));
    }

    @Test
    void aViewIsTheRootOfABindMountAndOfAChroot() throws Exception {
        mount();
        DeltaMount.View a = m.openView("a", 0);
        m.openView("other", 0);
        Path v = a.path();
        // What a root needs: the host's programs, bound in inside the namespace below.
        for (String dir : new String[] {"usr", "proc", "target"}) Files.createDirectories(v.resolve(dir));
        for (String link : new String[] {"bin", "lib", "lib64", "sbin"}) {
            if (Files.isSymbolicLink(Path.of("/" + link))) {
                Files.createSymbolicLink(v.resolve(link), Files.readSymbolicLink(Path.of("/" + link)));
            }
        }
        Path target = Files.createDirectories(tmp.resolve("bound"));
        String script = String.join("\n",
                "set -e",
                "mount --make-rprivate /",
                "mount --rbind " + v + " " + target,
                "mount --bind /usr " + target + "/usr",
                "cd " + target + "/d",
                "echo cwd=$(pwd -P)",
                "chroot " + target + " /bin/sh -c '"
                        + "cd /d/e && echo inner=$(pwd -P); cd /..; echo up=$(pwd -P); ls /; "
                        + "echo root=$(stat -c %i /) dotdot=$(stat -c %i /..) d=$(stat -c %i /d/..); "
                        + "echo marker > /written-in-chroot'",
                "cd /",
                "umount " + target + "/usr",
                "umount " + target);
        Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("cwd=" + target + "/d\n"), out);
        assertTrue(out.contains("inner=/d/e\n"), out);
        assertTrue(out.contains("up=/\n"), out);
        assertFalse(out.lines().anyMatch(l -> l.equals("other")), "`..` at the view root escaped to the listing: " + out);
        assertTrue(out.lines().anyMatch(l -> l.equals("f")), out);
        String roots = out.lines().filter(l -> l.startsWith("root=")).findFirst().orElseThrow();
        String[] f = roots.split("[ =]");
        assertEquals(f[1], f[3], out);
        assertEquals(f[1], f[5], out);
        assertEquals("marker\n", Files.readString(v.resolve("written-in-chroot")));
        assertFalse(Files.exists(mnt.resolve("other/written-in-chroot")));
    }

    /** What a box's init does (c-src/helper/boxes.c): bind the root onto itself, pivot_root into it. */
    @Test
    void aViewIsTheRootAfterPivotRoot() throws Exception {
        mount();
        DeltaMount.View a = m.openView("a", 0);
        m.openView("other", 0);
        Path v = a.path();
        Files.createDirectories(v.resolve("usr"));
        Files.createDirectories(v.resolve("proc"));
        for (String link : new String[] {"bin", "lib", "lib64", "sbin"}) {
            if (Files.isSymbolicLink(Path.of("/" + link))) {
                Files.createSymbolicLink(v.resolve(link), Files.readSymbolicLink(Path.of("/" + link)));
            }
        }
        String script = String.join("\n",
                "set -e",
                "mount --make-rprivate /",
                "mount --rbind " + v + " " + v,
                "mount --bind /usr " + v + "/usr",
                "mount -t proc proc " + v + "/proc",      // umount(8) reads /proc/self/mountinfo
                "cd " + v,
                "pivot_root . .",
                "umount -l .",
                "cd /d/e && echo inner=$(pwd -P)",
                "cd /.. && echo up=$(pwd -P)",
                "ls /",
                "echo root=$(stat -c %i /) dotdot=$(stat -c %i /..)",
                "echo pivoted > /written-after-pivot");
        Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("inner=/d/e\n") && out.contains("up=/\n"), out);
        assertFalse(out.lines().anyMatch(l -> l.equals("other")), "`..` at the view root escaped to the listing: " + out);
        assertTrue(out.lines().anyMatch(l -> l.equals("f")), out);
        String[] f = out.lines().filter(l -> l.startsWith("root=")).findFirst().orElseThrow().split("[ =]");
        assertEquals(f[1], f[3], out);
        assertEquals("pivoted\n", Files.readString(v.resolve("written-after-pivot")));
        assertFalse(Files.exists(mnt.resolve("other/written-after-pivot")));
    }

    @Test
    void aThousandOpenCloseCyclesLeakNothing() throws Exception {
        for (int i = 0; i < 50; i++) Files.writeString(base.resolve("file" + i), "x" + i);
        mount();
        DeltaMount.View main = m.openView("main", 0);
        Files.writeString(main.path().resolve("f"), "c");
        long c = main.checkpoint();
        for (int i = 0; i < 100; i++) cycle(c, i);
        settle(1);
        int fds = openFds(), threads = threadCount(), nodes = m.knownNodes();
        long layers = layerDirs();
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) cycle(c, i);
        long took = System.nanoTime() - t0;
        settle(nodes);
        System.out.printf("multi-view: 1000 open/use/close cycles in %d ms; nodes %d -> %d, fds %d -> %d, threads %d -> %d%n",
                took / 1_000_000, nodes, m.knownNodes(), fds, openFds(), threads, threadCount());
        assertTrue(m.knownNodes() <= nodes + 4, "nodes grew from " + nodes + " to " + m.knownNodes());
        assertTrue(openFds() <= fds + 2, "fds grew from " + fds + " to " + openFds());
        assertTrue(threadCount() <= threads + 1, "threads grew from " + threads + " to " + threadCount());
        for (int i = 0; i < 500 && m.openHandles() > 0; i++) Thread.sleep(10);
        assertEquals(0, m.openHandles());
        long nowLayers = layerDirs();
        for (int wait = 0; wait < 500 && nowLayers > layers + 2; wait++) {
            Thread.sleep(10);
            nowLayers = layerDirs();
        }
        assertTrue(nowLayers <= layers + 2, "layers grew from " + layers + " to " + nowLayers);
        assertEquals(List.of("main"), listing(mnt));
    }

    private void cycle(long c, int i) throws IOException {
        DeltaMount.View v = m.openView("cycle" + (i % 5), c);
        assertEquals("c", Files.readString(v.path().resolve("f")));
        assertEquals("x7", Files.readString(v.path().resolve("file7")));
        if (i % 3 == 0) Files.writeString(v.path().resolve("w"), "w");
        try (Stream<Path> s = Files.list(v.path())) {
            assertTrue(s.count() > 50);
        }
        v.close();
    }

    /** Waits for the kernel's FORGETs of closed views (asynchronous) until at most {@code nodes} are known. */
    private void settle(int nodes) throws InterruptedException {
        for (int i = 0; i < 500 && m.knownNodes() > nodes; i++) Thread.sleep(10);
    }

    private long layerDirs() throws IOException {
        try (Stream<Path> s = Files.list(state.resolve("layers"))) {
            return s.count();
        }
    }

    private static int openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }

    private static int threadCount() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
            return (int) s.count();
        }
    }
}
