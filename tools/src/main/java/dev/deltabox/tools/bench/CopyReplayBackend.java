package dev.deltabox.tools.bench;

import dev.deltabox.runtime.box.BashSession;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The "copy+replay" baseline: what an agent without checkpoints does. The only snapshot is the
 * pristine project; a checkpoint records the path of actions from the root (nearly free); a
 * rollback restores the pristine tree by copy, starts a fresh bash and re-executes every action
 * on the path to the target: the edits, the test runs and the shell commands. A fork does the
 * same in {@code n} new copies with {@code n} new sessions.
 *
 * <p>Threads: one thread owns an instance; forks are independent instances with their own tree
 * and session (they share the helper, which is thread-safe).
 */
final class CopyReplayBackend implements Backend {

    static final String NAME = "copy+replay";

    /** An action on the path: a file written with this content, or a command run. */
    private record Action(String path, String content, String command) {}

    private final HostProject project;
    private final HelperClient helper;
    private final Path helperRun; // the helper's runtime directory: non-null in the instance that owns the helper
    private final ForkCheckpointer fork;
    private final Path work;
    private final Path scratch;
    private final AtomicInteger forks;
    private final Map<String, List<Action>> checkpoints;
    private List<Action> path = new ArrayList<>();
    private BashSession session;

    private CopyReplayBackend(HostProject project, HelperClient helper, Path helperRun, Path scratch, Path work,
                              AtomicInteger forks, Map<String, List<Action>> checkpoints) throws IOException {
        this.project = project;
        this.helper = helper;
        this.helperRun = helperRun;
        this.fork = new ForkCheckpointer(helper);
        this.scratch = scratch;
        this.work = work;
        this.forks = forks;
        this.checkpoints = checkpoints;
    }

    /** A copy of the pristine project in {@code scratch}/work and a session in it. */
    static CopyReplayBackend open(HostProject project, Path scratch) throws IOException {
        Path run = HostProject.runtimeDir();
        HelperClient helper;
        try {
            helper = HelperClient.start(DeltaBoxHome.detect(), run);
        } catch (IOException | RuntimeException e) {
            HostProject.deleteTree(run);
            throw e;
        }
        CopyReplayBackend b = null;
        try {
            b = new CopyReplayBackend(project, helper, run, scratch, scratch.resolve("work"), new AtomicInteger(),
                    new HashMap<>());
            b.restore(List.of());
            return b;
        } catch (IOException | RuntimeException e) {
            if (b != null) {
                b.close();
            } else {
                helper.close();
                HostProject.deleteTree(run);
            }
            throw e;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "copy of the pristine tree + replay: checkpoint records the path from the root; rollback restores the"
                + " pristine tree (cp -a), starts a fresh bash and re-executes every edit, test run and shell command"
                + " on the path; fork does that n times";
    }

    @Override
    public Output exec(String command) throws IOException {
        path.add(new Action(null, null, command));
        return HostProject.output(session.exec(command, HostProject.COMMAND_TIMEOUT));
    }

    @Override
    public Output inspect(String command) throws IOException {
        return HostProject.output(session.exec(command, HostProject.COMMAND_TIMEOUT));
    }

    @Override
    public String read(String file) throws IOException {
        return Files.readString(work.resolve(file));
    }

    @Override
    public void write(String file, String content) throws IOException {
        path.add(new Action(file, content, null));
        Files.writeString(work.resolve(file), content, StandardCharsets.UTF_8);
    }

    @Override
    public String checkpoint() {
        synchronized (checkpoints) {
            String id = Integer.toString(checkpoints.size() + 1);
            checkpoints.put(id, List.copyOf(path));
            return id;
        }
    }

    @Override
    public void rollback(String id) throws IOException {
        restore(pathOf(id));
    }

    private List<Action> pathOf(String id) {
        synchronized (checkpoints) {
            List<Action> p = checkpoints.get(id);
            if (p == null) throw new IllegalArgumentException("no checkpoint " + id + " was taken by this backend");
            return p;
        }
    }

    /** Pristine tree, fresh session, then every action of {@code actions} again. */
    private void restore(List<Action> actions) throws IOException {
        if (session != null) {
            session.close();
            fork.kill(session.process());
            session = null;
        }
        HostProject.deleteTree(work);
        HostProject.copyTree(project.pristine(), work);
        session = project.startSession(fork, work);
        path = new ArrayList<>();
        for (Action a : actions) {
            if (a.command() != null) exec(a.command());
            else write(a.path(), a.content());
        }
    }

    @Override
    public boolean canFork() {
        return true;
    }

    @Override
    public List<Backend> fork(String id, int n) throws IOException {
        List<Action> actions = pathOf(id);
        List<Backend> kids = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Path kidWork = scratch.resolve("fork-" + forks.incrementAndGet());
                CopyReplayBackend k = new CopyReplayBackend(project, helper, null, scratch, kidWork, forks, checkpoints);
                kids.add(k);
                k.restore(actions);
            }
            return kids;
        } catch (IOException | RuntimeException e) {
            for (Backend k : kids) k.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (session != null) {
                session.close();
                session = null;
            }
            fork.close(); // kills the sessions it spawned
            HostProject.deleteTree(work);
        } finally {
            if (helperRun != null) {
                helper.close();
                HostProject.deleteTree(helperRun);
            }
        }
    }
}
