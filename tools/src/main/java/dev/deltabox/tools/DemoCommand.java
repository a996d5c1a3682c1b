package dev.deltabox.tools;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.BoxOptions;
import dev.deltabox.runtime.box.Checkpoint;
import dev.deltabox.runtime.box.ExecResult;
import dev.deltabox.tools.DemoProject.Edit;
import dev.deltabox.tools.DemoProject.Tests;
import static dev.deltabox.tools.DemoProject.STATES;
import static dev.deltabox.tools.DemoProject.NODES;
import static dev.deltabox.tools.DemoProject.BULLET;
import static dev.deltabox.tools.DemoProject.COLON_ENUM;
import static dev.deltabox.tools.DemoProject.BOX_ADORN;
import static dev.deltabox.tools.DemoProject.CASEFOLD;
import static dev.deltabox.tools.DemoProject.ID_UNDERSCORE;
import static dev.deltabox.tools.DemoProject.STRIP_NAMES;
import static dev.deltabox.tools.DemoProject.NO_UNDERSCORE_REF;
import static dev.deltabox.tools.DemoProject.LOOSE_INLINE;
import static dev.deltabox.tools.DemoProject.DIGIT_IDS;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code deltabox demo}: an agent-like exploration of a real project in a box. The box starts
 * on the host's {@code /}; docutils (Debian's python-docutils source, fetched by
 * tools/setup/demo-project.sh) is unpacked into /workspace and its own unittest suite is run.
 * Then a small tree search: branches of edits, each followed by a test run and a checkpoint; an
 * edit that makes things worse is undone by rolling back to the node before it, and each branch
 * starts by rolling back to the root. After every rollback the demo checks that the files, the
 * shell's state and the test results are exactly those recorded at that checkpoint, and fails
 * loudly if not. Finally the best node is forked into several boxes that each try one more edit,
 * in parallel. Prints the checkpoint tree and every checkpoint/rollback/fork latency.
 *
 * <p>Single-threaded except for the forks' test runs, each in its own thread and box.
 */
final class DemoCommand {

    static final String USAGE = """
            usage: deltabox demo [--quick] [--json] [--keep]
              creates a box on the host's /, copies a real project (docutils, from Debian's source
              package) into /workspace and explores edits to it: branches of edits and test runs with
              a checkpoint after each, rollbacks to try the next idea, and a fork of the best node into
              boxes that try more edits in parallel. Prints the checkpoint tree and the latencies.
              --quick   fewer steps (about half)
              --json    one JSON object per event, then a summary object (for scripts)
              --keep    keep the box's state directory (printed at the end)
            """;

    record Branch(String name, List<Edit> edits) {}

    /** What the demo recorded at a checkpoint, to check rollbacks against. */
    record Node(Checkpoint cp, String label, List<Edit> edits, Tests tests, Map<String, String> files, double ms) {}

    /** The demo found something wrong: it stops and exits non-zero. */
    static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }

    static final String PROJECT = "/workspace/docutils";
    static final String HARNESS = "/workspace/.harness";
    /** The test modules every run executes (about 280 tests, a second or two). */
    static final String TESTS = "test.test_parsers.test_rst.test_inline_markup test.test_parsers.test_rst.test_bullet_lists"
            + " test.test_parsers.test_rst.test_enumerated_lists test.test_parsers.test_rst.test_section_headers"
            + " test.test_parsers.test_rst.test_targets test.test_nodes";
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(120);

    static List<Branch> plan(boolean quick) {
        if (quick) {
            return List.of(new Branch("bullets", List.of(BULLET, COLON_ENUM)),
                    new Branch("names", List.of(CASEFOLD, ID_UNDERSCORE)));
        }
        return List.of(new Branch("bullets", List.of(BULLET, COLON_ENUM, BOX_ADORN)),
                new Branch("names", List.of(CASEFOLD, ID_UNDERSCORE, STRIP_NAMES)),
                new Branch("refs", List.of(NO_UNDERSCORE_REF, LOOSE_INLINE)));
    }

    static List<Edit> forkEdits(boolean quick) {
        return quick ? List.of(STRIP_NAMES, NO_UNDERSCORE_REF) : List.of(CASEFOLD, STRIP_NAMES, NO_UNDERSCORE_REF, DIGIT_IDS);
    }

    private final PrintStream out;
    private final boolean json;
    private final boolean quick;
    private final Map<Long, Node> nodes = new LinkedHashMap<>();
    private final List<Double> checkpointMs = new ArrayList<>();
    private final List<Double> rollbackMs = new ArrayList<>();
    private final List<Double> forkMs = new ArrayList<>();
    private final java.util.Set<Long> abandoned = new java.util.HashSet<>();
    private double testsMs;
    private double setupMs;
    private int step;
    private int steps;
    private Box box;

    private DemoCommand(PrintStream out, boolean json, boolean quick) {
        this.out = out;
        this.json = json;
        this.quick = quick;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false, quick = false, keep = false;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--quick" -> quick = true;
                case "--keep" -> keep = true;
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    err.println("deltabox demo: unknown option '" + a + "'\n");
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        // the demo's output is the report; the runtime's INFO lines would interleave with it
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        DemoProject.Source source;
        try {
            source = DemoProject.source();
        } catch (IOException e) {
            err.println("deltabox demo: " + e.getMessage() + " (tools/deltabox demo runs it by itself)");
            return 1;
        }
        Path state;
        try {
            state = Files.createTempDirectory("deltabox-demo-");
        } catch (IOException e) {
            err.println("deltabox demo: cannot make a state directory: " + e.getMessage());
            return 1;
        }
        DemoCommand demo = new DemoCommand(out, json, quick);
        int code = 0;
        try {
            demo.explore(source.tarball(), source.version(), state);
        } catch (IOException | RuntimeException e) {
            out.flush();
            if (json) out.println("{\"event\":\"error\",\"message\":" + Json.quote(String.valueOf(e.getMessage())) + "}");
            err.println("\ndeltabox demo: FAILED: " + e.getMessage());
            if (!(e instanceof DemoFailure)) e.printStackTrace(err);
            code = 1;
        } finally {
            if (demo.box != null) demo.box.close();
            if (keep) {
                if (!json) out.println("state directory kept: " + state);
            } else {
                deleteTree(state);
            }
        }
        return code;
    }

    private void explore(Path tarball, String version, Path state) throws IOException {
        long t0 = System.nanoTime();
        List<Branch> branches = plan(quick);
        List<Edit> forkEdits = forkEdits(quick);
        steps = 3 + branches.stream().mapToInt(b -> b.edits().size()).sum() + 1 + forkEdits.size();
        if (!json) {
            out.println("DeltaBox demo: an agent explores edits to docutils " + version
                    + " (Debian source package python-docutils) in a box, with its own test suite"
                    + (quick ? " (quick)" : ""));
        }

        begin("create a box on the host's / (state " + state + ")");
        long tc = System.nanoTime();
        box = Box.create(new BoxOptions().stateDir(state));
        double createMs = ms(tc);
        end(String.format(Locale.ROOT, "-> box %s in %.0f ms", box.id(), createMs),
                "\"event\":\"create\",\"box\":" + Json.quote(box.id()) + ",\"ms\":" + fmt(createMs));

        begin("copy the project into " + PROJECT);
        long tp = System.nanoTime();
        mustRun("mkdir -p " + HARNESS + " " + PROJECT, "make the work directories");
        box.files().write(HARNESS + "/docutils.tar.xz", Files.readAllBytes(tarball));
        box.files().write(HARNESS + "/runtests.py", DemoProject.testRunner());
        mustRun("tar -xf " + HARNESS + "/docutils.tar.xz -C " + PROJECT + " --strip-components=1 && rm "
                + HARNESS + "/docutils.tar.xz && cd " + PROJECT + " && TESTS='" + TESTS + "'"
                + " && test -x /usr/bin/python3", "unpack docutils in the box (and find /usr/bin/python3)");
        long files = Long.parseLong(mustRun("find . -type f | wc -l", "count the files").stdout().strip());
        setupMs = ms(t0);
        end(String.format(Locale.ROOT, "-> %d files in %.0f ms", files, ms(tp)),
                "\"event\":\"copy\",\"files\":" + files + ",\"ms\":" + fmt(ms(tp)));

        begin("baseline: run the tests");
        Tests base = runTests(box);
        Node root = checkpoint("root", List.of(), base);
        end("-> " + base.summary() + "   " + cpText(root), stepJson("baseline", null, null, base, root));
        if (base.failed() != 0) throw new DemoFailure("the unmodified project fails its tests: " + base);

        Node current = root;
        for (Branch b : branches) {
            if (current != root) rollback(root, "next idea: start branch '" + b.name() + "' from " + root.label());
            current = root;
            int i = 0;
            for (Edit e : b.edits()) {
                i++;
                begin(b.name() + ": edit " + e.shortFile() + " (" + e.what() + ")");
                edit(box, e);
                Tests t = runTests(box);
                List<Edit> applied = new ArrayList<>(current.edits());
                applied.add(e);
                Node n = checkpoint(b.name() + "-" + i, applied, t);
                end(String.format(Locale.ROOT, "-> %-22s %s", t.summary(), cpText(n)), stepJson(b.name(), e, current, t, n));
                if (t.failed() > current.tests().failed()) {
                    abandoned.add(n.cp().id());
                    rollback(current, "worse than " + current.label() + ": undo");
                } else {
                    current = n;
                }
            }
        }

        Node best = nodes.values().stream().min(Comparator.comparingInt((Node n) -> n.tests().failed())
                .thenComparing(n -> -n.edits().size()).thenComparing(n -> -n.tests().passed())).orElseThrow();
        begin("fork " + best.label() + " (" + best.edits().size() + " edits, " + best.tests().summary() + ") into "
                + forkEdits.size() + " boxes");
        long tf = System.nanoTime();
        List<Box> kids = box.fork(best.cp(), forkEdits.size());
        double fms = ms(tf);
        forkMs.add(fms);
        try {
            end(String.format(Locale.ROOT, "-> %d boxes in %.1f ms", kids.size(), fms), "\"event\":\"fork\",\"from\":"
                    + best.cp().id() + ",\"boxes\":" + kids.size() + ",\"ms\":" + fmt(fms));
            forkAndTry(best, kids, forkEdits);
        } finally {
            for (Box k : kids) k.close();
        }
        // the main box goes on from the best node: roll back to it (checked like every rollback)
        if (box.current() != best.cp().id()) rollback(best, "continue from the best node");
        summary(best, ms(t0));
    }

    /** Each fork tries one more edit, in parallel; their checkpoints join the tree. */
    private void forkAndTry(Node best, List<Box> kids, List<Edit> edits) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(kids.size());
        try {
            List<Future<Tests>> runs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < kids.size(); i++) {
                Box k = kids.get(i);
                Edit e = edits.get(i);
                checkFiles(k, best, "fork " + (i + 1));
                edit(k, e);
                runs.add(pool.submit(() -> runTestsTimed(k)));
            }
            for (int i = 0; i < kids.size(); i++) {
                Edit e = edits.get(i);
                begin("fork " + (i + 1) + " (box " + kids.get(i).id() + "): edit " + e.shortFile() + " (" + e.what() + ")");
                Tests t;
                try {
                    t = runs.get(i).get();
                } catch (ExecutionException x) {
                    throw x.getCause() instanceof RuntimeException r ? r : new DemoFailure(x.getCause().toString());
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new DemoFailure("interrupted");
                }
                List<Edit> applied = new ArrayList<>(best.edits());
                applied.add(e);
                if (i == kids.size() - 1) testsMs += ms(t0); // the parallel runs, wall clock (their edits too)
                Node n = checkpointOf(kids.get(i), "fork-" + (i + 1), applied, t);
                end(String.format(Locale.ROOT, "-> %-22s %s", t.summary(), cpText(n)), stepJson("fork-" + (i + 1), e, best, t, n));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- box operations, measured and checked -------------------------------------------------

    private Node checkpoint(String name, List<Edit> edits, Tests t) {
        return checkpointOf(box, name, edits, t);
    }

    private Node checkpointOf(Box b, String name, List<Edit> edits, Tests t) {
        // the shell remembers where it is: after a rollback it must say the checkpoint's name again
        mustRun(b, "DEMO_NODE=" + name, "set a shell variable");
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : List.of(STATES, NODES)) files.put(f, b.files().readString(PROJECT + "/" + f));
        long t0 = System.nanoTime();
        Checkpoint c = b.checkpoint(name);
        double took = ms(t0);
        synchronized (this) {
            checkpointMs.add(took);
            Node n = new Node(c, name, List.copyOf(edits), t, files, took);
            nodes.put(c.id(), n);
            return n;
        }
    }

    /** Rolls the main box back to {@code n} and checks files, shell and tests are as recorded there. */
    private void rollback(Node n, String why) {
        long t0 = System.nanoTime();
        box.rollback(n.cp());
        double took = ms(t0);
        rollbackMs.add(took);
        checkFiles(box, n, "rollback to " + n.label());
        String shell = mustRun("echo \"$DEMO_NODE\"", "read the shell variable").stdout().strip();
        if (!shell.equals(n.label())) {
            throw new DemoFailure("rollback to " + n.label() + ": the shell says it is at '" + shell + "'");
        }
        Tests again = runTests(box);
        if (!again.sameCounts(n.tests())) {
            throw new DemoFailure("rollback to " + n.label() + ": the tests give " + again + ", at the checkpoint they gave "
                    + n.tests());
        }
        if (json) {
            out.println("{\"event\":\"rollback\",\"to\":" + n.cp().id() + ",\"name\":" + Json.quote(n.label()) + ",\"why\":"
                    + Json.quote(why) + ",\"ms\":" + fmt(took) + ",\"verified\":true,\"tests\":" + again.json() + "}");
        } else {
            out.printf(Locale.ROOT, "        %s: rollback to %s in %.1f ms; verified: files, shell and tests (%s) as at %s%n",
                    why, n.label(), took, again.summary(), n.label());
        }
        out.flush();
    }

    private static void checkFiles(Box b, Node n, String what) {
        for (var f : n.files().entrySet()) {
            String now = b.files().readString(PROJECT + "/" + f.getKey());
            if (!now.equals(f.getValue())) {
                throw new DemoFailure(what + ": " + f.getKey() + " differs from its content at checkpoint " + n.cp().label());
            }
        }
    }

    private static void edit(Box b, Edit e) {
        String path = PROJECT + "/" + e.file();
        String edited;
        try {
            edited = e.applyTo(b.files().readString(path));
        } catch (IllegalStateException x) {
            throw new DemoFailure(x.getMessage());
        }
        b.files().writeString(path, edited);
    }

    private Tests runTests(Box b) {
        long t0 = System.nanoTime();
        Tests t = runTestsTimed(b);
        synchronized (this) {
            testsMs += ms(t0);
        }
        return t;
    }

    private Tests runTestsTimed(Box b) {
        ExecResult r = b.exec("/usr/bin/python3 " + HARNESS + "/runtests.py $TESTS", TEST_TIMEOUT);
        Tests t = r.timedOut() ? null : DemoProject.parseTests(r.stdout());
        if (t == null) {
            throw new DemoFailure("the test run in box " + b.id() + " gave no result (exit " + r.exitCode()
                    + (r.timedOut() ? ", timed out" : "") + "):\n" + tail(r.stdout()) + tail(r.stderr()));
        }
        return t;
    }

    private ExecResult mustRun(String cmd, String what) {
        return mustRun(box, cmd, what);
    }

    private static ExecResult mustRun(Box b, String cmd, String what) {
        ExecResult r = b.exec(cmd, Duration.ofSeconds(60));
        if (!r.ok()) {
            throw new DemoFailure("cannot " + what + " in box " + b.id() + " (exit " + r.exitCode() + "): " + cmd + "\n"
                    + tail(r.stdout()) + tail(r.stderr()));
        }
        return r;
    }

    // ---- output ---------------------------------------------------------------------------------

    private void begin(String what) {
        step++;
        if (!json) {
            out.printf(Locale.ROOT, "[%2d/%d] %s ", step, steps, what);
            out.flush();
        }
    }

    private void end(String result, String jsonFields) {
        if (json) out.println("{\"step\":" + step + ",\"of\":" + steps + "," + jsonFields + "}");
        else out.println(result);
        out.flush();
    }

    private static String cpText(Node n) {
        return String.format(Locale.ROOT, "checkpoint %s in %.1f ms", n.cp().label(), n.ms());
    }

    private String stepJson(String branch, Edit e, Node parent, Tests t, Node n) {
        return "\"event\":\"step\",\"branch\":" + Json.quote(branch) + ",\"edit\":" + (e == null ? "null"
                : "{\"id\":" + Json.quote(e.id()) + ",\"file\":" + Json.quote(e.file()) + ",\"what\":" + Json.quote(e.what()) + "}")
                + ",\"parent\":" + (parent == null ? "null" : parent.cp().id()) + ",\"tests\":" + t.json()
                + ",\"checkpoint\":{\"id\":" + n.cp().id() + ",\"name\":" + Json.quote(n.label()) + ",\"ms\":"
                + fmt(n.ms()) + "}";
    }

    private void summary(Node best, double totalMs) {
        List<Checkpoint> all = box.tree();
        double stateMs = sum(checkpointMs) + sum(rollbackMs) + sum(forkMs);
        if (json) {
            List<String> tree = new ArrayList<>();
            for (Checkpoint c : all) {
                Node n = nodes.get(c.id());
                tree.add("{\"id\":" + c.id() + ",\"parent\":" + c.parent() + ",\"name\":"
                        + (c.name() == null ? "null" : Json.quote(c.name())) + ",\"tests\":"
                        + (n == null ? "null" : n.tests().json()) + ",\"edits\":" + (n == null ? "[]"
                        : "[" + String.join(",", n.edits().stream().map(e -> Json.quote(e.id())).toList()) + "]") + "}");
            }
            out.println("{\"event\":\"summary\",\"box\":" + Json.quote(box.id()) + ",\"best\":{\"id\":" + best.cp().id()
                    + ",\"name\":" + Json.quote(best.label()) + ",\"tests\":" + best.tests().json() + "},\"tree\":["
                    + String.join(",", tree) + "],\"latencies\":{\"checkpoint\":" + statsJson(checkpointMs)
                    + ",\"rollback\":" + statsJson(rollbackMs) + ",\"fork\":" + statsJson(forkMs) + "},\"total_ms\":"
                    + fmt(totalMs) + ",\"setup_ms\":" + fmt(setupMs) + ",\"tests_ms\":" + fmt(testsMs) + ",\"state_ms\":" + fmt(stateMs) + "}");
            return;
        }
        out.println();
        out.println("checkpoint tree (" + all.size() + " checkpoints; * = best, the main box is back there):");
        Map<Long, List<Checkpoint>> kids = new LinkedHashMap<>();
        for (Checkpoint c : all) kids.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
        out.println("0 (created)");
        printTree(kids, 0, "", best);
        out.println();
        out.println("latencies (wall clock, as the caller sees them):");
        out.println(statsLine("checkpoint", checkpointMs));
        out.println(statsLine("rollback", rollbackMs));
        out.println(statsLine("fork", forkMs));
        out.printf(Locale.ROOT, "demo took %.1f s: box creation and project copy %.1f s, running tests %.1f s (%.0f%%),"
                + " checkpoint/rollback/fork %.3f s (%.2f%%), the rest (edits, checks) %.1f s%n", totalMs / 1000,
                setupMs / 1000, testsMs / 1000, 100 * testsMs / totalMs, stateMs / 1000, 100 * stateMs / totalMs,
                (totalMs - setupMs - testsMs - stateMs) / 1000);
        out.println("best: " + best.label() + " (" + best.tests().summary() + ") with "
                + String.join(", ", best.edits().stream().map(Edit::what).toList()));
        out.flush();
    }

    private void printTree(Map<Long, List<Checkpoint>> kids, long parent, String indent, Node best) {
        List<Checkpoint> list = kids.getOrDefault(parent, List.of());
        for (int i = 0; i < list.size(); i++) {
            Checkpoint c = list.get(i);
            boolean last = i == list.size() - 1;
            Node n = nodes.get(c.id());
            String label = indent + (last ? "`-- " : "|-- ") + c.id() + " " + (c.name() == null ? "" : c.name())
                    + (n != null && n == best ? " *" : "");
            String detail = n == null ? "" : n.tests().summary() + (n.edits().isEmpty() ? "   (unmodified)"
                    : "   +" + n.edits().getLast().id()) + (abandoned.contains(c.id()) ? "   (worse: rolled back)" : "");
            out.printf(Locale.ROOT, "%-40s %s%n", label, detail);
            printTree(kids, c.id(), indent + (last ? "    " : "|   "), best);
        }
    }

    static String statsLine(String what, List<Double> ms) {
        if (ms.isEmpty()) return String.format(Locale.ROOT, "  %-11s none", what);
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "  %-11s n=%-3d P50 %7.2f ms   P95 %7.2f ms   max %7.2f ms", what, s.length,
                percentile(s, 50), percentile(s, 95), s[s.length - 1]);
    }

    private static String statsJson(List<Double> ms) {
        if (ms.isEmpty()) return "{\"count\":0}";
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return "{\"count\":" + s.length + ",\"p50_ms\":" + fmt(percentile(s, 50)) + ",\"p95_ms\":" + fmt(percentile(s, 95))
                + ",\"max_ms\":" + fmt(s[s.length - 1]) + "}";
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ---- small helpers ----------------------------------------------------------------------------

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms);
    }

    private static double sum(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String tail(String s) {
        if (s == null || s.isEmpty()) return "";
        String t = s.length() > 2000 ? "..." + s.substring(s.length() - 2000) : s;
        return t.endsWith("\n") ? t : t + "\n";
    }

    /** Deletes {@code p} and what is in it; says on stderr what it could not delete. */
    static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (IOException e) {
            System.err.println("deltabox demo: could not delete " + p + ": " + e.getMessage());
        }
    }
}
