package dev.deltabox.tools.bench;

import dev.deltabox.tools.DemoProject;
import dev.deltabox.tools.DemoProject.Edit;
import dev.deltabox.tools.DemoProject.Tests;
import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.BenchResults.Latencies;
import dev.deltabox.tools.bench.Workload.Expand;
import dev.deltabox.tools.bench.Workload.Rollback;
import dev.deltabox.tools.bench.Workload.Step;
import dev.deltabox.tools.bench.Workload.Trace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the benchmark's scenarios on each selected backend, one backend at a time (never in
 * parallel: their timings must not compete), checks that every backend went through the same
 * states as the reference (DeltaBox, or the first backend when DeltaBox is not selected), and
 * collects {@link BenchResults}. A backend that fails (cannot open, throws, diverges) gets its
 * error recorded and the run goes on.
 *
 * <p>Threads: the caller's thread runs everything, except each fan-out's per-box work, done by
 * a pool of at most {@code cores} threads, one box each.
 */
public final class BenchRunner {

    /** Opens a backend whose files all go under {@code scratch}. */
    @FunctionalInterface
    public interface Opener {
        Backend open(Path scratch) throws IOException;
    }

    /** What to run. {@code fanOutRounds}: how many times the fan-out forks (one fork latency sample each). */
    public record Options(long seed, int expansions, int rollbacks, int fanOut, int fanOutRounds, int fanOutPrefix,
                          List<String> backends) {}

    /** How an error starts when a backend does not offer what a scenario needs: it was skipped, not failed. */
    static final String NOT_MEASURED = "not measured: ";

    /** The backend whose states are the reference. */
    static final String REFERENCE = DeltaBoxBackend.NAME;

    private final Options options;
    private final Map<String, Opener> openers;
    private final Path scratch;
    private final PrintStream progress;

    public BenchRunner(Options options, Map<String, Opener> openers, Path scratch, PrintStream progress) {
        this.options = options;
        this.openers = openers;
        this.scratch = scratch;
        this.progress = progress;
    }

    /** A backend's run of one scenario: its result and the states it went through (null entries: none). */
    record Run(BackendResult result, List<String> digests) {}

    public BenchResults run(String commandLine) {
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Trace trace = Workload.generate(options.seed(), options.expansions(), options.rollbacks());
        Trace prefix = Workload.generate(options.seed() + 1, options.fanOutPrefix(), 0);
        List<BackendResult> tree = new ArrayList<>();
        List<BackendResult> fan = new ArrayList<>();
        List<Run> treeRuns = new ArrayList<>(), fanRuns = new ArrayList<>();
        for (String name : options.backends()) {
            treeRuns.add(runOne(name, "tree-search", b -> trajectory(b, trace)));
            fanRuns.add(runOne(name, "fan-out", b -> fanOut(b, prefix)));
        }
        compare(treeRuns, tree);
        compare(fanRuns, fan);
        Map<String, String> treeParams = Workload.parameters(trace);
        Map<String, String> fanParams = new LinkedHashMap<>();
        fanParams.put("seed", Long.toString(options.seed()));
        fanParams.put("boxes", Integer.toString(options.fanOut()));
        fanParams.put("rounds", Integer.toString(options.fanOutRounds()));
        fanParams.put("prefix_expansions", Integer.toString(options.fanOutPrefix()));
        List<BenchResults.Scenario> scenarios = List.of(
                new BenchResults.Scenario("tree-search", "a tree search over edits to docutils " + version()
                        + ": each expansion edits a source file, runs the tests touching it (the project's own"
                        + " unittest suite), changes the shell's cwd, variables and a function, and checkpoints;"
                        + " rollbacks go back to earlier nodes (undo, abandon a branch, best-first jump). Trajectory"
                        + " time excludes the harness's correctness checks and the setup (project unpacked, the"
                        + " root checkpoint).", treeParams, tree),
                new BenchResults.Scenario("fan-out", "RL-style fan-out: from one checkpoint (after "
                        + options.fanOutPrefix() + " expansions) make " + options.fanOut() + " sandboxes, each makes a"
                        + " different edit and runs its tests (" + Math.min(options.fanOut(), cores()) + " at a time);"
                        + " fork = time until all are ready; the whole scenario time includes the per-box work and"
                        + " closing them", fanParams, fan));
        return new BenchResults(machine(), commandLine, started, scenarios);
    }

    private interface Scenario {
        Run run(Backend b) throws Exception;
    }

    private Run runOne(String name, String scenario, Scenario s) {
        progress.printf(Locale.ROOT, "[%s] %s: starting%n", name, scenario);
        Opener opener = openers.get(name);
        if (opener == null) {
            return failed(name, "unknown backend (known: " + String.join(", ", openers.keySet()) + ")", null);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory(scratch, name.replaceAll("[^A-Za-z0-9]", "-") + "-");
        } catch (IOException e) {
            return failed(name, "cannot make a scratch directory: " + e.getMessage(), null);
        }
        Backend b;
        try {
            b = opener.open(dir);
        } catch (Exception | LinkageError e) {
            cleanup(dir);
            return failed(name, "cannot start: " + message(e), null);
        }
        Run r;
        try {
            r = s.run(b);
        } catch (Exception e) {
            return failed(name, message(e), b.description());
        } finally {
            try {
                b.close();
            } catch (Exception e) {
                // what it measured stands; what it left behind is said
                progress.printf(Locale.ROOT, "[%s] closing it failed: %s%n", name, message(e));
            }
            cleanup(dir);
        }
        BackendResult br = r.result();
        if (br.error() != null && br.error().startsWith(NOT_MEASURED)) {
            progress.printf(Locale.ROOT, "[%s] %s: %s%n", name, scenario, br.error());
            return r;
        }
        progress.printf(Locale.ROOT, "[%s] %s: done in %.1f s (state management %.3f s)%s%n", name, scenario,
                br.trajectorySeconds(), br.stateSeconds(), br.error() == null ? "" : "; " + firstLine(br.error()));
        return r;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    private Run failed(String name, String error, String description) {
        progress.printf(Locale.ROOT, "[%s] FAILED: %s%n", name, error);
        return new Run(new BackendResult(name, description, Double.NaN, Double.NaN, Map.of(), error), null);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private void cleanup(Path dir) {
        try {
            HostProject.deleteTree(dir);
        } catch (IOException e) {
            progress.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    // ---- the tree search --------------------------------------------------------------------------

    /** The read-only command that shows the state a digest covers: shell (cwd, variables, function) and the edited files. */
    static final String STATE = "echo \"pwd=${PWD#\"$BENCH_ROOT\"} node=$BENCH_NODE path=$BENCH_PATH last=$BENCH_LAST_EXIT\";"
            + " type bench_last 2>&1 | sed 1d; ( cd \"$BENCH_ROOT\" && sha256sum " + String.join(" ", Workload.EDITED_FILES) + " )";

    Run trajectory(Backend b, Trace trace) throws IOException {
        List<String> digests = new ArrayList<>();
        List<Double> cps = new ArrayList<>(), rbs = new ArrayList<>();
        Map<Integer, String> ids = new LinkedHashMap<>();
        Map<Integer, String> states = new LinkedHashMap<>();
        // node 0 is part of the setup, like unpacking the project: its checkpoint (the backend's
        // first, with its one-time costs) is neither a sample nor trajectory time
        String root = state(b);
        digests.add("node 0: " + root);
        states.put(0, root);
        ids.put(0, b.checkpoint());
        double checkSeconds = 0;
        long t0 = System.nanoTime(), c0, s0;
        String error = null;
        int i = 0;
        for (Step step : trace.steps()) {
            i++;
            try {
                if (step instanceof Expand e) {
                    Tests t = expand(b, e);
                    c0 = System.nanoTime();
                    String st = state(b);
                    checkSeconds += since(c0);
                    digests.add("node " + e.node() + ": tests " + t.passed() + "/" + t.failed() + "/" + t.skipped() + "; " + st);
                    states.put(e.node(), st);
                    s0 = System.nanoTime();
                    ids.put(e.node(), b.checkpoint());
                    cps.add(since(s0) * 1000);
                } else if (step instanceof Rollback r) {
                    s0 = System.nanoTime();
                    b.rollback(ids.get(r.target()));
                    rbs.add(since(s0) * 1000);
                    c0 = System.nanoTime();
                    String st = state(b);
                    checkSeconds += since(c0);
                    digests.add("rollback to " + r.target() + ": " + st);
                    if (!st.equals(states.get(r.target()))) {
                        error = "rollback to node " + r.target() + " (step " + i + ") did not restore its state: expected\n"
                                + states.get(r.target()) + "\ngot\n" + st;
                        break;
                    }
                }
            } catch (IOException | RuntimeException x) {
                // what was measured up to here stays in the result, with the error
                error = "step " + i + " (" + describe(step) + ") failed: " + message(x);
                break;
            }
            if (i % 10 == 0 || i == trace.steps().size()) {
                progress.printf(Locale.ROOT, "[%s] tree-search: step %d/%d, %.1f s%n", b.name(), i, trace.steps().size(), since(t0));
            }
        }
        double total = since(t0) - checkSeconds;
        double state = (sum(cps) + sum(rbs)) / 1000;
        Map<String, Latencies> lat = new LinkedHashMap<>();
        lat.put("checkpoint", new Latencies(List.copyOf(cps)));
        lat.put("rollback", new Latencies(List.copyOf(rbs)));
        return new Run(new BackendResult(b.name(), b.description(), total, state, lat, error), error == null ? digests : null);
    }

    static String describe(Step s) {
        return switch (s) {
            case Expand e -> "expansion to node " + e.node() + " from " + e.parent() + ", edit " + e.edit().id();
            case Rollback r -> "rollback from node " + r.from() + " to " + r.target() + " (" + r.kind() + ")";
        };
    }

    /** One expansion: the edit, the tests touching it, the shell's state; returns what the tests gave. */
    static Tests expand(Backend b, Expand e) throws IOException {
        return apply(b, e.edit(), e.tests(), e.node(), e.dir());
    }

    static Tests apply(Backend b, Edit edit, String tests, int node, String dir) throws IOException {
        String text = b.read(edit.file());
        b.write(edit.file(), edit.applyTo(text));
        Backend.Output o = b.exec("( cd \"$BENCH_ROOT\" && /usr/bin/python3 \"$BENCH_RUNNER\" " + tests + " ); BENCH_LAST_EXIT=$?");
        Tests t = DemoProject.parseTests(o.stdout());
        if (t == null) {
            throw new IOException("the test run after edit '" + edit.id() + "' gave no result:\n" + tail(o.stdout()) + tail(o.stderr()));
        }
        Backend.Output sh = b.exec("cd \"$BENCH_ROOT/" + dir + "\" && BENCH_NODE=" + node + " && BENCH_PATH=\"$BENCH_PATH/" + node
                + "\" && bench_last() { echo '" + edit.id() + "'; }");
        if (sh.exitCode() != 0) throw new IOException("the shell step of node " + node + " failed: " + sh.stderr());
        return t;
    }

    static String state(Backend b) throws IOException {
        Backend.Output o = b.inspect(STATE);
        if (o.exitCode() != 0) throw new IOException("cannot read the state for the digest (exit " + o.exitCode() + "): " + o.stderr());
        return o.stdout().strip();
    }

    // ---- the fan-out --------------------------------------------------------------------------------

    Run fanOut(Backend b, Trace prefix) throws Exception {
        if (!b.canFork()) {
            String why = b.forkUnsupported();
            if (!why.startsWith(NOT_MEASURED)) why = NOT_MEASURED + why;
            return new Run(new BackendResult(b.name(), b.description(), Double.NaN, Double.NaN, Map.of(), why), null);
        }
        for (Step s : prefix.steps()) expand(b, (Expand) s);
        String base = state(b);
        String cp = b.checkpoint();
        int n = options.fanOut();
        List<String> digests = new ArrayList<>();
        List<Double> forks = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, cores()));
        long t0 = System.nanoTime();
        try {
            for (int round = 0; round < options.fanOutRounds(); round++) {
                // spares made while the agent would think: part of the scenario's time, not of the fork's
                if (b instanceof DeltaBoxBackend d) d.prepareForks(n);
                long f0 = System.nanoTime();
                List<Backend> kids = b.fork(cp, n);
                forks.add(since(f0) * 1000);
                try {
                    List<Future<String>> work = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Backend k = kids.get(i);
                        int box = i;
                        work.add(pool.submit(() -> fanOutBox(k, box, base)));
                    }
                    for (int i = 0; i < n; i++) {
                        try {
                            digests.add("round " + round + " box " + i + ": " + work.get(i).get());
                        } catch (ExecutionException x) {
                            throw x.getCause() instanceof Exception ex ? ex : new IOException(x.getCause());
                        }
                    }
                } finally {
                    for (Backend k : kids) k.close();
                }
                progress.printf(Locale.ROOT, "[%s] fan-out: round %d/%d, %d boxes ready in %.1f ms%n", b.name(), round + 1,
                        options.fanOutRounds(), n, forks.getLast());
            }
        } finally {
            pool.shutdownNow();
        }
        double total = since(t0);
        return new Run(new BackendResult(b.name(), b.description(), total, sum(forks) / 1000,
                Map.of("fork", new Latencies(List.copyOf(forks))), null), digests);
    }

    /** Box {@code i} of a fan-out: checks it starts at the checkpoint, makes its edit, runs its tests. */
    private static String fanOutBox(Backend k, int i, String base) throws IOException {
        String start = state(k);
        if (!start.equals(base)) throw new IOException("fan-out box " + i + " does not start at the checkpoint's state:\n" + start);
        Workload.Candidate c = Workload.fanOutEdit(i);
        Edit e = c.edit();
        String text = k.read(e.file());
        if (text.indexOf(e.old()) < 0) e = e.reversed(); // made on the path to the checkpoint: this box undoes it
        Tests t = apply(k, e, c.tests(), 1000 + i, ".");
        return "tests " + t.passed() + "/" + t.failed() + "/" + t.skipped() + "; " + state(k);
    }

    // ---- correctness across backends -----------------------------------------------------------------

    /** Marks as failed every backend whose states differ from the reference's. */
    private void compare(List<Run> runs, List<BackendResult> out) {
        Run ref = runs.stream().filter(r -> r.result().backend().equals(REFERENCE) && r.digests() != null).findFirst()
                .orElse(runs.stream().filter(r -> r.digests() != null).findFirst().orElse(null));
        for (Run r : runs) {
            BackendResult br = r.result();
            if (ref != null && r != ref && r.digests() != null) {
                String diff = firstDifference(ref.digests(), r.digests());
                if (diff != null) {
                    String error = "diverges from " + ref.result().backend() + ": " + diff;
                    progress.printf(Locale.ROOT, "[%s] FAILED: %s%n", br.backend(), error);
                    br = new BackendResult(br.backend(), br.description(), br.trajectorySeconds(), br.stateSeconds(),
                            br.latencies(), error);
                }
            }
            out.add(br);
        }
    }

    static String firstDifference(List<String> expected, List<String> got) {
        for (int i = 0; i < Math.max(expected.size(), got.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(nothing)";
            String g = i < got.size() ? got.get(i) : "(nothing)";
            if (!e.equals(g)) return "at state " + i + " expected\n" + e + "\ngot\n" + g;
        }
        return null;
    }

    // ---- the machine -----------------------------------------------------------------------------------

    BenchResults.Machine machine() {
        String cpu = grep(Path.of("/proc/cpuinfo"), "model name");
        long mem = 0;
        String memTotal = grep(Path.of("/proc/meminfo"), "MemTotal");
        if (memTotal != null) mem = Long.parseLong(memTotal.replaceAll("[^0-9]", "")) * 1024;
        String kernel = read(Path.of("/proc/sys/kernel/osrelease"));
        String os = null;
        for (String l : lines(Path.of("/etc/os-release"))) {
            if (l.startsWith("PRETTY_NAME=")) os = l.substring(12).replace("\"", "");
        }
        String jdk = System.getProperty("java.vm.vendor") + " " + Runtime.version();
        return new BenchResults.Machine(cpu, cores(), mem, kernel, os, jdk, filesystemOf(scratch));
    }

    /** The type of the filesystem {@code dir} is on and where it is mounted, e.g. "ext4 on /", from /proc/self/mounts. */
    static String filesystemOf(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        String type = null, at = null;
        for (String l : lines(Path.of("/proc/self/mounts"))) {
            String[] f = l.split(" ");
            if (f.length < 3) continue;
            Path mp = Path.of(f[1].replace("\\040", " "));
            // the longest mount point above dir wins; a later mount on the same point hides an earlier one
            if (d.startsWith(mp) && (at == null || mp.getNameCount() >= Path.of(at).getNameCount())) {
                type = f[2];
                at = mp.toString();
            }
        }
        return type == null ? "unknown" : type + " on " + at;
    }

    private static String grep(Path f, String key) {
        for (String l : lines(f)) {
            if (l.startsWith(key)) return l.substring(l.indexOf(':') + 1).strip();
        }
        return null;
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f).strip();
        } catch (IOException e) {
            return null;
        }
    }

    static String version() {
        try {
            return DemoProject.source().version();
        } catch (IOException e) {
            return "(missing)";
        }
    }

    // ---- small helpers ----------------------------------------------------------------------------------

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double sum(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String tail(String s) {
        if (s == null || s.isEmpty()) return "";
        String t = s.length() > 1500 ? "..." + s.substring(s.length() - 1500) : s;
        return t.endsWith("\n") ? t : t + "\n";
    }
}
