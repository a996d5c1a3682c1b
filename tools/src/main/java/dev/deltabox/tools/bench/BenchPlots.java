package dev.deltabox.tools.bench;

import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.BenchResults.Latencies;
import dev.deltabox.tools.bench.BenchResults.Scenario;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's plots, drawn with XChart, each written as PNG and SVG. Per scenario: one
 * chart per event kind (checkpoint, rollback, fork, any other) with P50/P95/P99 grouped bars per
 * backend on a log latency axis, the spread being a millisecond against seconds; and one chart
 * of the share of trajectory time spent in state management per backend, with the 3 % bar as a
 * dashed line. A failed backend keeps its place on the axis, labelled "(failed)" (or "(not
 * measured)" for a scenario it does not offer), with no bar.
 *
 * <p>Threads: stateless static methods; each call builds and owns its charts. Rendering uses
 * AWT, so the class switches AWT to headless unless the JVM was told otherwise.
 */
public final class BenchPlots {

    /** The bar for DeltaBox's share of trajectory time in state management. */
    static final double STATE_SHARE_BAR = 0.03;

    /** The bars of a latency chart, one series each. */
    private record Percentile(String name, ToDoubleFunction<Latencies> of) {}
    private static final List<Percentile> PERCENTILES = List.of(
            new Percentile("P50", Latencies::p50), new Percentile("P95", Latencies::p95), new Percentile("P99", Latencies::p99));

    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    static {
        // Before the first AWT class loads: the benchmark runs on servers without a display.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private BenchPlots() {}

    /**
     * One chart, written as {@code stem + ".png"} and {@code stem + ".svg"}: the latency chart of
     * event kind {@code kind}, or the state-share chart when {@code kind} is null.
     */
    public record Plot(String stem, String title, String kind) {
        public String png() { return stem + ".png"; }
        public String svg() { return stem + ".svg"; }
    }

    /** The charts {@link #write} draws for a scenario, in order; the markdown links the same list. */
    public static List<Plot> plotsOf(Scenario scenario) {
        List<Plot> plots = new ArrayList<>();
        String slug = slug(scenario.name());
        for (String kind : plottedKinds(scenario)) {
            plots.add(new Plot(slug + "-" + slug(kind) + "-latency", scenario.name() + ": " + kind + " latency", kind));
        }
        plots.add(new Plot(slug + "-state-share",
                scenario.name() + ": share of trajectory time in state management", null));
        return plots;
    }

    /** Draws every scenario's charts into {@code dir} (created if missing); returns the files written. */
    public static List<Path> write(BenchResults results, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (Scenario scenario : results.scenarios()) {
            for (Plot plot : plotsOf(scenario)) {
                // names differing only in case or punctuation would overwrite each other's files
                if (!stems.add(plot.stem())) {
                    throw new IllegalArgumentException("two plots would be written as " + plot.stem()
                            + ".png: scenario and event kind names must differ in letters or digits");
                }
                CategoryChart chart = plot.kind() != null
                        ? latencyChart(scenario, plot.kind(), plot.title())
                        : stateShareChart(scenario, plot.title());
                Path png = dir.resolve(plot.png());
                try (OutputStream out = Files.newOutputStream(png)) {
                    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
                }
                Path svg = dir.resolve(plot.svg());
                try (OutputStream out = Files.newOutputStream(svg)) {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
                written.add(png);
                written.add(svg);
            }
        }
        return written;
    }

    /**
     * Every event kind of the scenario, the three first (checkpoint, rollback, fork),
     * then any other in alphabetical order; kinds no completed backend has samples of are left out.
     */
    static List<String> kinds(Scenario scenario) {
        Set<String> present = new TreeSet<>();
        for (BackendResult b : scenario.backends()) {
            if (b.error() != null) continue;
            b.latencies().forEach((kind, l) -> { if (l.n() > 0) present.add(kind); });
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String first : List.of("checkpoint", "rollback", "fork")) if (present.contains(first)) ordered.add(first);
        ordered.addAll(present);
        return List.copyOf(ordered);
    }

    /** The kinds that get a latency chart: those with a positive sample to place on the log axis. */
    private static List<String> plottedKinds(Scenario scenario) {
        return kinds(scenario).stream()
                .filter(kind -> scenario.backends().stream().anyMatch(b -> b.error() == null && positive(latency(b, kind, Latencies::p50))))
                .toList();
    }

    private static CategoryChart latencyChart(Scenario scenario, String kind, String title) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("backend").yAxisTitle(kind + " latency (ms, log scale)").build();
        style(chart);
        chart.getStyler().setYAxisLogarithmic(true);
        // decade ticks as plain numbers (XChart writes 10000 as "1E4")
        chart.getStyler().setYAxisTickLabelsFormattingFunction(
                v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
        List<String> labels = backendLabels(scenario);
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (Percentile percentile : PERCENTILES) {
            List<Double> values = new ArrayList<>();
            for (BackendResult b : scenario.backends()) {
                double v = b.error() == null ? latency(b, kind, percentile.of()) : Double.NaN;
                // a log axis cannot place 0; no bar reads as "not measured", which the table says too
                values.add(positive(v) ? v : null);
                if (positive(v)) {
                    smallest = Math.min(smallest, v);
                    largest = Math.max(largest, v);
                }
            }
            chart.addSeries(percentile.name(), labels, values);
        }
        // XChart starts bars at the axis minimum, which for a bar chart defaults to 0: impossible
        // on a log axis. A decade below the smallest value keeps the smallest bar visible.
        double decade = Math.pow(10, Math.floor(Math.log10(smallest)));
        chart.getStyler().setYAxisMin(decade >= smallest * 0.999 ? decade / 10 : decade);
        // and a decade above the largest, so the top bar has a labelled tick over it
        chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(largest * 1.001))));
        return chart;
    }

    private static CategoryChart stateShareChart(Scenario scenario, String title) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("backend").yAxisTitle("state management (% of trajectory time)").build();
        style(chart);
        // one bar series: the bar line shares its slot, so the bars sit centred on their labels
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setYAxisDecimalPattern("0.0"); // also the bar labels' pattern
        List<String> labels = backendLabels(scenario);
        List<Double> shares = new ArrayList<>();
        for (BackendResult b : scenario.backends()) {
            double share = b.error() == null ? b.stateShare() * 100 : Double.NaN;
            shares.add(Double.isFinite(share) ? share : null);
        }
        chart.addSeries("state share (%)", labels, shares);
        CategorySeries bar = chart.addSeries(String.format(Locale.ROOT, "DeltaBox's bar: ≤ %.0f %%", STATE_SHARE_BAR * 100),
                labels, Collections.nCopies(labels.size(), STATE_SHARE_BAR * 100));
        bar.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        bar.setLineStyle(SeriesLines.DASH_DASH);
        bar.setMarker(SeriesMarkers.NONE);
        bar.setLineColor(Color.RED);
        return chart;
    }

    private static void style(CategoryChart chart) {
        Styler s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setChartBackgroundColor(Color.WHITE);
    }

    private static List<String> backendLabels(Scenario scenario) {
        return scenario.backends().stream().map(b -> b.error() == null ? b.backend()
                : b.backend() + (b.error().startsWith(BenchRunner.NOT_MEASURED) ? " (not measured)" : " (failed)")).toList();
    }

    private static double latency(BackendResult b, String kind, ToDoubleFunction<Latencies> stat) {
        Latencies l = b.latencies().get(kind);
        return l == null || l.n() == 0 ? Double.NaN : stat.applyAsDouble(l);
    }

    private static boolean positive(double v) {
        return Double.isFinite(v) && v > 0;
    }

    /** A file-name-safe form of a scenario or kind name: "Tree search #1" -> "tree-search-1". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }
}
