package dev.deltabox.jmh;

import dev.deltabox.runtime.fs.DeltaMount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The file systems the workload benchmarks compare, each showing the same base directory:
 * the directory itself, kernel overlayfs, fuse-overlayfs and DeltaFS (the last three with a
 * fresh, empty upper layer). {@link #mount} returns a {@link Mounted} that must be closed;
 * whatever is still mounted when the JVM exits (a failed setup, Ctrl-C, an exception JMH
 * did not tear down after) is unmounted by a shutdown hook, which also deletes the temporary
 * directories made by {@link #newWorkDir}; fuse-overlayfs daemons this
 * JVM started are waited for, then killed if they linger. (A {@code kill -9} of the JVM
 * cannot be covered for kernel overlayfs; DeltaFS mounts with auto_unmount.)
 */
enum FsTarget {
    /** The backing directory itself, no layer. */
    NATIVE("native"),
    /** Kernel overlayfs: lowerdir = base, fresh upperdir and workdir. */
    OVERLAYFS("overlayfs"),
    /** fuse-overlayfs (Debian's 1.10), the same directories as kernel overlayfs. */
    FUSE_OVERLAYFS("fuse-overlayfs"),
    /** DeltaFS over the base, a fresh state directory. */
    DELTAFS("deltafs");

    final String label;

    FsTarget(String label) {
        this.label = label;
    }

    static FsTarget of(String label) {
        for (FsTarget t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown target '" + label + "' (native, overlayfs, fuse-overlayfs, deltafs)");
    }

    /** Mounts this target over {@code base}, keeping its own directories under {@code work}. */
    Mounted mount(Path base, Path work) throws IOException {
        if (this == NATIVE) return new Mounted(this, base, null, null);
        Path mnt = Files.createDirectories(work.resolve("mnt"));
        Mounted m = switch (this) {
            case OVERLAYFS -> {
                run("mount", "-t", "overlay", "overlay", "-o", overlayDirs(base, work), mnt.toString());
                yield new Mounted(this, mnt, null, null);
            }
            case FUSE_OVERLAYFS -> {
                Path log = work.resolve("fuse-overlayfs.log");
                Process p = new ProcessBuilder("fuse-overlayfs", "-f", "-o", overlayDirs(base, work), mnt.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Mounted started = new Mounted(this, mnt, p, null);
                try {
                    awaitMounted(mnt, p, log);
                } catch (IOException | RuntimeException e) {
                    started.close();
                    throw e;
                }
                yield started;
            }
            case DELTAFS -> new Mounted(this, mnt, null,
                    DeltaMount.options(base, Files.createDirectories(work.resolve("state")), mnt).mount());
            case NATIVE -> throw new AssertionError();
        };
        return m;
    }

    private static String overlayDirs(Path base, Path work) throws IOException {
        Path upper = Files.createDirectories(work.resolve("upper"));
        Path wd = Files.createDirectories(work.resolve("work"));
        return "lowerdir=" + base + ",upperdir=" + upper + ",workdir=" + wd;
    }

    private static void awaitMounted(Path mnt, Process p, Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!DeltaMount.isMountPoint(mnt)) {
            if (!p.isAlive()) {
                throw new IOException("fuse-overlayfs exited with " + p.exitValue() + ": " + Files.readString(log).strip());
            }
            if (System.nanoTime() > deadline) throw new IOException("fuse-overlayfs did not mount " + mnt + " within 10 s");
            sleep(5);
        }
    }

    /** A mounted target. Closing it unmounts (and for fuse-overlayfs waits for the daemon to end). */
    static final class Mounted implements AutoCloseable {
        final FsTarget target;
        /** Where the workloads run: the mount point (the base itself for NATIVE). */
        final Path root;
        private final Process daemon;
        private final DeltaMount deltaMount;
        private boolean closed;

        private Mounted(FsTarget target, Path root, Process daemon, DeltaMount deltaMount) {
            this.target = target;
            this.root = root;
            this.daemon = daemon;
            this.deltaMount = deltaMount;
            synchronized (Cleanup.class) {
                Cleanup.MOUNTS.add(this);
            }
        }

        DeltaMount deltaMount() {
            return deltaMount;
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) return;
            try {
                switch (target) {
                    case NATIVE -> { }
                    case OVERLAYFS -> unmount("umount");
                    case FUSE_OVERLAYFS -> {
                        if (DeltaMount.isMountPoint(root)) unmount("fusermount3", "-u");
                        endDaemon();
                    }
                    case DELTAFS -> deltaMount.close();
                }
                if (target != NATIVE && DeltaMount.isMountPoint(root)) {
                    throw new IOException(target.label + " still mounted at " + root + " after unmount");
                }
                closed = true;
            } finally {
                synchronized (Cleanup.class) {
                    if (closed) Cleanup.MOUNTS.remove(this);
                }
            }
        }

        /** Unmount with the given command; if the file system is busy, detach it (umount -l). */
        private void unmount(String... cmd) throws IOException {
            List<String> c = new ArrayList<>(List.of(cmd));
            c.add(root.toString());
            if (runQuietly(c) != 0 && DeltaMount.isMountPoint(root)) run("umount", "-l", root.toString());
        }

        private void endDaemon() throws IOException {
            try {
                if (daemon.waitFor(10, TimeUnit.SECONDS)) return;
                daemon.destroy();
                if (daemon.waitFor(5, TimeUnit.SECONDS)) return;
                daemon.destroyForcibly();
                if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                    throw new IOException("fuse-overlayfs (pid " + daemon.pid() + ") did not end");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                daemon.destroyForcibly();
                throw new IOException("interrupted waiting for fuse-overlayfs to end", e);
            }
        }
    }

    /**
     * What a JVM that exits without tearing down (a failed setup, SIGTERM, an exception) leaves:
     * mounts still up, then the benchmark's temporary directories. A shutdown hook undoes both.
     */
    private static final class Cleanup {
        static final Set<Mounted> MOUNTS = new LinkedHashSet<>();
        static final Set<Path> DIRS = new LinkedHashSet<>();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::run, "fs-benchmark-cleanup"));
        }

        private static void run() {
            List<Mounted> mounts;
            List<Path> dirs;
            synchronized (Cleanup.class) {
                mounts = new ArrayList<>(MOUNTS).reversed();
                dirs = new ArrayList<>(DIRS);
            }
            for (Mounted m : mounts) {
                try {
                    m.close();
                } catch (Exception e) {
                    System.err.println("fs benchmark cleanup: " + e);
                }
            }
            for (Path d : dirs) {
                try {
                    deleteTree(d);
                } catch (Exception e) {
                    System.err.println("fs benchmark cleanup: " + e);
                }
            }
        }
    }

    /** A new temporary directory (on the root file system, /tmp), deleted at JVM exit if {@link #deleteTree} was not called. */
    static Path newWorkDir(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        synchronized (Cleanup.class) {
            Cleanup.DIRS.add(dir);
        }
        return dir;
    }

    /** Deletes {@code dir} recursively, but refuses while anything is still mounted under it. */
    /** Unmounts, closes and deletes what a trial set up; any of them may be null (a failed setup). */
    static void release(Mounted mounted, FsOps ops, Path work) throws IOException {
        try {
            if (mounted != null) mounted.close();
        } finally {
            if (ops != null) ops.close();
            deleteTree(work);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null) return;
        deleteTreeNow(dir);
        synchronized (Cleanup.class) {
            Cleanup.DIRS.remove(dir);
        }
    }

    private static void deleteTreeNow(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            String[] f = line.split(" ");
            if (f.length > 4 && (f[4].equals(dir.toString()) || f[4].startsWith(dir + "/"))) {
                throw new IOException("not deleting " + dir + ": " + f[4] + " is still mounted");
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static void run(String... cmd) throws IOException {
        int rc = runQuietly(List.of(cmd));
        if (rc != 0) throw new IOException(String.join(" ", cmd) + " failed with exit code " + rc);
    }

    private static int runQuietly(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }
}
