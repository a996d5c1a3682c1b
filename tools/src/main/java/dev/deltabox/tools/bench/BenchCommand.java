package dev.deltabox.tools.bench;

import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.BenchResults.Latencies;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code deltabox bench}: the tree-search workload and the fan-out, on DeltaBox and on the
 * baselines, in one run; prints progress and a summary table, and hands the results to the
 * report writer ({@link #publish}).
 *
 * <p>Single-threaded (the runner's fan-out uses its own pool).
 */
public final class BenchCommand {

    static final String USAGE = """
            usage: deltabox bench [--quick] [--backends a,b,...] [--seed N] [--expansions N] [--rollbacks N]
                                  [--fanout N] [--out DIR] [--scratch DIR] [--update-readme] [--json]
                                  [--render RESULTS.json]
              a tree search over edits to a real project (docutils, Debian's source package, with its own
              test suite) and an RL-style fan-out, run on DeltaBox and on the baselines one after the other,
              with the same trace (fixed by the seed) and the same correctness checks for each; prints
              checkpoint/rollback/fork latencies and the share of the trajectory spent managing state.
              --quick          15 expansions, 8 rollbacks, one fan-out round (default: 100, 50, three rounds)
              --backends LIST  comma-separated, of: %s (default: all)
              --seed N         the trace's seed (default 1)
              --expansions N   expansions per trajectory
              --rollbacks N    rollbacks per trajectory (at most one per expansion)
              --fanout N       sandboxes per fan-out (default 10)
              --out DIR        where the results (JSON, plots) go (default: bench-results)
              --scratch DIR    where backends make their trees: a new directory in DIR, deleted at the end
                               (default DIR: /var/tmp; its filesystem is in the results)
              --render FILE    no run: write the plots, results.md (and with --update-readme the README's
                               section) again from an earlier run's results.json
              --update-readme  rewrite the README's results section from this run
              --json           the results as JSON on stdout (progress and table go to stderr)
            exits 0 when every backend ran (a scenario a backend does not offer is skipped: its result says
            why), 2 for a bad command line, 3 when a backend failed or diverged from DeltaBox's states.
            """;

    /** Every backend, in the order they run. */
    static final List<String> BACKENDS = List.of(DeltaBoxBackend.NAME, CopyReplayBackend.NAME, "criu+copy",
            "overlayfs+criu", "btrfs+criu");

    /** The parsed command line. */
    record Options(boolean quick, List<String> backends, long seed, int expansions, int rollbacks, int fanOut, Path out,
                   Path scratch, boolean updateReadme, boolean json, Path render) {}

    /** A command line that cannot be run: the message says what is wrong. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private BenchCommand() {}

    /**
     * The tree states of the CRIU baselines, by backend name. Filled here, in one place: each
     * factory opens a {@link TreeState} on a copy of the pristine project.
     */
    static Map<String, TreeStateFactory> treeStates() {
        Map<String, TreeStateFactory> m = new LinkedHashMap<>();
        m.put("criu+copy", CopyTreeState::open);
        m.put("overlayfs+criu", OverlayTreeState::open);
        m.put("btrfs+criu", BtrfsTreeState::open);
        return m;
    }

    /** How each backend is opened; the pristine project for the host baselines is unpacked once, on first use. */
    static Map<String, BenchRunner.Opener> openers(Path scratch, Map<String, TreeStateFactory> treeStates) {
        PristineProject pristine = new PristineProject(scratch.resolve("project"));
        Map<String, BenchRunner.Opener> m = new LinkedHashMap<>();
        m.put(DeltaBoxBackend.NAME, DeltaBoxBackend::open);
        m.put(CopyReplayBackend.NAME, dir -> CopyReplayBackend.open(pristine.get(), dir));
        Set<String> criuBaselines = new LinkedHashSet<>(BACKENDS.subList(2, BACKENDS.size()));
        criuBaselines.addAll(treeStates.keySet());
        for (String name : criuBaselines) {
            m.put(name, dir -> {
                TreeStateFactory f = treeStates.get(name);
                if (f == null) {
                    throw new IOException("the tree state of " + name + " is not in this build (BenchCommand.treeStates() lists them)");
                }
                return CriuTreeBaseline.open(name, f, pristine.get(), dir);
            });
        }
        return m;
    }

    /** The host baselines' pristine project, unpacked on first use. Used by the benchmark's one thread. */
    private static final class PristineProject {
        private final Path dir;
        private HostProject project;

        PristineProject(Path dir) {
            this.dir = dir;
        }

        HostProject get() throws IOException {
            if (project == null) project = HostProject.unpack(Files.createDirectories(dir));
            return project;
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println("deltabox bench: " + e.getMessage() + "\n");
            err.print(usage());
            return 2;
        }
        if (o == null) {
            out.print(usage());
            return 0;
        }
        if (o.render() != null) {
            // no run: the plots, results.md and (--update-readme) the README from an earlier run's JSON
            try {
                BenchResults earlier = BenchJson.read(Files.readString(o.render()));
                printSummary(earlier, o.json() ? err : out);
                publish(earlier, o, out);
                return 0;
            } catch (IOException | RuntimeException e) {
                err.println("deltabox bench: cannot render " + o.render() + ": " + e.getMessage());
                return 1;
            }
        }
        // the run's output is the report; the runtime's INFO lines would interleave with it
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintStream text = o.json() ? err : out;
        Path scratch;
        try {
            // a new directory of our own, even in the one the user named: it is deleted at the end
            Path parent = o.scratch() != null ? o.scratch() : Path.of("/var/tmp");
            scratch = Files.createTempDirectory(Files.createDirectories(parent), "deltabox-bench-");
        } catch (IOException e) {
            err.println("deltabox bench: cannot make the scratch directory: " + e.getMessage());
            return 1;
        }
        BenchResults results;
        try {
            BenchRunner runner = new BenchRunner(new BenchRunner.Options(o.seed(), o.expansions(), o.rollbacks(), o.fanOut(),
                    o.quick() ? 1 : 3, Math.min(5, o.expansions()), o.backends()), openers(scratch, treeStates()), scratch, text);
            text.printf(Locale.ROOT, "deltabox bench: %d expansions, %d rollbacks, fan-out to %d, seed %d; backends %s;"
                    + " scratch %s%n", o.expansions(), o.rollbacks(), o.fanOut(), o.seed(), String.join(", ", o.backends()), scratch);
            results = runner.run("tools/deltabox bench " + String.join(" ", args));
        } finally {
            try {
                HostProject.deleteTree(scratch);
            } catch (IOException e) {
                err.println("deltabox bench: could not delete " + scratch + ": " + e.getMessage());
            }
        }
        printSummary(results, text);
        try {
            publish(results, o, out);
        } catch (IOException e) {
            err.println("deltabox bench: cannot write the results: " + e.getMessage());
            return 1;
        }
        // a scenario a backend does not offer (the CRIU baselines' fan-out) is skipped, not failed
        boolean failed = results.scenarios().stream().flatMap(s -> s.backends().stream())
                .anyMatch(b -> b.error() != null && !b.error().startsWith(BenchRunner.NOT_MEASURED));
        return failed ? 3 : 0;
    }

    /**
     * Writes the results: JSON and plots into {@code o.out()}, the README's section when
     * {@code --update-readme}, the JSON on {@code stdout} when {@code --json}. The one place the
     * report writer is called.
     */
    static void publish(BenchResults results, Options o, PrintStream stdout) throws IOException {
        List<Path> written = BenchReport.write(results, o.out());
        if (o.updateReadme()) {
            // the README links its plots under docs/bench: the report goes there as well
            Path repo = dev.deltabox.runtime.nativeaccess.DeltaBoxHome.detect().root();
            Path readme = repo.resolve("README.md");
            Path docs = repo.resolve(BenchReport.README_IMAGE_DIR);
            if (!docs.toAbsolutePath().normalize().equals(o.out().toAbsolutePath().normalize())) {
                written = BenchReport.write(results, docs);
            }
            String section = Files.readString(docs.resolve("results.md"));
            Files.writeString(readme, BenchMarkdown.replaceSection(Files.readString(readme), section));
            (o.json() ? System.err : stdout).println("README.md's results section updated from " + docs.resolve("results.json"));
        }
        (o.json() ? System.err : stdout).println("results: " + written.getFirst().getParent());
        if (o.json()) stdout.println(BenchJson.write(results));
    }

    // ---- the summary table ----------------------------------------------------------------------

    static void printSummary(BenchResults r, PrintStream out) {
        out.println();
        out.println("machine: " + r.machine().cpu() + ", " + r.machine().cores() + " cores, "
                + r.machine().memoryBytes() / (1L << 20) + " MiB, kernel " + r.machine().kernel() + ", " + r.machine().os()
                + ", " + r.machine().jdk() + ", scratch " + r.machine().scratchFs());
        for (BenchResults.Scenario s : r.scenarios()) {
            out.println();
            out.println(s.name() + " " + s.parameters());
            boolean fork = s.name().equals("fan-out");
            int w = Math.max(15, s.backends().stream().mapToInt(b -> b.backend().length()).max().orElse(0));
            out.printf(Locale.ROOT, "  %-" + w + "s %21s %21s %8s %10s%n", "backend", fork ? "fork P50 / P95 ms" : "checkpoint P50/P95 ms",
                    fork ? "" : "rollback P50/P95 ms", "state %", fork ? "scenario s" : "trajectory s");
            for (BackendResult b : s.backends()) {
                if (b.latencies().isEmpty() && b.error() != null) {
                    out.printf(Locale.ROOT, "  %-" + w + "s %s%n", b.backend(), "error: " + firstLine(b.error()));
                    continue;
                }
                String first = fork ? pair(b.latencies().get("fork")) : pair(b.latencies().get("checkpoint"));
                String second = fork ? "" : pair(b.latencies().get("rollback"));
                out.printf(Locale.ROOT, "  %-" + w + "s %21s %21s %8.2f %10.2f%s%n", b.backend(), first, second, 100 * b.stateShare(),
                        b.trajectorySeconds(), b.error() == null ? "" : "   error: " + firstLine(b.error()));
            }
        }
        out.flush();
    }

    private static String pair(Latencies l) {
        if (l == null || l.n() == 0) return "-";
        return String.format(Locale.ROOT, "%.2f / %.2f", l.p50(), l.p95());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    // ---- options ----------------------------------------------------------------------------------

    static String usage() {
        return String.format(Locale.ROOT, USAGE, String.join(", ", BACKENDS));
    }

    /** The options of {@code args}; null for --help. */
    static Options parse(String[] args) throws UsageException {
        boolean quick = false, readme = false, json = false;
        List<String> backends = BACKENDS;
        long seed = 1;
        Integer expansions = null, rollbacks = null;
        int fanOut = 10;
        Path out = Path.of("bench-results"), scratch = null, render = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h", "help" -> {
                    return null;
                }
                case "--quick" -> quick = true;
                case "--update-readme" -> readme = true;
                case "--json" -> json = true;
                case "--backends" -> {
                    backends = new ArrayList<>();
                    for (String b : value(args, ++i, a).split(",")) {
                        if (!BACKENDS.contains(b.strip())) {
                            throw new UsageException("unknown backend '" + b.strip() + "' (known: " + String.join(", ", BACKENDS) + ")");
                        }
                        if (!backends.contains(b.strip())) backends.add(b.strip());
                    }
                    backends = List.copyOf(backends);
                }
                case "--seed" -> seed = number(args, ++i, a, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--expansions" -> expansions = (int) number(args, ++i, a, 1, 10_000);
                case "--rollbacks" -> rollbacks = (int) number(args, ++i, a, 0, 10_000);
                case "--fanout" -> fanOut = (int) number(args, ++i, a, 1, 1000);
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--scratch" -> scratch = Path.of(value(args, ++i, a));
                case "--render" -> render = Path.of(value(args, ++i, a));
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        int e = expansions != null ? expansions : quick ? 15 : 100;
        int r = rollbacks != null ? rollbacks : Math.min(e, quick ? 8 : 50);
        if (r > e) throw new UsageException("--rollbacks " + r + " is more than --expansions " + e + " (at most one rollback per expansion)");
        return new Options(quick, backends, seed, e, r, fanOut, out, scratch, readme, json, render);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
        return args[i];
    }

    private static long number(String[] args, int i, String option, long min, long max) throws UsageException {
        String v = value(args, i, option);
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException x) {
            throw new UsageException(option + " needs a number, got '" + v + "'");
        }
        if (n < min || n > max) throw new UsageException(option + " must be " + min + ".." + max + ", was " + n);
        return n;
    }
}
