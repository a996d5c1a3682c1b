package dev.deltabox.tools.bench;

import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.BenchResults.Latencies;
import dev.deltabox.tools.bench.BenchResults.Machine;
import dev.deltabox.tools.bench.BenchResults.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class BenchReportTest {

    /** Under the module's build directory, not a temp dir: the plots stay there to look at. */
    private static final Path SAMPLE_DIR = Path.of("target", "bench-report-sample");

    private static List<Double> ms(double... samples) {
        return java.util.Arrays.stream(samples).boxed().toList();
    }

    private static Map<String, Latencies> latencies(Object... kindAndSamples) {
        Map<String, Latencies> map = new LinkedHashMap<>();
        for (int i = 0; i < kindAndSamples.length; i += 2) {
            @SuppressWarnings("unchecked") List<Double> samples = (List<Double>) kindAndSamples[i + 1];
            map.put((String) kindAndSamples[i], new Latencies(samples));
        }
        return map;
    }

    /**
     * Tree search: DeltaBox meets both bars (1.5 % state share; rollback P50 1.0 ms against the
     * best baseline's 35 ms: 35×). Fan-out: it misses both (10 %; 5 ms against 50 ms: 10×).
     */
    static BenchResults sample() {
        Scenario treeSearch = new Scenario("tree-search",
                "An agent explores a tree of edits: \"checkpoint\" after each, rollback on failure.\nSecond line.",
                new LinkedHashMap<>(Map.of("depth", "4")), List.of(
                new BackendResult("deltabox", "DeltaFS + DeltaCR", 100, 1.5,
                        latencies("checkpoint", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), "rollback", ms(2.0, 0.5, 1.5, 1.0)), null),
                new BackendResult("copy+replay", "copy the tree, replay the shell's commands", 200, 80,
                        latencies("checkpoint", ms(200, 300), "rollback", ms(30, 40, 50)), null),
                new BackendResult("criu+copy", "CRIU dump + directory copy", 300, 150,
                        latencies("checkpoint", ms(1000, 2000, 3000), "rollback", ms(45, 25, 35)), null),
                new BackendResult("btrfs+criu", "btrfs snapshots + CRIU", Double.NaN, 0,
                        Map.of(), "mkfs.btrfs: not found | exit 127\nsecond line")));
        Scenario fanOut = new Scenario("fan-out", "Fork one checkpoint into 4 boxes.", Map.of("boxes", "4"), List.of(
                new BackendResult("deltabox", "DeltaFS + DeltaCR", 10, 1,
                        latencies("checkpoint", ms(2.0), "rollback", ms(5, 5), "fork", ms(100, 120)), null),
                new BackendResult("copy+replay", "copy the tree, replay the shell's commands", 40, 20,
                        latencies("checkpoint", ms(400), "rollback", ms(50, 60), "fork", ms(800, 900)), null),
                new BackendResult("overlayfs+criu", "overlayfs layers + CRIU", 50, 30,
                        latencies("checkpoint", ms(600), "rollback", ms(80), "fork", ms(1500), "warmup", ms(7)), null)));
        Machine machine = new Machine("AMD EPYC 7B13", 2, 8L << 30, "6.18.0", "Debian GNU/Linux 12 (bookworm)",
                "Temurin 25", "ext4");
        return new BenchResults(machine, "tools/deltabox bench", "2026-11-21T16:00:00Z", List.of(treeSearch, fanOut));
    }

    @Test
    void nearestRankPercentilesOfKnownSamples() {
        Latencies hundred = new Latencies(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        assertEquals(50.0, hundred.p50());
        assertEquals(95.0, hundred.p95());
        assertEquals(99.0, hundred.p99());
        assertEquals("50.0 / 95.0 / 99.0", BenchMarkdown.percentiles(hundred));
        Latencies four = new Latencies(ms(2.0, 0.5, 1.5, 1.0));
        assertEquals("1.00 / 2.00 / 2.00", BenchMarkdown.percentiles(four));
        assertEquals("—", BenchMarkdown.percentiles(new Latencies(List.of())));
        assertTrue(BenchJson.write(sample()).contains("\"p50\": 5.0,"), "deltabox checkpoint p50 of 1..10 is 5");
    }

    @Test
    void theJsonHoldsDerivedFieldsAndReadsBackIntoEqualRecords() {
        BenchResults results = sample();
        String json = BenchJson.write(results);
        assertTrue(json.contains("\"stateShare\": 0.015,"), json);
        assertTrue(json.contains("\"samplesMs\": [1.0, 2.0, 3.0"), json);
        assertTrue(json.contains("\"n\": 10,"), json);
        assertTrue(json.contains("\"trajectorySeconds\": null,"), "NaN is written as null: " + json);
        assertEquals(results, BenchJson.read(json));
        assertEquals(json, BenchJson.write(BenchJson.read(json)));

        BenchResults bare = new BenchResults(null, null, null, List.of());
        assertEquals(bare, BenchJson.read(BenchJson.write(bare)));
        assertThrows(IllegalArgumentException.class, () -> BenchJson.read("{\"scenarios\": [} "));
    }

    /** A scenario a backend does not offer is shown as not measured, with the reason, not as a failure. */
    @Test
    void aBackendThatDoesNotOfferAScenarioIsNotMeasuredNotFailed() {
        BenchResults r = sample();
        Scenario s = r.scenarios().getFirst();
        List<BackendResult> backends = new ArrayList<>(s.backends());
        backends.add(new BackendResult("overlayfs+criu", "overlayfs layers + CRIU", 0, 0, Map.of(),
                BenchRunner.NOT_MEASURED + "needs n namespaces"));
        BenchResults with = new BenchResults(r.machine(), r.command(), r.startedUtc(),
                List.of(new Scenario(s.name(), s.description(), s.parameters(), backends)));
        String md = BenchMarkdown.render(with, "docs/bench");
        assertTrue(md.contains("| overlayfs+criu | not measured |"), md);
        assertTrue(md.contains("Not measured:\n\n- overlayfs+criu: needs n namespaces"), md);
        assertFalse(md.contains("- overlayfs+criu: not measured"), md);
    }

    @Test
    void theReportWritesJsonDecodablePlotsAndMarkdown() throws Exception {
        deleteTree(SAMPLE_DIR);
        BenchResults results = sample();
        List<Path> written = BenchReport.write(results, SAMPLE_DIR);

        assertEquals(results, BenchJson.read(Files.readString(SAMPLE_DIR.resolve("results.json"))));
        // tree-search: checkpoint, rollback, state share; fan-out: those, fork and warmup
        List<Path> pngs = written.stream().filter(p -> p.toString().endsWith(".png")).toList();
        List<Path> svgs = written.stream().filter(p -> p.toString().endsWith(".svg")).toList();
        assertEquals(8, pngs.size(), written.toString());
        assertEquals(8, svgs.size(), written.toString());
        assertTrue(written.contains(SAMPLE_DIR.resolve("tree-search-rollback-latency.png")), written.toString());
        assertTrue(written.contains(SAMPLE_DIR.resolve("fan-out-fork-latency.svg")), written.toString());
        assertTrue(written.contains(SAMPLE_DIR.resolve("fan-out-state-share.png")), written.toString());
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png.toString());
            assertTrue(image.getWidth() >= 600 && image.getHeight() >= 400, png + ": " + image.getWidth() + "x" + image.getHeight());
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // XChart's SVG names the SVG 1.1 DTD by URL; a test must not fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : svgs) {
            Document doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName(), svg.toString());
        }
        assertTrue(Files.readString(SAMPLE_DIR.resolve("results.md")).contains("](docs/bench/fan-out-state-share.png)"));
    }

    @Test
    void theMarkdownComputesTheTableTheSpeedupAndTheBars() {
        String md = BenchMarkdown.render(sample(), "docs/bench");
        assertTrue(md.startsWith("Measured on AMD EPYC 7B13, 2 cores, 8.0 GiB RAM, Debian GNU/Linux 12 (bookworm), kernel 6.18.0, Temurin 25, scratch filesystem ext4; run started 2026-11-21T16:00:00Z."), md);
        assertTrue(md.contains("```sh\ntools/deltabox bench\n```"), md);
        String treeSearch = md.substring(md.indexOf("### tree-search"), md.indexOf("### fan-out"));
        String fanOut = md.substring(md.indexOf("### fan-out"));

        assertTrue(treeSearch.contains("| backend | checkpoint P50 / P95 / P99 (ms) | rollback P50 / P95 / P99 (ms) | state share of trajectory | trajectory time |\n"), treeSearch);
        assertTrue(treeSearch.contains("| deltabox | 5.00 / 10.0 / 10.0 | 1.00 / 2.00 / 2.00 | 1.5 % | 100.0 s |\n"), treeSearch);
        assertTrue(treeSearch.contains("| copy+replay | 200 / 300 / 300 | 40.0 / 50.0 / 50.0 | 40.0 % | 200.0 s |\n"), treeSearch);
        assertTrue(treeSearch.contains("| criu+copy | 2000 / 3000 / 3000 | 35.0 / 45.0 / 45.0 | 50.0 % | 300.0 s |\n"), treeSearch);
        assertTrue(treeSearch.contains("| btrfs+criu | failed | failed | failed | failed |\n"), treeSearch);
        assertTrue(treeSearch.contains("\nBackends: deltabox — DeltaFS + DeltaCR; copy+replay — copy the tree, replay the shell's commands; criu+copy — CRIU dump + directory copy; btrfs+criu — btrfs snapshots + CRIU.\n"), treeSearch);
        assertTrue(treeSearch.contains("DeltaBox rollback is 35× faster than the best baseline (criu+copy): P50 1.00 ms against 35.0 ms."), treeSearch);
        assertTrue(treeSearch.contains("- ✓ DeltaBox spends 1.5 % of the trajectory in state management (bar: ≤ 3 %)"), treeSearch);
        assertTrue(treeSearch.contains("- ✓ DeltaBox rollback is 35× faster than the best baseline (bar: ≥ 20×)"), treeSearch);
        assertTrue(treeSearch.contains("Failed backends:\n\n- btrfs+criu: mkfs.btrfs: not found | exit 127 second line\n"), treeSearch);
        assertTrue(treeSearch.contains("![tree-search: rollback latency](docs/bench/tree-search-rollback-latency.png)"), treeSearch);
        assertTrue(treeSearch.contains("[share of trajectory time in state management](docs/bench/tree-search-state-share.svg)"), treeSearch);
        assertFalse(treeSearch.contains("✗"), treeSearch);

        // every measured kind gets a column: fork and a kind the issue does not name
        assertTrue(fanOut.contains("| deltabox | 2.00 / 2.00 / 2.00 | 5.00 / 5.00 / 5.00 | 100 / 120 / 120 | — | 10.0 % | 10.0 s |\n"), fanOut);
        assertTrue(fanOut.contains("| overlayfs+criu | 600 / 600 / 600 | 80.0 / 80.0 / 80.0 | 1500 / 1500 / 1500 | 7.00 / 7.00 / 7.00 | 60.0 % | 50.0 s |\n"), fanOut);
        assertTrue(fanOut.contains("DeltaBox rollback is 10× faster than the best baseline (copy+replay)"), fanOut);
        assertTrue(fanOut.contains("- ✗ DeltaBox spends 10.0 % of the trajectory"), fanOut);
        assertTrue(fanOut.contains("- ✗ DeltaBox rollback is 10× faster than the best baseline (bar: ≥ 20×)"), fanOut);
        assertFalse(fanOut.contains("Failed backends"), fanOut);
    }

    @Test
    void scenarioNamesThatWouldShareAPlotFileAreRejected(@TempDir Path dir) {
        assertEquals("tree-search-1", BenchPlots.slug("Tree search #1"));
        BackendResult one = new BackendResult("deltabox", null, 1, 0.01, latencies("rollback", ms(1)), null);
        BenchResults clash = new BenchResults(null, null, null, List.of(
                new Scenario("Tree search", null, Map.of(), List.of(one)),
                new Scenario("tree-search", null, Map.of(), List.of(one))));
        var e = assertThrows(IllegalArgumentException.class, () -> BenchPlots.write(clash, dir));
        assertTrue(e.getMessage().contains("tree-search-rollback-latency"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchJson.read("{\"command\": 3, \"scenarios\": []}"));
    }

    @Test
    void aFailedDeltaBoxMeetsNoBar() {
        Scenario s = new Scenario("x", null, Map.of(), List.of(
                new BackendResult("deltabox", null, 0, 0, Map.of(), "box create failed"),
                new BackendResult("copy+replay", null, 10, 1, latencies("rollback", ms(3)), null)));
        String md = BenchMarkdown.render(new BenchResults(null, null, null, List.of(s)), "docs/bench");
        assertTrue(md.contains("- ✗ DeltaBox failed in this scenario (box create failed): neither bar is met."), md);
        assertTrue(md.contains("| deltabox | failed | failed | failed | failed |"), md);
        assertFalse(md.contains("✓"), md);
    }

    @Test
    void replaceSectionReplacesBetweenTheMarkersAndRejectsMissingOnes() {
        String readme = "# DeltaBox\n\n## Benchmark\n\n<!-- bench:begin -->\nold results\n<!-- bench:end -->\n\n## More\n";
        String once = BenchMarkdown.replaceSection(readme, "new results");
        assertEquals("# DeltaBox\n\n## Benchmark\n\n<!-- bench:begin -->\nnew results\n<!-- bench:end -->\n\n## More\n", once);
        assertEquals(once, BenchMarkdown.replaceSection(once, "new results\n"));

        var missingEnd = assertThrows(IllegalArgumentException.class,
                () -> BenchMarkdown.replaceSection("<!-- bench:begin -->\n", "x"));
        assertTrue(missingEnd.getMessage().contains("no <!-- bench:end --> marker"), missingEnd.getMessage());
        var missingBoth = assertThrows(IllegalArgumentException.class, () -> BenchMarkdown.replaceSection("# DeltaBox\n", "x"));
        assertTrue(missingBoth.getMessage().contains("no <!-- bench:begin --> marker"), missingBoth.getMessage());
        var misordered = assertThrows(IllegalArgumentException.class,
                () -> BenchMarkdown.replaceSection("<!-- bench:end -->\n<!-- bench:begin -->\n", "x"));
        assertTrue(misordered.getMessage().contains("comes before"), misordered.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchMarkdown.replaceSection(
                "<!-- bench:begin -->\n<!-- bench:end -->\n<!-- bench:begin -->\n<!-- bench:end -->\n", "x"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) { walk.sorted(Comparator.reverseOrder()).forEach(paths::add); }
        for (Path p : paths) Files.delete(p);
    }
}
