package dev.deltabox.tools.bench;

import java.io.IOException;
import java.util.List;

/**
 * One way of keeping an agent's sandbox state, as the benchmark drives it: a project tree and a
 * persistent bash session working in it, which can be checkpointed, rolled back and (optionally)
 * forked. Paths are relative to the project's root; the shell has {@code $BENCH_ROOT} (the
 * project's root) and {@code $BENCH_RUNNER} (the test runner) set, and starts in the root.
 *
 * <p>Threads: one thread owns a backend and calls it sequentially; each backend that
 * {@link #fork} returns is independent and may be owned by another thread.
 */
interface Backend extends AutoCloseable {

    /** What a command printed and how it ended. */
    record Output(int exitCode, String stdout, String stderr) {}

    /** The name in results ("deltabox", "copy+replay", ...). */
    String name();

    /** One line on what checkpoint, rollback and fork do here, for the results. */
    String description();

    /** Runs {@code command} in the persistent session: agent work (changes state). */
    Output exec(String command) throws IOException;

    /**
     * Runs a read-only {@code command} for the harness's correctness check: not agent work (a
     * replaying backend does not replay it). It must change no state.
     */
    default Output inspect(String command) throws IOException {
        return exec(command);
    }

    String read(String path) throws IOException;

    void write(String path, String content) throws IOException;

    /** Saves files and session as they are now; returns the id to roll back to. */
    String checkpoint() throws IOException;

    /** Makes files and session what they were at checkpoint {@code id}. */
    void rollback(String id) throws IOException;

    /** Whether {@link #fork} works; if not, {@link #forkUnsupported()} says why. */
    default boolean canFork() {
        return false;
    }

    default String forkUnsupported() {
        return BenchRunner.NOT_MEASURED + "fork is not implemented for " + name();
    }

    /** {@code n} new independent sandboxes, each starting from checkpoint {@code id}; the caller closes them. */
    default List<Backend> fork(String id, int n) throws IOException {
        throw new UnsupportedOperationException(forkUnsupported());
    }

    /** Ends the session and deletes everything the backend made. Idempotent. */
    @Override
    void close() throws IOException;
}
