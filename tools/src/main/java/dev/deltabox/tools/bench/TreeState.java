package dev.deltabox.tools.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A baseline's way of saving and restoring a work tree: files only. The benchmark pairs it
 * with CRIU for the session process, so the tree keeps one path, {@link #workDir()}, for the
 * whole run: CRIU restores a process whose cwd and open files are under that path.
 *
 * <p>Threads: one benchmark thread owns an instance; nothing else touches the tree while a
 * method runs.
 */
public interface TreeState extends AutoCloseable {

    /** Short name shown in results, e.g. {@code "copy"}, {@code "overlayfs"}, {@code "btrfs"}. */
    String name();

    /** The work tree. Exists, holding the initial content, from the moment the state is open. */
    Path workDir();

    /**
     * Whether {@link #checkpoint()} needs the tree unused: no process with its cwd or an open
     * file under {@link #workDir()} (an overlayfs remount does; a copy or a btrfs snapshot does
     * not). If so the caller stops the session (CRIU dump without leave-running) around it.
     */
    boolean checkpointNeedsQuiescence();

    /** Saves the tree as it is now and returns the id to roll back to. */
    String checkpoint() throws IOException;

    /**
     * Makes {@link #workDir()} hold exactly what it held at checkpoint {@code id}, at the same
     * path. The caller has stopped every process using the tree before calling.
     *
     * @throws IllegalArgumentException for an id this state never returned
     */
    void rollback(String id) throws IOException;

    /** Unmounts and deletes everything the state made. Idempotent. */
    @Override
    void close() throws IOException;
}
