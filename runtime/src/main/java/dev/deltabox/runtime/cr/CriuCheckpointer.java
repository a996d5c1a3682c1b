package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.criu.criu_set_notify_cb$cb;
import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.deltabox.bindings.criu.criu_h.*;

/**
 * Checkpoint and rollback of a box's process trees by CRIU image: what template fork cannot
 * copy (threads, children, sockets, eventfd/timerfd/epoll, shared memory, timers).
 *
 * <ul>
 *   <li>{@link #checkpoint} dumps the tree rooted at a live process into an image directory
 *       through the {@link CriuService} ({@code leave-running}: the tree goes on);</li>
 *   <li>{@link #rollback} kills the tree it replaces, waits until its PIDs are free (CRIU
 *       restores the dumped PIDs) and restores the image as a new live tree;</li>
 *   <li>{@link #discard} deletes the image directory.</li>
 * </ul>
 *
 * <p><b>Who is the restored tree's parent.</b> A restore runs in a {@code criu swrk} that the
 * helper spawns (so the JVM never forks) and that restores the root with {@code CLONE_PARENT}
 * ({@code restore-sibling}, given through an RPC config file: libcriu's only other way to ask
 * for it, {@code criu_restore_child}, forks the caller). The restored root is thus the
 * helper's own child, like every box process: the helper reaps it, and the parent-death
 * signal the helper gave it at spawn and CRIU restores keeps meaning "die with the helper".
 * Restored by a {@code criu service} worker instead, the root would be that worker's child and
 * would get its SIGKILL the moment the worker exits. swrk is also the only mode in which CRIU
 * accepts inherited descriptors ({@code criu_add_inherit_fd}), which is how the restored tree
 * gets fresh stdio pipes: the dumped stdio pipes are external (their other ends are ours), and
 * each is replaced by a new pipe whose child end swrk holds as fd 3, 4 or 5.
 *
 * <p>The helper does not list restored trees among its own processes (it reaps them as their
 * parent or subreaper); this object tracks them by pidfd, taken in CRIU's post-restore
 * notification while the tree is still stopped, so no PID race.
 *
 * <p>Concurrency: thread-safe; requests are serialized (libcriu's options are process-global,
 * {@link CriuService#LIBCRIU_LOCK}). The helper and the service are the caller's.
 */
public final class CriuCheckpointer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CriuCheckpointer.class);

    /**
     * A CRIU image of a process tree: its directory, the PID of the dumped root (as {@code box}
     * sees it when there is one), and the keys ({@code pipe:[inode]}) of the root's stdin, stdout
     * and stderr pipes (null: not a pipe); {@code box}: the box the tree was dumped in and is
     * restored into (null: the host's namespaces).
     */
    public record Image(long id, Path dir, long rootPid, int processes, String[] stdioKeys, long bytes, BoxNamespaces box) {
        public Image(long id, Path dir, long rootPid, int processes, String[] stdioKeys, long bytes) {
            this(id, dir, rootPid, processes, stdioKeys, bytes, null);
        }
    }

    private final HelperClient helper;
    private final CriuService service;
    private final Path criu;
    private final Path imageRoot;
    private final Path kdatLink; // CRIU's RUNDIR, where it caches the kernel's features: a link to /dev/shm
    private final Path restoreConfig;
    private final Map<Long, Image> images = new HashMap<>(); // guarded by this
    // the highest PID (the box's numbers) in each box image's tree; guarded by this
    private final Map<Long, Long> maxPids = new HashMap<>();
    private final Map<Long, LiveProcess> restored = new HashMap<>(); // guarded by this
    // the session of each restored tree, read while it was whole: its orphans are found by it; guarded by this
    private final Map<Long, Long> sessions = new HashMap<>();
    private long nextId = 1; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param imageRoot where image directories are made (a tmpfs such as /dev/shm for speed);
     *                  created if missing; each image is a subdirectory removed by discard/close
     */
    /**
     * @param service the {@code criu service} for dumps of processes outside boxes; null when
     *                only box processes are dumped (those are dumped by a criu swrk in the box)
     */
    public CriuCheckpointer(HelperClient helper, CriuService service, DeltaBoxHome home, Path imageRoot) {
        this.helper = helper;
        this.service = service;
        this.criu = DeltaBoxHome.require(home.criuBinary(), "criu 4.2", "run tools/setup/native.sh");
        this.imageRoot = imageRoot;
        this.kdatLink = criu.getParent().getParent().resolve("run");
        CriuService.ensureKernelFeatureCacheDir(kdatLink);
        try {
            Files.createDirectories(imageRoot);
            restoreConfig = imageRoot.resolve("restore-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".conf");
            // CRIU's config syntax: one long option per line, without the dashes
            Files.writeString(restoreConfig, "restore-detached\nrestore-sibling\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare CRIU image directory " + imageRoot, e);
        }
    }

    /** Dumps the tree rooted at {@code p}; the tree goes on running. */
    public synchronized Image checkpoint(LiveProcess p) {
        return checkpoint(p, BoxNamespaces.ofProcess(p.pid()));
    }

    /**
     * Dumps the tree rooted at {@code p}, a process of {@code box} (null: of no box), by a criu
     * swrk inside the box; the tree goes on running. Its rollback restores it into that box.
     */
    public synchronized Image checkpoint(LiveProcess p, BoxNamespaces box) {
        ensureOpen();
        long id = nextId++;
        Path dir = imageRoot.resolve("cp-" + ProcessHandle.current().pid() + "-" + id);
        String[] keys = new String[3];
        for (int i = 0; i < 3; i++) keys[i] = stdioKey(p.pid(), i);
        int processes = ProcessTrees.members(p.pid()).size();
        if (processes == 0) {
            throw new CheckpointException(CheckpointException.Reason.PROCESS_GONE, p + " is gone", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create image directory " + dir, e);
        }
        long root = p.pid();
        if (box != null && (root = box.nsPid(p.pid())) < 0) {
            throw new CheckpointException(CheckpointException.Reason.PROCESS_GONE, p + " is gone or not in " + box, null);
        }
        long maxPid = box == null ? 0 : maxNsTid(box, ProcessTrees.members(p.pid()));
        int rc = box != null ? dumpInBox(box, root, dir, true) : dump(p.pid(), dir, true);
        if (rc < 0) {
            String why = failure("dump", dir.resolve("dump.log"), rc, false);
            deleteTree(dir);
            throw new CheckpointException(CheckpointException.Reason.FAILED,
                    "CRIU could not dump the tree of " + p + ": " + why, null);
        }
        Image img = new Image(id, dir, root, processes, keys, sizeOf(dir), box);
        images.put(id, img);
        if (box != null) maxPids.put(id, Math.max(maxPid, root));
        return img;
    }

    /**
     * Restores {@code img} as a new live tree with fresh stdio pipes. {@code replacing} (may be
     * null) is killed with its whole tree and its descriptors closed; so is any other live tree
     * still holding PIDs of the image (a restore needs them free).
     */
    public synchronized LiveProcess rollback(Image img, LiveProcess replacing) {
        ensureOpen();
        requireOwn(img);
        if (replacing != null) {
            killTree(replacing);
            restored.remove(replacing.pid());
            sessions.remove(replacing.pid());
            replacing.close();
        }
        StdioPipes io = StdioPipes.create();
        try {
            return track(restore(img, io));
        } catch (RuntimeException e) {
            io.closeAll();
            throw e;
        }
    }

    /**
     * Restores {@code img} (dumped in a box) as a new live tree in another box {@code into}, e.g.
     * a box forked from the image's box: its own PID namespace, where the image's PIDs must be
     * free, and a root showing the same files at the same paths. Nothing is killed.
     */
    public synchronized LiveProcess restoreInto(Image img, BoxNamespaces into) {
        ensureOpen();
        requireOwn(img);
        nextPidAbove(into, maxPids.getOrDefault(img.id(), img.rootPid()));
        StdioPipes io = StdioPipes.create();
        try {
            return track(restore(new Image(img.id(), img.dir(), img.rootPid(), img.processes(), img.stdioKeys(),
                    img.bytes(), into), io));
        } catch (RuntimeException e) {
            io.closeAll();
            throw e;
        }
    }

    /**
     * Makes {@code box} hand out PIDs above {@code maxPid} from now on (its ns_last_pid, written by
     * a shell spawned in it: a PID namespace's counter is set from inside). A new box gives out
     * 2, 3, ...: the criu swrk of a restore would take a PID the image needs.
     */
    private void nextPidAbove(BoxNamespaces box, long maxPid) {
        int devnull = openDevNull();
        try {
            HelperClient.Spawned sh = helper.spawn(List.of("/bin/sh", "-c", "echo \"$1\" > /proc/sys/kernel/ns_last_pid", "sh",
                    Long.toString(maxPid)), Map.of("PATH", "/usr/bin:/bin"), null, new int[] {devnull, devnull, devnull}, box.initPid());
            try {
                HelperClient.Exit exit = helper.waitFor(sh.pid());
                if (!exit.exited() || exit.status() != 0) log.warn("setting the next PID of {} failed: {}", box, exit);
            } finally {
                libc_h.close(sh.pidfd());
            }
        } catch (HelperException e) {
            log.warn("setting the next PID of {}: {}", box, e.getMessage()); // the restore says what collides
        } finally {
            libc_h.close(devnull);
        }
    }

    /** The highest thread id (threads' ids are PIDs too: CRIU restores them) of {@code pids}, as {@code box} numbers them. */
    private static long maxNsTid(BoxNamespaces box, List<Long> pids) {
        long max = 0;
        for (long pid : pids) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path t : tasks.toList()) max = Math.max(max, box.nsPid(Long.parseLong(t.getFileName().toString())));
            } catch (IOException | RuntimeException e) {
                max = Math.max(max, box.nsPid(pid));
            }
        }
        return max;
    }

    private LiveProcess track(LiveProcess p) {
        restored.put(p.pid(), p);
        sessions.put(p.pid(), ProcessTrees.sessionOf(p.pid()));
        return p;
    }

    /**
     * Kills {@code p}'s tree and reaps it — with the orphans it left in its session if its root
     * died before (they are the helper's children then, out of the tree's reach) — so that no
     * member outlives it and its PIDs are free for a restore. With this object's lock held.
     */
    private void killTree(LiveProcess p) {
        Long session = sessions.get(p.pid());
        long sid = session != null && restored.get(p.pid()) == p ? session : ProcessTrees.sessionOf(p.pid());
        java.util.Set<Long> keep = new java.util.HashSet<>(restored.keySet());
        keep.remove(p.pid());
        ProcessTrees.killTree(p, sid, helper.pid(), keep, false);
    }

    /**
     * Dumps the single stopped process {@code pid} (a template's dump clone) into {@code dir};
     * CRIU kills it once dumped. For {@link DurableImages}: the image is not tracked here.
     */
    synchronized void dumpAndKill(long pid, Path dir) {
        dumpAndKill(pid, dir, null);
    }

    /** {@link #dumpAndKill(long, Path)} of {@code pid}, a PID as {@code box} sees it (null: the host's), by CRIU in that box. */
    synchronized void dumpAndKill(long pid, Path dir, BoxNamespaces box) {
        ensureOpen();
        int rc = box != null ? dumpInBox(box, pid, dir, false) : dump(pid, dir, false);
        if (rc < 0) {
            throw new CheckpointException(CheckpointException.Reason.FAILED,
                    "CRIU could not dump process " + pid + ": " + failure("dump", dir.resolve("dump.log"), rc, true), null);
        }
    }

    /**
     * Restores the image in {@code dir} (made by {@link #dumpAndKill}, possibly with a parent
     * chain) as a new live process with fresh stdio pipes; {@code stdioKeys} are the dumped
     * process's stdio pipes. Tracked here like a rollback's tree.
     */
    synchronized LiveProcess restoreDir(Path dir, String[] stdioKeys) {
        return restoreDir(dir, stdioKeys, null);
    }

    /** {@link #restoreDir(Path, String[])} into {@code box} (null: the host's namespaces), by CRIU in that box. */
    synchronized LiveProcess restoreDir(Path dir, String[] stdioKeys, BoxNamespaces box) {
        return restoreDir(dir, stdioKeys, box, 0);
    }

    /** ...with the box's next PIDs made above {@code pidsAbove} first (0: left alone), for a box other than the image's. */
    synchronized LiveProcess restoreDir(Path dir, String[] stdioKeys, BoxNamespaces box, long pidsAbove) {
        ensureOpen();
        if (box != null && pidsAbove > 0) nextPidAbove(box, pidsAbove);
        Image img = new Image(0, dir, 0, 1, stdioKeys, 0, box);
        StdioPipes io = StdioPipes.create();
        try {
            return track(restore(img, io));
        } catch (RuntimeException e) {
            io.closeAll();
            throw e;
        }
    }

    /** Forgets a process restored here (someone else owns it now). */
    synchronized void forgetRestored(LiveProcess p) {
        if (restored.remove(p.pid(), p)) sessions.remove(p.pid());
    }

    /** Deletes the image; rolling back to it afterwards fails with TEMPLATE_GONE. */
    public synchronized void discard(Image img) {
        requireOwn(img);
        images.remove(img.id());
        maxPids.remove(img.id());
        deleteTree(img.dir());
    }

    /** Whether {@code p} is a tree this object restored (the helper does not own those). */
    public synchronized boolean restoredHere(LiveProcess p) {
        return restored.get(p.pid()) == p;
    }

    /** Deletes every image and kills every tree restored here. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        for (LiveProcess p : restored.values()) {
            try {
                // and the orphans of a tree whose root died: the helper inherited them
                ProcessTrees.killTree(p, sessions.getOrDefault(p.pid(), 0L), helper.pid(), List.of(), true);
            } catch (RuntimeException e) {
                log.warn("killing restored tree {}: {}", p.pid(), e.getMessage());
            }
            p.close();
        }
        restored.clear();
        sessions.clear();
        for (Image img : images.values()) deleteTree(img.dir());
        images.clear();
        try {
            Files.deleteIfExists(restoreConfig);
        } catch (IOException ignored) {
            // a stale config in the image root is harmless
        }
    }

    // --- restore -----------------------------------------------------------------------------

    /** The root PID CRIU announces in its post-restore notification, and our pidfd on it. */
    private static final class Notified {
        long pid = -1;
        int pidfd = -1;
        String error;
        BoxNamespaces box; // CRIU runs in this box: the PID it announces is the box's
    }

    private static Notified notified; // guarded by LIBCRIU_LOCK
    private static MemorySegment notifyStub; // guarded by LIBCRIU_LOCK; lives as long as the JVM

    /** Runs inside criu_restore (a native upcall): it must never throw. */
    private static int onNotify(MemorySegment action, MemorySegment na) {
        try {
            if ("post-restore".equals(action.reinterpret(256).getString(0)) && notified != null) {
                // the tree is restored but not yet resumed: its root cannot exit before we hold it
                long pid = criu_notify_pid(na);
                if (notified.box != null) {
                    long host = notified.box.hostPidOfHelperChild(pid);
                    if (host < 0) {
                        notified.error = "restored process " + pid + " of " + notified.box + " not found among the helper's children";
                        return -1;
                    }
                    pid = host;
                }
                notified.pid = pid;
                notified.pidfd = libc_h.pidfd_open((int) pid, 0);
                if (notified.pidfd < 0) notified.error = "pidfd_open(" + pid + ") failed";
            }
            return 0;
        } catch (Throwable t) {
            return -1; // criu aborts the restore: better than a process we cannot track
        }
    }

    private LiveProcess restore(Image img, StdioPipes io) {
        if (img.box() != null) return restoreInBox(img, io);
        long[] pair = socketPair();
        int ours = (int) pair[0], swrkEnd = (int) pair[1];
        int devnull = openDevNull();
        long jvm = ProcessHandle.current().pid();
        HelperClient.Spawned swrk;
        try {
            // swrk's stdin is its RPC socket; fds 3-5 are reopened from ours through /proc (the
            // helper's spawn passes exactly three descriptors)
            String script = "exec \"$0\" swrk 0 3<\"$1\" 4>\"$2\" 5>\"$3\"";
            swrk = helper.spawn(List.of("/bin/sh", "-c", script, criu.toString(),
                    "/proc/" + jvm + "/fd/" + io.childIn, "/proc/" + jvm + "/fd/" + io.childOut,
                    "/proc/" + jvm + "/fd/" + io.childErr), Map.of("PATH", "/usr/bin:/bin"), null, swrkEnd, devnull, devnull);
        } catch (HelperException e) {
            libc_h.close(ours);
            throw new CheckpointException(e instanceof HelperGoneException ? CheckpointException.Reason.HELPER_GONE
                    : CheckpointException.Reason.FAILED, "cannot start criu swrk: " + e.getMessage(), e);
        } finally {
            libc_h.close(swrkEnd);
            libc_h.close(devnull);
        }
        int rc;
        Notified n = new Notified();
        synchronized (CriuService.LIBCRIU_LOCK) {
            try (Arena a = Arena.ofConfined()) {
                int dirfd = openDir(img.dir());
                try {
                    if (criu_init_opts() < 0) throw new IllegalStateException("criu_init_opts failed (out of memory?)");
                    criu_set_images_dir_fd(dirfd);
                    criu_set_shell_job(true);
                    criu_set_log_level(2);
                    criu_set_log_file(a.allocateFrom("restore.log"));
                    criu_set_config_file(a.allocateFrom(restoreConfig.toString()));
                    // libcriu accepts inherited fds only while in its default (fork a swrk)
                    // mode: add them first, then switch to our swrk's socket
                    for (int i = 0; i < 3; i++) {
                        String key = img.stdioKeys()[i];
                        if (key != null && criu_add_inherit_fd(3 + i, a.allocateFrom(key)) != 0) {
                            throw new IllegalStateException("criu_add_inherit_fd(" + (3 + i) + ", " + key + ") failed");
                        }
                    }
                    criu_set_service_fd(ours); // libcriu closes it after the request
                    if (notifyStub == null) {
                        notifyStub = criu_set_notify_cb$cb.allocate(CriuCheckpointer::onNotify, Arena.global());
                    }
                    criu_set_notify_cb(notifyStub);
                    notified = n;
                    rc = criu_restore();
                } finally {
                    notified = null;
                    libc_h.close(dirfd);
                }
            }
        }
        try {
            HelperClient.Exit exit = helper.waitFor(swrk.pid()); // swrk exits once its socket is closed
            if (rc >= 0 && !(exit.exited() && exit.status() == 0)) {
                log.debug("criu swrk {} ended with {} after a successful restore", swrk.pid(), exit);
            }
        } catch (HelperException e) {
            log.debug("waiting for criu swrk {}: {}", swrk.pid(), e.getMessage());
        } finally {
            libc_h.close(swrk.pidfd());
        }
        if (rc < 0 || n.pidfd < 0) {
            if (n.pidfd >= 0) {
                ProcessTrees.killAndAwaitReaped(n.pid, n.pidfd);
                libc_h.close(n.pidfd);
            }
            String why = rc < 0 ? failure("restore", img.dir().resolve("restore.log"), rc, true)
                    : n.error != null ? n.error : "CRIU sent no post-restore notification";
            throw new CheckpointException(CheckpointException.Reason.FAILED,
                    "CRIU could not restore image " + img.id() + " (" + img.dir() + "): " + why, null);
        }
        if (rc != n.pid) log.warn("criu_restore returned {} but announced root {}", rc, n.pid);
        return io.adopt(n.pid, n.pidfd);
    }

    // --- CRIU inside a box ----------------------------------------------------------------------

    /*
     * A process of a box lives in the box's PID namespace, not as its init: CRIU in the host's
     * namespaces would have to dump the whole namespace from its init. So for box processes a
     * `criu swrk` runs inside the box (spawned there by the helper: its namespaces, its root, a
     * child of the helper), where the process is an ordinary one and a restore gets the dumped
     * PIDs back in the box's namespace (CRIU's clone3 set_tid). The box's root shows the host's
     * "/", so the criu binary is found at its host path.
     *
     * The images stay outside the box: the directory is handed to swrk as its fd 6 and named by
     * an RPC config file inside it, "images-dir /proc/self/fd/6" (libcriu's images_dir_fd would
     * be opened as /proc/<the caller's PID>/fd/N, and the JVM has no PID in the box).
     */
    private static final int BOX_IMAGES_FD = 6;

    /** One request to a criu swrk spawned in {@code box}; fds 3-5 are {@code inherit} (null: /dev/null). */
    private int inBox(BoxNamespaces box, Path dir, String config, int[] inherit, int nice,
                      java.util.function.IntUnaryOperator request) {
        long[] pair = socketPair();
        int ours = (int) pair[0], swrkEnd = (int) pair[1];
        int devnull = openDevNull();
        int dirfd;
        try {
            dirfd = openDir(dir);
        } catch (RuntimeException e) {
            libc_h.close(ours);
            libc_h.close(swrkEnd);
            libc_h.close(devnull);
            throw e;
        }
        Path conf = dir.resolve(".criu-rpc-" + System.nanoTime() + ".conf");
        kernelFeatureCacheIn(box);
        HelperClient.Spawned swrk;
        try {
            Files.writeString(conf, "images-dir /proc/self/fd/" + BOX_IMAGES_FD + "\n" + config);
            int[] fds = {swrkEnd, devnull, devnull, devnull, devnull, devnull, dirfd};
            if (inherit != null) System.arraycopy(inherit, 0, fds, 3, 3);
            swrk = helper.spawn(List.of(criu.toString(), "swrk", "0"), Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
                    null, fds, box.initPid(), nice);
        } catch (IOException e) {
            libc_h.close(ours);
            throw new UncheckedIOException("cannot write " + conf, e);
        } catch (HelperException e) {
            libc_h.close(ours);
            deleteQuietly(conf);
            throw new CheckpointException(e instanceof HelperGoneException ? CheckpointException.Reason.HELPER_GONE
                    : CheckpointException.Reason.FAILED, "cannot start criu swrk in " + box + ": " + e.getMessage(), e);
        } finally {
            libc_h.close(swrkEnd);
            libc_h.close(devnull);
            libc_h.close(dirfd);
        }
        int rc;
        try {
            synchronized (CriuService.LIBCRIU_LOCK) {
                try (Arena a = Arena.ofConfined()) {
                    if (criu_init_opts() < 0) throw new IllegalStateException("criu_init_opts failed (out of memory?)");
                    criu_set_config_file(a.allocateFrom("/proc/self/fd/" + BOX_IMAGES_FD + "/" + conf.getFileName()));
                    criu_set_shell_job(true);
                    // cgroups are the box's business (BoxCgroup puts a restored tree back under
                    // its limits): CRIU restoring them would mount cgroup trees inside the box
                    criu_set_manage_cgroups_mode(CRIU_CG_MODE_IGNORE());
                    criu_set_log_level(2);
                    // the request sets its options and then the service fd (libcriu closes it after the request)
                    try {
                        rc = request.applyAsInt(ours);
                    } catch (RuntimeException e) {
                        libc_h.close(ours); // never reached libcriu: swrk waits for it to close
                        throw e;
                    }
                }
            }
        } finally {
            deleteQuietly(conf);
            try {
                helper.waitFor(swrk.pid()); // swrk exits once its socket is closed
            } catch (HelperException e) {
                log.debug("waiting for criu swrk {}: {}", swrk.pid(), e.getMessage());
            } finally {
                libc_h.close(swrk.pidfd());
            }
        }
        return rc;
    }

    /**
     * CRIU probes the kernel's features (≈ 100 ms in a box) unless it finds its cache in RUNDIR,
     * a link to a directory on /dev/shm ({@link CriuService#ensureKernelFeatureCacheDir}); in a
     * box the link leads into the box's own /dev/shm, where the directory is made here (resolved
     * inside the box's root, by mkdirat: an existing entry is left alone), so the box's
     * first CRIU request writes the cache and the next ones read it. The cache is the box's: its
     * processes may change it, which misleads only CRIU runs in that box.
     */
    private void kernelFeatureCacheIn(BoxNamespaces box) {
        Path target;
        try {
            if (!Files.isSymbolicLink(kdatLink)) return;
            target = Files.readSymbolicLink(kdatLink);
        } catch (IOException e) {
            return;
        }
        if (!target.isAbsolute() || target.getParent() == null || target.getParent().getNameCount() == 0) return;
        // resolved inside the box's root (openat2 RESOLVE_IN_ROOT): a symlink the box put on the
        // way (say /dev/shm -> /etc) stays inside the box instead of leading the host's mkdir out
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = dev.deltabox.runtime.nativeaccess.Errno.allocate(a);
            int rootFd = dev.deltabox.runtime.nativeaccess.Posix.openat(err, libc_h.AT_FDCWD(),
                    a.allocateFrom("/proc/" + box.initPid() + "/root"), libc_h.O_PATH() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC(), 0);
            if (rootFd < 0) return;
            try {
                MemorySegment how = dev.deltabox.bindings.libc.open_how.allocate(a);
                dev.deltabox.bindings.libc.open_how.flags(how, libc_h.O_PATH() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC());
                dev.deltabox.bindings.libc.open_how.resolve(how, libc_h.RESOLVE_IN_ROOT() | libc_h.RESOLVE_NO_MAGICLINKS());
                int dirFd = dev.deltabox.runtime.nativeaccess.Posix.openat2(err, rootFd,
                        a.allocateFrom(target.getParent().toString().substring(1)), how);
                if (dirFd < 0) return;
                try {
                    // mkdirat follows no symlink in the last component: an existing entry stays as it is
                    dev.deltabox.runtime.nativeaccess.Posix.mkdirat(err, dirFd, a.allocateFrom(target.getFileName().toString()), 0700);
                } finally {
                    libc_h.close(dirFd);
                }
            } finally {
                libc_h.close(rootFd);
            }
        } catch (RuntimeException e) {
            log.debug("no CRIU kernel-feature cache in {}: {}", box, e.toString()); // only slower
        }
    }

    /** Dumps the tree of {@code nsPid} (a PID of the box) into {@code dir} by CRIU in the box. */
    private int dumpInBox(BoxNamespaces box, long nsPid, Path dir, boolean leaveRunning) {
        // a dump that kills is a durable image's, of a dump clone, in the background: at the
        // lowest priority, so that its ~30 ms of CPU do not slow the box's next operations
        return inBox(box, dir, "", null, leaveRunning ? 0 : 19, sock -> {
            try (Arena a = Arena.ofConfined()) {
                criu_set_pid((int) nsPid);
                if (leaveRunning) criu_set_leave_running(true);
                criu_set_log_file(a.allocateFrom("dump.log"));
                criu_set_service_fd(sock);
                return criu_dump();
            }
        });
    }

    private LiveProcess restoreInBox(Image img, StdioPipes io) {
        Notified n = new Notified();
        n.box = img.box();
        int rc = inBox(img.box(), img.dir(), "restore-detached\nrestore-sibling\n",
                new int[] {io.childIn, io.childOut, io.childErr}, 0, sock -> {
                    try (Arena a = Arena.ofConfined()) {
                        criu_set_log_file(a.allocateFrom("restore.log"));
                        for (int i = 0; i < 3; i++) {
                            String key = img.stdioKeys()[i];
                            // libcriu takes inherited fds only before the switch to our swrk's socket
                            if (key != null && criu_add_inherit_fd(3 + i, a.allocateFrom(key)) != 0) {
                                throw new IllegalStateException("criu_add_inherit_fd(" + (3 + i) + ", " + key + ") failed");
                            }
                        }
                        if (notifyStub == null) {
                            notifyStub = criu_set_notify_cb$cb.allocate(CriuCheckpointer::onNotify, Arena.global());
                        }
                        criu_set_notify_cb(notifyStub);
                        criu_set_service_fd(sock);
                        notified = n;
                        try {
                            return criu_restore();
                        } finally {
                            notified = null;
                        }
                    }
                });
        if (rc < 0 || n.pidfd < 0) {
            if (n.pidfd >= 0) {
                ProcessTrees.killAndAwaitReaped(n.pid, n.pidfd);
                libc_h.close(n.pidfd);
            }
            String why = rc < 0 ? failure("restore", img.dir().resolve("restore.log"), rc, true)
                    : n.error != null ? n.error : "CRIU sent no post-restore notification";
            throw new CheckpointException(CheckpointException.Reason.FAILED,
                    "CRIU could not restore image " + img.id() + " (" + img.dir() + ") into " + img.box() + ": " + why, null);
        }
        return io.adopt(n.pid, n.pidfd);
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // a stale config in an image directory is harmless
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    /** CRIU's key for the pipe at {@code fd} of {@code pid} ({@code pipe:[inode]}), or null. */
    private static String stdioKey(long pid, int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "fd", Integer.toString(fd))).toString();
            return target.startsWith("pipe:[") ? target : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** What went wrong, from libcriu's code and the errors in CRIU's log, and what to do. */
    private static String failure(String what, Path logFile, int rc, boolean logKept) {
        List<String> errors = new ArrayList<>();
        try (Stream<String> lines = Files.lines(logFile)) {
            lines.filter(l -> l.contains("Error (")).limit(6).forEach(errors::add);
        } catch (IOException | UncheckedIOException e) {
            errors.add("(no log at " + logFile + ")");
        }
        String code = rc == -libc_h.EBADE() ? "CRIU reported failure"
                : rc == -libc_h.ECONNREFUSED() ? "cannot reach criu" : "libcriu error " + rc;
        return code + "; " + String.join(" | ", errors) + (logKept ? ". Full log: " + logFile : "")
                + ". Check that `criu check` passes (tools/setup/native.sh) and that the tree holds nothing CRIU cannot "
                + what + " (connections to processes outside the box, devices, external mounts)";
    }

    /**
     * One CRIU dump of the tree rooted at {@code pid} into {@code dir} (log: dump.log there); CRIU's
     * result. A dump that failed because the service was dead (killed, crashed) is retried once
     * on the new service that {@link CriuService#replaceIfDead} starts.
     */
    private int dump(long pid, Path dir, boolean leaveRunning) {
        if (service == null) {
            throw new CheckpointException(CheckpointException.Reason.FAILED, "process " + pid
                    + " is in no box, and this CriuCheckpointer has no criu service for processes outside boxes", null);
        }
        synchronized (CriuService.LIBCRIU_LOCK) {
            int rc = dumpOnce(pid, dir, leaveRunning);
            if (rc < 0 && service.replaceIfDead()) rc = dumpOnce(pid, dir, leaveRunning);
            return rc;
        }
    }

    private int dumpOnce(long pid, Path dir, boolean leaveRunning) {
        synchronized (CriuService.LIBCRIU_LOCK) {
            try (Arena a = Arena.ofConfined()) {
                int dirfd = openDir(dir);
                try {
                    service.useForNextRequest(a);
                    criu_set_pid((int) pid);
                    criu_set_images_dir_fd(dirfd);
                    if (leaveRunning) criu_set_leave_running(true);
                    // box processes share the helper's session, which is not part of the dump
                    criu_set_shell_job(true);
                    criu_set_log_level(2);
                    criu_set_log_file(a.allocateFrom("dump.log"));
                    return criu_dump();
                } finally {
                    libc_h.close(dirfd);
                }
            }
        }
    }

    private static int openDir(Path dir) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = dev.deltabox.runtime.nativeaccess.Errno.allocate(a);
            int fd = dev.deltabox.runtime.nativeaccess.Posix.openat(err, libc_h.AT_FDCWD(), a.allocateFrom(dir.toString()),
                    libc_h.O_RDONLY() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC(), 0);
            if (fd < 0) throw new UncheckedIOException(new IOException("cannot open " + dir + ": errno " + -fd));
            return fd;
        }
    }

    private static int openDevNull() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = dev.deltabox.runtime.nativeaccess.Errno.allocate(a);
            int fd = dev.deltabox.runtime.nativeaccess.Posix.openat(err, libc_h.AT_FDCWD(), a.allocateFrom("/dev/null"),
                    libc_h.O_RDWR() | libc_h.O_CLOEXEC(), 0);
            if (fd < 0) throw new UncheckedIOException(new IOException("cannot open /dev/null: errno " + -fd));
            return fd;
        }
    }

    private static long[] socketPair() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(ValueLayout.JAVA_INT, 2);
            // SOCK_SEQPACKET: what CRIU's RPC expects (one message per record)
            if (libc_h.socketpair(libc_h.AF_UNIX(), libc_h.SOCK_SEQPACKET() | libc_h.SOCK_CLOEXEC(), 0, fds) != 0) {
                throw new CheckpointException(CheckpointException.Reason.FAILED, "socketpair failed (out of descriptors?)", null);
            }
            return new long[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        }
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Deletes {@code dir} and everything in it (image directories: no mount is ever under them). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            log.warn("cannot delete image directory {}: {}", dir, e.getMessage());
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("this CriuCheckpointer is closed");
    }

    private void requireOwn(Image img) {
        if (images.get(img.id()) != img) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE,
                    "image " + img.id() + " was discarded or is not from this checkpointer", null);
        }
    }
}
