package dev.deltabox.tools.bench;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.BoxOptions;
import dev.deltabox.runtime.box.Checkpoint;
import dev.deltabox.runtime.box.ExecResult;
import dev.deltabox.tools.DemoProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "deltabox" backend: a {@link Box} on the host's {@code /} with docutils unpacked into its
 * /workspace (as {@code deltabox demo} does); checkpoint, rollback and fork are the box's.
 *
 * <p>Threads: one thread owns an instance; forks are independent instances (sharing only the
 * box family, which is thread-safe).
 */
final class DeltaBoxBackend implements Backend {

    static final String NAME = "deltabox";
    static final String ROOT = "/workspace/docutils";
    static final String HARNESS = "/workspace/.harness";

    private final Box box;
    private final boolean owner; // the main box; forks share its family
    private final Map<String, Checkpoint> checkpoints;

    private DeltaBoxBackend(Box box, boolean owner, Map<String, Checkpoint> checkpoints) {
        this.box = box;
        this.owner = owner;
        this.checkpoints = checkpoints;
    }

    /** A new box with the project unpacked and the session initialized; its state directory under {@code scratch}. */
    static DeltaBoxBackend open(Path scratch) throws IOException {
        DemoProject.Source src = DemoProject.source();
        Box box = Box.create(new BoxOptions().stateDir(Files.createDirectories(scratch.resolve("box-state"))));
        try {
            DeltaBoxBackend b = new DeltaBoxBackend(box, true, new HashMap<>());
            b.mustRun("mkdir -p " + HARNESS + " " + ROOT);
            box.files().write(HARNESS + "/docutils.tar.xz", Files.readAllBytes(src.tarball()));
            box.files().write(HARNESS + "/runtests.py", DemoProject.testRunner());
            b.mustRun("tar -xf " + HARNESS + "/docutils.tar.xz -C " + ROOT + " --strip-components=1 && rm " + HARNESS
                    + "/docutils.tar.xz");
            b.mustRun(HostProject.sessionInit(ROOT, HARNESS + "/runtests.py"));
            return b;
        } catch (IOException | RuntimeException e) {
            box.close();
            throw e;
        }
    }

    private void mustRun(String command) throws IOException {
        Output o = exec(command);
        if (o.exitCode() != 0) throw new IOException("in box " + box.id() + ": " + command + " failed: " + o.stderr());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "DeltaBox: checkpoint freezes the DeltaFS layer and forks the shell into a template; rollback"
                + " switches layers and forks from the template; fork makes new boxes on the same layers"
                + " (spares prepared by prepareForks(n) before the timed fork)";
    }

    @Override
    public Output exec(String command) throws IOException {
        ExecResult r = box.exec(command, HostProject.COMMAND_TIMEOUT);
        return HostProject.output(r);
    }

    @Override
    public String read(String path) {
        return box.files().readString(ROOT + "/" + path);
    }

    @Override
    public void write(String path, String content) {
        box.files().writeString(ROOT + "/" + path, content);
    }

    @Override
    public String checkpoint() {
        Checkpoint c = box.checkpoint();
        String id = Long.toString(c.id());
        synchronized (checkpoints) {
            checkpoints.put(id, c);
        }
        return id;
    }

    @Override
    public void rollback(String id) {
        box.rollback(checkpointOf(id));
        if (STEPS) stepsToPrint = "[deltabox] rollback to " + id + ": " + box.lastOperationSteps();
    }

    @Override
    public Output inspect(String command) throws IOException {
        // printed here, by the harness's check, outside the rollback's measured time
        if (stepsToPrint != null) System.err.println(stepsToPrint);
        stepsToPrint = null;
        return exec(command);
    }

    /** -Ddeltabox.bench.steps=true: print where each rollback's time went (Box.lastOperationSteps). */
    private static final boolean STEPS = Boolean.getBoolean("deltabox.bench.steps");
    private String stepsToPrint; // the last rollback's steps, until the harness's next look

    private Checkpoint checkpointOf(String id) {
        synchronized (checkpoints) {
            Checkpoint c = checkpoints.get(id);
            if (c == null) throw new IllegalArgumentException("no checkpoint " + id + " was taken by this backend");
            return c;
        }
    }

    @Override
    public boolean canFork() {
        return true;
    }

    /** Makes {@code n} spare boxes ahead of the fork, as an agent loop does while the model thinks. */
    void prepareForks(int n) {
        box.prepareForks(n);
    }

    @Override
    public List<Backend> fork(String id, int n) {
        List<Backend> kids = new ArrayList<>();
        for (Box k : box.fork(checkpointOf(id), n)) kids.add(new DeltaBoxBackend(k, false, checkpoints));
        return kids;
    }

    @Override
    public void close() {
        box.close();
        if (owner) {
            try {
                HostProject.deleteTree(box.stateDir());
            } catch (IOException e) {
                System.err.println("deltabox bench: could not delete " + box.stateDir() + ": " + e.getMessage());
            }
        }
    }
}
