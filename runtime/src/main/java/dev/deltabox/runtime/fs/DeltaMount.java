package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import dev.deltabox.runtime.nativeaccess.NativeLibraries;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mounted DeltaFS view: a directory whose whole content can be checkpointed in O(1) and
 * rolled back to any checkpoint while processes keep files and working directories open in it.
 *
 * <pre>{@code
 * try (DeltaMount m = DeltaMount.options(base, state, mountpoint).mount()) {
 *     long c = m.checkpoint();
 *     ... change files under mountpoint ...
 *     m.rollback(c);   // the files are as they were at c
 * }
 * }</pre>
 *
 * The state directory keeps the layers and the checkpoint tree; mounting it again (after a
 * clean unmount or a crash) resumes where the view was, or starts at any checkpoint.
 *
 * <p>A {@linkplain Options#multiView multi-view} mount serves many views through one FUSE
 * session, each a directory of the mount's (read-only) root, opened and closed in microseconds:
 *
 * <pre>{@code
 * try (DeltaMount m = DeltaMount.options(base, state, mountpoint).multiView().mount()) {
 *     DeltaMount.View v = m.openView("box-17", c);   // mountpoint/box-17 shows checkpoint c
 *     long d = v.checkpoint();
 *     v.rollback(c);
 *     v.close();
 * }
 * }</pre>
 *
 * <p>Thread-safety: checkpoint, rollback and tree may be called from any thread, but not from
 * inside a request served by this mount (a rollback waits on the kernel).
 */
public final class DeltaMount implements AutoCloseable {

    /** How to mount; see {@link DeltaMount#options}. */
    public static final class Options {
        private final Path base;
        private final Path state;
        private final Path mountpoint;
        private long at = -1;
        private int threads = 4;
        private String name = "main";
        private boolean passthrough = true;
        private boolean multiView;

        private Options(Path base, Path state, Path mountpoint) {
            this.base = Objects.requireNonNull(base, "base");
            this.state = Objects.requireNonNull(state, "state");
            this.mountpoint = Objects.requireNonNull(mountpoint, "mountpoint");
        }

        /** Start at checkpoint {@code id} (0: the bare base) instead of resuming the last view. */
        public Options at(long id) {
            if (id < 0) throw new IllegalArgumentException("checkpoint id must be >= 0, was " + id);
            this.at = id;
            return this;
        }

        /** Number of request-serving threads (default 4). */
        public Options threads(int n) {
            if (n < 1 || n > 64) throw new IllegalArgumentException("threads must be 1..64, was " + n);
            this.threads = n;
            return this;
        }

        /**
         * Whether read-only opens of files in the base or a frozen layer use kernel passthrough
         * (default true): the kernel then reads the backing file at native speed. See the
         * README for the one visible difference (a descriptor opened before the file is next
         * changed keeps reading the content it opened).
         */
        public Options passthrough(boolean on) {
            this.passthrough = on;
            return this;
        }

        /** The view's name in the state directory (default "main"); forks use their own. */
        public Options name(String n) {
            this.name = checkName(n);
            return this;
        }

        /**
         * One FUSE session for many views: the mount point's root lists the views opened with
         * {@link DeltaMount#openView} by name (read-only), and {@code mountpoint/NAME} is view NAME.
         * {@link #name} and {@link #at} do not apply; the mount itself has no view to checkpoint.
         */
        public Options multiView() {
            this.multiView = true;
            return this;
        }

        public DeltaMount mount() {
            return DeltaMount.mount(this);
        }
    }

    private static final java.util.regex.Pattern VIEW_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static String checkName(String n) {
        if (n == null || !VIEW_NAME.matcher(n).matches() || n.equals(".") || n.equals("..")) {
            throw new IllegalArgumentException("view name must be 1-64 of [A-Za-z0-9._-] (not . or ..), was '" + n + "'");
        }
        return n;
    }

    /**
     * One view of a {@linkplain Options#multiView multi-view} mount: the directory {@link #path()}
     * ({@code mountpoint/NAME}) with the semantics of a single-view mount. Opening one costs no
     * mount, no thread and no walk of the tree. Checkpoint ids are shared by every view of the
     * state directory.
     */
    public final class View implements AutoCloseable {
        /** Package access: tests drive the request paths directly. */
        final DeltaFs fs;
        private final String name;
        private volatile boolean viewClosed;

        private View(DeltaFs fs, String name) {
            this.fs = fs;
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** {@code mountpoint/NAME}: bind-mount it to make it a box's root. */
        public Path path() {
            return mountpoint.resolve(name);
        }

        /** Freezes this view's current state as a checkpoint; returns its id. */
        public long checkpoint() {
            ensureViewOpen();
            return fs.checkpoint();
        }

        /** Makes this view what it was at checkpoint {@code id} (0: the bare base). */
        public void rollback(long id) {
            ensureViewOpen();
            fs.rollback(id);
        }

        /**
         * Like {@link #rollback}, but undoable until committed: the view is switched now, and
         * its old writable layer is kept until {@link Switch#commit}; {@link Switch#undo} puts it
         * back (for a caller whose own half of a rollback may still fail). One thread uses it.
         */
        public Switch switchTo(long id) {
            ensureViewOpen();
            return fs.switchTo(id);
        }

        /** The checkpoint this view's writable layer sits on (0: the base). */
        public long current() {
            return fs.view.parent();
        }

        /**
         * Empties directory {@code path} (absolute in the view) in this view, keeping the
         * directory: nothing of the base or lower layers below it shows through any more. Meant
         * for a view nothing runs in yet (a box masking the host's /tmp or /root in its base).
         */
        public void hideDirectory(String path) {
            ensureViewOpen();
            if (!path.startsWith("/")) throw new IllegalArgumentException("path must be absolute: " + path);
            PathBuf rel = new PathBuf();
            for (String part : path.split("/")) {
                if (part.isEmpty()) continue;
                if (part.equals(".") || part.equals("..")) throw new IllegalArgumentException("plain path needed: " + path);
                rel.append(PathBuf.utf8(part));
            }
            try (Buffers b = new Buffers()) {
                int r = fs.hideDirectory(b, rel);
                if (r == -libc_h.ENOENT() || r == -libc_h.ENOTDIR()) return; // nothing to hide there
                if (r < 0) throw new DeltaFsException("cannot hide " + path + " in view '" + name + "': errno " + -r);
            }
        }

        public int openHandles() {
            return fs.openHandles();
        }

        public int knownNodes() {
            return fs.nodes.size();
        }

        public boolean isClosed() {
            return viewClosed;
        }

        private void ensureViewOpen() {
            if (viewClosed) throw new DeltaFsException("view '" + name + "' of " + mountpoint + " is closed");
            ensureOpen();
        }

        /**
         * Drops the view from the mount: its name disappears from the root and its files answer
         * ESTALE (descriptors still open in it can only be closed). The state directory keeps
         * its writable layer as the head of view NAME (opening NAME again without a checkpoint
         * resumes it). The kernel is told to drop the view's directory entry, which also detaches
         * (lazily) any mount whose mount point is that directory, in every namespace: a box bound
         * onto its view is to be stopped first. Not from inside a request served by this mount.
         */
        @Override
        public void close() {
            synchronized (this) {
                if (viewClosed) return;
                viewClosed = true;
            }
            synchronized (DeltaMount.this) {
                if (views.get(name) == this) views.remove(name);
                if (closed) return; // the mount's close releases it
            }
            server.detach(fs);
            store.releaseView(name);
        }

        @Override
        public String toString() {
            return "View[" + name + " at " + path() + "]";
        }
    }

    /** One checkpoint of the tree. {@code parent} 0 means the base; size is its delta on disk. */
    public record CheckpointInfo(long id, long parent, Instant time, long deltaBytes) {}

    private final LayerStore store;
    /** Package access: tests drive the request paths directly. Null in a multi-view mount. */
    final DeltaFs fs;
    /** The base (absolute, normalized): views claim it in the store. */
    private final Path base;
    /** Multi-view: the open views by name; guarded by this. */
    private final java.util.Map<String, View> views = new java.util.LinkedHashMap<>();
    private final FuseServer server;
    private final Path mountpoint;
    private final int baseFd;
    private volatile boolean closed;

    public static Options options(Path base, Path state, Path mountpoint) {
        return new Options(base, state, mountpoint);
    }

    private DeltaMount(LayerStore store, DeltaFs fs, FuseServer server, Path mountpoint, int baseFd, Path base) {
        this.base = base;
        this.store = store;
        this.fs = fs;
        this.server = server;
        this.mountpoint = mountpoint;
        this.baseFd = baseFd;
    }

    private static DeltaMount mount(Options o) {
        if (!isRoot()) {
            throw new DeltaFsException("DeltaFS needs root (mounting FUSE with allow_other, passthrough, whiteouts); "
                    + "run it as root");
        }
        if (!Files.exists(Path.of("/dev/fuse"))) {
            throw new DeltaFsException("/dev/fuse is missing: load the fuse module (modprobe fuse) or give the "
                    + "container the device");
        }
        Path base = o.base.toAbsolutePath().normalize();
        Path mp = o.mountpoint.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) throw new DeltaFsException("base " + base + " is not a directory");
        checkMountpoint(mp);
        NativeLibraries.loadFuse(DeltaBoxHome.detect());
        if (o.multiView) return mountMulti(o, base, mp);
        LayerStore store = LayerStore.open(o.state);
        try {
            store.claimView(o.name, base);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        int baseFd = -1;
        try {
            baseFd = openBase(base);
            DeltaFs.View view = startView(store, o.name, o.at, baseFd, false);
            store.collectGarbage(Set.of(view.layer()));
            DeltaFs fs = new DeltaFs(store, baseFd, o.name, view);
            String options = "default_permissions,allow_other,auto_unmount,fsname=deltafs,subtype=deltafs";
            FuseServer server = FuseServer.start(fs, mp, o.threads, options, o.passthrough);
            DeltaMount m = new DeltaMount(store, fs, server, mp, baseFd, base);
            m.awaitReady();
            return m;
        } catch (RuntimeException e) {
            if (baseFd >= 0) closeFd(baseFd);
            store.releaseView(o.name);
            store.close();
            throw e;
        }
    }

    private static DeltaMount mountMulti(Options o, Path base, Path mp) {
        LayerStore store = LayerStore.open(o.state);
        int baseFd = -1;
        try {
            baseFd = openBase(base);
            store.collectGarbage(Set.of());
            String options = "default_permissions,allow_other,auto_unmount,fsname=deltafs,subtype=deltafs";
            FuseServer server = FuseServer.startMulti(store, mp, o.threads, options, o.passthrough);
            DeltaMount m = new DeltaMount(store, null, server, mp, baseFd, base);
            m.awaitReady();
            return m;
        } catch (RuntimeException e) {
            if (baseFd >= 0) closeFd(baseFd);
            store.close();
            throw e;
        }
    }

    /** Whether this mount serves many views ({@link Options#multiView}). */
    public boolean isMultiView() {
        return fs == null;
    }

    /**
     * Opens view {@code name} at checkpoint {@code at} (0: the bare base) in this multi-view
     * mount, on a new writable layer: {@code mountpoint/NAME}. O(1): no mount, no thread, no
     * walk of the tree (the checkpoint's index is shared). Not from inside a request served by
     * this mount.
     */
    public View openView(String name, long at) {
        if (at < 0) throw new IllegalArgumentException("checkpoint id must be >= 0, was " + at);
        return open(name, at);
    }

    /** Opens view {@code name} where it was left (its head in the state directory), or on the bare base if new. */
    public View openView(String name) {
        return open(name, -1);
    }

    private View open(String name, long at) {
        checkName(name);
        ensureOpen();
        if (fs != null) throw new DeltaFsException("the mount at " + mountpoint + " is single-view (see Options.multiView)");
        long t0 = System.nanoTime();
        store.claimView(name, base);
        try {
            LayerStore.Head before = at >= 0 ? store.head(name) : null;
            DeltaFs.View start = startView(store, name, at, baseFd, true);
            long t1 = System.nanoTime();
            // Opened afresh at a checkpoint: the name's previous unsaved layer is garbage now
            // (a single-view mount leaves it to the next mount's collection; views come and go).
            if (before != null && before.layer() != start.layer() && !store.isCheckpoint(before.layer())) {
                store.deleteLayerLater(before.layer());
            }
            synchronized (this) {
                ensureOpen();
                DeltaFs vfs = server.attach(name,
                        idBase -> new DeltaFs(store, baseFd, name, start, idBase, DeltaFs.VIEW_SUCCESSORS));
                View v = new View(vfs, name);
                views.put(name, v);
                if (DeltaFs.TRACE) System.err.printf("openView %s: %d us (layer and head %d us)%n", name,
                        (System.nanoTime() - t0) / 1000, (t1 - t0) / 1000);
                return v;
            }
        } catch (RuntimeException e) {
            store.releaseView(name);
            throw e;
        }
    }

    /** The open views of a multi-view mount, by name. */
    public synchronized List<View> views() {
        return List.copyOf(views.values());
    }

    /** The open view {@code name}, or null. */
    public synchronized View view(String name) {
        return views.get(name);
    }

    private static boolean isRoot() {
        try {
            return Files.readString(Path.of("/proc/self/status")).lines()
                    .filter(l -> l.startsWith("Uid:")).anyMatch(l -> l.split("\\s+")[2].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkMountpoint(Path mp) {
        if (!Files.isDirectory(mp)) throw new DeltaFsException("mount point " + mp + " is not a directory (create it)");
        if (isMountPoint(mp)) {
            throw new DeltaFsException("mount point " + mp + " is busy: something is already mounted there "
                    + "(unmount it first: deltabox fs unmount " + mp + ")");
        }
        try (var s = Files.list(mp)) {
            if (s.findAny().isPresent()) {
                throw new DeltaFsException("mount point " + mp + " is not empty (use an empty directory)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether something is mounted at {@code mp} (an absolute, normalized path). */
    public static boolean isMountPoint(Path mp) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String[] f = line.split(" ");
                if (f.length > 4 && unescape(f[4]).equals(mp.toString())) return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/mountinfo", e);
        }
    }

    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }

    /** A detached, non-recursive clone of the base's mount: no other mount (ours least of all) shows through. */
    private static int openBase(Path base) {
        try (Buffers b = new Buffers()) {
            int fd = Posix.openTree(b.err, libc_h.AT_FDCWD(), Buffers.cString(b.path, PathBuf.utf8(base.toString())),
                    libc_h.OPEN_TREE_CLONE() | libc_h.OPEN_TREE_CLOEXEC());
            if (fd < 0) throw new DeltaFsException("cannot open base " + base + ": errno " + -fd);
            return fd;
        }
    }

    private static void closeFd(int fd) {
        try (Buffers b = new Buffers()) {
            Posix.close(b.err, fd);
        }
    }

    /** Where the view starts: at checkpoint {@code at}, or (at < 0) where the named view left off (crash or not). */
    private static DeltaFs.View startView(LayerStore store, String name, long at, int baseFd, boolean lazy) {
        if (at >= 0) {
            if (at != 0 && store.checkpoint(at) == null) {
                throw new DeltaFsException("unknown checkpoint " + at + " in " + store.dir
                        + " (see deltabox fs tree)");
            }
            return fresh(store, name, at, baseFd, lazy);
        }
        LayerStore.Head head = store.head(name);
        if (head == null) return fresh(store, name, 0, baseFd, lazy);
        if (store.isCheckpoint(head.layer()) || !Files.isDirectory(store.layersDir.resolve(Long.toString(head.layer())))) {
            // Crashed between freezing a layer and recording the next: continue on top of it.
            return fresh(store, name, store.isCheckpoint(head.layer()) ? head.layer() : head.parent(), baseFd, lazy);
        }
        PersistentPathMap<Entry> below = store.index(head.parent(), baseFd);
        try (Buffers b = new Buffers()) {
            PersistentPathMap<Entry> index = store.applyLayer(b, below, head.layer(), baseFd);
            return new DeltaFs.View(index, head.layer(), head.parent(), 1);
        }
    }

    private static DeltaFs.View fresh(LayerStore store, String name, long parent, int baseFd, boolean lazy) {
        PersistentPathMap<Entry> index = store.index(parent, baseFd);
        long layer = store.newHead(name, parent, lazy);
        return new DeltaFs.View(index, layer, parent, 1);
    }

    /** The first request (any stat) completes once the kernel's INIT has been answered. */
    private void awaitReady() {
        try {
            Files.readAttributes(mountpoint, "unix:ino");
        } catch (IOException e) {
            close();
            throw new DeltaFsException("the mount at " + mountpoint + " does not answer: " + e.getMessage(), e);
        }
    }

    public Path mountpoint() {
        return mountpoint;
    }

    public Path stateDir() {
        return store.dir;
    }

    /** A view's rollback, switched but not yet final (see {@link View#switchTo}); ended by one of the two. */
    public interface Switch {
        /** Keeps the rollback: the old writable layer is deleted (unless it is a checkpoint). */
        void commit();

        /** Puts the view back on its old writable layer, as it was before the switch. */
        void undo();
    }

    /** Freezes the current state as a checkpoint; returns its id. Single-view mounts (a multi-view one: per {@link View}). */
    public long checkpoint() {
        ensureOpen();
        return singleView().checkpoint();
    }

    /** Makes the view what it was at checkpoint {@code id} (0: the bare base). Single-view mounts. */
    public void rollback(long id) {
        ensureOpen();
        singleView().rollback(id);
    }

    /** The checkpoint the current writable layer sits on (0: the base). Single-view mounts. */
    public long current() {
        return singleView().view.parent();
    }

    private DeltaFs singleView() {
        if (fs == null) {
            throw new DeltaFsException("the mount at " + mountpoint + " serves many views: checkpoint, roll back "
                    + "and ask each DeltaMount.View");
        }
        return fs;
    }

    /** All checkpoints of the state directory, oldest first. */
    public List<CheckpointInfo> tree() {
        List<CheckpointInfo> out = new ArrayList<>();
        for (LayerStore.Checkpoint c : store.checkpoints()) {
            out.add(new CheckpointInfo(c.id(), c.parent(), Instant.ofEpochMilli(c.millis()), store.deltaSize(c.id())));
        }
        return out;
    }

    /** Open file and directory handles (diagnostics and leak tests). */
    public int openHandles() {
        int n = 0;
        for (DeltaFs f : server.views()) n += f.openHandles();
        return n;
    }

    /** Files the kernel currently reads by passthrough, one backing file each (diagnostics and tests). */
    public int passthroughFiles() {
        int n = 0;
        for (DeltaFs f : server.views()) n += f.passthroughFiles();
        return n;
    }

    /** Nodes the kernel currently references (diagnostics and leak tests). */
    public int knownNodes() {
        int n = 0;
        for (DeltaFs f : server.views()) n += f.nodes.size();
        return n;
    }

    private void ensureOpen() {
        if (closed) throw new DeltaFsException("the mount at " + mountpoint + " is closed");
    }

    /** Unmounts; the state directory keeps every checkpoint and this view's unsaved layer. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        server.close();
        closeFd(baseFd);
        if (fs != null) store.releaseView(fs.mountName);
        for (View v : views.values()) {
            v.viewClosed = true;
            store.releaseView(v.name);
        }
        views.clear();
        store.close();
    }
}
