package dev.deltabox.tools.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark baselines' tree states (copy, overlayfs, btrfs) against the {@link TreeState}
 * contract, on real mounts and loop devices: exact content after rollbacks, deep chains, errors,
 * and nothing left behind by close. {@code -Ddeltabox.bench.measure=true} also prints their
 * checkpoint and rollback latencies on a ~5 000-file tree.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TreeStatesTest {

    enum Kind {
        COPY, OVERLAYFS, BTRFS;

        TreeState open(Path source, Path scratch) throws IOException {
            return switch (this) {
                case COPY -> CopyTreeState.open(source, scratch);
                case OVERLAYFS -> OverlayTreeState.open(source, scratch);
                case BTRFS -> BtrfsTreeState.open(source, scratch);
            };
        }
    }

    @TempDir
    Path tmp;
    private final List<TreeState> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws IOException {
        for (TreeState s : opened) s.close(); // unmounts and detaches even when a test failed
    }

    private Path source() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("README"), "hello\n");
        Files.createDirectories(src.resolve("pkg/sub"));
        Files.writeString(src.resolve("pkg/a.py"), "a = 1\n");
        Files.writeString(src.resolve("pkg/b.py"), "b = 2\n");
        Files.writeString(src.resolve("pkg/sub/c.txt"), "c\n");
        Files.setPosixFilePermissions(src.resolve("pkg/b.py"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.createSymbolicLink(src.resolve("link"), Path.of("pkg/a.py"));
        return src;
    }

    private TreeState open(Kind kind, Path source) throws IOException {
        TreeState s = kind.open(source, tmp.resolve("scratch-" + kind.name().toLowerCase()));
        opened.add(s);
        return s;
    }

    /** Every entry under {@code dir}: type, mode and content (or link target). */
    static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = dir.relativize(p).toString();
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (Files.isSymbolicLink(p)) out.put(rel, "link -> " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.put(rel, "dir " + mode);
                else out.put(rel, "file " + mode + " " + Arrays.hashCode(Files.readAllBytes(p)) + " " + Files.size(p));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rollbackRestoresExactlyEachCheckpoint(Kind kind) throws IOException {
        Path src = source();
        TreeState s = open(kind, src);
        Path w = s.workDir();
        assertEquals(listing(src), listing(w), "initial content");

        Files.writeString(w.resolve("pkg/a.py"), "a = 10\n");
        Files.delete(w.resolve("pkg/b.py"));
        Files.createDirectories(w.resolve("new/dir"));
        Files.writeString(w.resolve("new/dir/n.txt"), "new\n");
        Files.writeString(w.resolve("README"), "more\n", java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> first = listing(w);
        String c1 = s.checkpoint();
        assertEquals(first, listing(w), "a checkpoint does not change the tree");

        Files.writeString(w.resolve("pkg/b.py"), "b is back\n"); // recreate a deleted file
        Files.createDirectories(w.resolve("pkg/sub2"));
        Files.writeString(w.resolve("pkg/sub2/d.txt"), "d\n");
        mv(w.resolve("pkg/sub"), w.resolve("moved"));            // rename a lower directory
        mv(w.resolve("new/dir"), w.resolve("new/dir2"));         // rename a directory of a middle layer
        Files.move(w.resolve("pkg/a.py"), w.resolve("pkg/a2.py")); // rename a file
        deleteTree(w.resolve("pkg/sub2"));                          // delete a directory made in this layer
        Files.writeString(w.resolve("new/dir2/n.txt"), "changed\n");
        Files.delete(w.resolve("link"));
        Files.createSymbolicLink(w.resolve("link"), Path.of("README"));
        Map<String, String> second = listing(w);
        String c2 = s.checkpoint();
        assertNotEquals(c1, c2);

        Files.writeString(w.resolve("after.txt"), "discarded\n");
        Files.delete(w.resolve("README"));

        s.rollback(c1);
        assertEquals(first, listing(w), "at checkpoint 1");
        assertEquals(w, s.workDir(), "same path");
        s.rollback(c2);
        assertEquals(second, listing(w), "at checkpoint 2");
        s.rollback(c1);
        assertEquals(first, listing(w), "at checkpoint 1 again");

        Files.writeString(w.resolve("pkg/a.py"), "scribble\n");
        Files.createDirectories(w.resolve("scratchpad"));
        s.rollback(c1);
        assertEquals(first, listing(w), "repeated rollback to the same checkpoint");
        s.rollback(c1);
        assertEquals(first, listing(w), "rollback with nothing changed");

        // branching: a checkpoint taken after a rollback, then back to the older branch
        Files.writeString(w.resolve("branch.txt"), "b\n");
        Map<String, String> branch = listing(w);
        String c3 = s.checkpoint();
        s.rollback(c2);
        assertEquals(second, listing(w));
        s.rollback(c3);
        assertEquals(branch, listing(w));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownIdIsRejected(Kind kind) throws IOException {
        TreeState s = open(kind, source());
        assertThrows(IllegalArgumentException.class, () -> s.rollback("1"));
        String id = s.checkpoint();
        assertThrows(IllegalArgumentException.class, () -> s.rollback(id + "0"));
        assertThrows(IllegalArgumentException.class, () -> s.rollback("nope"));
        s.rollback(id); // still usable
        assertEquals(listing(tmp.resolve("src")), listing(s.workDir()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void chainOfHundredCheckpoints(Kind kind) throws IOException {
        TreeState s = open(kind, source());
        Path w = s.workDir();
        List<String> ids = new ArrayList<>();
        Map<String, String> firstListing = null, lastListing = null;
        for (int i = 1; i <= 100; i++) {
            Files.writeString(w.resolve("f" + i + ".txt"), "file " + i + "\n");
            Files.writeString(w.resolve("pkg/a.py"), "a = " + i + "\n");
            if (i % 10 == 0) Files.delete(w.resolve("f" + (i - 5) + ".txt"));
            if (i == 1) firstListing = listing(w);
            if (i == 100) lastListing = listing(w);
            ids.add(s.checkpoint());
        }
        if (s instanceof OverlayTreeState o) assertEquals(101, o.depth(), "every checkpoint stacked a layer");
        s.rollback(ids.get(0));
        assertEquals(firstListing, listing(w), "at checkpoint #1");
        s.rollback(ids.get(99));
        assertEquals(lastListing, listing(w), "at checkpoint #100");
        assertEquals("a = 100\n", Files.readString(w.resolve("pkg/a.py")));
        assertFalse(Files.exists(w.resolve("f95.txt")));
        s.rollback(ids.get(0));
        assertEquals(firstListing, listing(w), "at checkpoint #1 again");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void closeLeavesNothingBehind(Kind kind) throws IOException {
        TreeState s = open(kind, source());
        Path scratch = tmp.resolve("scratch-" + kind.name().toLowerCase());
        Files.writeString(s.workDir().resolve("x"), "x\n");
        s.checkpoint();
        s.rollback(s.checkpoint());
        if (kind != Kind.COPY) assertTrue(mountsUnder(scratch), "mounted while open");
        s.close();
        s.close(); // idempotent
        assertFalse(mountsUnder(scratch), "no mount left under " + scratch);
        assertFalse(loopDevicesMention(scratch), "no loop device left on an image under " + scratch);
        assertFalse(Files.exists(scratch), "scratch removed");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void openRefusesANonEmptyScratchAndLeavesIt(Kind kind) throws IOException {
        Path scratch = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(scratch.resolve("keep"), "mine\n");
        IOException e = assertThrows(IOException.class, () -> kind.open(source(), scratch));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine\n", Files.readString(scratch.resolve("keep")));
        assertFalse(mountsUnder(scratch));
    }

    /**
     * A source that cannot be copied: sysfs' write-only files (uevent, drivers_probe) refuse to be
     * opened for reading even by root, with no side effect. The copy fails after btrfs has made
     * its image, loop device and mount, and after overlayfs has made its directories.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void openFailingHalfWayRemovesWhatItMade(Kind kind) throws IOException {
        Path unreadable = Path.of("/sys/bus/platform");
        assumeTrue(Files.exists(unreadable.resolve("uevent")), "needs sysfs' /sys/bus/platform/uevent");
        Path scratch = tmp.resolve("half-" + kind.name().toLowerCase());
        IOException e = assertThrows(IOException.class, () -> kind.open(unreadable, scratch));
        assertTrue(String.valueOf(e.getMessage()).startsWith(unreadable + "/"), "failed copying, not before: " + e);
        assertFalse(mountsUnder(scratch), "no mount left under " + scratch);
        assertFalse(loopDevicesMention(scratch), "no loop device left on an image under " + scratch);
        assertFalse(Files.exists(scratch), "scratch removed");
    }

    @Test
    void overlayOpenFailingHalfWayRemovesWhatItMade() throws IOException {
        Path scratch = tmp.resolve("a:b"); // made, then refused: ':' splits overlay's lowerdir list
        IOException e = assertThrows(IOException.class, () -> OverlayTreeState.open(source(), scratch));
        assertTrue(e.getMessage().contains("':'"), e.getMessage());
        assertFalse(Files.exists(scratch));
        assertFalse(mountsUnder(scratch));
    }

    @Test
    void overlayChainTooDeepForOnePageOfOptionsFailsBeforeUnmounting() throws IOException {
        TreeState s = open(Kind.OVERLAYFS, source());
        OverlayTreeState o = (OverlayTreeState) s;
        Path w = s.workDir();
        String first = null;
        IOException limit = null;
        for (int i = 1; i <= 500 && limit == null; i++) {
            Files.writeString(w.resolve("f" + i), "" + i);
            try {
                String id = s.checkpoint();
                if (first == null) first = id;
            } catch (IOException e) {
                limit = e;
            }
        }
        assertNotNull(limit, "the options page ran out before 500 layers");
        assertTrue(limit.getMessage().contains("one page"), limit.getMessage());
        int depth = o.depth();
        System.out.println("overlayfs: deepest chain through mount(2) options: " + depth + " layers");
        assertTrue(depth > 150, "at least 150 layers fit, got " + depth);
        assertTrue(Files.exists(w.resolve("f" + depth)), "still mounted with the latest content");
        s.rollback(first);
        assertEquals("1", Files.readString(w.resolve("f1")));
        assertFalse(Files.exists(w.resolve("f2")));
    }

    @Test
    void overlayNeedsQuiescenceTheOthersDoNot() throws IOException {
        Path src = source();
        assertTrue(open(Kind.OVERLAYFS, src).checkpointNeedsQuiescence());
        assertFalse(open(Kind.BTRFS, src).checkpointNeedsQuiescence());
        assertFalse(open(Kind.COPY, src).checkpointNeedsQuiescence());
        assertEquals(List.of("overlayfs", "btrfs", "copy"), opened.stream().map(TreeState::name).toList());
    }

    /**
     * Not a check: prints checkpoint and rollback latency of each state on a tree of 5 000 small
     * files, after changing 3 files each round. Run with -Ddeltabox.bench.measure=true.
     */
    @Test
    @EnabledIfSystemProperty(named = "deltabox.bench.measure", matches = "true")
    @Timeout(value = 30, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void measureLatencies() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("big"));
        byte[] body = new byte[1500];
        for (int d = 0; d < 50; d++) {
            Path dir = Files.createDirectories(src.resolve("mod" + d));
            for (int f = 0; f < 100; f++) {
                Arrays.fill(body, (byte) ('a' + (d + f) % 26));
                Files.write(dir.resolve("file" + f + ".py"), body);
            }
        }
        int rounds = Integer.getInteger("deltabox.bench.rounds", 20);
        record Variant(String name, Kind kind, boolean cp) {}
        List<Variant> variants = List.of(new Variant("copy (Java)", Kind.COPY, false),
                new Variant("copy (cp -a)", Kind.COPY, true), new Variant("overlayfs", Kind.OVERLAYFS, false),
                new Variant("btrfs", Kind.BTRFS, false));
        StringBuilder report = new StringBuilder("tree of 5000 files x 1500 B, 3 files changed per round, " + rounds
                + " rounds (ms: median / p95 / max)\n");
        for (Variant v : variants) {
            Path scratch = tmp.resolve("m-" + v.name().replaceAll("\\W", ""));
            long t0 = System.nanoTime();
            TreeState s = v.cp() ? CopyTreeState.open(src, scratch, true) : v.kind().open(src, scratch);
            opened.add(s);
            double openMs = (System.nanoTime() - t0) / 1e6;
            double[] cp = new double[rounds], rb = new double[rounds];
            String base = s.checkpoint();
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 3; k++) {
                    Files.writeString(s.workDir().resolve("mod" + (r + k) % 50 + "/file" + k + ".py"), "edit " + r + "\n");
                }
                long a = System.nanoTime();
                String id = s.checkpoint();
                cp[r] = (System.nanoTime() - a) / 1e6;
                Files.writeString(s.workDir().resolve("mod0/file9.py"), "discarded " + r + "\n");
                a = System.nanoTime();
                s.rollback(r % 2 == 0 ? id : base);
                rb[r] = (System.nanoTime() - a) / 1e6;
            }
            report.append(String.format("%-14s open %7.1f   checkpoint %s   rollback %s%n", v.name(), openMs, stats(cp), stats(rb)));
            s.close();
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "tree-state-latencies.txt"), report);
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("%7.2f / %7.2f / %7.2f", s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1], s[s.length - 1]);
    }

    private static boolean mountsUnder(Path dir) throws IOException {
        String prefix = dir.toAbsolutePath().normalize().toString();
        return Files.readAllLines(Path.of("/proc/mounts")).stream()
                .map(l -> l.split(" ")[1].replace("\\072", ":"))
                .anyMatch(m -> m.equals(prefix) || m.startsWith(prefix + "/"));
    }

    private static boolean loopDevicesMention(Path dir) throws IOException {
        Process p = new ProcessBuilder("losetup", "-a").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return out.contains(dir.toAbsolutePath().normalize().toString());
    }

    /**
     * mv(1): renaming a directory from a lower overlay layer is EXDEV with the kernel's default
     * redirect_dir=off, and mv copies then (as an agent's shell would); Files.move would not.
     */
    private static void mv(Path from, Path to) throws IOException {
        TreeFiles.run(List.of("mv", from.toString(), to.toString()));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) Files.delete(p);
        }
    }
}
