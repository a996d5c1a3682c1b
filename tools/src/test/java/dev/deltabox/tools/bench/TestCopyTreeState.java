package dev.deltabox.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The simplest {@link TreeState}, for testing {@link CriuTreeBaseline} without the real ones:
 * a checkpoint is a {@code cp -a} of the work tree, a rollback copies it back. It can claim to
 * need quiescence, to test that path of the baseline too (and then fails loudly if a process
 * still has its cwd in the tree when it checkpoints).
 *
 * <p>Threads: one thread owns an instance.
 */
final class TestCopyTreeState implements TreeState {

    private final Path scratch;
    private final Path work;
    private final boolean quiescent;
    private final List<Path> saved = new ArrayList<>();

    private TestCopyTreeState(Path scratch, boolean quiescent) {
        this.scratch = scratch;
        this.work = scratch.resolve("work");
        this.quiescent = quiescent;
    }

    static TreeStateFactory factory(boolean quiescent) {
        return (initial, scratch) -> {
            TestCopyTreeState s = new TestCopyTreeState(scratch, quiescent);
            HostProject.copyTree(initial, s.work);
            return s;
        };
    }

    @Override
    public String name() {
        return quiescent ? "test-copy-quiescent" : "test-copy";
    }

    @Override
    public Path workDir() {
        return work;
    }

    @Override
    public boolean checkpointNeedsQuiescence() {
        return quiescent;
    }

    @Override
    public String checkpoint() throws IOException {
        if (quiescent) requireUnused();
        Path to = scratch.resolve("cp-" + (saved.size() + 1));
        HostProject.copyTree(work, to);
        saved.add(to);
        return Integer.toString(saved.size());
    }

    /** No process has its cwd under the tree (what an overlayfs remount would need). */
    private void requireUnused() throws IOException {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readSymbolicLink(p.resolve("cwd")).startsWith(work)) {
                        throw new IOException("process " + p.getFileName() + " has its cwd in the tree during a quiescent checkpoint");
                    }
                } catch (IOException | SecurityException e) {
                    if (e.getMessage() != null && e.getMessage().contains("quiescent")) throw (IOException) e;
                }
            }
        }
    }

    @Override
    public void rollback(String id) throws IOException {
        int i;
        try {
            i = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no checkpoint " + id);
        }
        if (i < 1 || i > saved.size()) throw new IllegalArgumentException("no checkpoint " + id);
        HostProject.deleteTree(work);
        HostProject.copyTree(saved.get(i - 1), work);
    }

    @Override
    public void close() throws IOException {
        HostProject.deleteTree(scratch);
    }
}
