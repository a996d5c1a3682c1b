package dev.deltabox.runtime.box;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A box's memory and pids limits, as cgroup-v1 groups {@code memory/deltabox/BOX} and
 * {@code pids/deltabox/BOX} (this machine kind mounts the v1 controllers; the v2 hierarchy has
 * neither). Made only when a limit is asked for. Box processes are created by the helper (and
 * CRIU), not by a process already in the group, so each session's process tree is added
 * explicitly after it is spawned, restored or forked; what a session starts inherits the group.
 *
 * <p>Thread-safety: not thread-safe; owned by its box under the box lock.
 */
final class BoxCgroup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoxCgroup.class);
    private static final Path V1 = Path.of("/sys/fs/cgroup");

    private final List<Path> groups;

    private BoxCgroup(List<Path> groups) {
        this.groups = groups;
    }

    /** The groups for box {@code id} with these limits (0: none); null when no limit is asked for. */
    static BoxCgroup create(String id, long memoryBytes, int pids) {
        if (memoryBytes == 0 && pids == 0) return null;
        List<Path> made = new ArrayList<>();
        try {
            if (memoryBytes > 0) {
                Path g = group("memory", id);
                made.add(g);
                Files.writeString(g.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
                // swap would let the box exceed the limit on a machine with swap: count it too when possible
                Path memsw = g.resolve("memory.memsw.limit_in_bytes");
                if (Files.exists(memsw)) Files.writeString(memsw, Long.toString(memoryBytes));
            }
            if (pids > 0) {
                Path g = group("pids", id);
                made.add(g);
                Files.writeString(g.resolve("pids.max"), Integer.toString(pids));
            }
            return new BoxCgroup(made);
        } catch (IOException | RuntimeException e) {
            new BoxCgroup(made).close();
            throw new BoxException("cannot set the box's limits through cgroups (" + e.getMessage()
                    + "); run without memory/pids limits, or mount the cgroup v1 memory and pids controllers", e);
        }
    }

    private static Path group(String controller, String id) throws IOException {
        Path root = V1.resolve(controller);
        if (!Files.exists(root.resolve("cgroup.procs"))) {
            throw new IOException("the " + controller + " controller is not mounted at " + root);
        }
        Path g = root.resolve("deltabox").resolve(id);
        Files.createDirectories(g);
        return g;
    }

    /** Puts process {@code pid} (and what it starts from now on) under the limits. */
    void add(long pid) {
        for (Path g : groups) {
            try {
                Files.writeString(g.resolve("cgroup.procs"), Long.toString(pid));
            } catch (IOException e) {
                throw new BoxException("cannot put process " + pid + " under the box's limits in " + g + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Puts {@code root}'s whole process tree under the limits: a session restored by CRIU (its
     * background jobs too), or forked from a template that CRIU rebuilt, was not born in the group.
     */
    void addTree(long root) {
        for (long pid : dev.deltabox.runtime.cr.ProcessTrees.members(root)) add(pid);
    }

    /** Removes the groups; the box's processes must be gone (a group with members stays, logged). */
    @Override
    public void close() {
        for (Path g : groups) {
            try {
                Files.deleteIfExists(g);
            } catch (IOException e) {
                log.warn("cgroup {} not removed: {}", g, e.toString());
            }
        }
    }
}
