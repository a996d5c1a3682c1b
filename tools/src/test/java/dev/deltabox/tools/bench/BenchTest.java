package dev.deltabox.tools.bench;

import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.Workload.Expand;
import dev.deltabox.tools.bench.Workload.Rollback;
import dev.deltabox.tools.bench.Workload.Step;
import dev.deltabox.tools.bench.Workload.Trace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The benchmark on real boxes, real CRIU and real FUSE: the trace, a tiny trajectory that every
 * backend must go through with the same states, a backend that diverges, the CLI's options.
 */
class BenchTest {

    private Path scratch;

    @BeforeEach
    void scratch() throws IOException {
        scratch = Files.createTempDirectory(Files.createDirectories(Path.of("/var/tmp")), "deltabox-bench-test-");
    }

    @AfterEach
    void clean() throws IOException {
        HostProject.deleteTree(scratch);
        HostProject.deleteTree(scratch.resolveSibling(scratch.getFileName() + "-results"));
    }

    @Test
    void theTraceIsFixedByItsSeedAndHasTheRequestedSteps() {
        Trace a = Workload.generate(7, 100, 50), b = Workload.generate(7, 100, 50);
        assertEquals(a, b);
        assertNotEquals(a.steps(), Workload.generate(8, 100, 50).steps());
        assertEquals(100, a.steps().stream().filter(s -> s instanceof Expand).count());
        assertEquals(50, a.steps().stream().filter(s -> s instanceof Rollback).count());
        assertInstanceOf(Expand.class, a.steps().getFirst());
        Set<Integer> nodes = new HashSet<>(Set.of(0));
        int current = 0;
        Set<String> files = new HashSet<>();
        for (Step s : a.steps()) {
            if (s instanceof Expand e) {
                assertEquals(current, e.parent(), "an expansion starts from the current node");
                assertTrue(nodes.add(e.node()), "new node " + e.node());
                files.add(e.edit().file());
                current = e.node();
            } else if (s instanceof Rollback r) {
                assertTrue(nodes.contains(r.target()), "rollback to an existing node: " + r);
                assertNotEquals(current, r.target(), "rollback to another node: " + r);
                current = r.target();
            }
        }
        assertEquals(Set.copyOf(Workload.EDITED_FILES), files, "edits touch every file the digest hashes");
        assertThrows(IllegalArgumentException.class, () -> Workload.generate(1, 3, 4));
    }

    @Test
    void aTinyTrajectoryGoesThroughTheSameStatesOnEveryBackend() {
        Map<String, TreeStateFactory> states = new LinkedHashMap<>();
        states.put("criu+test-copy", TestCopyTreeState.factory(false));
        states.put("criu+test-copy-quiescent", TestCopyTreeState.factory(true));
        BenchResults r = run(List.of("deltabox", "copy+replay", "criu+test-copy", "criu+test-copy-quiescent"),
                BenchCommand.openers(scratch, states));
        BenchResults.Scenario tree = r.scenarios().get(0);
        assertEquals(4, tree.backends().size());
        for (BackendResult b : tree.backends()) {
            assertNull(b.error(), b.backend() + ": " + b.error());
            assertEquals(5, b.latencies().get("checkpoint").n(), b.backend());
            assertEquals(3, b.latencies().get("rollback").n(), b.backend());
            assertTrue(b.stateSeconds() > 0 && b.stateSeconds() < b.trajectorySeconds(), b.toString());
        }
        BenchResults.Scenario fan = r.scenarios().get(1);
        for (BackendResult b : fan.backends()) {
            if (b.backend().startsWith("criu")) {
                assertTrue(b.error() != null && b.error().startsWith("not measured"), b.toString());
            } else {
                assertNull(b.error(), b.backend() + ": " + b.error());
                assertEquals(1, b.latencies().get("fork").n());
            }
        }
        assertTrue(r.machine().cores() > 0 && r.machine().memoryBytes() > 0 && r.machine().kernel() != null, r.machine().toString());
    }

    @Test
    void aBackendThatDivergesFromDeltaBoxIsReportedAsAnError() {
        Map<String, BenchRunner.Opener> openers = new LinkedHashMap<>(BenchCommand.openers(scratch, Map.of()));
        BenchRunner.Opener copy = openers.get("copy+replay");
        // a backend that loses every other write: its files end up unlike DeltaBox's
        openers.put("lossy", dir -> new Lossy(copy.open(dir)));
        BenchResults r = run(List.of("deltabox", "lossy"), openers);
        BackendResult lossy = r.scenarios().get(0).backends().get(1);
        assertEquals("lossy", lossy.backend());
        assertNotNull(lossy.error());
        assertTrue(lossy.error().startsWith("diverges from deltabox"), lossy.error());
        assertNull(r.scenarios().get(0).backends().get(0).error());
    }

    private BenchResults run(List<String> backends, Map<String, BenchRunner.Opener> openers) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchRunner runner = new BenchRunner(new BenchRunner.Options(3, 5, 3, 2, 1, 2, backends), openers, scratch,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        BenchResults r = runner.run("test");
        System.out.println(progress.toString(StandardCharsets.UTF_8));
        return r;
    }

    /** Drops every second write. */
    private static final class Lossy implements Backend {
        private final Backend inner;
        private int writes;

        Lossy(Backend inner) {
            this.inner = inner;
        }

        @Override public String name() { return "lossy"; }
        @Override public String description() { return "drops every second write"; }
        @Override public Output exec(String command) throws IOException { return inner.exec(command); }
        @Override public Output inspect(String command) throws IOException { return inner.inspect(command); }
        @Override public String read(String path) throws IOException { return inner.read(path); }
        @Override public void write(String path, String content) throws IOException {
            if (writes++ % 2 == 0) inner.write(path, content);
        }
        @Override public String checkpoint() throws IOException { return inner.checkpoint(); }
        @Override public void rollback(String id) throws IOException { inner.rollback(id); }
        @Override public void close() throws IOException { inner.close(); }
    }

    @Test
    void theScratchFilesystemIsNamedByTypeAndMountPoint() {
        assertEquals("proc on /proc", BenchRunner.filesystemOf(Path.of("/proc/self")));
        assertTrue(BenchRunner.filesystemOf(scratch).contains(" on /"), BenchRunner.filesystemOf(scratch));
    }

    @Test
    void badOptionsAreRefusedWithExit2() {
        for (String[] args : List.of(new String[] {"--frobnicate"}, new String[] {"--seed"}, new String[] {"--seed", "x"},
                new String[] {"--expansions", "0"}, new String[] {"--expansions", "3", "--rollbacks", "4"},
                new String[] {"--backends", "deltabox,vmware"}, new String[] {"--fanout", "--quick"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = BenchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, String.join(" ", args) + ": " + e);
            assertTrue(e.startsWith("deltabox bench: ") && e.contains("usage: deltabox bench"), e);
        }
    }

    @Test
    void theCommandRunsAndPrintsTheTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path results = scratch.resolveSibling(scratch.getFileName() + "-results"); // not the source tree's cwd
        int code = BenchCommand.run(new String[] {"--backends", "copy+replay", "--expansions", "2", "--rollbacks", "1",
                        "--fanout", "1", "--scratch", scratch.toString(), "--out", results.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, o + err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(results.resolve("results.json")), "the report is written to --out");
        assertTrue(o.contains("[copy+replay] tree-search: done in"), o);
        assertTrue(o.matches("(?s).*\\n  copy\\+replay +[0-9.]+ / [0-9.]+ +[0-9.]+ / [0-9.]+ +[0-9.]+ +[0-9.]+\\n.*"), o);
        assertTrue(o.contains("machine: "), o);
        try (var left = Files.list(scratch)) {
            assertEquals(0, left.count(), "the run deletes its scratch directory");
        } catch (IOException e) {
            fail(e);
        }
    }

    @Test
    void optionsHaveTheirDefaults() throws Exception {
        BenchCommand.Options full = BenchCommand.parse(new String[0]);
        assertEquals(100, full.expansions());
        assertEquals(50, full.rollbacks());
        assertEquals(10, full.fanOut());
        assertEquals(BenchCommand.BACKENDS, full.backends());
        BenchCommand.Options quick = BenchCommand.parse(new String[] {"--quick", "--backends", "copy+replay,deltabox", "--seed", "9"});
        assertEquals(15, quick.expansions());
        assertEquals(8, quick.rollbacks());
        assertEquals(List.of("copy+replay", "deltabox"), quick.backends());
        assertEquals(9, quick.seed());
        assertNull(BenchCommand.parse(new String[] {"--help"}));
    }
}
