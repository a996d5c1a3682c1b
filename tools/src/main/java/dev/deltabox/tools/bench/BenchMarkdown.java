package dev.deltabox.tools.bench;

import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.BenchResults.Latencies;
import dev.deltabox.tools.bench.BenchResults.Machine;
import dev.deltabox.tools.bench.BenchResults.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The README's benchmark results section, generated from {@link BenchResults}: the machine, the
 * reproducing command, and per scenario a table of latencies, state share and trajectory time,
 * DeltaBox's rollback speed-up over the best baseline, the two bars checked from the
 * numbers, links to the plots and the failed backends with their errors.
 * {@link #replaceSection} puts the section between the README's markers.
 *
 * <p>Threads: stateless static methods.
 */
public final class BenchMarkdown {

    public static final String BEGIN_MARKER = "<!-- bench:begin -->";
    public static final String END_MARKER = "<!-- bench:end -->";

    /** The backend the bars are about; every other completed backend is a baseline. */
    static final String DELTABOX = "deltabox";
    /** The bar for DeltaBox's rollback against the best baseline's, on P50s. */
    static final double ROLLBACK_SPEEDUP_BAR = 20;
    static final String DEFAULT_COMMAND = "tools/deltabox bench";

    private BenchMarkdown() {}

    /**
     * The section's markdown. {@code imageDir} is the plots' directory relative to the file the
     * section goes into (for the README: {@code docs/bench}).
     */
    public static String render(BenchResults results, String imageDir) {
        StringBuilder md = new StringBuilder();
        md.append("Measured on ").append(describe(results.machine()));
        if (results.startedUtc() != null) md.append("; run started ").append(results.startedUtc());
        md.append(". Latencies are the caller's wall clock in milliseconds; P50/P95/P99 are nearest-rank percentiles. ")
                .append("The state share is the time spent in checkpoint, rollback and fork over the whole trajectory's wall time. ")
                .append("To reproduce:\n\n```sh\n")
                .append(results.command() == null || results.command().isBlank() ? DEFAULT_COMMAND : results.command())
                .append("\n```\n");
        for (Scenario scenario : results.scenarios()) scenario(md, scenario, imageDir);
        return md.toString();
    }

    private static void scenario(StringBuilder md, Scenario s, String imageDir) {
        md.append("\n### ").append(s.name()).append("\n\n");
        if (s.description() != null && !s.description().isBlank()) md.append(s.description().strip()).append("\n\n");
        if (!s.parameters().isEmpty()) {
            md.append("Parameters: ").append(s.parameters().entrySet().stream()
                    .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").collect(Collectors.joining(", "))).append(".\n\n");
        }
        table(md, s);
        String described = s.backends().stream().filter(b -> b.description() != null && !b.description().isBlank())
                .map(b -> b.backend() + " — " + oneLine(b.description())).collect(Collectors.joining("; "));
        if (!described.isEmpty()) md.append("\nBackends: ").append(described).append(".\n");
        md.append('\n');
        verdicts(md, s);
        List<BackendResult> skipped = s.backends().stream().filter(BenchMarkdown::notMeasured).toList();
        if (!skipped.isEmpty()) {
            md.append("\nNot measured:\n\n");
            for (BackendResult b : skipped) {
                md.append("- ").append(b.backend()).append(": ")
                        .append(oneLine(b.error().substring(BenchRunner.NOT_MEASURED.length()))).append('\n');
            }
        }
        List<BackendResult> failed = s.backends().stream().filter(b -> b.error() != null && !notMeasured(b)).toList();
        if (!failed.isEmpty()) {
            md.append("\nFailed backends:\n\n");
            for (BackendResult b : failed) md.append("- ").append(b.backend()).append(": ").append(oneLine(b.error())).append('\n');
        }
        md.append('\n');
        String dir = imageDir.isEmpty() || imageDir.endsWith("/") ? imageDir : imageDir + "/";
        for (BenchPlots.Plot plot : BenchPlots.plotsOf(s)) {
            md.append("![").append(plot.title()).append("](").append(dir).append(plot.png()).append(")\n");
        }
        md.append("\nPlots as SVG: ").append(BenchPlots.plotsOf(s).stream()
                .map(p -> "[" + p.title().substring(s.name().length() + 2) + "](" + dir + p.svg() + ")")
                .collect(Collectors.joining(", "))).append(".\n");
    }

    /** Checkpoint and rollback columns always (the table); any other measured kind after them. */
    private static void table(StringBuilder md, Scenario s) {
        Set<String> kinds = new LinkedHashSet<>(List.of("checkpoint", "rollback"));
        kinds.addAll(BenchPlots.kinds(s));
        md.append("| backend |");
        for (String kind : kinds) md.append(' ').append(kind).append(" P50 / P95 / P99 (ms) |");
        md.append(" state share of trajectory | trajectory time |\n|---|");
        md.append("---:|".repeat(kinds.size())).append("---:|---:|\n");
        for (BackendResult b : s.backends()) {
            md.append("| ").append(cell(b.backend())).append(" |");
            if (b.error() != null) {
                md.append((notMeasured(b) ? " not measured |" : " failed |").repeat(kinds.size() + 2)).append('\n');
                continue;
            }
            for (String kind : kinds) md.append(' ').append(percentiles(b.latencies().get(kind))).append(" |");
            md.append(' ').append(percent(b.stateShare())).append(" | ").append(seconds(b.trajectorySeconds())).append(" |\n");
        }
    }

    private static void verdicts(StringBuilder md, Scenario s) {
        Optional<BackendResult> deltabox = s.backends().stream().filter(b -> b.backend().equalsIgnoreCase(DELTABOX)).findFirst();
        if (deltabox.isEmpty()) {
            md.append("No DeltaBox result in this scenario: the bars are not checked.\n");
            return;
        }
        BackendResult d = deltabox.get();
        if (d.error() != null) {
            md.append("- ✗ DeltaBox failed in this scenario (").append(oneLine(d.error())).append("): neither bar is met.\n");
            return;
        }
        Speedup speedup = rollbackSpeedup(s);
        if (speedup != null) {
            md.append("DeltaBox rollback is ").append(ratio(speedup.ratio())).append(" faster than the best baseline (")
                    .append(speedup.baseline()).append("): P50 ").append(millis(speedup.deltaboxP50())).append(" ms against ")
                    .append(millis(speedup.baselineP50())).append(" ms.\n\n");
        }
        double share = d.stateShare();
        boolean shareMet = Double.isFinite(share) && share <= BenchPlots.STATE_SHARE_BAR;
        md.append("- ").append(mark(shareMet)).append(" DeltaBox spends ").append(percent(share))
                .append(" of the trajectory in state management (bar: ≤ ")
                .append(plain(BenchPlots.STATE_SHARE_BAR * 100)).append(" %)\n");
        if (speedup != null) {
            md.append("- ").append(mark(speedup.ratio() >= ROLLBACK_SPEEDUP_BAR)).append(" DeltaBox rollback is ")
                    .append(ratio(speedup.ratio())).append(" faster than the best baseline (bar: ≥ ")
                    .append(ratio(ROLLBACK_SPEEDUP_BAR)).append(")\n");
        } else if (!BenchPlots.kinds(s).contains("rollback")) {
            md.append("- — no rollbacks in this scenario: the rollback bar does not apply\n");
        } else {
            md.append("- ✗ the rollback speed-up could not be computed: ")
                    .append(rollbackP50(d) > 0 ? "no baseline completed rollbacks" : "DeltaBox has no rollback samples")
                    .append(" (bar: ≥ ").append(ratio(ROLLBACK_SPEEDUP_BAR)).append(")\n");
        }
    }

    /** DeltaBox's rollback P50 against the completed baseline with the smallest one. */
    record Speedup(String baseline, double deltaboxP50, double baselineP50) {
        double ratio() { return baselineP50 / deltaboxP50; }
    }

    /** A scenario the backend does not offer (its error says so), not a failure. */
    private static boolean notMeasured(BackendResult b) {
        return b.error() != null && b.error().startsWith(BenchRunner.NOT_MEASURED);
    }

    /** Null when DeltaBox or every baseline lacks rollback samples (or failed). */
    static Speedup rollbackSpeedup(Scenario s) {
        BackendResult deltabox = null;
        BackendResult best = null;
        for (BackendResult b : s.backends()) {
            if (b.error() != null || !(rollbackP50(b) > 0)) continue;
            if (b.backend().equalsIgnoreCase(DELTABOX)) deltabox = b;
            else if (best == null || rollbackP50(b) < rollbackP50(best)) best = b;
        }
        if (deltabox == null || best == null) return null;
        return new Speedup(best.backend(), rollbackP50(deltabox), rollbackP50(best));
    }

    private static double rollbackP50(BackendResult b) {
        Latencies l = b.latencies().get("rollback");
        return l == null ? Double.NaN : l.p50();
    }

    /**
     * Puts {@code section} between the README's {@value #BEGIN_MARKER} and {@value #END_MARKER}
     * lines, replacing what was there; the markers stay, so running it again replaces again.
     */
    public static String replaceSection(String readme, String section) {
        int begin = readme.indexOf(BEGIN_MARKER);
        int end = readme.indexOf(END_MARKER);
        if (begin < 0 || end < 0) {
            throw new IllegalArgumentException("the README has no " + (begin < 0 ? BEGIN_MARKER : END_MARKER)
                    + " marker: the results section goes between " + BEGIN_MARKER + " and " + END_MARKER);
        }
        if (end < begin) throw new IllegalArgumentException("the README's " + END_MARKER + " comes before its " + BEGIN_MARKER);
        if (readme.indexOf(BEGIN_MARKER, begin + 1) >= 0 || readme.indexOf(END_MARKER, end + 1) >= 0) {
            throw new IllegalArgumentException("the README has more than one " + BEGIN_MARKER + " / " + END_MARKER + " pair");
        }
        String body = section.endsWith("\n") ? section : section + "\n";
        return readme.substring(0, begin + BEGIN_MARKER.length()) + "\n" + body + readme.substring(end);
    }

    static String describe(Machine m) {
        if (m == null) return "an undescribed machine";
        List<String> parts = new ArrayList<>();
        if (m.cpu() != null) parts.add(m.cpu());
        if (m.cores() > 0) parts.add(m.cores() + (m.cores() == 1 ? " core" : " cores"));
        if (m.memoryBytes() > 0) parts.add(String.format(Locale.ROOT, "%.1f GiB RAM", m.memoryBytes() / (double) (1L << 30)));
        if (m.os() != null) parts.add(m.os());
        if (m.kernel() != null) parts.add("kernel " + m.kernel());
        if (m.jdk() != null) parts.add(m.jdk());
        if (m.scratchFs() != null) parts.add("scratch filesystem " + m.scratchFs());
        return parts.isEmpty() ? "an undescribed machine" : String.join(", ", parts);
    }

    static String percentiles(Latencies l) {
        if (l == null || l.n() == 0) return "—";
        return millis(l.p50()) + " / " + millis(l.p95()) + " / " + millis(l.p99());
    }

    /** Three significant digits or so, whatever the magnitude: 0.123, 1.23, 12.3, 123, 12345. */
    static String millis(double ms) {
        if (!Double.isFinite(ms)) return "—";
        String pattern = ms < 1 ? "%.3f" : ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, pattern, ms);
    }

    static String percent(double share) {
        if (!Double.isFinite(share)) return "—";
        double p = share * 100;
        return String.format(Locale.ROOT, p < 1 ? "%.2f %%" : "%.1f %%", p);
    }

    static String seconds(double s) {
        if (!Double.isFinite(s)) return "—";
        return String.format(Locale.ROOT, s < 10 ? "%.2f s" : "%.1f s", s);
    }

    static String ratio(double r) {
        if (Double.isInfinite(r)) return "∞×";
        return String.format(Locale.ROOT, r < 10 ? "%.1f×" : "%.0f×", r);
    }

    /** A bar's value as written in the issue: 3, not 3.0. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String mark(boolean met) {
        return met ? "✓" : "✗";
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A table cell: a '|' would end the cell. */
    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }
}
