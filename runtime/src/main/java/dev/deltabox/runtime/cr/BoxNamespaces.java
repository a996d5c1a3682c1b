package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One box's Linux namespaces, made by the helper (c-src/helper/boxes.c): new mount, PID, UTS,
 * IPC and, unless the host's network is asked for, network namespaces (then only a loopback
 * interface, up). Its root is a host directory (later a DeltaFS mount), with a fresh /proc and
 * a minimal /dev (null, zero, full, random, urandom, tty, a private devpts, /dev/shm).
 *
 * <p>PID 1 of the box is the box init, a small process of the helper's that only reaps orphans;
 * every other process of the box (spawned with {@link ForkCheckpointer#spawn(java.util.List,
 * java.util.Map, Path, BoxNamespaces)}, or rolled back into it) is the helper's child, as outside
 * boxes. {@link #destroy} kills the init: the kernel then kills every process of the box (and of
 * boxes made with it as their parent: {@link #retire} kills its processes without them) and its
 * mounts go with the last of them.
 *
 * <p>A box made with a {@code parent} has its PID namespace inside the parent's: templates of
 * the parent box can be rolled back into it (the kernel lets a process fork only into its own
 * PID namespace or a descendant), and the parent box sees its processes (and may kill them).
 * The kernel nests PID namespaces at most 32 deep: a chain of forks, each into a box made inside
 * the previous one, ends after about 30 generations.
 *
 * <p>Concurrency: thread-safe; {@link #destroy} is idempotent (guarded by {@code this}). The
 * {@link HelperClient} is the caller's.
 */
public final class BoxNamespaces implements AutoCloseable {

    private final HelperClient helper;
    private final long initPid;
    private final int pidfd;
    private final Path root;
    private final String hostname;
    private final boolean hostNetwork;
    private final BoxNamespaces parent;
    private boolean destroyed; // guarded by this

    private BoxNamespaces(HelperClient helper, HelperClient.Box box, Path root, String hostname, boolean hostNetwork,
                          BoxNamespaces parent) {
        this.helper = helper;
        this.initPid = box.initPid();
        this.pidfd = box.pidfd();
        this.root = root;
        this.hostname = hostname;
        this.hostNetwork = hostNetwork;
        this.parent = parent;
    }

    /**
     * Makes a box rooted at {@code root} (an existing host directory) called {@code hostname}.
     * {@code parent} (may be null): the box whose templates must be able to roll back into this
     * one; it must be a box of the same helper.
     *
     * @throws HelperException when the helper cannot make it; the message names the failed step
     *                         (a missing root, a mount that failed) and nothing is left behind
     */
    public static BoxNamespaces create(HelperClient helper, Path root, String hostname, boolean hostNetwork,
                                       BoxNamespaces parent) {
        Path abs = checked(helper, root, hostname, parent);
        return registered(helper, helper.createBox(abs, hostname, hostNetwork, parent == null ? 0 : parent.initPid),
                abs, hostname, hostNetwork, parent);
    }

    /**
     * A box on its way ({@link #start}): its processes set it up while the caller goes on;
     * {@link #finish} waits for it. Not thread-safe: one owner, who must finish it.
     */
    public static final class Pending {
        private final HelperClient helper;
        private final long ticket;
        private final Path root;
        private final String hostname;
        private final boolean hostNetwork;
        private final BoxNamespaces parent;
        private boolean finished;

        private Pending(HelperClient helper, long ticket, Path root, String hostname, boolean hostNetwork,
                        BoxNamespaces parent) {
            this.helper = helper;
            this.ticket = ticket;
            this.root = root;
            this.hostname = hostname;
            this.hostNetwork = hostNetwork;
            this.parent = parent;
        }

        /**
         * The box, once ready.
         *
         * @throws HelperException as {@link #create} does when its setup failed (nothing is left behind)
         * @throws IllegalStateException when called twice
         */
        public BoxNamespaces finish() {
            if (finished) throw new IllegalStateException("box " + hostname + " at " + root + " was finished already");
            finished = true;
            return registered(helper, helper.finishBox(ticket), root, hostname, hostNetwork, parent);
        }

        /** Finishes and destroys it: for a box started but no longer wanted. */
        public void discard() {
            if (finished) return;
            try {
                finish().destroy();
            } catch (HelperException e) {
                // its setup failed: nothing of it is left
                if (e instanceof HelperGoneException) throw e;
            }
        }
    }

    /**
     * Starts making a box as {@link #create} does, and returns while the box's own processes set
     * it up (namespaces, mounts): the caller can send the helper other requests meanwhile, and
     * {@link Pending#finish} then takes the box.
     */
    public static Pending start(HelperClient helper, Path root, String hostname, boolean hostNetwork,
                                BoxNamespaces parent) {
        Path abs = checked(helper, root, hostname, parent);
        long ticket = helper.startBox(abs, hostname, hostNetwork, parent == null ? 0 : parent.initPid);
        return new Pending(helper, ticket, abs, hostname, hostNetwork, parent);
    }

    private static Path checked(HelperClient helper, Path root, String hostname, BoxNamespaces parent) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(hostname, "hostname");
        if (parent != null && parent.helper != helper) {
            throw new IllegalArgumentException("the parent box belongs to another helper");
        }
        return root.toAbsolutePath().normalize();
    }

    private static BoxNamespaces registered(HelperClient helper, HelperClient.Box b, Path abs, String hostname,
                                            boolean hostNetwork, BoxNamespaces parent) {
        BoxNamespaces box = new BoxNamespaces(helper, b, abs, hostname, hostNetwork, parent);
        String ns = pidNamespace(box.initPid);
        if (ns != null) {
            synchronized (LIVE) {
                LIVE.put(ns, box);
            }
        }
        box.pidNamespace = ns;
        return box;
    }

    // the live boxes by PID namespace (as /proc/PID/ns/pid names it), for ofProcess
    private static final Map<String, BoxNamespaces> LIVE = new HashMap<>();
    private String pidNamespace; // of the box, fixed at create

    /**
     * The live box whose PID namespace process {@code pid} (a host PID) runs in, or null: a
     * process of no box, of a destroyed box, or gone. How {@link DurableImages} finds the box of a
     * template, to take its image with CRIU inside that box.
     */
    public static BoxNamespaces ofProcess(long pid) {
        String ns = pidNamespace(pid);
        if (ns == null) return null;
        BoxNamespaces b;
        synchronized (LIVE) { // not with isAlive's lock: destroy takes the two the other way round
            b = LIVE.get(ns);
        }
        return b != null && b.isAlive() ? b : null;
    }

    /**
     * The PID of host process {@code pid} as this box's processes see it (the last NSpid of
     * /proc/PID/status), or -1 when it is gone or not in this box's PID namespace.
     */
    public long nsPid(long pid) {
        if (pidNamespace == null || !pidNamespace.equals(pidNamespace(pid))) return -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("NSpid:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(f[f.length - 1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * The session and process group of host process {@code pid} as this box numbers them (the
     * last NSsid and NSpgid of /proc/PID/status), or null when it is gone or not in this box.
     */
    long[] nsSessionAndGroup(long pid) {
        if (pidNamespace == null || !pidNamespace.equals(pidNamespace(pid))) return null;
        long sid = -1, pgid = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("NSsid:") || line.startsWith("NSpgid:")) {
                    String[] f = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
                    long v = Long.parseLong(f[f.length - 1]);
                    if (line.startsWith("NSsid:")) sid = v;
                    else pgid = v;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return sid < 0 || pgid < 0 ? null : new long[] {sid, pgid};
    }

    /**
     * The host PID of the helper's child that is {@code nsPid} in this box's PID namespace (a
     * process CRIU restored in the box as the helper's child: restore-sibling), or -1.
     */
    long hostPidOfHelperChild(long nsPid) {
        long hp = helper.pid();
        String children;
        try {
            children = Files.readString(Path.of("/proc/" + hp + "/task/" + hp + "/children")).trim();
        } catch (IOException e) {
            return -1;
        }
        if (children.isEmpty()) return -1;
        for (String c : children.split(" ")) {
            long pid = Long.parseLong(c);
            if (nsPid(pid) == nsPid) return pid;
        }
        return -1;
    }

    /** The box init's PID as the helper (and the runtime) number it: the box's id in helper requests. */
    public long initPid() {
        return initPid;
    }

    /** A pidfd on the box init, owned by this object: POLLIN once the box is gone. */
    public int pidfd() {
        return pidfd;
    }

    public Path root() {
        return root;
    }

    public String hostname() {
        return hostname;
    }

    public boolean hostNetwork() {
        return hostNetwork;
    }

    /** The box this one was made inside (PID namespace), or null. */
    public BoxNamespaces parent() {
        return parent;
    }

    HelperClient helper() {
        return helper;
    }

    /** Whether the box init still runs (a box whose parent was destroyed is gone too). */
    public synchronized boolean isAlive() {
        return !destroyed && libc_h.pidfd_send_signal(pidfd, 0, MemorySegment.NULL, 0) == 0;
    }

    /**
     * Kills the box init, which kills every process in the box, and waits until the helper has
     * reaped it (after every other process of the box: the kernel holds PID 1's exit until then),
     * so that the box's mounts are gone when this returns.
     */
    public synchronized void destroy() {
        if (destroyed) return;
        destroyed = true;
        if (pidNamespace != null) {
            synchronized (LIVE) {
                LIVE.remove(pidNamespace, this);
            }
        }
        libc_h.pidfd_send_signal(pidfd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
        try {
            helper.waitFor(initPid);
        } catch (HelperException e) {
            // already reported to an earlier waitFor: it is gone, which is all we wait for
            if (e instanceof HelperGoneException) throw e;
        } finally {
            libc_h.close(pidfd);
        }
    }

    /**
     * Kills every process of this box but its init, and leaves the boxes made inside it running:
     * their PID namespaces are inside this box's, so {@link #destroy} would kill them too (the
     * kernel kills every process of a PID namespace and of its descendants when its PID 1 dies).
     * Templates of this box die as well. The init, and with it the box's namespaces and mounts,
     * stays until {@link #destroy}.
     *
     * @return how many processes were killed
     */
    public synchronized long retire() throws IOException {
        if (destroyed) return 0;
        String ns = pidNamespace(initPid);
        if (ns == null) return 0; // gone already
        Set<Long> killed = new HashSet<>();
        // a process may fork while we look, and a killed one lingers until it is scheduled:
        // repeat until a pass finds nobody
        for (boolean found = true; found; ) {
            found = false;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) continue;
                    long pid = Long.parseLong(name);
                    if (pid == initPid || !ns.equals(pidNamespace(pid))) continue;
                    int fd = libc_h.pidfd_open((int) pid, 0);
                    if (fd < 0) continue; // gone meanwhile
                    try {
                        // the pid may have been reused between the look and the open: look again
                        if (ns.equals(pidNamespace(pid))
                                && libc_h.pidfd_send_signal(fd, libc_h.SIGKILL(), MemorySegment.NULL, 0) == 0) {
                            killed.add(pid);
                            found = true;
                        }
                    } finally {
                        libc_h.close(fd);
                    }
                }
            }
        }
        return killed.size();
    }

    /** The PID namespace a process is in (its own, not its children's), or null when it is gone. */
    private static String pidNamespace(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/pid")).toString();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "box " + hostname + " (init " + initPid + ", root " + root + ")";
    }
}
