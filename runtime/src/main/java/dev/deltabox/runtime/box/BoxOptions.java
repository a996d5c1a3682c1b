package dev.deltabox.runtime.box;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to make a box. Defaults: the host's {@code /} as base (seen through a non-recursive bind,
 * so no other mount shows through), a state directory under {@code /var/lib/deltabox/boxes},
 * hostname "deltabox", loopback-only network, work directory {@code /workspace}, one bash
 * session named "bash", no memory or pids limit.
 */
public final class BoxOptions {

    Path base = Path.of("/");
    Path stateDir;
    String hostname = "deltabox";
    boolean hostNetwork;
    String workdir = "/workspace";
    long memoryLimitBytes;
    int pidsLimit;
    final Map<String, SessionKind> sessions = new LinkedHashMap<>(Map.of("bash", SessionKind.BASH));
    /** Directories of the base the box sees empty; null: {@link #HOST_PRIVATE} when the base is the host's "/". */
    java.util.List<String> hidden;

    /**
     * What a box on the host's "/" does not see of it by default: the host's temporary files,
     * homes, runtime state and DeltaBox's own state directories (the box gets these directories
     * empty; everything it writes there is its own and checkpointed).
     */
    public static final java.util.List<String> HOST_PRIVATE = java.util.List.of("/tmp", "/var/tmp", "/root", "/home",
            "/run", "/mnt", "/media", "/srv", "/var/lib/deltabox");

    /** What a session runs. */
    public enum SessionKind { BASH, PYTHON }

    /** The read-only base of the box's filesystem: a rootfs directory, or "/" (the default). */
    public BoxOptions base(Path dir) {
        this.base = Objects.requireNonNull(dir, "base");
        return this;
    }

    /** Where layers and the checkpoint tree live (must survive crashes; default under /var/lib/deltabox). */
    public BoxOptions stateDir(Path dir) {
        this.stateDir = Objects.requireNonNull(dir, "stateDir");
        return this;
    }

    public BoxOptions hostname(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("hostname must be 1-63 of [A-Za-z0-9.-] starting alphanumeric, was '"
                    + name + "'");
        }
        this.hostname = name;
        return this;
    }

    /** Share the host's network (default: a private network namespace with only loopback). */
    public BoxOptions hostNetwork(boolean on) {
        this.hostNetwork = on;
        return this;
    }

    /** The sessions' starting directory inside the box (created if missing). */
    public BoxOptions workdir(String dir) {
        if (!dir.startsWith("/")) throw new IllegalArgumentException("workdir must be absolute, was '" + dir + "'");
        this.workdir = dir;
        return this;
    }

    /** A memory limit for everything in the box (cgroup), 0 for none. */
    public BoxOptions memoryLimit(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("memory limit must be >= 0");
        this.memoryLimitBytes = bytes;
        return this;
    }

    /** A limit on the number of processes and threads in the box (cgroup), 0 for none. */
    public BoxOptions pidsLimit(int n) {
        if (n < 0) throw new IllegalArgumentException("pids limit must be >= 0");
        this.pidsLimit = n;
        return this;
    }

    /**
     * Directories of the base the box sees empty (absolute paths; missing ones are skipped, and
     * so is one that holds DeltaBox's own install, which CRIU runs from inside the box).
     * Default: {@link #HOST_PRIVATE} when the base is the host's "/", none for another rootfs.
     */
    public BoxOptions hide(String... dirs) {
        for (String d : dirs) {
            if (!d.startsWith("/")) throw new IllegalArgumentException("hidden directories must be absolute, was '" + d + "'");
        }
        this.hidden = java.util.List.of(dirs);
        return this;
    }

    java.util.List<String> hiddenDirectories() {
        if (hidden != null) return hidden;
        return base.toAbsolutePath().normalize().equals(Path.of("/")) ? HOST_PRIVATE : java.util.List.of();
    }

    /** Adds a session started with the box (default: only "bash"); checkpointed together with the others. */
    public BoxOptions session(String name, SessionKind kind) {
        if (!name.matches("[a-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("session name must be 1-32 of [a-z0-9_-], was '" + name + "'");
        }
        sessions.put(name, Objects.requireNonNull(kind, "kind"));
        return this;
    }
}
