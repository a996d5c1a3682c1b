package dev.deltabox.tools;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code deltabox demo --quick} for real: a box on the host's /, docutils from its Debian source
 * package, real test runs, checkpoints, rollbacks (each verified by the demo itself: files, the
 * shell's variable and the test counts must be those recorded at the checkpoint, or it fails)
 * and a fork.
 */
class DemoCommandTest {

    @BeforeAll
    static void demoProjectIsThere() throws Exception {
        // idempotent: milliseconds when the tarball is in place (tools/test runs it too)
        Path script = Path.of(System.getProperty("deltabox.home"), "tools", "setup", "demo-project.sh");
        CliSupport.sh(script.toString()).ok();
    }

    @Test
    void quickDemoPrintsTheTreeTheLatenciesAndVerifiesEveryRollback() throws Exception {
        CliSupport.Cli r = demo("--quick");
        r.ok();
        String out = r.out();
        // every step, numbered
        assertTrue(out.contains("[ 1/10] create a box on the host's /"), r.toString());
        assertTrue(out.contains("[ 3/10] baseline: run the tests -> 279 passed, 0 failed   checkpoint 1 (root)"), r.toString());
        assertTrue(out.contains("[10/10] fork 2"), r.toString());
        // the worse edit is undone and the rollbacks were checked (files, shell, tests) by the demo
        assertTrue(out.contains("names: edit nodes.py (make_id keeps '_' in ids) -> 258 passed, 21 failed"), r.toString());
        assertEquals(3, out.lines().filter(l -> l.contains("verified: files, shell and tests (279 passed, 0 failed)")).count(),
                r.toString());
        assertTrue(out.contains("worse than names-1: undo: rollback to names-1 in "), r.toString());
        // the tree: root, the branches, the forks under the best node
        assertTrue(out.contains("checkpoint tree (7 checkpoints"), r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches("`-- 1 root +279 passed, 0 failed   \\(unmodified\\)")), r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches(" +\\|   `-- 3 bullets-2 \\* +279 passed, 0 failed   \\+colon-enum")), r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches(".*-- \\d+ names-2 +258 passed, 21 failed .*\\(worse: rolled back\\)")),
                r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches(".*`-- \\d+ fork-2 +278 passed, 1 failed   \\+ref-no-underscore")), r.toString());
        // the latencies
        assertTrue(out.lines().anyMatch(l -> l.matches("  checkpoint  n=7 +P50 +[0-9.]+ ms +P95 +[0-9.]+ ms +max +[0-9.]+ ms")),
                r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches("  rollback    n=3 +P50 .*")), r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches("  fork        n=1 +P50 .*")), r.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches("demo took [0-9.]+ s: .* checkpoint/rollback/fork [0-9.]+ s .*")),
                r.toString());
        assertNoMountsLeft();
    }

    @Test
    void jsonOutputHasOneObjectPerEventAndASummary() throws Exception {
        CliSupport.Cli r = demo("--quick", "--json");
        r.ok();
        List<String> lines = r.out().lines().toList();
        for (String l : lines) assertTrue(l.startsWith("{") && l.endsWith("}"), "not a JSON object: " + l);
        assertEquals(3, lines.stream().filter(l -> l.startsWith("{\"event\":\"rollback\"") && l.contains("\"verified\":true")
                && l.contains("\"tests\":{\"passed\":279,\"failed\":0,\"skipped\":0}")).count(), r.toString());
        assertEquals(7, lines.stream().filter(l -> l.contains("\"event\":\"step\"")).count(), r.toString());
        String summary = lines.getLast();
        assertTrue(summary.startsWith("{\"event\":\"summary\""), summary);
        assertTrue(summary.contains("\"best\":{\"id\":3,\"name\":\"bullets-2\""), summary);
        assertTrue(summary.contains("\"checkpoint\":{\"count\":7,\"p50_ms\":"), summary);
        assertTrue(summary.contains("\"rollback\":{\"count\":3,"), summary);
        assertTrue(summary.contains("\"fork\":{\"count\":1,"), summary);
        assertTrue(summary.contains("{\"id\":1,\"parent\":0,\"name\":\"root\",\"tests\":{\"passed\":279,\"failed\":0,\"skipped\":0},\"edits\":[]}"),
                summary);
        assertNoMountsLeft();
    }

    @Test
    void percentilesAreNearestRank() {
        double[] s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, DemoCommand.percentile(s, 50));
        assertEquals(10, DemoCommand.percentile(s, 95));
        assertEquals(7, DemoCommand.percentile(new double[] {7}, 95));
        assertEquals("  rollback    none", DemoCommand.statsLine("rollback", List.of()));
    }

    @Test
    void unknownOptionsAreRefusedWithUsage() throws Exception {
        CliSupport.Cli r = demo("--verbose");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("usage: deltabox demo"), r.toString());
    }

    private static CliSupport.Cli demo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = DemoCommand.run(args, o, e);
        }
        return new CliSupport.Cli(List.of(args), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoMountsLeft() throws Exception {
        String needle = "/box-" + ProcessHandle.current().pid() + "-";
        List<String> left = Files.readString(Path.of("/proc/mounts")).lines().filter(l -> l.contains(needle)).toList();
        assertEquals(List.of(), left, "the demo left mounts behind");
    }
}
