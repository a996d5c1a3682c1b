package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.bindings.libc.stat;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The semantics of one DeltaFS view: a writable layer over a checkpoint's frozen layers over
 * the base, with the operations a FUSE server needs. Every method returns 0 (or a count, or a
 * handle) or {@code -errno}; results go to the caller's {@link Buffers}.
 *
 * <p>Concurrency. Reads (lookup, getattr, read, readdir) run lock-free on the current
 * {@link View}, an immutable snapshot swapped atomically. Namespace changes, copy-ups,
 * checkpoint and rollback hold {@link #lock}'s write lock; data writes hold its read lock, so
 * a checkpoint never freezes a layer while a write into it is in flight.
 *
 * <p>Descriptors across checkpoint and rollback (see {@link Handle}): a handle remembers the
 * view generation and the layer its file lives in. Before any read or write it revalidates:
 * if a checkpoint or rollback happened, or the file was copied up since, it re-resolves its
 * path in the current view. A write never reaches a frozen layer: it copies the current
 * version up into the writable layer first. So after a checkpoint a held descriptor goes on
 * writing into the new writable layer, and after a rollback it reads (and writes on top of)
 * the rolled-back content. A descriptor whose file was unlinked keeps its own content.
 */
final class DeltaFs {

    /** Root-only xattr on the mount's root naming the state directory (found by the CLI). */
    static final String CONTROL_XATTR = "trusted.deltabox.state";
    /** The kernel's root node id. */
    static final long ROOT = 1;
    /** Sentinel for "this path comes from the base" (never stored in an index). */
    static final Entry BASE = new Entry(Entry.FILE, 0, 0, false, true, false, Entry.NO_CHILDREN);

    /** An immutable snapshot of the view; replaced as a whole. */
    record View(PersistentPathMap<Entry> index, long layer, long parent, long generation) {}

    final LayerStore store;
    final int baseFd;
    /** The base as an absolute path (through our descriptor), for the path-only xattr calls. */
    private final byte[] baseProcPath;
    final String mountName;
    volatile View view;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Every node the kernel or a handle references, by FUSE node id. */
    final NodeTable nodes = new NodeTable();
    /** Successor nodes (see {@link Node#retired}) by stable ino: usually empty. */
    private final ConcurrentHashMap<Long, Node> successors = new ConcurrentHashMap<>();
    /**
     * Successor node ids live above every stable ino (base inos and 1<<47 + n for new files):
     * from 1<<62 alone in a session, from {@link #VIEW_SUCCESSORS} in a view of a multi-view session.
     */
    private final AtomicLong nextSuccessorId;
    /** First successor node id of a view in a multi-view session (view-local ids stay below 1<<48). */
    static final long VIEW_SUCCESSORS = 3L << 46;
    /**
     * Added to this view's node ids to make the session's (0 alone in a session, the view's
     * index << 48 in a multi-view one). Only the FUSE server translates; this class sees local ids.
     */
    final long idBase;
    /**
     * Whether this view's writable layers get their directory at their first change rather
     * than when started (views of a multi-view mount: opening one then touches no disk but
     * tree.log). An empty layer then has no directory at all; LayerStore reads that as empty.
     */
    final boolean lazyLayers;
    /** Kernel passthrough for read-only opens of immutable files; null when off. Set by the FUSE server's init. */
    volatile Passthrough passthrough;
    final HandleTable handles = new HandleTable();
    /**
     * Requests being served, by the parity of the rollback epoch they started in. A rollback
     * waits for the requests that started before its switch before it invalidates, so none of
     * them can put an answer from the old view back into the kernel's caches afterwards.
     */
    private final java.util.concurrent.atomic.AtomicInteger[] inFlight = {
            new java.util.concurrent.atomic.AtomicInteger(), new java.util.concurrent.atomic.AtomicInteger()};
    /** Bumped by each rollback (under the write lock, with the view switch). */
    private volatile int rollbackEpoch;
    /** Tells the kernel to drop cached entries and inodes; set by the FUSE server once mounted. */
    volatile Notifier notifier = Notifier.NONE;

    /** Kernel cache invalidation; called only from threads that are not serving a request. */
    interface Notifier {
        Notifier NONE = new Notifier() {
            public void invalEntry(long parent, byte[] name) { }
            public void invalInode(long ino) { }
        };

        void invalEntry(long parent, byte[] name);

        void invalInode(long ino);
    }

    /**
     * Registers backing files with the kernel so it reads them directly (FUSE passthrough).
     * Called on the worker serving the open or release, with that request in {@code b.request}.
     */
    interface Passthrough {
        /** A backing id (> 0) for {@code fd}, or 0 when the kernel refuses it (the open is then cached). */
        int open(Buffers b, int fd);

        void close(Buffers b, int backingId);
    }

    DeltaFs(LayerStore store, int baseFd, String mountName, View initial) {
        this(store, baseFd, mountName, initial, 0, 1L << 62);
    }

    /** A view with node ids {@code idBase | local} in the session, successors from {@code firstSuccessor}. */
    DeltaFs(LayerStore store, int baseFd, String mountName, View initial, long idBase, long firstSuccessor) {
        this.idBase = idBase;
        this.lazyLayers = idBase != 0;
        this.nextSuccessorId = new AtomicLong(firstSuccessor);
        this.store = store;
        this.baseFd = baseFd;
        this.baseProcPath = PathBuf.utf8("/proc/self/fd/" + baseFd);
        this.mountName = mountName;
        this.view = initial;
        Node root = new Node(ROOT);
        root.lookups.set(1);
        nodes.putIfAbsent(root);
    }

    // ---------------------------------------------------------------- resolution

    /** The topmost entry for {@code rel}, {@link #BASE} if only the base may have it, null if absent. */
    static Entry locate(View v, PathBuf rel) {
        return locate(v.index, rel);
    }

    static Entry locate(PersistentPathMap<Entry> index, PathBuf rel) {
        Entry e = index.get(rel.bytes, 0, rel.length, rel.hash());
        if (e != null) return e.isWhiteout() ? null : e;
        if (rel.length == 0) return BASE;
        int parentLength = Math.max(rel.nameStart() - 1, 0);
        Entry parent = index.get(rel.bytes, 0, parentLength, PersistentPathMap.hash(rel.bytes, 0, parentLength));
        return parent != null && !parent.baseBelow ? null : BASE;
    }

    /** lstat of the entry's real file into {@code st}; patches in the stable inode number. */
    int statOf(Buffers b, PathBuf rel, Entry e, MemorySegment st) {
        int r;
        if (e == BASE) {
            r = Posix.fstatat(b.err, baseFd, Buffers.basePath(b.path, rel), st, libc_h.AT_SYMLINK_NOFOLLOW());
            if (r == 0 && rel.length == 0) stat.st_ino(st, ROOT);
        } else {
            r = Posix.fstatat(b.err, store.layersFd, Buffers.layerPath(b.path, e.layer, rel), st,
                    libc_h.AT_SYMLINK_NOFOLLOW());
            if (r == 0) stat.st_ino(st, rel.length == 0 ? ROOT : e.ino);
            // A directory merged with what lies below it: the layer's own link count misses the
            // subdirectories below. Counting them would cost a listing; report 1 ("not
            // counted", which find and fts understand), as overlayfs does for merged dirs.
            if (r == 0 && e.kind == Entry.DIR && !e.opaque && (e.baseBelow || e.lowerPresent)) stat.st_nlink(st, 1);
        }
        return r;
    }

    /** The path of {@code node} into {@code out}; false if the node has no name any more. */
    static boolean pathOf(Node node, PathBuf out) {
        out.clear();
        int total = 0;
        for (Node n = node; n.ino != ROOT; ) {
            Node.Alias a = n.origin.alias;
            if (a == null) return false;
            total += a.name().length + (a.parent().ino == ROOT ? 0 : 1);
            n = a.parent();
        }
        if (out.bytes.length < total) out.bytes = new byte[Math.max(total, out.bytes.length * 2)];
        int at = total;
        for (Node n = node; n.ino != ROOT; ) {
            Node.Alias a = n.origin.alias;
            if (a == null) return false;
            byte[] name = a.name();
            at -= name.length;
            System.arraycopy(name, 0, out.bytes, at, name.length);
            if (a.parent().ino != ROOT) out.bytes[--at] = '/';
            n = a.parent();
        }
        out.length = total;
        return at == 0;
    }

    /** Resolves a node's path into b.rel, or returns -ENOENT/-ESTALE. */
    private int nodePath(Buffers b, long ino, PathBuf out) {
        Node n = nodes.get(ino);
        if (n == null) return -libc_h.ESTALE();
        if (!pathOf(n, out)) return -libc_h.ENOENT();
        return 0;
    }

    /** The path of {@code name} in directory {@code parent} into {@code out}, or -errno. */
    private int childPath(Buffers b, long parent, MemorySegment name, PathBuf out) {
        int r = nodePath(b, parent, out);
        if (r < 0) return r;
        out.append(name);
        return out.length - out.nameStart() > 255 ? -libc_h.ENAMETOOLONG() : 0;
    }

    /** Whether {@code rel}, located as {@code e}, really exists (a base path may not). */
    private boolean exists(Buffers b, PathBuf rel, Entry e) {
        return e != null && (e != BASE || statOf(b, rel, e, b.st) == 0);
    }

    /**
     * Counts a kernel reference to file {@code ino} reached through {@code rel} under node
     * {@code parentId}; returns the node id the kernel is to use for it.
     */
    private long remember(long ino, long parentId, PathBuf rel, MemorySegment st) {
        Node n;
        while (true) {
            n = current(ino);
            synchronized (n) {
                // A FORGET may be dropping it right now: then take the node that replaces it.
                if (n.dropped) continue;
                n.lookups.incrementAndGet();
                n.expose(rollbackEpoch); // answered as an entry: the kernel may cache it from now on
                break;
            }
        }
        answered(n, st);
        if (ino != ROOT) {
            Node parent = nodes.get(parentId);
            Node o = n.origin;
            Node.Alias a = o.alias;
            if (parent != null && (a == null || a.parent() != parent || !a.sameName(rel, rel.nameStart()))) {
                if (a != null) keepOtherName(o, a);
                o.alias = new Node.Alias(parent, rel.name());
            }
        }
        return n.id;
    }

    /** The node new kernel references to file {@code ino} go to (made if needed). */
    private Node current(long ino) {
        if (!successors.isEmpty()) {
            Node s = successors.get(ino);
            if (s != null && !s.retired) return s;
        }
        Node n = nodes.getOrCreate(ino);
        if (!n.retired) return n;
        synchronized (successors) {
            Node s = successors.get(ino);
            if (s != null && !s.retired) return s;
            s = new Node(nextSuccessorId.getAndIncrement(), ino, n.origin);
            nodes.putIfAbsent(s);
            successors.put(ino, s);
            return s;
        }
    }

    /** The node holding the name and version of file {@code ino}, or null when the kernel knows none. */
    private Node named(long ino) {
        Node n = nodes.get(ino);
        if (n != null) return n.origin;
        if (successors.isEmpty()) return null;
        Node s = successors.get(ino);
        return s == null ? null : s.origin;
    }

    /** Drops a node the kernel and every handle have let go of. */
    private void dropIfUnused(Node n) {
        synchronized (n) {
            if (n.lookups.get() > 0 || n.openCount.get() > 0 || n.id == ROOT || n.dropped) return;
            n.dropped = true;
        }
        nodes.remove(n.id, n);
        if (n.id != n.ino) successors.remove(n.ino, n);
    }

    private static void keepOtherName(Node n, Node.Alias a) {
        Node.Alias[] old = n.otherNames;
        if (old == null) {
            n.otherNames = new Node.Alias[] {a};
            return;
        }
        for (Node.Alias o : old) if (o.parent() == a.parent() && java.util.Arrays.equals(o.name(), a.name())) return;
        Node.Alias[] more = java.util.Arrays.copyOf(old, Math.min(old.length + 1, 8));
        more[more.length - 1] = a;
        n.otherNames = more;
    }

    /** Another name of hard-linked {@code n} once its alias is gone: from the index, else one the kernel used. */
    private Node.Alias survivingName(Buffers b, Node n) {
        Node.Alias found = otherName(n.ino);
        Node.Alias[] known = n.otherNames;
        if (found != null || known == null) return found;
        PathBuf p = new PathBuf();
        for (Node.Alias a : known) {
            if (!pathOf(a.parent(), p)) continue;
            p.append(a.name());
            Entry e = locate(view, p);
            if (e != null && statOf(b, p, e, b.st2) == 0 && stat.st_ino(b.st2) == n.ino) return a;
        }
        return null;
    }

    // ---------------------------------------------------------------- lookups and attributes

    /** Fills {@code st} for (parent, name); returns the stable ino, 0 when absent, or -errno. */
    long lookup(Buffers b, long parent, MemorySegment name, MemorySegment st) {
        int r = childPath(b, parent, name, b.rel);
        if (r < 0) return r;
        View v = view;
        Entry e = locate(v, b.rel);
        if (e == null) return 0;
        r = statOf(b, b.rel, e, st);
        if (r == -libc_h.ENOENT() || r == -libc_h.ENOTDIR()) return 0;
        if (r < 0) return r;
        return remember(stat.st_ino(st), parent, b.rel, st);
    }

    void forget(long id, long count) {
        Node n = nodes.get(id);
        if (n == null || id == ROOT) return;
        n.lookups.addAndGet(-count);
        dropIfUnused(n);
    }

    int getattr(Buffers b, long ino, long fh, MemorySegment st) {
        if (fh != 0) {
            Handle h = handles.get(fh);
            if (h != null && h.node.id == ino && h.fd >= 0) {
                int r = revalidateForRead(b, h);
                if (r < 0) return r;
                r = Posix.fstat(b.err, h.fd, st);
                if (r == 0) {
                    stat.st_ino(st, h.node.ino);
                    answered(h.node, st);
                }
                return r;
            }
        }
        Node n = nodes.get(ino);
        if (n == null) return -libc_h.ESTALE();
        if (!pathOf(n, b.rel)) return statUnlinked(b, ino, st);
        Entry e = locate(view, b.rel);
        if (e == null) return -libc_h.ENOENT();
        int r = statOf(b, b.rel, e, st);
        if (r == 0) answered(n, st);
        return r;
    }

    /** Layer an entry's file lives in (0: the base). */
    private static long layerOf(Entry e) {
        return e == BASE ? 0 : e.layer;
    }

    /**
     * Records the attributes in {@code st} that the kernel is about to cache for node {@code n}
     * (directories only; called by the worker answering, before it answers). Labelled with the
     * rollback epoch, so a rollback trusts only answers of requests it waited for (see
     * {@link #invalidate}); two different answers in one epoch leave it unknown (null).
     */
    void answered(Node n, MemorySegment st) {
        if ((stat.st_mode(st) & 0170000) != 0040000) return;
        int epoch = rollbackEpoch;
        while (true) {
            long[] seen = n.dirAttrs;
            long[] now;
            if (seen == null) {
                now = dirAttrs(st, epoch);
            } else {
                int later = (int) seen[DIR_ATTRS_EPOCH] - epoch; // epochs compared wrap-safe
                if (later > 0) return; // a request of a later epoch answered: its record stays
                if (later == 0) {
                    if (sameDirAttrs(seen, st) || seen[DIR_ATTRS_UNKNOWN] != 0) return; // the common case
                    now = conflict(epoch);
                } else {
                    now = dirAttrs(st, epoch);
                }
            }
            if (Node.DIR_ATTRS.compareAndSet(n, seen, now)) return;
        }
    }

    /**
     * What the kernel's cached attributes of a directory are compared by: mode, uid, gid, link
     * count, size and mtime (atime and ctime aside: a directory copied up only because a file
     * below it was written differs in ctime), then the epoch, then a flag for "unknown".
     */
    private static final int DIR_ATTRS_EPOCH = 7, DIR_ATTRS_UNKNOWN = 8;

    private static long[] dirAttrs(MemorySegment s, long epoch) {
        long mtime = stat.st_mtim$offset();
        return new long[] {stat.st_mode(s), stat.st_uid(s), stat.st_gid(s), stat.st_nlink(s), stat.st_size(s),
                s.get(ValueLayout.JAVA_LONG, mtime), s.get(ValueLayout.JAVA_LONG, mtime + 8), epoch, 0};
    }

    private static long[] conflict(long epoch) {
        long[] a = new long[DIR_ATTRS_UNKNOWN + 1];
        a[DIR_ATTRS_EPOCH] = epoch;
        a[DIR_ATTRS_UNKNOWN] = 1;
        return a;
    }

    private static boolean sameDirAttrs(long[] a, MemorySegment s) {
        long mtime = stat.st_mtim$offset();
        return a[DIR_ATTRS_UNKNOWN] == 0 && a[0] == stat.st_mode(s) && a[1] == stat.st_uid(s) && a[2] == stat.st_gid(s)
                && a[3] == stat.st_nlink(s) && a[4] == stat.st_size(s) && a[5] == s.get(ValueLayout.JAVA_LONG, mtime)
                && a[6] == s.get(ValueLayout.JAVA_LONG, mtime + 8);
    }

    /** fstat of a file that has no name any more but is still open (the kernel asks without a handle). */
    private int statUnlinked(Buffers b, long ino, MemorySegment st) {
        Node n = nodes.get(ino);
        Handle h = n == null || n.openCount.get() == 0 ? null : handles.find(o -> o instanceof Handle x && x.node == n);
        if (h == null) return -libc_h.ENOENT();
        int r = Posix.fstat(b.err, h.fd, st);
        if (r < 0) return r;
        stat.st_ino(st, n.ino);
        stat.st_nlink(st, 0);
        return 0;
    }

    long readlink(Buffers b, long ino) {
        int r = nodePath(b, ino, b.rel);
        if (r < 0) return r;
        Entry e = locate(view, b.rel);
        if (e == null) return -libc_h.ENOENT();
        return readlinkOf(b, b.rel, e);
    }

    int statfs(Buffers b) {
        return Posix.fstatvfs(b.err, store.layersFd, b.vfs);
    }

    // ---------------------------------------------------------------- directories

    /** One directory entry of the merged view. */
    record DirEntry(byte[] name, long ino, int type) {}

    /** The merged listing of directory {@code ino} ("." and ".." first). */
    int listDir(Buffers b, long ino, List<DirEntry> out) {
        int r = nodePath(b, ino, b.rel);
        if (r < 0) return r;
        View v = view;
        Entry e = locate(v, b.rel);
        if (e == null) return -libc_h.ENOENT();
        Node n = nodes.get(ino);
        Node.Alias a = n == null ? null : n.origin.alias;
        out.add(new DirEntry(new byte[] {'.'}, ino, 4));
        out.add(new DirEntry(new byte[] {'.', '.'}, a == null ? ROOT : a.parent().ino, 4));
        return merged(b, v, b.rel, e, (name, entry, childIno, type) -> out.add(new DirEntry(name, childIno, type)));
    }

    /** An open directory: its listing, taken at the first read and again at offset 0 after a rollback. */
    static final class DirHandle {
        final long id;
        /** Null until listed. Written and read by the worker serving the handle's request (the kernel serializes them). */
        List<DirEntry> entries;
        int epoch;

        DirHandle(long id) {
            this.id = id;
        }

        boolean stale(DeltaFs fs) {
            return epoch != fs.rollbackEpoch;
        }
    }

    /** (Re)lists {@code dir} from the current view. */
    int list(Buffers b, DirHandle dir) {
        int epoch = rollbackEpoch;
        List<DirEntry> out = new ArrayList<>();
        int r = listDir(b, dir.id, out);
        if (r < 0) return r;
        dir.entries = out;
        dir.epoch = epoch;
        return 0;
    }

    interface ChildVisitor {
        void visit(byte[] name, Entry entry, long ino, int dtype);
    }

    /** Visits the children of directory {@code rel} (entry {@code e}) in view {@code v}. */
    int merged(Buffers b, View v, PathBuf rel, Entry e, ChildVisitor visitor) {
        if (e == BASE || e.baseBelow) {
            PathBuf child = new PathBuf();
            int r = LayerStore.readDir(b, baseFd, Buffers.basePath(b.path, rel), (name, dIno, type) -> {
                child.set(rel).append(name);
                if (e == BASE || v.index.get(child.bytes, 0, child.length, child.hash()) == null) {
                    visitor.visit(name, BASE, dIno, type);
                }
            });
            if (r < 0 && e == BASE) return r;
        }
        if (e != BASE) {
            PathBuf child = new PathBuf();
            e.children.forEach((name, yes) -> {
                child.set(rel).append(name);
                Entry c = v.index.get(child.bytes, 0, child.length, child.hash());
                if (c != null && !c.isWhiteout()) visitor.visit(name, c, c.ino, dtypeOf(c.kind));
            });
        }
        return 0;
    }

    private static int dtypeOf(byte kind) {
        return switch (kind) {
            case Entry.DIR -> 4;
            case Entry.FILE -> 8;
            case Entry.SYMLINK -> 10;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- handles

    /**
     * Opens node {@code id}; returns the handle (> 0) or -errno. A read-only open of a file
     * whose content is in the base or a frozen layer (immutable) is served by kernel
     * passthrough when possible ({@link Handle#backingId}); see {@link #enterIoMode}.
     */
    long open(Buffers b, long id, int flags) {
        Node n = nodes.get(id);
        if (n == null) return -libc_h.ESTALE();
        boolean writable = (flags & libc_h.O_ACCMODE()) != libc_h.O_RDONLY() || (flags & libc_h.O_TRUNC()) != 0;
        if (writable) {
            int mode = enterIoMode(b, n, -1, false);
            if (mode < 0) return mode;
            long fh = -libc_h.EIO();
            lock.writeLock().lock();
            try {
                if (!pathOf(n, b.rel)) return fh = -libc_h.ENOENT();
                View v = view;
                int r = copyUp(b, v, b.rel);
                if (r < 0) return fh = r;
                v = view;
                int fd = Posix.openat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, b.rel),
                        backingFlags(flags, true), 0);
                if (fd < 0) return fh = fd;
                return fh = handles.add(new Handle(n, fd, v.layer, v.generation, n.origin.version, true, 0));
            } finally {
                lock.writeLock().unlock();
                if (fh < 0) leaveIoMode(b, n, 0);
            }
        }
        if (!pathOf(n, b.rel)) return -libc_h.ENOENT();
        View v = view;
        Entry e = locate(v, b.rel);
        if (e == null) return -libc_h.ENOENT();
        int fd = openEntry(b, b.rel, e, backingFlags(flags, false));
        if (fd < 0) return fd;
        long layer = e == BASE ? 0 : e.layer;
        int mode = enterIoMode(b, n, fd, layer != v.layer);
        if (mode < 0) {
            Posix.close(b.err, fd);
            return mode;
        }
        return handles.add(new Handle(n, fd, layer, v.generation, n.origin.version, false, mode));
    }

    /**
     * Chooses the kernel I/O mode of a new open of {@code n}, which the kernel keeps per node:
     * while passthrough opens exist every open must be a passthrough of the same backing file,
     * and passthrough cannot start while cached opens exist. Returns a backing id for a
     * passthrough open, 0 for a cached one, or -ESTALE when the node is pinned to a backing
     * file that no longer holds the file's content (or a write comes): the node is retired,
     * the kernel's open path looks the name up again (LOOKUP_REVAL) and gets a successor node.
     *
     * @param fd        the open backing descriptor, or -1 for a writable open
     * @param immutable whether {@code fd}'s file can never change (base or frozen layer)
     */
    private int enterIoMode(Buffers b, Node n, int fd, boolean immutable) {
        Passthrough pt = passthrough;
        long dev = 0, ino = 0;
        boolean candidate = immutable && pt != null && fd >= 0 && Posix.fstat(b.err, fd, b.st2) == 0
                && (stat.st_mode(b.st2) & 0170000) == 0100000;
        if (candidate) {
            dev = stat.st_dev(b.st2);
            ino = stat.st_ino(b.st2);
        }
        synchronized (n) {
            if (n.passthroughOpens > 0) {
                if (candidate && dev == n.backingDev && ino == n.backingIno) {
                    n.passthroughOpens++;
                    return n.backingId;
                }
                n.retired = true;
                return -libc_h.ESTALE();
            }
            if (n.retired) return -libc_h.ESTALE();
            if (candidate && n.cachedOpens == 0) {
                int backing = pt.open(b, fd);
                if (backing > 0) {
                    n.passthroughOpens = 1;
                    n.backingId = backing;
                    n.backingDev = dev;
                    n.backingIno = ino;
                    return backing;
                }
            }
            n.cachedOpens++;
            return 0;
        }
    }

    /** Undoes {@link #enterIoMode} when an open ends. */
    private void leaveIoMode(Buffers b, Node n, int backingId) {
        synchronized (n) {
            if (backingId == 0) {
                n.cachedOpens--;
            } else if (--n.passthroughOpens == 0) {
                Passthrough pt = passthrough;
                if (pt != null) pt.close(b, n.backingId);
                n.backingId = 0;
            }
        }
    }

    /** Whether the open handle was opened for writing. */
    boolean isWritable(long fh) {
        Handle h = handles.get(fh);
        return h != null && h.writable;
    }

    /** The passthrough backing id of an open handle (0: served by us, cached). */
    int backingIdOf(long fh) {
        Handle h = handles.get(fh);
        return h == null ? 0 : h.backingId;
    }

    private int openEntry(Buffers b, PathBuf rel, Entry e, int flags) {
        return e == BASE ? Posix.openat(b.err, baseFd, Buffers.basePath(b.path, rel), flags, 0)
                : Posix.openat(b.err, store.layersFd, Buffers.layerPath(b.path, e.layer, rel), flags, 0);
    }

    /** Flags for the backing file: we write at the kernel's offsets, so never O_APPEND. */
    private static int backingFlags(int flags, boolean writable) {
        int keep = flags & (libc_h.O_TRUNC() | libc_h.O_NONBLOCK());
        return keep | libc_h.O_CLOEXEC() | libc_h.O_NOFOLLOW() | (writable ? libc_h.O_RDWR() : libc_h.O_RDONLY());
    }

    void release(Buffers b, long fh) {
        Object o = handles.remove(fh);
        if (!(o instanceof Handle h)) return;
        Posix.close(b.err, h.fd);
        leaveIoMode(b, h.node, h.backingId);
        h.node.openCount.decrementAndGet();
        dropIfUnused(h.node);
    }

    /** Points a handle at the current version of its file for reading. */
    private int revalidateForRead(Buffers b, Handle h) {
        View v = view;
        if (h.generation == v.generation && h.nodeVersion == h.node.origin.version) return 0;
        synchronized (h) {
            if (h.generation == v.generation && h.nodeVersion == h.node.origin.version) return 0;
            int nodeVersion = h.node.origin.version;
            if (pathOf(h.node, b.rel)) {
                Entry e = locate(v, b.rel);
                long layer = e == null ? -1 : e == BASE ? 0 : e.layer;
                if (e != null && layer != h.layer) {
                    int fd = openEntry(b, b.rel, e, h.writable && layer == v.layer
                            ? libc_h.O_RDWR() | libc_h.O_CLOEXEC() : libc_h.O_RDONLY() | libc_h.O_CLOEXEC());
                    if (fd < 0) return fd;
                    Posix.close(b.err, h.fd);
                    h.fd = fd;
                    h.layer = layer;
                }
            }
            h.generation = v.generation;
            h.nodeVersion = nodeVersion;
        }
        return 0;
    }

    /**
     * Makes a handle writable in the current writable layer (copying its file up), under the
     * write lock. Returns 0 when the handle now points into {@code view.layer}.
     */
    private int redirectForWrite(Buffers b, Handle h) {
        View v = view;
        synchronized (h) {
            if (h.layer == v.layer && h.writable && h.generation == v.generation && h.nodeVersion == h.node.origin.version) {
                return 0;
            }
            if (pathOf(h.node, b.rel) && locate(v, b.rel) != null) {
                int r = copyUp(b, v, b.rel);
                if (r < 0) return r;
                v = view;
                int fd = Posix.openat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, b.rel),
                        libc_h.O_RDWR() | libc_h.O_CLOEXEC() | libc_h.O_NOFOLLOW(), 0);
                if (fd < 0) return fd;
                Posix.close(b.err, h.fd);
                h.fd = fd;
            } else {
                // The file has no name in this view (unlinked, or gone after a rollback): give
                // the descriptor a private copy so the frozen layer stays untouched.
                int fd = Posix.openat(b.err, store.workFd, Buffers.cString(b.path, PathBuf.utf8(".")),
                        libc_h.O_TMPFILE() | libc_h.O_RDWR() | libc_h.O_CLOEXEC(), 0600);
                if (fd < 0) return fd;
                long r = copyData(b, h.fd, fd);
                if (r < 0) {
                    Posix.close(b.err, fd);
                    return (int) r;
                }
                Posix.close(b.err, h.fd);
                h.fd = fd;
            }
            h.layer = v.layer;
            h.writable = true;
            h.generation = v.generation;
            h.nodeVersion = h.node.origin.version;
        }
        return 0;
    }

    long read(Buffers b, long fh, long size, long off) {
        Handle h = handles.get(fh);
        if (h == null) return -libc_h.EBADF();
        int r = revalidateForRead(b, h);
        if (r < 0) return r;
        return Posix.pread(b.err, h.fd, b.io, Math.min(size, Buffers.IO_CAPACITY), off);
    }

    /** Runs {@code op} on the handle's file once it is in the writable layer. */
    private long withWritable(Buffers b, long fh, HandleOp op) {
        Handle h = handles.get(fh);
        if (h == null) return -libc_h.EBADF();
        return withWritable(b, h, op);
    }

    private long withWritable(Buffers b, Handle h, HandleOp op) {
        while (true) {
            lock.readLock().lock();
            try {
                if (writableNow(h)) return op.apply(h.fd);
            } finally {
                lock.readLock().unlock();
            }
            int r = makeWritable(b, h);
            if (r < 0) return r;
        }
    }

    /** Whether the handle's descriptor is in the current writable layer (caller holds a lock). */
    private boolean writableNow(Handle h) {
        View v = view;
        return h.layer == v.layer && h.writable && h.generation == v.generation
                && h.nodeVersion == h.node.origin.version;
    }

    private int makeWritable(Buffers b, Handle h) {
        lock.writeLock().lock();
        try {
            return redirectForWrite(b, h);
        } finally {
            lock.writeLock().unlock();
        }
    }

    interface HandleOp {
        long apply(int fd);
    }

    /** The hot write path, spelled out: no capturing lambda to allocate per request. */
    long write(Buffers b, long fh, MemorySegment data, long size, long off) {
        Handle h = handles.get(fh);
        if (h == null) return -libc_h.EBADF();
        while (true) {
            lock.readLock().lock();
            try {
                if (writableNow(h)) return Posix.pwrite(b.err, h.fd, data, size, off);
            } finally {
                lock.readLock().unlock();
            }
            int r = makeWritable(b, h);
            if (r < 0) return r;
        }
    }

    /**
     * After a write by a caller without CAP_FSETID (the server is told only the uid: non-root):
     * clears setuid, and setgid with group-exec, as the kernel does for writes through the
     * page cache (writable opens use direct I/O, where the kernel leaves it to the server).
     * Returns the node id whose cached attributes are now stale, or 0.
     */
    long dropSetIdBits(Buffers b, long fh) {
        Handle h = handles.get(fh);
        if (h == null || Posix.fstat(b.err, h.fd, b.st2) < 0) return 0;
        int mode = stat.st_mode(b.st2) & 07777;
        int drop = (mode & 04000) | ((mode & 02010) == 02010 ? 02000 : 0);
        if (drop == 0) return 0;
        return Posix.fchmod(b.err, h.fd, mode & ~drop) == 0 ? h.node.id : 0;
    }

    int fsync(Buffers b, long fh, boolean dataOnly) {
        Handle h = handles.get(fh);
        if (h == null) return -libc_h.EBADF();
        return Posix.fsync(b.err, h.fd, dataOnly);
    }

    int fallocate(Buffers b, long fh, int mode, long off, long len) {
        return (int) withWritable(b, fh, fd -> Posix.fallocate(b.err, fd, mode, off, len));
    }

    long lseek(Buffers b, long fh, long off, int whence) {
        Handle h = handles.get(fh);
        if (h == null) return -libc_h.EBADF();
        int r = revalidateForRead(b, h);
        if (r < 0) return r;
        return Posix.lseek(b.err, h.fd, off, whence);
    }

    // ---------------------------------------------------------------- copy-up

    /**
     * Makes {@code rel} exist in the writable layer with the content and metadata it has in
     * the view (parents first). Caller holds the write lock. Updates {@link #view}.
     */
    int copyUp(Buffers b, View v, PathBuf rel) {
        Entry e = locate(v, rel);
        if (e == null) return -libc_h.ENOENT();
        if (e != BASE && e.layer == v.layer) return 0;
        if (rel.length > 0) {
            PathBuf parent = new PathBuf().set(rel).parent();
            int r = copyUp(b, v, parent);
            if (r < 0) return r;
            v = view;
        }
        int r = statOf(b, rel, e, b.st2);
        if (r < 0) return r;
        int mode = stat.st_mode(b.st2);
        long ino = stat.st_ino(b.st2);
        byte kind = Entry.kindOfMode(mode);
        MemorySegment parentTimes = saveParentTimes(b, v, rel);
        if (rel.length == 0) {
            // The writable layer's root exists (made lazily by views: at their first change); give it the root's metadata.
            MemorySegment dst = Buffers.layerPath(b.path2, v.layer, rel);
            if (lazyLayers) {
                r = Posix.mkdirat(b.err, store.layersFd, dst, 0755);
                if (r < 0 && r != -libc_h.EEXIST()) return r;
            }
            r = copyMetadata(b, rel, e, store.layersFd, dst, mode, ino);
            if (r < 0) return r;
        } else {
            byte[] tmp = tmpName();
            MemorySegment tmpPath = Buffers.cString(b.path2, tmp);
            switch (kind) {
                case Entry.DIR -> r = Posix.mkdirat(b.err, store.workFd, tmpPath, 0700);
                case Entry.FILE -> r = copyFile(b, rel, e, tmpPath, stat.st_size(b.st2));
                case Entry.SYMLINK -> {
                    long n = readlinkOf(b, rel, e);
                    r = n < 0 ? (int) n : Posix.symlinkat(b.err, b.io, store.workFd, Buffers.cString(b.path2, tmp));
                }
                default -> r = Posix.mknodat(b.err, store.workFd, tmpPath, mode, stat.st_rdev(b.st2));
            }
            if (r < 0) return r;
            tmpPath = Buffers.cString(b.path2, tmp);
            r = copyMetadata(b, rel, e, store.workFd, tmpPath, mode, ino);
            if (r == 0) r = Posix.renameat2(b.err, store.workFd, Buffers.cString(b.path2, tmp), store.layersFd,
                    Buffers.layerPath(b.path, v.layer, rel), 0);
            if (r < 0) {
                cleanupTmp(b, tmp, kind == Entry.DIR);
                return r;
            }
        }
        restoreParentTimes(b, v, rel, parentTimes);
        // The copy of a directory is never opaque: its children in the layer it came from must
        // keep showing through (an opaque mark there already hides what lies below that layer).
        Entry up = new Entry(kind, v.layer, rel.length == 0 ? ROOT : ino, true,
                kind == Entry.DIR && (e == BASE || e.baseBelow), false,
                e == BASE ? Entry.NO_CHILDREN : e.children);
        view = put(v, rel, up);
        if (kind == Entry.FILE && e != BASE && stat.st_nlink(b.st2) > 1) {
            r = copyUpOtherLinks(b, rel, e);
            if (r < 0) return r;
        }
        Node n = named(rel.length == 0 ? ROOT : ino);
        if (n != null) n.version++;
        return 0;
    }

    /**
     * A hard-linked file of a frozen layer was copied up through one name: link its other
     * names in that layer to the copy, so they stay one file (a rare path: scans the index).
     */
    private int copyUpOtherLinks(Buffers b, PathBuf rel, Entry source) {
        List<byte[]> others = new ArrayList<>();
        byte[] self = rel.toKey();
        view.index.forEach((key, e) -> {
            if (e.ino == source.ino && e.layer == source.layer && !e.isWhiteout() && !java.util.Arrays.equals(key, self)) {
                others.add(key);
            }
        });
        PathBuf other = new PathBuf();
        PathBuf from = new PathBuf().set(rel);
        for (byte[] key : others) {
            other.clear();
            other.append(key);
            int r = copyUp(b, view, new PathBuf().set(other).parent());
            if (r < 0) return r;
            View v = view;
            r = Posix.linkat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, from), store.layersFd,
                    Buffers.layerPath(b.path2, v.layer, other), 0);
            if (r < 0) return r;
            Entry e = v.index.get(key);
            view = put(v, other, new Entry(Entry.FILE, v.layer, source.ino, true, false, false, Entry.NO_CHILDREN));
            if (e == null) return -libc_h.EIO();
        }
        return 0;
    }

    /** A scratch name in the work directory, unique among all views of the store (they share it). */
    private byte[] tmpName() {
        return store.tmpName();
    }

    private void cleanupTmp(Buffers b, byte[] tmp, boolean dir) {
        Posix.unlinkat(b.err, store.workFd, Buffers.cString(b.path2, tmp), dir ? libc_h.AT_REMOVEDIR() : 0);
    }

    private long readlinkOf(Buffers b, PathBuf rel, Entry e) {
        MemorySegment p = e == BASE ? Buffers.basePath(b.path, rel) : Buffers.layerPath(b.path, e.layer, rel);
        long n = Posix.readlinkat(b.err, e == BASE ? baseFd : store.layersFd, p, b.io, Buffers.IO_CAPACITY - 1);
        if (n >= 0) b.io.set(ValueLayout.JAVA_BYTE, n, (byte) 0);
        return n;
    }

    private int copyFile(Buffers b, PathBuf rel, Entry e, MemorySegment tmpPath, long size) {
        int out = Posix.openat(b.err, store.workFd, tmpPath,
                libc_h.O_CREAT() | libc_h.O_EXCL() | libc_h.O_WRONLY() | libc_h.O_CLOEXEC(), 0600);
        if (out < 0) return out;
        int in = openEntry(b, rel, e, libc_h.O_RDONLY() | libc_h.O_CLOEXEC() | libc_h.O_NOFOLLOW());
        if (in < 0) {
            Posix.close(b.err, out);
            return in;
        }
        long r = copyData(b, in, out);
        Posix.close(b.err, in);
        Posix.close(b.err, out);
        return (int) Math.min(r, 0);
    }

    /** Copies a whole file, keeping holes; returns 0 or -errno. */
    private long copyData(Buffers b, int in, int out) {
        long size = Posix.lseek(b.err, in, 0, libc_h.SEEK_END());
        if (size < 0) return size;
        MemorySegment offIn = b.times;               // two longs of scratch
        MemorySegment offOut = b.times.asSlice(8);
        long pos = 0;
        while (pos < size) {
            long data = Posix.lseek(b.err, in, pos, libc_h.SEEK_DATA());
            if (data == -libc_h.ENXIO()) break;
            if (data < 0) return data;
            long hole = Posix.lseek(b.err, in, data, libc_h.SEEK_HOLE());
            if (hole < 0) return hole;
            offIn.set(ValueLayout.JAVA_LONG, 0, data);
            offOut.set(ValueLayout.JAVA_LONG, 0, data);
            long left = hole - data;
            while (left > 0) {
                long n = Posix.copyFileRange(b.err, in, offIn, out, offOut, left);
                if (n < 0) return n;
                if (n == 0) break;
                left -= n;
            }
            pos = hole;
        }
        return Posix.ftruncate(b.err, out, size);
    }

    /** Owner, mode, xattrs, stable ino and times of the source onto {@code dst} (a path under dirFd). */
    private int copyMetadata(Buffers b, PathBuf rel, Entry e, int dirFd, MemorySegment dst, int mode, long ino) {
        int nofollow = libc_h.AT_SYMLINK_NOFOLLOW();
        int r = Posix.fchownat(b.err, dirFd, dst, stat.st_uid(b.st2), stat.st_gid(b.st2), nofollow);
        if (r < 0) return r;
        boolean symlink = (mode & 0170000) == 0120000;
        if (!symlink) {
            r = Posix.fchmodat(b.err, dirFd, dst, mode & 07777, 0);
            if (r < 0) return r;
        }
        MemorySegment dstAbs = dirFd == store.workFd ? workAbsolute(b.name, dst) : store.absolute(b.name,
                view.layer, rel);
        r = copyXattrs(b, rel, e, dstAbs);
        if (r < 0) return r;
        r = setIno(b, dstAbs, ino);
        if (r < 0) return r;
        MemorySegment.copy(b.st2, stat.st_atim$offset(), b.times, 0, 32);
        return Posix.utimensat(b.err, dirFd, dirFd == store.workFd ? dst : Buffers.layerPath(b.path2, view.layer, rel),
                b.times, nofollow);
    }

    /** The absolute path of a scratch name in the work directory (scratch names are ASCII). */
    private MemorySegment workAbsolute(MemorySegment dst, MemorySegment tmpName) {
        return Buffers.cString(dst, PathBuf.utf8(store.workDir + "/" + tmpName.getString(0)));
    }

    private MemorySegment sourceAbsolute(MemorySegment dst, PathBuf rel, Entry e) {
        if (e == BASE) {
            return Buffers.prefixedPath(dst, baseProcPath, rel);
        }
        return store.absolute(dst, e.layer, rel);
    }

    private int copyXattrs(Buffers b, PathBuf rel, Entry e, MemorySegment dstAbs) {
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment src = sourceAbsolute(arena.allocate(Buffers.PATH_CAPACITY), rel, e);
            MemorySegment list = arena.allocate(65536);
            long n = Posix.llistxattr(b.err, src, list, list.byteSize());
            if (n < 0) return n == -libc_h.ENOTSUP() ? 0 : (int) n;
            MemorySegment value = arena.allocate(65536);
            for (long at = 0; at < n; ) {
                String name = list.getString(at);
                MemorySegment cname = list.asSlice(at);
                at += name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
                if (isPrivateXattr(name)) continue;
                long len = Posix.lgetxattr(b.err, src, cname, value, value.byteSize());
                if (len < 0) continue;
                int r = Posix.lsetxattr(b.err, dstAbs, cname, value, len, 0);
                if (r < 0) return r;
            }
        }
        return 0;
    }

    static boolean isPrivateXattr(String name) {
        return name.startsWith("trusted.overlay.") || name.startsWith("trusted.deltabox.");
    }

    private int setIno(Buffers b, MemorySegment abs, long ino) {
        b.io.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, ino);
        return Posix.lsetxattr(b.err, abs, Buffers.cString(b.path, LayerStore.INO_XATTR), b.io, 8, 0);
    }

    /** Copy-up creates an entry in the parent's upper directory; the parent's times must not show it. */
    private MemorySegment saveParentTimes(Buffers b, View v, PathBuf rel) {
        if (rel.length == 0) return null;
        PathBuf parent = new PathBuf().set(rel).parent();
        MemorySegment st = b.arena.allocate(stat.layout());
        int r = Posix.fstatat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, parent), st,
                libc_h.AT_SYMLINK_NOFOLLOW());
        return r == 0 ? st : null;
    }

    private void restoreParentTimes(Buffers b, View v, PathBuf rel, MemorySegment st) {
        if (st == null) return;
        PathBuf parent = new PathBuf().set(rel).parent();
        MemorySegment.copy(st, stat.st_atim$offset(), b.times, 0, 32);
        Posix.utimensat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, parent), b.times,
                libc_h.AT_SYMLINK_NOFOLLOW());
    }

    /** The view with {@code e} at {@code rel} and its name in the parent's children. */
    private static View put(View v, PathBuf rel, Entry e) {
        return addToParent(new View(v.index.plus(rel.toKey(), e), v.layer, v.parent, v.generation), rel);
    }

    /** The view without any entry at {@code rel} (and without the name in the parent's children). */
    private static View remove(View v, PathBuf rel) {
        PersistentPathMap<Entry> index = v.index.minus(rel.toKey());
        PathBuf parent = new PathBuf().set(rel).parent();
        byte[] pk = parent.toKey();
        Entry pe = index.get(pk);
        if (pe != null) index = index.plus(pk, pe.withoutChild(rel.name()));
        return new View(index, v.layer, v.parent, v.generation);
    }

    // ---------------------------------------------------------------- namespace changes

    /** Who is asking: owner of new files. */
    record Caller(int uid, int gid) {}

    /**
     * Creates a node at (parent, name): {@code make} builds it at a scratch path in the work
     * directory, then it is renamed into place (atomically replacing a whiteout in the
     * writable layer). Fills {@code b.st}; returns the new ino or -errno.
     */
    private long create(Buffers b, long parent, MemorySegment name, int mode, Caller caller, Maker make) {
        lock.writeLock().lock();
        try {
            int r = childPath(b, parent, name, b.rel);
            if (r < 0) return r;
            View v = view;
            if (exists(b, b.rel, locate(v, b.rel))) return -libc_h.EEXIST();
            PathBuf parentRel = new PathBuf().set(b.rel).parent();
            r = copyUp(b, v, parentRel);
            if (r < 0) return r;
            v = view;
            // Owner: the caller; group: the directory's when it is setgid.
            r = Posix.fstatat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, parentRel), b.st2,
                    libc_h.AT_SYMLINK_NOFOLLOW());
            if (r < 0) return r;
            int parentMode = stat.st_mode(b.st2);
            int gid = (parentMode & 02000) != 0 ? stat.st_gid(b.st2) : caller.gid();
            if ((parentMode & 02000) != 0 && (mode & 0170000) == 0040000) mode |= 02000;
            Entry under = v.index.get(b.rel.toKey());
            boolean whiteoutHere = under != null && under.isWhiteout() && under.layer == v.layer;
            boolean hidesLower = under != null && under.isWhiteout();
            long ino = store.allocIno();
            byte[] tmp = tmpName();
            r = make.make(b, Buffers.cString(b.path2, tmp), mode);
            if (r < 0) return r;
            MemorySegment tmpPath = Buffers.cString(b.path2, tmp);
            boolean dir = (mode & 0170000) == 0040000;
            boolean symlink = (mode & 0170000) == 0120000;
            r = Posix.fchownat(b.err, store.workFd, tmpPath, caller.uid(), gid, libc_h.AT_SYMLINK_NOFOLLOW());
            if (r == 0 && !symlink) r = Posix.fchmodat(b.err, store.workFd, tmpPath, mode & 07777, 0);
            MemorySegment abs = workAbsolute(b.name, Buffers.cString(b.path2, tmp));
            if (r == 0) r = setIno(b, abs, ino);
            if (r == 0 && dir) r = Posix.lsetxattr(b.err, abs, Buffers.cString(b.path, LayerStore.OPAQUE_XATTR),
                    Buffers.cString(b.io, new byte[] {'y'}), 1, 0);
            if (r == 0) {
                int flags = whiteoutHere && dir ? libc_h.RENAME_EXCHANGE() : 0;
                r = Posix.renameat2(b.err, store.workFd, Buffers.cString(b.path2, tmp), store.layersFd,
                        Buffers.layerPath(b.path, v.layer, b.rel), flags);
                if (r == 0 && flags != 0) cleanupTmp(b, tmp, false);
            }
            if (r < 0) {
                cleanupTmp(b, tmp, dir);
                return r;
            }
            if (dir) {
                // A new directory is opaque: nothing beneath it can show through.
                PathBuf gone = new PathBuf().set(b.rel);
                v = new View(v.index.minusIf((k, val) -> gone.isAncestorOf(k)), v.layer, v.parent, v.generation);
            }
            // Over any whiteout the name must stay hidden when removed again: the index keeps one entry per path.
            Entry e = new Entry(Entry.kindOfMode(mode), v.layer, ino, hidesLower, false, dir, Entry.NO_CHILDREN);
            view = put(v, b.rel, e);
            r = statOf(b, b.rel, e, b.st);
            if (r < 0) return r;
            return remember(ino, parent, b.rel, b.st);
        } finally {
            lock.writeLock().unlock();
        }
    }

    interface Maker {
        int make(Buffers b, MemorySegment tmpPath, int mode);
    }

    long mknod(Buffers b, long parent, MemorySegment name, int mode, long rdev, Caller c) {
        // A 0/0 character device is a whiteout in the layer format: refuse it, as overlayfs does.
        if ((mode & 0170000) == 0020000 && rdev == 0) return -libc_h.EPERM();
        return create(b, parent, name, mode, c, (bb, p, m) -> Posix.mknodat(bb.err, store.workFd, p, m, rdev));
    }

    long mkdir(Buffers b, long parent, MemorySegment name, int mode, Caller c) {
        return create(b, parent, name, (mode & 07777) | 0040000, c,
                (bb, p, m) -> Posix.mkdirat(bb.err, store.workFd, p, 0700));
    }

    long symlink(Buffers b, MemorySegment target, long parent, MemorySegment name, Caller c) {
        return create(b, parent, name, 0120777, c, (bb, p, m) -> Posix.symlinkat(bb.err, target, store.workFd, p));
    }

    /** Creates and opens a regular file; returns the ino, and the handle through {@code fhOut[0]}. */
    long createFile(Buffers b, long parent, MemorySegment name, int mode, int flags, Caller c, long[] fhOut) {
        long ino = create(b, parent, name, (mode & 07777) | 0100000, c, (bb, p, m) -> {
            int fd = Posix.openat(bb.err, store.workFd, p,
                    libc_h.O_CREAT() | libc_h.O_EXCL() | libc_h.O_WRONLY() | libc_h.O_CLOEXEC(), 0600);
            return fd < 0 ? fd : Posix.close(bb.err, fd);
        });
        if (ino <= 0) return ino;
        long fh = open(b, ino, (flags & ~libc_h.O_TRUNC()) | libc_h.O_RDWR());
        if (fh < 0) return fh;
        fhOut[0] = fh;
        return ino;
    }

    long link(Buffers b, long ino, long newParent, MemorySegment newName) {
        lock.writeLock().lock();
        try {
            int r = nodePath(b, ino, b.rel);
            if (r < 0) return r;
            r = childPath(b, newParent, newName, b.rel2);
            if (r < 0) return r;
            View v = view;
            Entry src = locate(v, b.rel);
            if (src == null) return -libc_h.ENOENT();
            if (src.isDir()) return -libc_h.EPERM();
            if (exists(b, b.rel2, locate(v, b.rel2))) return -libc_h.EEXIST();
            r = copyUp(b, v, b.rel);
            if (r < 0) return r;
            r = copyUp(b, view, new PathBuf().set(b.rel2).parent());
            if (r < 0) return r;
            v = view;
            Entry up = v.index.get(b.rel.toKey());
            Entry under = v.index.get(b.rel2.toKey());
            boolean whiteoutHere = under != null && under.isWhiteout() && under.layer == v.layer;
            byte[] tmp = tmpName();
            MemorySegment dst = whiteoutHere ? Buffers.cString(b.path2, tmp) : Buffers.layerPath(b.path2, v.layer, b.rel2);
            r = Posix.linkat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, b.rel),
                    whiteoutHere ? store.workFd : store.layersFd, dst, 0);
            if (r == 0 && whiteoutHere) {
                r = Posix.renameat2(b.err, store.workFd, Buffers.cString(b.path2, tmp), store.layersFd,
                        Buffers.layerPath(b.path, v.layer, b.rel2), 0);
                if (r < 0) cleanupTmp(b, tmp, false);
            }
            if (r < 0) return r;
            Entry e = new Entry(up.kind, v.layer, up.ino, under != null && under.isWhiteout(), false, false,
                    Entry.NO_CHILDREN);
            view = put(v, b.rel2, e);
            r = statOf(b, b.rel2, e, b.st);
            if (r < 0) return r;
            return remember(up.ino, newParent, b.rel2, b.st);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int unlink(Buffers b, long parent, MemorySegment name, boolean dir) {
        lock.writeLock().lock();
        try {
            int r = childPath(b, parent, name, b.rel);
            if (r < 0) return r;
            View v = view;
            Entry e = locate(v, b.rel);
            if (e == null) return -libc_h.ENOENT();
            r = statOf(b, b.rel, e, b.st);
            if (r < 0) return r;
            long ino = stat.st_ino(b.st);
            boolean isDir = (stat.st_mode(b.st) & 0170000) == 0040000;
            if (dir && !isDir) return -libc_h.ENOTDIR();
            if (!dir && isDir) return -libc_h.EISDIR();
            if (isDir) {
                boolean[] nonEmpty = {false};
                r = merged(b, v, b.rel, e, (n, c, i, t) -> nonEmpty[0] = true);
                if (r < 0) return r;
                if (nonEmpty[0]) return -libc_h.ENOTEMPTY();
            }
            r = removeName(b, v, b.rel, e, isDir);
            if (r < 0) return r;
            Node n = named(ino);
            if (n != null) {
                Node.Alias a = n.alias;
                if (a != null && a.parent().ino == parent && a.sameName(b.rel, b.rel.nameStart())) {
                    n.alias = stat.st_nlink(b.st) > 1 ? survivingName(b, n) : null;
                }
            }
            return 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Another name of a hard-linked file, under a directory the kernel knows (rare: a scan). */
    private Node.Alias otherName(long ino) {
        Node.Alias[] found = {null};
        View v = view;
        v.index.forEach((key, e) -> {
            if (found[0] != null || e.isWhiteout() || e.ino != ino || key.length == 0) return;
            int slash = key.length - 1;
            while (slash >= 0 && key[slash] != '/') slash--;
            Entry parent = slash < 0 ? null : v.index.get(java.util.Arrays.copyOf(key, slash));
            Node p = nodes.get(slash < 0 ? ROOT : parent == null ? 0 : parent.ino);
            if (p != null) found[0] = new Node.Alias(p, java.util.Arrays.copyOfRange(key, slash + 1, key.length));
        });
        return found[0];
    }

    /**
     * Removes what is at {@code rel} from the view: deletes it from the writable layer, and
     * leaves a whiteout when something beneath would show through.
     */
    private int removeName(Buffers b, View v, PathBuf rel, Entry e, boolean isDir) {
        boolean inTop = e != BASE && e.layer == v.layer;
        boolean needWhiteout = !inTop || e.lowerPresent;
        int r;
        if (inTop) {
            if (isDir) {
                r = clearWhiteouts(b, v, rel, e);
                if (r < 0) return r;
                v = view;
            }
            if (needWhiteout) {
                // Atomically swap the file for a whiteout, then drop it from the work dir.
                byte[] tmp = tmpName();
                r = Posix.renameat2(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, rel), store.workFd,
                        Buffers.cString(b.path2, tmp), libc_h.RENAME_WHITEOUT());
                if (r < 0) return r;
                cleanupTmp(b, tmp, isDir);
            } else {
                r = Posix.unlinkat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, rel),
                        isDir ? libc_h.AT_REMOVEDIR() : 0);
                if (r < 0) return r;
            }
        } else {
            r = copyUp(b, v, new PathBuf().set(rel).parent());
            if (r < 0) return r;
            v = view;
            r = Posix.mknodat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, rel), 0020000, 0);
            if (r < 0) return r;
        }
        if (isDir) {
            PathBuf gone = new PathBuf().set(rel);
            v = new View(v.index.minusIf((k, val) -> gone.isAncestorOf(k)), v.layer, v.parent, v.generation);
        }
        view = needWhiteout ? put(v, rel, Entry.whiteout(v.layer)) : remove(v, rel);
        return 0;
    }

    /** Deletes the whiteouts inside an (empty in the view) directory of the writable layer. */
    private int clearWhiteouts(Buffers b, View v, PathBuf rel, Entry dir) {
        PathBuf child = new PathBuf();
        int[] err = {0};
        List<byte[]> names = new ArrayList<>();
        dir.children.forEach((name, yes) -> names.add(name));
        for (byte[] name : names) {
            child.set(rel).append(name);
            Entry c = v.index.get(child.toKey());
            if (c != null && c.isWhiteout() && c.layer == v.layer) {
                int r = Posix.unlinkat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, child), 0);
                if (r < 0 && r != -libc_h.ENOENT()) err[0] = r;
            }
        }
        return err[0];
    }

    int rename(Buffers b, long parent, MemorySegment name, long newParent, MemorySegment newName, int flags) {
        boolean exchange = (flags & libc_h.RENAME_EXCHANGE()) != 0;
        boolean noReplace = (flags & libc_h.RENAME_NOREPLACE()) != 0;
        if ((flags & ~(libc_h.RENAME_EXCHANGE() | libc_h.RENAME_NOREPLACE())) != 0 || (exchange && noReplace)) {
            return -libc_h.EINVAL();
        }
        lock.writeLock().lock();
        try {
            int r = childPath(b, parent, name, b.rel);
            if (r < 0) return r;
            r = childPath(b, newParent, newName, b.rel2);
            if (r < 0) return r;
            PathBuf src = new PathBuf().set(b.rel);
            PathBuf dst = new PathBuf().set(b.rel2);
            View v = view;
            Entry es = locate(v, src);
            if (es == null || statOf(b, src, es, b.st) < 0) return -libc_h.ENOENT();
            long srcIno = stat.st_ino(b.st);
            boolean srcDir = (stat.st_mode(b.st) & 0170000) == 0040000;
            Entry ed = locate(v, dst);
            boolean dstExists = ed != null && statOf(b, dst, ed, b.st) == 0;
            long dstIno = dstExists ? stat.st_ino(b.st) : 0;
            boolean dstDir = dstExists && (stat.st_mode(b.st) & 0170000) == 0040000;
            if (srcIno == dstIno && dstExists) return 0;
            if (noReplace && dstExists) return -libc_h.EEXIST();
            if (exchange && !dstExists) return -libc_h.ENOENT();
            if (dst.length > src.length && src.isAncestorOf(dst.toKey())) return -libc_h.EINVAL();
            if (!exchange && dstExists) {
                if (srcDir && !dstDir) return -libc_h.ENOTDIR();
                if (!srcDir && dstDir) return -libc_h.EISDIR();
                if (dstDir) {
                    boolean[] nonEmpty = {false};
                    r = merged(b, v, dst, ed, (n, c, i, t) -> nonEmpty[0] = true);
                    if (r < 0) return r;
                    if (nonEmpty[0]) return -libc_h.ENOTEMPTY();
                }
            }
            // Everything that moves must live entirely in the writable layer.
            r = srcDir ? copyUpTree(b, src) : copyUp(b, view, src);
            if (r == 0 && exchange) r = dstDir ? copyUpTree(b, dst) : copyUp(b, view, dst);
            if (r == 0) r = copyUp(b, view, new PathBuf().set(dst).parent());
            if (r < 0) return r;
            v = view;
            es = v.index.get(src.toKey());
            ed = dstExists ? locate(v, dst) : null;
            Entry dstUnder = v.index.get(dst.toKey());
            if (!exchange && dstDir && ed != BASE && ed.layer == v.layer) {
                r = clearWhiteouts(b, v, dst, ed);
                if (r < 0) return r;
            }
            boolean dstLower = dstExists ? (ed == BASE || ed.layer != v.layer || ed.lowerPresent)
                    : dstUnder != null && dstUnder.isWhiteout();
            boolean srcLower = es.lowerPresent;
            // A directory cannot replace the whiteout (a character device) the writable layer
            // holds at dst: swap the two instead, which leaves the whiteout at src.
            boolean overWhiteout = !exchange && srcDir && dstUnder != null && dstUnder.isWhiteout()
                    && dstUnder.layer == v.layer;
            int sysFlags = exchange || overWhiteout ? libc_h.RENAME_EXCHANGE()
                    : srcLower ? libc_h.RENAME_WHITEOUT() : 0;
            r = Posix.renameat2(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, src), store.layersFd,
                    Buffers.layerPath(b.path2, v.layer, dst), sysFlags);
            if (r < 0) return r;
            if (overWhiteout && !srcLower) {
                r = Posix.unlinkat(b.err, store.layersFd, Buffers.layerPath(b.path, v.layer, src), 0);
                if (r < 0) return r;
            }
            v = moveEntries(v, src, dst, es, ed, exchange, srcLower, dstLower);
            view = v;
            Node sn = named(srcIno);
            Node dn = dstExists ? named(dstIno) : null;
            Node np = nodes.get(newParent);
            Node op = nodes.get(parent);
            if (dn != null) {
                dn.alias = exchange && op != null ? new Node.Alias(op, src.name())
                        : exchange || dn.otherNames == null ? null : survivingName(b, dn);
            }
            if (sn != null && np != null) sn.alias = new Node.Alias(np, dst.name());
            return 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Index bookkeeping of a rename inside the writable layer. */
    private View moveEntries(View v, PathBuf src, PathBuf dst, Entry es, Entry ed, boolean exchange,
                             boolean srcLower, boolean dstLower) {
        PersistentPathMap<Entry> index = v.index;
        List<byte[]> srcKeys = new ArrayList<>();
        List<Entry> srcVals = new ArrayList<>();
        collect(index, src, srcKeys, srcVals);
        List<byte[]> dstKeys = new ArrayList<>();
        List<Entry> dstVals = new ArrayList<>();
        collect(index, dst, dstKeys, dstVals);
        for (byte[] k : srcKeys) index = index.minus(k);
        for (byte[] k : dstKeys) index = index.minus(k);
        View w = new View(index, v.layer, v.parent, v.generation);
        w = remove(w, src);
        w = remove(w, dst);
        index = w.index;
        index = reroot(index, srcKeys, srcVals, src, dst);
        Entry movedSrc = index.get(dst.toKey());
        index = index.plus(dst.toKey(), withLower(movedSrc, dstLower));
        if (exchange) {
            index = reroot(index, dstKeys, dstVals, dst, src);
            Entry movedDst = index.get(src.toKey());
            index = index.plus(src.toKey(), withLower(movedDst, srcLower));
        } else if (srcLower) {
            index = index.plus(src.toKey(), Entry.whiteout(v.layer));
        }
        w = new View(index, v.layer, v.parent, v.generation);
        w = addToParent(w, dst);
        if (exchange || srcLower) w = addToParent(w, src);
        return w;
    }

    private static Entry withLower(Entry e, boolean lower) {
        return new Entry(e.kind, e.layer, e.ino, lower, e.baseBelow, e.opaque, e.children);
    }

    private static View addToParent(View v, PathBuf rel) {
        if (rel.length == 0) return v;
        PathBuf parent = new PathBuf().set(rel).parent();
        Entry pe = v.index.get(parent.toKey());
        if (pe == null) return v;
        return new View(v.index.plus(parent.toKey(), pe.withChild(rel.name())), v.layer, v.parent, v.generation);
    }

    /** Collects the entry at {@code rel} and everything below it, following children sets. */
    private static void collect(PersistentPathMap<Entry> index, PathBuf rel, List<byte[]> keys, List<Entry> vals) {
        byte[] key = rel.toKey();
        Entry e = index.get(key);
        if (e == null) return;
        keys.add(key);
        vals.add(e);
        if (!e.isDir()) return;
        List<byte[]> names = new ArrayList<>();
        e.children.forEach((name, yes) -> names.add(name));
        for (byte[] name : names) collect(index, new PathBuf().set(rel).append(name), keys, vals);
    }

    private static PersistentPathMap<Entry> reroot(PersistentPathMap<Entry> index, List<byte[]> keys,
                                                   List<Entry> vals, PathBuf from, PathBuf to) {
        for (int i = 0; i < keys.size(); i++) {
            byte[] k = keys.get(i);
            byte[] nk = new byte[to.length + (k.length - from.length)];
            System.arraycopy(to.bytes, 0, nk, 0, to.length);
            System.arraycopy(k, from.length, nk, to.length, k.length - from.length);
            index = index.plus(nk, vals.get(i));
        }
        return index;
    }

    /**
     * Makes directory {@code rel}, as the base has it, empty in the view, keeping its own
     * metadata: copied up alone and marked opaque, so nothing of the base below it shows through.
     * For masking what a shared base holds (a host's /tmp, /root) before anything runs in the
     * view; the kernel is not told (nothing is cached yet). Returns 0 or -errno.
     */
    int hideDirectory(Buffers b, PathBuf rel) {
        lock.writeLock().lock();
        try {
            View v = view;
            Entry e = locate(v, rel);
            if (e == null) return -libc_h.ENOENT();
            // only what the base shows: a directory a layer has (hidden before, or the view's
            // own work) is left as it is, so hiding again after a restart or in a fork is a no-op
            if (e != BASE) return 0;
            int r = statOf(b, rel, e, b.st);
            if (r < 0) return r;
            if ((stat.st_mode(b.st) & 0170000) != 0040000) return -libc_h.ENOTDIR();
            r = copyUp(b, v, rel);
            if (r < 0) return r;
            v = view;
            r = Posix.lsetxattr(b.err, store.absolute(b.name, v.layer, rel), Buffers.cString(b.path, LayerStore.OPAQUE_XATTR),
                    Buffers.cString(b.io, new byte[] {'y'}), 1, 0);
            if (r < 0) return r;
            Entry up = v.index.get(rel.toKey());
            PathBuf gone = new PathBuf().set(rel);
            PersistentPathMap<Entry> index = v.index.minusIf((k, val) -> gone.isAncestorOf(k));
            index = index.plus(rel.toKey(), new Entry(Entry.DIR, v.layer, up.ino, up.lowerPresent, false, true,
                    Entry.NO_CHILDREN));
            view = new View(index, v.layer, v.parent, v.generation);
            return 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Copies a directory and everything visible below it into the writable layer and marks it
     * opaque, so that it can be moved as a whole (what overlayfs would refuse with EXDEV).
     */
    private int copyUpTree(Buffers b, PathBuf rel) {
        View v = view;
        Entry e = locate(v, rel);
        if (e == null) return -libc_h.ENOENT();
        if (e != BASE && e.layer == v.layer && e.opaque) return 0;
        int r = copyUp(b, v, rel);
        if (r < 0) return r;
        List<byte[]> names = new ArrayList<>();
        r = merged(b, view, rel, locate(view, rel), (name, c, ino, type) -> names.add(name));
        if (r < 0) return r;
        for (byte[] name : names) {
            PathBuf child = new PathBuf().set(rel).append(name);
            Entry c = locate(view, child);
            if (c == null) continue;
            r = statOf(b, child, c, b.st);
            if (r < 0) return r;
            r = (stat.st_mode(b.st) & 0170000) == 0040000 ? copyUpTree(b, child) : copyUp(b, view, child);
            if (r < 0) return r;
        }
        v = view;
        r = Posix.lsetxattr(b.err, store.absolute(b.name, v.layer, rel), Buffers.cString(b.path, LayerStore.OPAQUE_XATTR),
                Buffers.cString(b.io, new byte[] {'y'}), 1, 0);
        if (r < 0) return r;
        // Whiteouts from lower layers no longer matter under an opaque directory.
        Entry up = v.index.get(rel.toKey());
        PersistentPathMap<Boolean> children = up.children;
        PersistentPathMap<Entry> index = v.index;
        PathBuf child = new PathBuf();
        List<byte[]> names2 = new ArrayList<>();
        children.forEach((name, yes) -> names2.add(name));
        for (byte[] name : names2) {
            child.set(rel).append(name);
            Entry c = index.get(child.toKey());
            if (c != null && c.isWhiteout() && c.layer != v.layer) {
                index = index.minus(child.toKey());
                children = children.minus(name);
            }
        }
        index = index.plus(rel.toKey(), new Entry(Entry.DIR, v.layer, up.ino, up.lowerPresent, false, true, children));
        view = new View(index, v.layer, v.parent, v.generation);
        return 0;
    }

    // ---------------------------------------------------------------- attributes

    /** FUSE_SET_ATTR_* bits. */
    static final int SET_MODE = 1, SET_UID = 2, SET_GID = 4, SET_SIZE = 8, SET_ATIME = 16, SET_MTIME = 32,
            SET_ATIME_NOW = 128, SET_MTIME_NOW = 256;

    int setattr(Buffers b, long ino, MemorySegment attr, int toSet, long fh, MemorySegment st) {
        if ((toSet & SET_SIZE) != 0 && fh != 0) {
            long r = withWritable(b, fh, fd -> Posix.ftruncate(b.err, fd, stat.st_size(attr)));
            if (r < 0) return (int) r;
            toSet &= ~SET_SIZE;
        }
        lock.writeLock().lock();
        try {
            int r = nodePath(b, ino, b.rel);
            if (r == -libc_h.ENOENT()) return setattrUnlinked(b, ino, attr, toSet, st);
            if (r < 0) return r;
            View v = view;
            if (locate(v, b.rel) == null) return -libc_h.ENOENT();
            if (toSet != 0) {
                r = copyUp(b, v, b.rel);
                if (r < 0) return r;
                v = view;
            }
            MemorySegment p = Buffers.layerPath(b.path, v.layer, b.rel);
            int fd = store.layersFd;
            int nofollow = libc_h.AT_SYMLINK_NOFOLLOW();
            if ((toSet & (SET_UID | SET_GID)) != 0) {
                int uid = (toSet & SET_UID) != 0 ? stat.st_uid(attr) : -1;
                int gid = (toSet & SET_GID) != 0 ? stat.st_gid(attr) : -1;
                r = Posix.fchownat(b.err, fd, p, uid, gid, nofollow);
                if (r < 0) return r;
            }
            if ((toSet & SET_MODE) != 0) {
                r = Posix.fchmodat(b.err, fd, p, stat.st_mode(attr) & 07777, 0);
                if (r < 0) return r;
            }
            if ((toSet & SET_SIZE) != 0) {
                int f = Posix.openat(b.err, fd, p, libc_h.O_WRONLY() | libc_h.O_CLOEXEC() | libc_h.O_NOFOLLOW(), 0);
                if (f < 0) return f;
                r = Posix.ftruncate(b.err, f, stat.st_size(attr));
                Posix.close(b.err, f);
                if (r < 0) return r;
            }
            if ((toSet & (SET_ATIME | SET_MTIME | SET_ATIME_NOW | SET_MTIME_NOW)) != 0) {
                setTime(b.times, 0, attr, stat.st_atim$offset(), toSet, SET_ATIME, SET_ATIME_NOW);
                setTime(b.times, 16, attr, stat.st_mtim$offset(), toSet, SET_MTIME, SET_MTIME_NOW);
                r = Posix.utimensat(b.err, fd, p, b.times, nofollow);
                if (r < 0) return r;
            }
            Entry now = locate(view, b.rel);
            r = statOf(b, b.rel, now, st);
            Node n = nodes.get(ino);
            if (r == 0 && n != null) answered(n, st);
            return r;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * fchmod/fchown/futimens/ftruncate of an open file that has no name any more (the kernel
     * sends them without a handle): applied to a handle's file, once that is writable (a
     * private copy when the file lived in a frozen layer or the base).
     */
    private int setattrUnlinked(Buffers b, long ino, MemorySegment attr, int toSet, MemorySegment st) {
        Node n = nodes.get(ino);
        Handle h = n == null || n.openCount.get() == 0 ? null : handles.find(o -> o instanceof Handle x && x.node == n);
        if (h == null) return -libc_h.ENOENT();
        long r = withWritable(b, h, fd -> {
            MemorySegment self = Buffers.cString(b.path, PathBuf.utf8("/proc/self/fd/" + fd));
            int cwd = libc_h.AT_FDCWD();
            int x = 0;
            if ((toSet & (SET_UID | SET_GID)) != 0) {
                x = Posix.fchownat(b.err, cwd, self, (toSet & SET_UID) != 0 ? stat.st_uid(attr) : -1,
                        (toSet & SET_GID) != 0 ? stat.st_gid(attr) : -1, 0);
            }
            if (x == 0 && (toSet & SET_MODE) != 0) x = Posix.fchmod(b.err, fd, stat.st_mode(attr) & 07777);
            if (x == 0 && (toSet & SET_SIZE) != 0) x = Posix.ftruncate(b.err, fd, stat.st_size(attr));
            if (x == 0 && (toSet & (SET_ATIME | SET_MTIME | SET_ATIME_NOW | SET_MTIME_NOW)) != 0) {
                setTime(b.times, 0, attr, stat.st_atim$offset(), toSet, SET_ATIME, SET_ATIME_NOW);
                setTime(b.times, 16, attr, stat.st_mtim$offset(), toSet, SET_MTIME, SET_MTIME_NOW);
                x = Posix.utimensat(b.err, cwd, self, b.times, 0);
            }
            return x;
        });
        return r < 0 ? (int) r : statUnlinked(b, ino, st);
    }

    private static void setTime(MemorySegment times, long at, MemorySegment attr, long attrOffset, int toSet,
                                int set, int now) {
        if ((toSet & now) != 0) {
            times.set(ValueLayout.JAVA_LONG, at, 0);
            times.set(ValueLayout.JAVA_LONG, at + 8, libc_h.UTIME_NOW());
        } else if ((toSet & set) != 0) {
            MemorySegment.copy(attr, attrOffset, times, at, 16);
        } else {
            times.set(ValueLayout.JAVA_LONG, at, 0);
            times.set(ValueLayout.JAVA_LONG, at + 8, libc_h.UTIME_OMIT());
        }
    }

    // ---------------------------------------------------------------- xattrs

    /** The value (or, with size 0, the length) of xattr {@code name} of {@code ino}, into b.io. */
    long getxattr(Buffers b, long ino, MemorySegment name, long size) {
        String n = name.reinterpret(4096).getString(0);
        // Views of a multi-view mount have no control socket of their own: the CLI must not find one.
        if (ino == ROOT && idBase == 0 && n.equals(CONTROL_XATTR)) {
            byte[] dir = PathBuf.utf8(store.dir.toString());
            if (size != 0 && size < dir.length) return -libc_h.ERANGE();
            if (size != 0) Buffers.cString(b.io, dir);
            return dir.length;
        }
        if (isPrivateXattr(n)) return -libc_h.ENODATA();
        int r = nodePath(b, ino, b.rel);
        if (r < 0) return r;
        Entry e = locate(view, b.rel);
        if (e == null) return -libc_h.ENOENT();
        MemorySegment abs = sourceAbsolute(b.path2, b.rel, e);
        return Posix.lgetxattr(b.err, abs, name, size == 0 ? MemorySegment.NULL : b.io, Math.min(size, Buffers.IO_CAPACITY));
    }

    /** The list of xattr names (private ones hidden) into b.io; with size 0 only its length. */
    long listxattr(Buffers b, long ino, long size) {
        int r = nodePath(b, ino, b.rel);
        if (r < 0) return r;
        Entry e = locate(view, b.rel);
        if (e == null) return -libc_h.ENOENT();
        MemorySegment abs = sourceAbsolute(b.path2, b.rel, e);
        long n = Posix.llistxattr(b.err, abs, b.io, Buffers.IO_CAPACITY);
        if (n < 0) return n;
        long out = 0;
        for (long at = 0; at < n; ) {
            String s = b.io.getString(at);
            long len = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            if (!isPrivateXattr(s)) {
                MemorySegment.copy(b.io, at, b.io, out, len);
                out += len;
            }
            at += len;
        }
        if (size != 0 && out > size) return -libc_h.ERANGE();
        return out;
    }

    int setxattr(Buffers b, long ino, MemorySegment name, MemorySegment value, long size, int flags) {
        String n = name.reinterpret(4096).getString(0);
        if (isPrivateXattr(n)) return -libc_h.EPERM();
        lock.writeLock().lock();
        try {
            int r = nodePath(b, ino, b.rel);
            if (r < 0) return r;
            r = copyUp(b, view, b.rel);
            if (r < 0) return r;
            return Posix.lsetxattr(b.err, store.absolute(b.path2, view.layer, b.rel), name, value, size, flags);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int removexattr(Buffers b, long ino, MemorySegment name) {
        String n = name.reinterpret(4096).getString(0);
        if (isPrivateXattr(n)) return -libc_h.ENODATA();
        lock.writeLock().lock();
        try {
            int r = nodePath(b, ino, b.rel);
            if (r < 0) return r;
            Entry e = locate(view, b.rel);
            if (e == null) return -libc_h.ENOENT();
            long has = Posix.lgetxattr(b.err, sourceAbsolute(b.path2, b.rel, e), name, MemorySegment.NULL, 0);
            if (has < 0) return (int) has;
            r = copyUp(b, view, b.rel);
            if (r < 0) return r;
            return Posix.lremovexattr(b.err, store.absolute(b.path2, view.layer, b.rel), name);
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---------------------------------------------------------------- checkpoint and rollback

    /**
     * Freezes the writable layer as a checkpoint and continues on a new empty one. O(1): no
     * file is copied. Returns the checkpoint id once its record is in the log.
     */
    long checkpoint() {
        lock.writeLock().lock();
        try {
            View v = view;
            store.recordCheckpoint(v.layer, v.parent, v.index);
            long next = store.newHead(mountName, v.layer, lazyLayers);
            view = new View(v.index, next, v.layer, v.generation + 1);
            return v.layer;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Switches the view to checkpoint {@code id} (0: the bare base) on a new empty writable
     * layer, then invalidates in the kernel what it may cache of the entries and inodes that
     * differ between the old and the new view (see {@link #invalidate}). The old writable layer
     * is deleted unless it is a checkpoint.
     */
    void rollback(long id) {
        switchTo(id).commit();
    }

    /**
     * {@link #rollback} in two steps: the view is switched now, and the old writable layer is
     * kept until {@link Switch#commit} drops it, so {@link Switch#undo} can put it back (a box
     * whose process half of a rollback failed after its files were switched).
     */
    synchronized Switch switchTo(long id) {
        long t0 = System.nanoTime();
        if (id != 0 && store.checkpoint(id) == null) {
            throw new DeltaFsException("unknown checkpoint " + id + " (see `deltabox fs tree`)");
        }
        PersistentPathMap<Entry> target = store.index(id, baseFd);
        long tIndex = System.nanoTime();
        Switch s = new Switch(switchView(target, store.newHead(mountName, id, lazyLayers), id));
        if (TRACE) System.err.printf("rollback total %d us (index %d us)%n", (System.nanoTime() - t0) / 1000,
                (tIndex - t0) / 1000);
        return s;
    }

    /**
     * Makes {@code index} on writable layer {@code layer} (parent {@code parent}) the view, and
     * invalidates what the kernel may hold of the difference; returns the view it replaced.
     */
    private View switchView(PersistentPathMap<Entry> index, long layer, long parent) {
        View old;
        View now;
        int oldEpoch;
        lock.writeLock().lock();
        try {
            old = view;
            now = new View(index, layer, parent, old.generation() + 1);
            view = now;
            oldEpoch = rollbackEpoch++;
        } finally {
            lock.writeLock().unlock();
        }
        long tSwitched = System.nanoTime();
        awaitRequestsOf(oldEpoch);
        long t1 = System.nanoTime();
        int calls = invalidate(old.index(), now.index(), oldEpoch);
        if (TRACE) System.err.printf("rollback: fence %d us, invalidate %d us, %d calls%n", (t1 - tSwitched) / 1000,
                (System.nanoTime() - t1) / 1000, calls);
        return old;
    }

    /**
     * A switch of the view by {@link #switchTo}: {@link #commit} or {@link #undo} ends it. Used
     * by the thread that made it (the box's rollback, holding the box's lock).
     */
    final class Switch implements DeltaMount.Switch {
        /** The view the switch replaced, with its writable layer. */
        private final View before;
        private boolean ended;

        private Switch(View before) {
            this.before = before;
        }

        /** Keeps the switch: the old writable layer is deleted unless it is a checkpoint. */
        @Override
        public void commit() {
            synchronized (DeltaFs.this) {
                if (ended) throw new IllegalStateException("this switch was already committed or undone");
                ended = true;
                if (!store.isCheckpoint(before.layer())) store.deleteLayerLater(before.layer());
            }
        }

        /**
         * Puts the view back as it was before the switch, on its old writable layer; the one the
         * switch started is deleted. What was written in between is lost: nothing of the box
         * runs then (its sessions are idle, their new processes not yet given a command).
         */
        @Override
        public void undo() {
            synchronized (DeltaFs.this) {
                if (ended) throw new IllegalStateException("this switch was already committed or undone");
                ended = true;
                long discarded = view.layer();
                store.restoreHead(mountName, before.layer(), before.parent());
                switchView(before.index(), before.layer(), before.parent());
                store.deleteLayerLater(discarded);
            }
        }
    }

    /** Marks a request as being served (any FUSE worker); returns the token for {@link #exitRequest}. */
    int enterRequest() {
        while (true) {
            int e = rollbackEpoch;
            inFlight[e & 1].incrementAndGet();
            if (rollbackEpoch == e) return e;
            inFlight[e & 1].decrementAndGet(); // a rollback switched meanwhile: count under the new epoch
        }
    }

    /**
     * Notes (worker, right after {@link #enterRequest}) that a request of {@code epoch} names
     * node {@code id} (-1: a request not looked at), so the kernel may cache what it is answered
     * about that node: a rollback invalidates only nodes the kernel may hold something of.
     */
    void exposed(long id, int epoch) {
        if (id < 0) {
            blindEpoch.accumulateAndGet(epoch, (a, e) -> a - e < 0 ? e : a);
            blindSeen = true;
            return;
        }
        Node n = nodes.get(id);
        if (n != null) n.expose(epoch);
    }

    /**
     * The latest epoch of a request whose node is unknown (see {@link #exposed}), or after the
     * epoch whose requests a rollback stopped waiting for: every node counts as exposed to it.
     */
    private final java.util.concurrent.atomic.AtomicInteger blindEpoch = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean blindSeen;

    void exitRequest(int epoch) {
        inFlight[epoch & 1].decrementAndGet();
    }

    /**
     * Waits (rollback thread) until every request that started in {@code epoch} is answered.
     * Requests take microseconds; one stuck for a second is reported and no longer waited for.
     */
    private void awaitRequestsOf(int epoch) {
        java.util.concurrent.atomic.AtomicInteger count = inFlight[epoch & 1];
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (int spins = 0; count.get() > 0; spins++) {
            if (spins < 1000) {
                Thread.onSpinWait();
            } else if (System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000);
            } else {
                System.getLogger("deltafs").log(System.Logger.Level.WARNING,
                        "rollback: " + count.get() + " request(s) from before the switch still running after 1 s; "
                                + "invalidating anyway (their answers may be cached until the next change)");
                // What they answer comes after this rollback's invalidations: the next rollback
                // must not take any node for one the kernel holds nothing of.
                blindEpoch.accumulateAndGet(epoch + 1, (a, e) -> a - e < 0 ? e : a);
                blindSeen = true;
                return;
            }
        }
    }

    static final boolean TRACE = Boolean.getBoolean("deltafs.trace");

    /** Scratch for rollbacks (serialized by this object's monitor; freed with the JVM). */
    private Buffers rollbackBuffers;

    private Buffers rollbackBuffers() {
        if (rollbackBuffers == null) rollbackBuffers = new Buffers(java.lang.foreign.Arena.ofAuto());
        return rollbackBuffers;
    }

    /**
     * Tells the kernel to drop what it caches that differs between the view with index
     * {@code before} and the new one with {@code after}, whose layers are all frozen. Called by
     * the rollback thread once every request of {@code oldEpoch} (the epoch before the switch)
     * is answered. The work follows the difference of the two indexes (the step, and the
     * distance between the checkpoints), not the size of the tree:
     * <ul>
     * <li>a changed file: its inode (attributes and pages); its entry in its parent if the name
     *     now names another file or nothing;
     * <li>a directory whose listing differs (a name in it appeared, vanished or names another
     *     file): its inode (attributes and cached listing), likewise;
     * <li>a directory that only moved between layers (copied up because a file below it was
     *     written): nothing if the attributes last answered for it are the new view's (see
     *     {@link #answered}). No stat in the common case: the attributes of frozen layers' and
     *     the base's directories are kept once read.
     * </ul>
     */
    private int invalidate(PersistentPathMap<Entry> before, PersistentPathMap<Entry> after, int oldEpoch) {
        long t0 = System.nanoTime();
        Invalidation inv = new Invalidation(before, after, oldEpoch);
        PersistentPathMap.diff(before, after, inv);
        long t1 = System.nanoTime();
        // Decide first what to tell the kernel: each notification is a synchronous write to /dev/fuse.
        for (int i = 0; i < inv.count; i++) inv.decide(i);
        long t2 = System.nanoTime();
        // Sequential on purpose: notifying from two threads measured slower (kernel locks).
        Notifier n = notifier;
        for (int i = 0; i < inv.nInodes; i++) n.invalInode(inv.inodes[i]);
        for (int i = 0; i < inv.nEntries; i++) n.invalEntry(inv.entryParents[i], inv.entryNames[i]);
        if (TRACE) System.err.printf("invalidate: diff %d us (%d paths), decide %d us (%d directories and %d unexposed "
                        + "nodes kept), notify %d us (%d inodes, %d entries)%n", (t1 - t0) / 1000, inv.count,
                (t2 - t1) / 1000, inv.kept, inv.unexposed, (System.nanoTime() - t2) / 1000, inv.nInodes, inv.nEntries);
        return inv.nInodes + inv.nEntries;
    }

    /**
     * One rollback's invalidation (see {@link #invalidate}): the paths that differ, then what to
     * tell the kernel. Rollback thread only. The per-path work is in methods of their own, so
     * that it is compiled early: a rollback runs rarely, its loops alone would stay interpreted.
     */
    private final class Invalidation implements PersistentPathMap.Difference<Entry> {
        final PersistentPathMap<Entry> before, after;
        final int oldEpoch;
        final Buffers b = rollbackBuffers();
        int count;
        byte[][] keys = new byte[64][];
        Entry[] was = new Entry[64], is = new Entry[64];
        long[] wasIno = new long[64], isIno = new long[64];
        /** Directories whose listing differs: the parents of names that appeared, vanished or now name another file. */
        PersistentPathMap<Boolean> relisted = PersistentPathMap.empty();
        long[] inodes = new long[16];
        int nInodes;
        long[] entryParents = new long[16];
        byte[][] entryNames = new byte[16][];
        int nEntries;
        /** For tracing: directories whose cached attributes hold, nodes the kernel holds nothing of. */
        int kept, unexposed;

        Invalidation(PersistentPathMap<Entry> before, PersistentPathMap<Entry> after, int oldEpoch) {
            this.before = before;
            this.after = after;
            this.oldEpoch = oldEpoch;
        }

        @Override
        public void changed(byte[] key, Entry x, Entry y) {
            if (count == keys.length) {
                int n = count * 2;
                keys = java.util.Arrays.copyOf(keys, n);
                was = java.util.Arrays.copyOf(was, n);
                is = java.util.Arrays.copyOf(is, n);
                wasIno = java.util.Arrays.copyOf(wasIno, n);
                isIno = java.util.Arrays.copyOf(isIno, n);
            }
            int i = count++;
            keys[i] = key;
            was[i] = x;
            is[i] = y;
            wasIno[i] = inoIn(b, before, key, x);
            isIno[i] = inoIn(b, after, key, y);
            if (wasIno[i] != isIno[i] && key.length > 0) {
                relisted = relisted.plus(java.util.Arrays.copyOf(key, parentLength(key)), Boolean.TRUE);
            }
        }

        void decide(int i) {
            byte[] key = keys[i];
            long w = wasIno[i], s = isIno[i];
            if (w == s && w != 0 && isDir(was[i], is[i]) && (relisted.size() == 0 || relisted.get(key) == null)
                    && dirAttrsHold(b, after, key, is[i], w, oldEpoch)) {
                kept++;
                return; // a directory that only moved between layers: nothing the kernel caches differs
            }
            inode(w);
            if (w == s) return; // same file under the same name: the dentry stays
            inode(s);
            if (key.length == 0) return;
            byte[] parentKey = java.util.Arrays.copyOf(key, parentLength(key));
            long parentIno = inoIn(b, before, parentKey, before.get(parentKey));
            if (parentIno == 0) parentIno = inoIn(b, after, parentKey, after.get(parentKey));
            if (parentIno > 0 && nodes.containsKey(parentIno)) {
                if (nEntries == entryParents.length) {
                    entryParents = java.util.Arrays.copyOf(entryParents, nEntries * 2);
                    entryNames = java.util.Arrays.copyOf(entryNames, nEntries * 2);
                }
                entryParents[nEntries] = parentIno;
                entryNames[nEntries++] = java.util.Arrays.copyOfRange(key,
                        parentKey.length == 0 ? 0 : parentKey.length + 1, key.length);
            }
        }

        /** The nodes of file {@code ino} (0: none): handles revalidate; the kernel drops them if it may hold something. */
        private void inode(long ino) {
            Node node = ino == 0 ? null : named(ino);
            if (node == null) return;
            node.version++;
            addInode(nodes.get(ino));
            if (!successors.isEmpty()) addInode(successors.get(ino));
        }

        private void addInode(Node n) {
            if (n == null) return;
            if (!clean(n, oldEpoch)) {
                unexposed++;
                return;
            }
            if (nInodes == inodes.length) inodes = java.util.Arrays.copyOf(inodes, nInodes * 2);
            inodes[nInodes++] = n.id;
        }
    }

    /**
     * Whether node {@code n} (null: none) is to be invalidated, because the kernel may cache
     * something of it: it was never invalidated, or a request named it since (see
     * {@link #exposed}). A node invalidated by an earlier rollback and not named since holds
     * nothing in the kernel (a rollback invalidates after every request of the epoch before
     * its switch was answered). Records the invalidation it is about to send.
     */
    private boolean clean(Node n, int oldEpoch) {
        if (n == null) return false;
        boolean exposed = n.exposedSinceCleaned() || (blindSeen && !(blindEpoch.get() - n.cleanFrom < 0));
        if (!exposed) return false;
        n.cleaned = true;
        n.cleanFrom = oldEpoch + 1;
        return true;
    }

    /** Length of the parent path of non-empty {@code key} (0: the root). */
    private static int parentLength(byte[] key) {
        int slash = key.length - 1;
        while (slash >= 0 && key[slash] != '/') slash--;
        return Math.max(slash, 0);
    }

    private static String latin1(byte[] key, int length) {
        return new String(key, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Whether a changed path is a directory, from its entries before and after (null: in the base). */
    private static boolean isDir(Entry before, Entry after) {
        return before != null ? before.isDir() : after != null && after.isDir();
    }

    /**
     * Whether the attributes the kernel may cache for directory {@code ino} at {@code key}
     * ({@code inAfter}: its entry in {@code after}, null if none) are those of the new view: the last ones answered, by a request the rollback waited for
     * (answered in an epoch up to {@code oldEpoch}; one answered meanwhile is not trusted).
     */
    private boolean dirAttrsHold(Buffers b, PersistentPathMap<Entry> after, byte[] key, Entry inAfter, long ino,
            int oldEpoch) {
        Node n = nodes.get(ino);
        if (n == null || (!successors.isEmpty() && successors.containsKey(ino))) return false;
        long[] seen = n.dirAttrs;
        if (seen == null || seen[DIR_ATTRS_UNKNOWN] != 0 || (int) seen[DIR_ATTRS_EPOCH] - oldEpoch > 0) return false;
        long[] now = viewDirAttrs(b, after, key, inAfter);
        if (now == null) return false;
        for (int i = 0; i < DIR_ATTRS_EPOCH; i++) {
            // A merged directory reports link count 1 ("not counted", see statOf), and a copy-up
            // makes a counted directory a merged one without the kernel being told: a count the
            // kernel has where the view says "not counted" is what the view shows before any
            // rollback too. The other way round it is dropped.
            if (seen[i] != now[i] && !(i == 3 && now[i] == 1)) return false;
        }
        return true;
    }

    /**
     * The attributes directory {@code key} has in a view whose layers are all frozen (the view a
     * rollback switches to), as {@link #answered} records them; null if it is no directory there.
     * {@code inIndex}: its entry in {@code index}, null if none (then looked up: the base's).
     * Frozen layers never change, nor does the base (as everywhere in DeltaFS): kept once read,
     * by entry (an entry is one layer's file; checked against the path, as a directory renamed
     * in its layer keeps its entry objects) or, for the base, by path.
     */
    private long[] viewDirAttrs(Buffers b, PersistentPathMap<Entry> index, byte[] key, Entry inIndex) {
        PathBuf rel = b.rel.clear().append(key);
        Entry e = inIndex != null ? (inIndex.isWhiteout() ? null : inIndex) : locate(index, rel);
        if (e == null || (e != BASE && !e.isDir())) return null;
        String baseKey = e == BASE ? latin1(key, key.length) : null;
        if (e == BASE) {
            long[] a = baseDirAttrs.get(baseKey);
            if (a != null) return a;
        } else {
            FrozenDir d = frozenDirAttrs.get(e);
            if (d != null && java.util.Arrays.equals(d.key, key)) return d.attrs;
        }
        if (statOf(b, rel, e, b.st) < 0 || (stat.st_mode(b.st) & 0170000) != 0040000) return null;
        long[] a = dirAttrs(b.st, 0);
        // a bound; they are cheap to read again
        if (frozenDirAttrs.size() + baseDirAttrs.size() >= 200_000) {
            frozenDirAttrs.clear();
            baseDirAttrs.clear();
        }
        if (e == BASE) baseDirAttrs.put(baseKey, a);
        else frozenDirAttrs.put(e, new FrozenDir(key, a));
        return a;
    }

    private record FrozenDir(byte[] key, long[] attrs) {}

    /** {@link #viewDirAttrs} of frozen layers' directories, by entry. Used by the rollback thread only. */
    private final java.util.IdentityHashMap<Entry, FrozenDir> frozenDirAttrs = new java.util.IdentityHashMap<>();
    /** {@link #viewDirAttrs} of the base's directories, by path. Used by the rollback thread only. */
    private final java.util.HashMap<String, long[]> baseDirAttrs = new java.util.HashMap<>();

    /** The stable ino {@code key} names in a view with this index (0: nothing there); {@code e}: its entry there. */
    private long inoIn(Buffers b, PersistentPathMap<Entry> index, byte[] key, Entry e) {
        if (key.length == 0) return ROOT;
        if (e != null) return e.isWhiteout() ? 0 : e.ino;
        int parentLength = parentLength(key);
        Entry parent = index.get(key, 0, parentLength, PersistentPathMap.hash(key, 0, parentLength));
        if (parent != null && !parent.baseBelow) return 0;
        String cacheKey = latin1(key, key.length);
        Long known = baseInos.get(cacheKey);
        if (known != null) return known;
        b.rel.clear().append(key);
        long ino = Posix.fstatat(b.err, baseFd, Buffers.basePath(b.path, b.rel), b.st, libc_h.AT_SYMLINK_NOFOLLOW()) == 0
                ? stat.st_ino(b.st) : 0;
        baseInos.put(cacheKey, ino);
        return ino;
    }

    /**
     * Inode numbers of base paths (0: absent) met by rollback diffs. The base never changes,
     * and a rollback meets the same paths again and again (the files an agent keeps editing):
     * this spares a stat per changed file. Bounded by the base paths that ever changed.
     * Used by the rollback thread only.
     */
    private final java.util.HashMap<String, Long> baseInos = new java.util.HashMap<>();

    /** Nodes with a registered passthrough backing file (a scan: diagnostics only). */
    int passthroughFiles() {
        int[] count = {0};
        nodes.forEach(n -> {
            synchronized (n) {
                if (n.backingId > 0) count[0]++;
            }
        });
        return count[0];
    }

    /** Number of open file and directory handles (for leak checks). */
    int openHandles() {
        return handles.size();
    }
}
