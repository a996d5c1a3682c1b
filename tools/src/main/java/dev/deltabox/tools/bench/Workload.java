package dev.deltabox.tools.bench;

import dev.deltabox.tools.DemoProject;
import dev.deltabox.tools.DemoProject.Edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's workload: a tree search over edits to docutils, as a trace fixed by a seed
 * before anything runs, so that every backend gets exactly the same steps. Each expansion, from
 * the current node, edits one real source file (an edit from {@link #CATALOGUE}, the undo of one
 * made on the path, or an inserted line), runs the project's tests that touch that file, changes
 * the shell's state (cwd, variables, a function) and checkpoints a new node. Each rollback goes
 * back to an earlier node: one step up (undo the last idea), to an ancestor (abandon a branch) or
 * anywhere in the tree (a best-first jump), drawn from the seed.
 *
 * <p>Immutable; the generator is a pure function of its arguments.
 */
public final class Workload {

    private Workload() {}

    /** Files the edits touch: the digest hashes all of them. */
    public static final String STATEMACHINE = "docutils/statemachine.py";
    public static final List<String> EDITED_FILES = List.of(DemoProject.STATES, DemoProject.NODES, STATEMACHINE);

    /** Test modules (run from the project's root) that exercise each edit's behaviour: each run ~0.1-0.5 s. */
    private static final String RST = "test.test_parsers.test_rst.";

    /** An edit and the tests that touch it. */
    public record Candidate(Edit edit, String tests) {}

    /** Edits that change behaviour (some break tests, some do not); their anchors do not overlap. */
    public static final List<Candidate> CATALOGUE = List.of(
            new Candidate(DemoProject.BULLET, RST + "test_bullet_lists"),
            new Candidate(DemoProject.COLON_ENUM, RST + "test_enumerated_lists"),
            new Candidate(DemoProject.BOX_ADORN, RST + "test_section_headers"),
            new Candidate(DemoProject.CASEFOLD, "test.test_nodes " + RST + "test_targets"),
            new Candidate(DemoProject.ID_UNDERSCORE, "test.test_nodes"),
            new Candidate(DemoProject.STRIP_NAMES, "test.test_nodes " + RST + "test_targets"),
            new Candidate(DemoProject.NO_UNDERSCORE_REF, RST + "test_targets"),
            new Candidate(DemoProject.LOOSE_INLINE, RST + "test_inline_markup"),
            new Candidate(DemoProject.DIGIT_IDS, "test.test_nodes"),
            new Candidate(new Edit("tab-width-4", STATEMACHINE, "expand tabs to 4 columns",
                    "def string2lines(astring, tab_width=8,", "def string2lines(astring, tab_width=4,"),
                    "test.test_statemachine " + RST + "test_literal_blocks"),
            new Candidate(new Edit("grid-top", DemoProject.STATES, "grid tables must start with '+='",
                    "grid_table_top_pat = re.compile(r'\\+-[-+]+-\\+ *$')",
                    "grid_table_top_pat = re.compile(r'\\+=[-+]+-\\+ *$')"), RST + "test_tables"));

    /** Where inserted lines go (before a line that stays unique), and the tests run after. */
    private static final List<Candidate> INSERT_ANCHORS = List.of(
            new Candidate(new Edit("note", DemoProject.STATES, "insert a line", "class RSTStateMachine(StateMachineWS):", ""),
                    RST + "test_paragraphs"),
            new Candidate(new Edit("note", DemoProject.NODES, "insert a line", "class NodeVisitor:", ""), "test.test_nodes"),
            new Candidate(new Edit("note", STATEMACHINE, "insert a line", "def string2lines(", ""), "test.test_statemachine"));

    /** Ids of inserted lines start so; undos end so ({@link Edit#reversed()}). */
    private static final String NOTE = "note-", UNDO = "-undo";

    /** Directories (under the project's root) the shell cds into between steps. */
    static final List<String> DIRS = List.of(".", "docutils", "docutils/parsers/rst", "test");

    /** One step of the trace. */
    public sealed interface Step permits Expand, Rollback {}

    /** From the current node ({@code parent}): make {@code edit}, run {@code tests}, cd to {@code dir}; checkpoint node {@code node}. */
    public record Expand(int node, int parent, Edit edit, String tests, String dir) implements Step {}

    /** Go back to node {@code target} (an existing node other than the current one); {@code kind}: why. */
    public record Rollback(int target, int from, String kind) implements Step {}

    /** A trajectory: node 0 is the unmodified project, checkpointed before the first step. */
    public record Trace(long seed, int expansions, int rollbacks, List<Step> steps) {}

    /** The trace for {@code seed}: exactly {@code expansions} expansions and {@code rollbacks} rollbacks, starting with an expansion. */
    public static Trace generate(long seed, int expansions, int rollbacks) {
        if (expansions < 1) throw new IllegalArgumentException("expansions must be >= 1, was " + expansions);
        if (rollbacks < 0 || rollbacks > expansions) {
            throw new IllegalArgumentException("rollbacks must be 0.." + expansions + " (at most one per expansion), was " + rollbacks);
        }
        Random rnd = new Random(seed);
        // which catalogue edits are made at each node (the model of the files, enough to pick applicable edits)
        List<Set<String>> applied = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        applied.add(Set.of());
        parents.add(-1);
        List<Step> steps = new ArrayList<>();
        int current = 0, leftExp = expansions, leftRb = rollbacks;
        boolean lastWasRollback = true; // the first step is an expansion
        while (leftExp > 0 || leftRb > 0) {
            // a rollback now with the probability that spreads the remaining ones evenly, never two in a row
            boolean rollback = !lastWasRollback && leftRb > 0
                    && (leftExp == 0 || rnd.nextDouble() < (double) leftRb / (leftExp + leftRb) * 1.4);
            if (rollback) {
                int target = rollbackTarget(rnd, current, parents);
                steps.add(new Rollback(target, current, target == parents.get(current) ? "undo" : isAncestor(target, current, parents)
                        ? "abandon branch" : "jump"));
                current = target;
                leftRb--;
                lastWasRollback = true;
            } else {
                int node = applied.size();
                Set<String> here = applied.get(current);
                Candidate c = pickEdit(rnd, here, node);
                Set<String> next = new HashSet<>(here);
                String id = c.edit().id();
                if (id.endsWith(UNDO)) next.remove(id.substring(0, id.length() - UNDO.length()));
                else if (!id.startsWith(NOTE)) next.add(id);
                applied.add(Set.copyOf(next));
                parents.add(current);
                steps.add(new Expand(node, current, c.edit(), c.tests(), DIRS.get(rnd.nextInt(DIRS.size()))));
                current = node;
                leftExp--;
                lastWasRollback = false;
            }
        }
        return new Trace(seed, expansions, rollbacks, List.copyOf(steps));
    }

    private static Candidate pickEdit(Random rnd, Set<String> here, int node) {
        double r = rnd.nextDouble();
        List<Candidate> made = CATALOGUE.stream().filter(c -> here.contains(c.edit().id())).toList();
        List<Candidate> open = CATALOGUE.stream().filter(c -> !here.contains(c.edit().id())).toList();
        if (r < 0.2 && !made.isEmpty()) {
            Candidate c = made.get(rnd.nextInt(made.size()));
            return new Candidate(c.edit().reversed(), c.tests());
        }
        if (r < 0.45 || open.isEmpty()) {
            Candidate a = INSERT_ANCHORS.get(rnd.nextInt(INSERT_ANCHORS.size()));
            Edit e = a.edit();
            // the anchor line stays (after the inserted one), so it is unique again for the next insert
            return new Candidate(new Edit(NOTE + node, e.file(), e.what(), e.old(),
                    "BENCH_NOTE_" + node + " = " + node + "  # added by node " + node + "\n" + e.old()), a.tests());
        }
        return open.get(rnd.nextInt(open.size()));
    }

    private static int rollbackTarget(Random rnd, int current, List<Integer> parents) {
        double r = rnd.nextDouble();
        int parent = parents.get(current);
        if (r < 0.5 && parent >= 0) return parent;
        if (r < 0.75) {
            List<Integer> ancestors = new ArrayList<>();
            for (int a = parent; a >= 0; a = parents.get(a)) ancestors.add(a);
            if (!ancestors.isEmpty()) return ancestors.get(rnd.nextInt(ancestors.size()));
        }
        int t;
        do {
            t = rnd.nextInt(parents.size());
        } while (t == current);
        return t;
    }

    private static boolean isAncestor(int a, int node, List<Integer> parents) {
        for (int p = parents.get(node); p >= 0; p = parents.get(p)) if (p == a) return true;
        return false;
    }

    /** The edit the {@code i}-th box of a fan-out makes (from the catalogue, in turn) and its tests. */
    public static Candidate fanOutEdit(int i) {
        return CATALOGUE.get(i % CATALOGUE.size());
    }

    /** Counts of the trace's steps, for the results' parameters. */
    public static Map<String, String> parameters(Trace t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("seed", Long.toString(t.seed()));
        m.put("expansions", Integer.toString(t.expansions()));
        m.put("rollbacks", Integer.toString(t.rollbacks()));
        return m;
    }
}
