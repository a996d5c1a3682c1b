package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Long runs, crashes and recovery of DeltaFS on real mounts. */
class DeltaFsLifecycleTest {
    @TempDir
    Path tmp;

    private static int openFds() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        var mem = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return mem.getUsed();
    }

    @Test
    void tenThousandRollbacksLeakNoFdsThreadsLayersOrMemory() throws Exception {
        try (MountFixture f = new MountFixture(tmp)) {
            for (int i = 0; i < 200; i++) Files.writeString(f.base.resolve("f" + i), "base " + i);
            DeltaMount m = f.mount();
            Files.writeString(f.m("f0"), "at checkpoint");
            long c = m.checkpoint();
            // Warm up, then measure the baseline.
            for (int i = 0; i < 200; i++) cycle(f, m, c, i);
            int fds = openFds();
            int threads = Thread.activeCount();
            long heap = usedHeapAfterGc();
            for (int i = 0; i < 10_000; i++) cycle(f, m, c, i);
            assertEquals("at checkpoint", Files.readString(f.m("f0")));
            assertFalse(Files.exists(f.m("new")));
            assertTrue(openFds() <= fds + 2, "fds grew from " + fds + " to " + openFds());
            assertTrue(Thread.activeCount() <= threads + 1, "threads grew from " + threads + " to " + Thread.activeCount());
            long grown = usedHeapAfterGc() - heap;
            assertTrue(grown < 32L << 20, "heap grew by " + grown + " bytes");
            assertEquals(0, m.openHandles());
            long layers = Long.MAX_VALUE;
            for (int wait = 0; wait < 500 && layers != 3; wait++) {
                try (Stream<Path> s = Files.list(f.state.resolve("layers"))) {
                    layers = s.count();
                }
                if (layers != 3) Thread.sleep(10); // discarded layers are deleted in the background
            }
            assertEquals(3, layers, "only the checkpoint's layer, the writable one and one spare remain");
        }
    }

    private static void cycle(MountFixture f, DeltaMount m, long c, int i) throws Exception {
        Files.writeString(f.m("f" + (i % 200)), "changed " + i);
        Files.writeString(f.m("new"), "x");
        m.rollback(c);
        if (i % 1000 == 0) {
            assertEquals("at checkpoint", Files.readString(f.m("f0")));
            assertFalse(Files.exists(f.m("new")));
        }
    }

    @Test
    void killMinusNineKeepsEveryReportedCheckpoint() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path state = tmp.resolve("state");
        Path mnt = Files.createDirectories(tmp.resolve("mnt"));
        Files.writeString(base.resolve("file"), "v0");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Ddeltabox.home=" + System.getProperty("deltabox.home"),
                "-cp", System.getProperty("java.class.path"), MountMain.class.getName(),
                base.toString(), state.toString(), mnt.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<Long> ids = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) { /* libfuse chatter */ }
            assertEquals("ready", line, "the mount process did not come up");
            for (int v = 1; v <= 3; v++) {
                Files.writeString(mnt.resolve("file"), "v" + v);
                Files.writeString(mnt.resolve("only-" + v), "" + v);
                ids.add(Long.parseLong(ControlClient.call(mnt, "checkpoint").get(0)));
            }
            Files.writeString(mnt.resolve("file"), "unsaved");
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        // auto_unmount: the kernel mount goes with the process.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.readString(Path.of("/proc/mounts")).contains(mnt.toString()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(Files.readString(Path.of("/proc/mounts")).contains(mnt.toString()), "dead mount left behind");
        for (int v = 1; v <= 3; v++) {
            try (DeltaMount m = DeltaMount.options(base, state, mnt).at(ids.get(v - 1)).mount()) {
                assertEquals("v" + v, Files.readString(mnt.resolve("file")));
                for (int k = 1; k <= 3; k++) assertEquals(k <= v, Files.exists(mnt.resolve("only-" + k)));
                assertEquals(3, m.tree().size());
            }
        }
        assertEquals("v0", Files.readString(base.resolve("file")));
    }

    @Test
    void remountResumesTheUnsavedViewAndGarbageCollectsDiscardedLayers() throws Exception {
        try (MountFixture f = new MountFixture(tmp)) {
            DeltaMount m = f.mount();
            Files.writeString(f.m("a"), "1");
            long c = m.checkpoint();
            Files.writeString(f.m("a"), "unsaved");
            m.close();
            f.mount = null;
            try (DeltaMount again = DeltaMount.options(f.base, f.state, f.mnt).mount()) {
                assertEquals("unsaved", Files.readString(f.m("a")));
                assertEquals(c, again.current());
                again.rollback(c);
                assertEquals("1", Files.readString(f.m("a")));
            }
            // A layer nobody reaches (left by some crash) is collected on the next mount.
            Path orphan = Files.createDirectories(f.state.resolve("layers/999"));
            Files.writeString(orphan.resolve("junk"), "x");
            try (DeltaMount again = DeltaMount.options(f.base, f.state, f.mnt).mount()) {
                assertFalse(Files.exists(orphan));
                assertEquals("1", Files.readString(f.m("a")));
            }
        }
    }
}
