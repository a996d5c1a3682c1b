package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.fuse.fuse_args;
import dev.deltabox.bindings.fuse.fuse_buf;
import dev.deltabox.bindings.fuse.fuse_conn_info;
import dev.deltabox.bindings.fuse.fuse_ctx;
import dev.deltabox.bindings.fuse.fuse_entry_param;
import dev.deltabox.bindings.fuse.fuse_file_info;
import dev.deltabox.bindings.fuse.fuse_forget_data;
import dev.deltabox.bindings.fuse.fuse_lowlevel_h;
import dev.deltabox.bindings.fuse.fuse_lowlevel_ops;
import dev.deltabox.bindings.fuse.libfuse_version;
import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.bindings.libc.stat;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves a {@link DeltaFs} over libfuse's low-level API: builds the operations table of upcalls,
 * mounts, and runs a fixed pool of platform worker threads that each receive and process
 * requests (no thread is created or destroyed while mounted). Every upcall catches everything
 * (an exception escaping an upcall would kill the JVM) and answers EIO with a log line.
 *
 * <p>Threads: the workers own their {@link Buffers}; {@link #notifier()} is for other threads.
 */
final class FuseServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FuseServer.class.getName());
    /** The kernel may cache entries and attributes for this long: every change goes through us. */
    private static final double TIMEOUT = 86400.0;
    /**
     * A writable open bypasses the page cache: the kernel then sends each write(2) (up to
     * max_write, 1 MiB) as one WRITE, so a checkpoint never falls inside it. Through the page
     * cache a write crossing a page boundary arrives as two WRITEs, and a checkpoint between
     * them would freeze half of it.
     */
    private static final int WRITABLE_OPEN = (1 << 1) | (1 << 7); // direct_io | noflush
    private static final int KEEP_CACHE = 1 << 2, CACHE_READDIR = 1 << 6, NOFLUSH = 1 << 7;

    /** Multi-view: a node id is (view index << VIEW_SHIFT) | the view's own node id; id 1 lists the views. */
    static final int VIEW_SHIFT = 48;
    static final long LOCAL_MASK = (1L << VIEW_SHIFT) - 1;
    /** View indexes are 1 .. MAX_VIEWS - 1 (0 is the listing root's). */
    static final int MAX_VIEWS = 1 << 15;
    /** st_ino of the multi-view listing root: no view's file has it (view roots report 1). */
    static final long LISTING_INO = LOCAL_MASK;

    /** The one view of a single-view session; null in a multi-view one. */
    private final DeltaFs single;
    /** Multi-view session: the state directory (statfs of the listing root). */
    private final LayerStore store;
    private final boolean multi;
    /** Node id bits that are the view's own: all in a single-view session. */
    private final long mask;
    /** Multi-view: the views by index (published by a volatile write of the array); null slots are free. */
    private volatile Served[] served = new Served[16];
    /** Multi-view: open (not closed) views by name. */
    private final java.util.concurrent.ConcurrentHashMap<String, Served> byName = new java.util.concurrent.ConcurrentHashMap<>();
    /** Multi-view: where the search for a free view index goes on. Guarded by this. */
    private int nextIndex = 1;
    /** Multi-view: open listings of the root (a snapshot of the view names each). */
    private final HandleTable listings = new HandleTable();
    private final long startMillis = System.currentTimeMillis();
    /** Set by init once the kernel accepted passthrough: views attached later get it too. */
    private volatile boolean passthroughOn;
    private final Path mountpoint;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment session;
    private final List<Worker> workers = new ArrayList<>();
    /** Name buffers for invalidations, one per notifying thread (from the shared arena). */
    private final ThreadLocal<MemorySegment> notifyName;
    private volatile boolean closed;
    /** Whether to ask the kernel for passthrough (read-only opens of immutable files). */
    private final boolean passthroughWanted;
    /**
     * Our end of the socket to libfuse's auto_unmount watcher (fusermount3): it unmounts when
     * this end closes, i.e. when we die. After a clean unmount we close it so the watcher exits.
     */
    private final java.util.Set<Integer> watcherFds;
    /** The fusermount3 watcher this mount started (auto_unmount), reaped at close; not the other mounts'. */
    private final java.util.Set<Long> watcherPids;

    /** A view of a multi-view session. */
    static final class Served {
        final DeltaFs fs;
        final String name;
        /** The kernel's lookups of the view's root (DeltaFs keeps its root pinned and does not count them). */
        final java.util.concurrent.atomic.AtomicLong rootLookups = new java.util.concurrent.atomic.AtomicLong();
        volatile boolean closed;

        Served(DeltaFs fs, String name) {
            this.fs = fs;
            this.name = name;
        }

        /** Closed, and nothing of it is referenced by the kernel or a handle: its index may serve another view. */
        boolean reclaimable() {
            return closed && rootLookups.get() <= 0 && fs.nodes.size() <= 1 && fs.openHandles() == 0;
        }
    }

    private FuseServer(DeltaFs single, LayerStore store, Path mountpoint, int threads, String options,
            boolean passthrough) {
        this.single = single;
        this.store = store;
        this.multi = single == null;
        this.mask = multi ? LOCAL_MASK : -1L;
        this.mountpoint = mountpoint;
        this.passthroughWanted = passthrough;
        MemorySegment ops = buildOps();
        String[] argv = {"deltafs", "-o", options};
        MemorySegment args = arena.allocate(fuse_args.layout());
        MemorySegment argvSeg = arena.allocate(ValueLayout.ADDRESS, argv.length + 1);
        for (int i = 0; i < argv.length; i++) argvSeg.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(argv[i]));
        fuse_args.argc(args, argv.length);
        fuse_args.argv(args, argvSeg);
        fuse_args.allocated(args, 0);
        MemorySegment version = arena.allocate(libfuse_version.layout());
        libfuse_version.major(version, fuse_lowlevel_h.FUSE_MAJOR_VERSION());
        libfuse_version.minor(version, fuse_lowlevel_h.FUSE_MINOR_VERSION());
        libfuse_version.hotfix(version, fuse_lowlevel_h.FUSE_HOTFIX_VERSION());
        session = fuse_lowlevel_h.fuse_session_new_versioned(args, ops, ops.byteSize(), version, MemorySegment.NULL);
        if (session.equals(MemorySegment.NULL)) {
            arena.close();
            throw new DeltaFsException("libfuse refused the session options: " + options);
        }
        java.util.Set<Integer> before = socketFds();
        java.util.Set<Long> watchersBefore = watchers();
        if (fuse_lowlevel_h.fuse_session_mount(session, arena.allocateFrom(mountpoint.toString())) != 0) {
            fuse_lowlevel_h.fuse_session_destroy(session);
            arena.close();
            throw new DeltaFsException("cannot mount on " + mountpoint + " (see the libfuse message above; "
                    + "is /dev/fuse there and are you root?)");
        }
        watcherFds = socketFds();
        watcherFds.removeAll(before);
        watcherPids = watchers();
        watcherPids.removeAll(watchersBefore);
        for (int i = 0; i < threads; i++) {
            Worker w = new Worker(i);
            workers.add(w);
            w.start();
        }
        notifyName = ThreadLocal.withInitial(() -> arena.allocate(Buffers.PATH_CAPACITY));
        if (!multi) single.notifier = notifier(0);
    }

    static FuseServer start(DeltaFs fs, Path mountpoint, int threads, String options, boolean passthrough) {
        return new FuseServer(fs, null, mountpoint, threads, options, passthrough);
    }

    /** A multi-view session: the root lists the views {@link #attach}ed to it. */
    static FuseServer startMulti(LayerStore store, Path mountpoint, int threads, String options, boolean passthrough) {
        return new FuseServer(null, store, mountpoint, threads, options, passthrough);
    }

    // ---------------------------------------------------------------- views (multi-view sessions)

    /**
     * Adds a view named {@code name}, made by {@code make} from its node id base. O(1): the
     * kernel knows nothing of it until it looks the name up in the root.
     */
    synchronized DeltaFs attach(String name, java.util.function.LongFunction<DeltaFs> make) {
        if (!multi) throw new IllegalStateException("not a multi-view session");
        if (closed) throw new DeltaFsException("the mount at " + mountpoint + " is closed");
        int index = freeIndex();
        DeltaFs fs = make.apply((long) index << VIEW_SHIFT);
        fs.notifier = notifier(fs.idBase);
        fs.passthrough = passthroughOn ? PASSTHROUGH : null;
        Served s = new Served(fs, name);
        Served[] a = served;
        a[index] = s;
        served = a; // publish
        byName.put(name, s);
        return fs;
    }

    /** A free view index: never used, or of a closed view the kernel has let go of. Grows the table. */
    private int freeIndex() {
        for (int tries = 0; tries < MAX_VIEWS; tries++) {
            int i = nextIndex;
            nextIndex = i + 1 >= MAX_VIEWS ? 1 : i + 1;
            Served[] a = served;
            if (i >= a.length) {
                served = a = java.util.Arrays.copyOf(a, Math.min(MAX_VIEWS, a.length * 2));
            }
            Served s = a[i];
            if (s == null || s.reclaimable()) return i;
        }
        throw new DeltaFsException("too many views in " + mountpoint + " (" + (MAX_VIEWS - 1)
                + " open or still referenced by the kernel)");
    }

    /**
     * Closes a view: its nodes answer ESTALE from now on (open handles can still be released),
     * and the kernel is told to drop the view's directory. Not from inside a request.
     */
    void detach(DeltaFs fs) {
        Served s;
        synchronized (this) {
            s = served(fs.idBase);
            if (s == null || s.fs != fs || s.closed) return;
            s.closed = true;
            byName.remove(s.name, s);
            if (closed) return;
            // A slot the kernel never saw is free at once.
            if (s.reclaimable()) served[(int) (fs.idBase >>> VIEW_SHIFT)] = null;
        }
        byte[] name = PathBuf.utf8(s.name);
        fuse_lowlevel_h.fuse_lowlevel_notify_inval_entry(session, DeltaFs.ROOT,
                Buffers.cString(notifyName.get(), name), name.length);
    }

    /**
     * The views' file systems: open, or closed but still referenced by the kernel or a handle
     * (diagnostics). Frees the slots of closed views nothing references any more.
     */
    synchronized java.util.List<DeltaFs> views() {
        java.util.List<DeltaFs> out = new ArrayList<>();
        if (!multi) {
            out.add(single);
            return out;
        }
        Served[] a = served;
        for (int i = 0; i < a.length; i++) {
            Served s = a[i];
            if (s == null) continue;
            if (s.reclaimable()) a[i] = null;
            else out.add(s.fs);
        }
        return out;
    }

    /** The view of node id {@code id}, open or closed; null for the listing root or an unknown index. */
    private Served served(long id) {
        int i = (int) (id >>> VIEW_SHIFT);
        Served[] a = served;
        return i > 0 && i < a.length ? a[i] : null;
    }

    /** The open view serving node {@code id}: the only one, or by its index; null for the listing root and closed views. */
    private DeltaFs fs(long id) {
        if (!multi) return single;
        Served s = served(id);
        return s == null || s.closed ? null : s.fs;
    }

    /** Like {@link #fs} but closed views too: releases and forgets must reach them. */
    private DeltaFs anyFs(long id) {
        if (!multi) return single;
        Served s = served(id);
        return s == null ? null : s.fs;
    }

    private boolean isListing(long id) {
        return multi && id == DeltaFs.ROOT;
    }

    /** The error for a request {@link #fs} found no view for: the listing root is read-only, a closed view stale. */
    private int noView(long id) {
        return isListing(id) ? -libc_h.EROFS() : -libc_h.ESTALE();
    }

    /** The view's node id in the session; -EOVERFLOW if the view's id does not fit its bits. */
    private long global(DeltaFs fs, long local) {
        if (local <= 0) return local;
        if ((local & ~mask) != 0) return -libc_h.EOVERFLOW();
        return fs.idBase | local;
    }

    /** Backing-file registration for passthrough opens, through the request being served. */
    private static final DeltaFs.Passthrough PASSTHROUGH = new DeltaFs.Passthrough() {
        @Override
        public int open(Buffers b, int fd) {
            if (b.request.equals(MemorySegment.NULL)) return 0; // not serving a request: no passthrough
            int id = fuse_lowlevel_h.fuse_passthrough_open(b.request, fd);
            return Math.max(id, 0);
        }

        @Override
        public void close(Buffers b, int backingId) {
            if (b.request.equals(MemorySegment.NULL)) return;
            fuse_lowlevel_h.fuse_passthrough_close(b.request, backingId);
        }
    };

    /** Invalidation through this session; any thread but a worker, several at once. */
    private DeltaFs.Notifier notifier(long idBase) {
        return new DeltaFs.Notifier() {
            @Override
            public void invalEntry(long parent, byte[] name) {
                MemorySegment n = Buffers.cString(notifyName.get(), name);
                fuse_lowlevel_h.fuse_lowlevel_notify_inval_entry(session, idBase | parent, n, name.length);
            }

            @Override
            public void invalInode(long ino) {
                fuse_lowlevel_h.fuse_lowlevel_notify_inval_inode(session, idBase | ino, 0, 0);
            }
        };
    }

    /** A request-serving thread: receives into its own buffer and dispatches to the upcalls. */
    private final class Worker extends Thread {
        Buffers buffers;

        Worker(int index) {
            super("deltafs-worker-" + index);
            setDaemon(true);
        }

        @Override
        public void run() {
            try (Arena own = Arena.ofConfined(); Buffers b = new Buffers()) {
                buffers = b;
                MemorySegment buf = own.allocate(fuse_buf.layout());
                try {
                    while (!closed) {
                        int r = fuse_lowlevel_h.fuse_session_receive_buf(session, buf);
                        if (r == -libc_h.EINTR() || r == -libc_h.EAGAIN()) continue;
                        if (r <= 0) break; // unmounted (ENODEV) or the session ended
                        DeltaFs fs = answersFromTheView(buf) ? fenceOf(buf) : null;
                        if (fs == null) {
                            fuse_lowlevel_h.fuse_session_process_buf(session, buf);
                            continue;
                        }
                        int epoch = fs.enterRequest();
                        fs.exposed(requestNode(buf), epoch);
                        try {
                            fuse_lowlevel_h.fuse_session_process_buf(session, buf);
                        } finally {
                            fs.exitRequest(epoch);
                        }
                    }
                } finally {
                    MemorySegment mem = fuse_buf.mem(buf);
                    if (!mem.equals(MemorySegment.NULL)) libc_h.free(mem);
                }
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "FUSE worker stopped", t);
            }
        }
    }

    // Opcodes (fuse_kernel.h) whose answers carry nothing the kernel caches from the view.
    private static final int FUSE_FORGET = 2, FUSE_RELEASE = 18, FUSE_FSYNC = 20, FUSE_FLUSH = 25,
            FUSE_RELEASEDIR = 29, FUSE_FSYNCDIR = 30, FUSE_INTERRUPT = 36, FUSE_BATCH_FORGET = 42;

    /**
     * Whether a received request may answer from the view (so a rollback must wait for it, see
     * DeltaFs#enterRequest). Releases and forgets are the bulk of what is in flight right after
     * a process closes files, and waiting for them only delays a rollback.
     */
    private static boolean answersFromTheView(MemorySegment buf) {
        MemorySegment mem = fuse_buf.mem(buf);
        if (mem.equals(MemorySegment.NULL)) return true; // spliced: not looked at, counted
        int opcode = mem.reinterpret(8).get(ValueLayout.JAVA_INT, 4); // fuse_in_header: len, opcode
        return switch (opcode) {
            case FUSE_FORGET, FUSE_RELEASE, FUSE_FSYNC, FUSE_FLUSH, FUSE_RELEASEDIR, FUSE_FSYNCDIR, FUSE_INTERRUPT,
                 FUSE_BATCH_FORGET -> false;
            default -> true;
        };
    }

    /** The view-local node id a received request names in its header; -1 if not looked at (spliced). */
    private long requestNode(MemorySegment buf) {
        MemorySegment mem = fuse_buf.mem(buf);
        if (mem.equals(MemorySegment.NULL)) return -1;
        return mem.reinterpret(24).get(ValueLayout.JAVA_LONG_UNALIGNED, 16) & mask; // fuse_in_header.nodeid
    }

    /** The view whose rollbacks must wait for this request (see DeltaFs#enterRequest); null: none. */
    private DeltaFs fenceOf(MemorySegment buf) {
        if (!multi) return single;
        MemorySegment mem = fuse_buf.mem(buf);
        if (mem.equals(MemorySegment.NULL)) return null; // spliced (we never ask for it): not looked at
        // fuse_in_header: len, opcode, unique, nodeid
        return fs(mem.reinterpret(24).get(ValueLayout.JAVA_LONG_UNALIGNED, 16));
    }

    private static Buffers buffers() {
        return ((Worker) Thread.currentThread()).buffers;
    }

    private static void fail(MemorySegment req, String op, Throwable t) {
        LOG.log(Level.SEVERE, "deltafs " + op + " failed; answering EIO", t);
        try {
            fuse_lowlevel_h.fuse_reply_err(req, libc_h.EIO());
        } catch (Throwable ignored) {
            // nothing more can be done for this request
        }
    }

    private static void err(MemorySegment req, long r) {
        fuse_lowlevel_h.fuse_reply_err(req, (int) -r);
    }

    /** The entry for {@code ino} (0: a cached negative entry) with the attributes in b.st. */
    private static MemorySegment entry(Buffers b, long ino) {
        MemorySegment e = b.entry;
        e.fill((byte) 0);
        fuse_entry_param.ino(e, ino);
        if (ino != 0) MemorySegment.copy(b.st, 0, e, fuse_entry_param.attr$offset(), stat.layout().byteSize());
        fuse_entry_param.attr_timeout(e, TIMEOUT);
        fuse_entry_param.entry_timeout(e, TIMEOUT);
        return e;
    }

    /** Answers an operation that returned an ino (or 0 for "absent") or -errno. */
    private static void replyEntry(MemorySegment req, Buffers b, long inoOrError) {
        if (inoOrError < 0) err(req, inoOrError);
        else fuse_lowlevel_h.fuse_reply_entry(req, entry(b, inoOrError));
    }

    private static int callerUid(MemorySegment req) {
        return fuse_ctx.uid(fuse_lowlevel_h.fuse_req_ctx(req).reinterpret(fuse_ctx.layout().byteSize()));
    }

    /**
     * Drops the kernel's cached attributes of node {@code id} from another thread (a worker
     * must not notify about the inode it is serving). Rare: only after a write cleared setuid.
     */
    private void invalidateLater(long id) { // a session node id
        Thread.ofPlatform().daemon().name("deltafs-inval").start(() -> {
            if (!closed) fuse_lowlevel_h.fuse_lowlevel_notify_inval_inode(session, id, -1, 0);
        });
    }

    private static DeltaFs.Caller caller(MemorySegment req) {
        MemorySegment ctx = fuse_lowlevel_h.fuse_req_ctx(req).reinterpret(fuse_ctx.layout().byteSize());
        return new DeltaFs.Caller(fuse_ctx.uid(ctx), fuse_ctx.gid(ctx));
    }

    private static void setFileFlags(MemorySegment fi, int bits) {
        MemorySegment f = fi.reinterpret(fuse_file_info.layout().byteSize());
        f.set(ValueLayout.JAVA_INT, 4, f.get(ValueLayout.JAVA_INT, 4) | bits);
    }

    private static MemorySegment fileInfo(MemorySegment fi) {
        return fi.reinterpret(fuse_file_info.layout().byteSize());
    }

    private static long fhOf(MemorySegment fi) {
        return fi.equals(MemorySegment.NULL) ? 0 : fuse_file_info.fh(fileInfo(fi));
    }

    /** A FORGET of session node {@code id}. */
    private void forget(long id, long n) {
        if (!multi) {
            single.forget(id, n);
            return;
        }
        Served s = served(id);
        if (s == null) return; // the listing root
        long local = id & mask;
        if (local == DeltaFs.ROOT) s.rootLookups.addAndGet(-n);
        else s.fs.forget(local, n);
    }

    /** LOOKUP of a view's name in the listing root: the view's root directory. */
    private void lookupView(MemorySegment req, Buffers b, MemorySegment name) {
        Served s = byName.get(name.reinterpret(4096).getString(0));
        if (s == null) {
            err(req, -libc_h.ENOENT()); // not cached: the view may be opened next
            return;
        }
        // Counted before the check, so a closed view's index is never reused under a lookup of it.
        s.rootLookups.incrementAndGet();
        boolean answered = false;
        int epoch = s.fs.enterRequest();
        s.fs.exposed(DeltaFs.ROOT, epoch); // the entry answered carries the view root's attributes
        try {
            int r = s.closed ? -libc_h.ENOENT() : s.fs.getattr(b, DeltaFs.ROOT, 0, b.st);
            if (r < 0) err(req, r);
            else answered = fuse_lowlevel_h.fuse_reply_entry(req, entry(b, s.fs.idBase | DeltaFs.ROOT)) == 0;
        } finally {
            s.fs.exitRequest(epoch);
            if (!answered) s.rootLookups.decrementAndGet();
        }
    }

    /** Attributes of the listing root: a read-only directory owned by root. */
    private int listingAttr(MemorySegment st) {
        st.fill((byte) 0);
        stat.st_ino(st, LISTING_INO);
        stat.st_mode(st, 040755);
        stat.st_nlink(st, 2);
        stat.st_blksize(st, 4096);
        long sec = startMillis / 1000, nsec = (startMillis % 1000) * 1_000_000;
        for (long off : new long[] {stat.st_atim$offset(), stat.st_mtim$offset(), stat.st_ctim$offset()}) {
            st.set(ValueLayout.JAVA_LONG, off, sec);
            st.set(ValueLayout.JAVA_LONG, off + 8, nsec);
        }
        return 0;
    }

    /** The names of the open views, as directory entries of the listing root. */
    private List<DeltaFs.DirEntry> listingEntries() {
        List<DeltaFs.DirEntry> out = new ArrayList<>();
        out.add(new DeltaFs.DirEntry(new byte[] {'.'}, LISTING_INO, 4));
        out.add(new DeltaFs.DirEntry(new byte[] {'.', '.'}, LISTING_INO, 4));
        for (String n : new java.util.TreeSet<>(byName.keySet())) out.add(new DeltaFs.DirEntry(PathBuf.utf8(n), DeltaFs.ROOT, 4));
        return out;
    }

    /** Answers a READDIR from a listing, from entry {@code off} on, as much as fits. */
    private static void replyDir(MemorySegment req, Buffers b, List<DeltaFs.DirEntry> list, long size, long off) {
        long cap = Math.min(size, Buffers.IO_CAPACITY);
        long used = 0;
        b.st.fill((byte) 0);
        for (int i = (int) off; i < list.size(); i++) {
            DeltaFs.DirEntry d = list.get(i);
            stat.st_ino(b.st, d.ino());
            stat.st_mode(b.st, d.type() << 12);
            long n = fuse_lowlevel_h.fuse_add_direntry(req, b.io.asSlice(used), cap - used,
                    Buffers.cString(b.name, d.name()), b.st, i + 1);
            if (n > cap - used) break;
            used += n;
        }
        fuse_lowlevel_h.fuse_reply_buf(req, b.io, used);
    }

    private MemorySegment buildOps() {
        MemorySegment ops = arena.allocate(fuse_lowlevel_ops.layout());
        fuse_lowlevel_ops.init(ops, fuse_lowlevel_ops.init.allocate((userdata, conn) -> {
            try {
                MemorySegment c = conn.reinterpret(fuse_conn_info.layout().byteSize());
                long want = fuse_conn_info.want_ext(c);
                long capable = fuse_conn_info.capable_ext(c);
                // The kernel must clear setuid bits itself: our writes run as root (CAP_FSETID).
                want &= ~((long) fuse_lowlevel_h.FUSE_CAP_HANDLE_KILLPRIV() | fuse_lowlevel_h.FUSE_CAP_HANDLE_KILLPRIV_V2()
                        | fuse_lowlevel_h.FUSE_CAP_WRITEBACK_CACHE());
                long extra = fuse_lowlevel_h.FUSE_CAP_PARALLEL_DIROPS() | fuse_lowlevel_h.FUSE_CAP_CACHE_SYMLINKS();
                long passthrough = fuse_lowlevel_h.FUSE_CAP_PASSTHROUGH();
                if (passthroughWanted) extra |= passthrough;
                // mmap of a writable (direct I/O) open goes through the page cache.
                extra |= fuse_lowlevel_h.FUSE_CAP_DIRECT_IO_ALLOW_MMAP();
                want |= extra & capable;
                fuse_conn_info.want_ext(c, want);
                if ((want & passthrough) != 0) {
                    // Backing files sit on an ordinary filesystem (depth 0); 1 keeps room for
                    // one overlayfs stacked on top of this mount.
                    fuse_conn_info.max_backing_stack_depth(c, 1);
                    passthroughOn = true;
                    for (DeltaFs fs : views()) fs.passthrough = PASSTHROUGH;
                } else if (passthroughWanted) {
                    LOG.info("deltafs: the kernel offers no FUSE passthrough; all reads are served by the daemon");
                }
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "deltafs init failed", t);
            }
        }, arena));
        fuse_lowlevel_ops.lookup(ops, fuse_lowlevel_ops.lookup.allocate((req, parent, name) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(parent);
                if (fs == null) {
                    if (isListing(parent)) lookupView(req, b, name);
                    else err(req, -libc_h.ESTALE());
                    return;
                }
                replyEntry(req, b, global(fs, fs.lookup(b, parent & mask, name, b.st)));
            } catch (Throwable t) {
                fail(req, "lookup", t);
            }
        }, arena));
        fuse_lowlevel_ops.forget(ops, fuse_lowlevel_ops.forget.allocate((req, ino, n) -> {
            try {
                forget(ino, n);
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "deltafs forget failed", t);
            }
            fuse_lowlevel_h.fuse_reply_none(req);
        }, arena));
        fuse_lowlevel_ops.forget_multi(ops, fuse_lowlevel_ops.forget_multi.allocate((req, count, forgets) -> {
            try {
                long size = fuse_forget_data.layout().byteSize();
                MemorySegment all = forgets.reinterpret(count * size);
                for (long i = 0; i < count; i++) {
                    MemorySegment f = all.asSlice(i * size, size);
                    forget(fuse_forget_data.ino(f), fuse_forget_data.nlookup(f));
                }
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "deltafs forget failed", t);
            }
            fuse_lowlevel_h.fuse_reply_none(req);
        }, arena));
        fuse_lowlevel_ops.getattr(ops, fuse_lowlevel_ops.getattr.allocate((req, ino, fi) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                int r;
                if (fs != null) r = fs.getattr(b, ino & mask, fhOf(fi), b.st);
                else if (isListing(ino)) r = listingAttr(b.st);
                else r = -libc_h.ESTALE();
                if (r < 0) err(req, r);
                else fuse_lowlevel_h.fuse_reply_attr(req, b.st, TIMEOUT);
            } catch (Throwable t) {
                fail(req, "getattr", t);
            }
        }, arena));
        fuse_lowlevel_ops.setattr(ops, fuse_lowlevel_ops.setattr.allocate((req, ino, attr, toSet, fi) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                if (fs == null) {
                    err(req, noView(ino));
                    return;
                }
                MemorySegment a = attr.reinterpret(stat.layout().byteSize());
                int r = fs.setattr(b, ino & mask, a, toSet, fhOf(fi), b.st);
                if (r < 0) err(req, r);
                else fuse_lowlevel_h.fuse_reply_attr(req, b.st, TIMEOUT);
            } catch (Throwable t) {
                fail(req, "setattr", t);
            }
        }, arena));
        fuse_lowlevel_ops.readlink(ops, fuse_lowlevel_ops.readlink.allocate((req, ino) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                long n = fs == null ? (isListing(ino) ? -libc_h.EINVAL() : -libc_h.ESTALE()) : fs.readlink(b, ino & mask);
                if (n < 0) err(req, n);
                else fuse_lowlevel_h.fuse_reply_readlink(req, b.io);
            } catch (Throwable t) {
                fail(req, "readlink", t);
            }
        }, arena));
        fuse_lowlevel_ops.mknod(ops, fuse_lowlevel_ops.mknod.allocate((req, parent, name, mode, rdev) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(parent);
                replyEntry(req, b, fs == null ? noView(parent)
                        : global(fs, fs.mknod(b, parent & mask, name, mode, rdev, caller(req))));
            } catch (Throwable t) {
                fail(req, "mknod", t);
            }
        }, arena));
        fuse_lowlevel_ops.mkdir(ops, fuse_lowlevel_ops.mkdir.allocate((req, parent, name, mode) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(parent);
                replyEntry(req, b, fs == null ? noView(parent)
                        : global(fs, fs.mkdir(b, parent & mask, name, mode, caller(req))));
            } catch (Throwable t) {
                fail(req, "mkdir", t);
            }
        }, arena));
        fuse_lowlevel_ops.symlink(ops, fuse_lowlevel_ops.symlink.allocate((req, link, parent, name) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(parent);
                replyEntry(req, b, fs == null ? noView(parent)
                        : global(fs, fs.symlink(b, link, parent & mask, name, caller(req))));
            } catch (Throwable t) {
                fail(req, "symlink", t);
            }
        }, arena));
        fuse_lowlevel_ops.link(ops, fuse_lowlevel_ops.link.allocate((req, ino, newParent, newName) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino), to = fs(newParent);
                long r;
                if (fs == null || to == null) r = noView(to == null ? newParent : ino);
                else if (fs != to) r = -libc_h.EXDEV(); // another view: another tree
                else r = global(fs, fs.link(b, ino & mask, newParent & mask, newName));
                replyEntry(req, b, r);
            } catch (Throwable t) {
                fail(req, "link", t);
            }
        }, arena));
        fuse_lowlevel_ops.unlink(ops, fuse_lowlevel_ops.unlink.allocate((req, parent, name) -> {
            try {
                DeltaFs fs = fs(parent);
                err(req, fs == null ? noView(parent) : Math.min(0, fs.unlink(buffers(), parent & mask, name, false)));
            } catch (Throwable t) {
                fail(req, "unlink", t);
            }
        }, arena));
        fuse_lowlevel_ops.rmdir(ops, fuse_lowlevel_ops.rmdir.allocate((req, parent, name) -> {
            try {
                DeltaFs fs = fs(parent);
                err(req, fs == null ? noView(parent) : Math.min(0, fs.unlink(buffers(), parent & mask, name, true)));
            } catch (Throwable t) {
                fail(req, "rmdir", t);
            }
        }, arena));
        fuse_lowlevel_ops.rename(ops, fuse_lowlevel_ops.rename.allocate((req, parent, name, newParent, newName, flags) -> {
            try {
                DeltaFs fs = fs(parent), to = fs(newParent);
                int r;
                if (fs == null || to == null) r = noView(to == null ? newParent : parent);
                else if (fs != to) r = -libc_h.EXDEV();
                else r = Math.min(0, fs.rename(buffers(), parent & mask, name, newParent & mask, newName, flags));
                err(req, r);
            } catch (Throwable t) {
                fail(req, "rename", t);
            }
        }, arena));
        fuse_lowlevel_ops.open(ops, fuse_lowlevel_ops.open.allocate((req, ino, fi) -> {
            try {
                DeltaFs fs = fs(ino);
                if (fs == null) {
                    err(req, isListing(ino) ? -libc_h.EISDIR() : -libc_h.ESTALE());
                    return;
                }
                MemorySegment f = fileInfo(fi);
                Buffers b = buffers();
                b.request = req;
                long fh = fs.open(b, ino & mask, fuse_file_info.flags(f));
                if (fh < 0) {
                    err(req, fh);
                    return;
                }
                fuse_file_info.fh(f, fh);
                int backing = fs.backingIdOf(fh);
                if (backing > 0) {
                    fuse_file_info.backing_id(f, backing);
                    setFileFlags(f, NOFLUSH);
                } else {
                    setFileFlags(f, fs.isWritable(fh) ? WRITABLE_OPEN : KEEP_CACHE | NOFLUSH);
                }
                if (fuse_lowlevel_h.fuse_reply_open(req, f) != 0) fs.release(b, fh);
            } catch (Throwable t) {
                fail(req, "open", t);
            }
        }, arena));
        fuse_lowlevel_ops.create(ops, fuse_lowlevel_ops.create.allocate((req, parent, name, mode, fi) -> {
            try {
                DeltaFs fs = fs(parent);
                if (fs == null) {
                    err(req, noView(parent));
                    return;
                }
                Buffers b = buffers();
                MemorySegment f = fileInfo(fi);
                long[] fh = new long[1];
                long ino = fs.createFile(b, parent & mask, name, mode, fuse_file_info.flags(f), caller(req), fh);
                if (ino < 0) {
                    err(req, ino);
                    return;
                }
                long id = global(fs, ino);
                if (id < 0) {
                    fs.release(b, fh[0]);
                    err(req, id);
                    return;
                }
                fuse_file_info.fh(f, fh[0]);
                setFileFlags(f, WRITABLE_OPEN);
                if (fuse_lowlevel_h.fuse_reply_create(req, entry(b, id), f) != 0) fs.release(b, fh[0]);
            } catch (Throwable t) {
                fail(req, "create", t);
            }
        }, arena));
        fuse_lowlevel_ops.read(ops, fuse_lowlevel_ops.read.allocate((req, ino, size, off, fi) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                long n = fs == null ? noView(ino) : fs.read(b, fhOf(fi), size, off);
                if (n < 0) err(req, n);
                else fuse_lowlevel_h.fuse_reply_buf(req, b.io, n);
            } catch (Throwable t) {
                fail(req, "read", t);
            }
        }, arena));
        fuse_lowlevel_ops.write(ops, fuse_lowlevel_ops.write.allocate((req, ino, buf, size, off, fi) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                if (fs == null) {
                    err(req, noView(ino));
                    return;
                }
                long fh = fhOf(fi);
                long n = fs.write(b, fh, buf.reinterpret(size), size, off);
                if (n < 0) {
                    err(req, n);
                    return;
                }
                long changed = callerUid(req) != 0 ? fs.dropSetIdBits(b, fh) : 0;
                fuse_lowlevel_h.fuse_reply_write(req, n);
                if (changed > 0) invalidateLater(fs.idBase | changed);
            } catch (Throwable t) {
                fail(req, "write", t);
            }
        }, arena));
        fuse_lowlevel_ops.release(ops, fuse_lowlevel_ops.release.allocate((req, ino, fi) -> {
            try {
                Buffers b = buffers();
                b.request = req;
                DeltaFs fs = anyFs(ino);
                if (fs != null) fs.release(b, fhOf(fi));
                fuse_lowlevel_h.fuse_reply_err(req, 0);
            } catch (Throwable t) {
                fail(req, "release", t);
            }
        }, arena));
        fuse_lowlevel_ops.fsync(ops, fuse_lowlevel_ops.fsync.allocate((req, ino, datasync, fi) -> {
            try {
                DeltaFs fs = fs(ino);
                err(req, fs == null ? noView(ino) : Math.min(0, fs.fsync(buffers(), fhOf(fi), datasync != 0)));
            } catch (Throwable t) {
                fail(req, "fsync", t);
            }
        }, arena));
        fuse_lowlevel_ops.fallocate(ops, fuse_lowlevel_ops.fallocate.allocate((req, ino, mode, off, len, fi) -> {
            try {
                DeltaFs fs = fs(ino);
                err(req, fs == null ? noView(ino) : Math.min(0, fs.fallocate(buffers(), fhOf(fi), mode, off, len)));
            } catch (Throwable t) {
                fail(req, "fallocate", t);
            }
        }, arena));
        fuse_lowlevel_ops.lseek(ops, fuse_lowlevel_ops.lseek.allocate((req, ino, off, whence, fi) -> {
            try {
                DeltaFs fs = fs(ino);
                long r = fs == null ? noView(ino) : fs.lseek(buffers(), fhOf(fi), off, whence);
                if (r < 0) err(req, r);
                else fuse_lowlevel_h.fuse_reply_lseek(req, r);
            } catch (Throwable t) {
                fail(req, "lseek", t);
            }
        }, arena));
        fuse_lowlevel_ops.opendir(ops, fuse_lowlevel_ops.opendir.allocate((req, ino, fi) -> {
            try {
                MemorySegment f = fileInfo(fi);
                DeltaFs fs = fs(ino);
                if (fs == null) {
                    if (!isListing(ino)) {
                        fuse_lowlevel_h.fuse_reply_err(req, libc_h.ESTALE());
                        return;
                    }
                    // The listing of the views, taken now; never cached (views come and go).
                    long fh = listings.add(listingEntries());
                    fuse_file_info.fh(f, fh);
                    if (fuse_lowlevel_h.fuse_reply_open(req, f) != 0) listings.remove(fh);
                    return;
                }
                // Listed lazily, on the first READDIR: with cache_readdir the kernel opens a
                // directory it already has the listing of without reading it again.
                long local = ino & mask;
                if (!fs.nodes.containsKey(local)) {
                    fuse_lowlevel_h.fuse_reply_err(req, libc_h.ESTALE());
                    return;
                }
                DeltaFs.DirHandle dir = new DeltaFs.DirHandle(local);
                long fh = fs.handles.add(dir);
                fuse_file_info.fh(f, fh);
                setFileFlags(f, KEEP_CACHE | CACHE_READDIR);
                if (fuse_lowlevel_h.fuse_reply_open(req, f) != 0) fs.handles.remove(fh);
            } catch (Throwable t) {
                fail(req, "opendir", t);
            }
        }, arena));
        fuse_lowlevel_ops.readdir(ops, fuse_lowlevel_ops.readdir.allocate((req, ino, size, off, fi) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                if (fs == null) {
                    List<DeltaFs.DirEntry> listing = isListing(ino) ? listings.get(fhOf(fi)) : null;
                    if (listing == null) fuse_lowlevel_h.fuse_reply_err(req, isListing(ino) ? libc_h.EBADF() : libc_h.ESTALE());
                    else replyDir(req, b, listing, size, off);
                    return;
                }
                DeltaFs.DirHandle dir = fs.handles.get(fhOf(fi));
                if (dir == null) {
                    fuse_lowlevel_h.fuse_reply_err(req, libc_h.EBADF());
                    return;
                }
                if (dir.entries == null || off == 0 && dir.stale(fs)) {
                    // First read, or listed before a rollback: the kernel caches what we answer from offset 0.
                    int r = fs.list(b, dir);
                    if (r < 0) {
                        err(req, r);
                        return;
                    }
                }
                replyDir(req, b, dir.entries, size, off);
            } catch (Throwable t) {
                fail(req, "readdir", t);
            }
        }, arena));
        fuse_lowlevel_ops.releasedir(ops, fuse_lowlevel_ops.releasedir.allocate((req, ino, fi) -> {
            try {
                if (isListing(ino)) {
                    listings.remove(fhOf(fi));
                } else {
                    DeltaFs fs = anyFs(ino);
                    if (fs != null) fs.handles.remove(fhOf(fi));
                }
                fuse_lowlevel_h.fuse_reply_err(req, 0);
            } catch (Throwable t) {
                fail(req, "releasedir", t);
            }
        }, arena));
        fuse_lowlevel_ops.statfs(ops, fuse_lowlevel_ops.statfs.allocate((req, ino) -> {
            try {
                Buffers b = buffers();
                int r = multi ? Posix.fstatvfs(b.err, store.layersFd, b.vfs) : single.statfs(b);
                if (r < 0) err(req, r);
                else fuse_lowlevel_h.fuse_reply_statfs(req, b.vfs);
            } catch (Throwable t) {
                fail(req, "statfs", t);
            }
        }, arena));
        fuse_lowlevel_ops.getxattr(ops, fuse_lowlevel_ops.getxattr.allocate((req, ino, name, size) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                long n;
                if (fs != null) n = fs.getxattr(b, ino & mask, name, size);
                else if (isListing(ino)) n = -libc_h.ENODATA(); // no control socket: see DeltaFs.CONTROL_XATTR
                else n = -libc_h.ESTALE();
                if (n < 0) err(req, n);
                else if (size == 0) fuse_lowlevel_h.fuse_reply_xattr(req, n);
                else fuse_lowlevel_h.fuse_reply_buf(req, b.io, n);
            } catch (Throwable t) {
                fail(req, "getxattr", t);
            }
        }, arena));
        fuse_lowlevel_ops.listxattr(ops, fuse_lowlevel_ops.listxattr.allocate((req, ino, size) -> {
            try {
                Buffers b = buffers();
                DeltaFs fs = fs(ino);
                long n = fs != null ? fs.listxattr(b, ino & mask, size) : isListing(ino) ? 0 : -libc_h.ESTALE();
                if (n < 0) err(req, n);
                else if (size == 0) fuse_lowlevel_h.fuse_reply_xattr(req, n);
                else fuse_lowlevel_h.fuse_reply_buf(req, b.io, n);
            } catch (Throwable t) {
                fail(req, "listxattr", t);
            }
        }, arena));
        fuse_lowlevel_ops.setxattr(ops, fuse_lowlevel_ops.setxattr.allocate((req, ino, name, value, size, flags) -> {
            try {
                DeltaFs fs = fs(ino);
                err(req, fs == null ? noView(ino)
                        : Math.min(0, fs.setxattr(buffers(), ino & mask, name, value.reinterpret(size), size, flags)));
            } catch (Throwable t) {
                fail(req, "setxattr", t);
            }
        }, arena));
        fuse_lowlevel_ops.removexattr(ops, fuse_lowlevel_ops.removexattr.allocate((req, ino, name) -> {
            try {
                DeltaFs fs = fs(ino);
                err(req, fs == null ? noView(ino) : Math.min(0, fs.removexattr(buffers(), ino & mask, name)));
            } catch (Throwable t) {
                fail(req, "removexattr", t);
            }
        }, arena));
        return ops;
    }

    /**
     * Unmounts (lazily, so a process still inside does not block us), waits for the workers,
     * and frees the session. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try (Arena a = Arena.ofConfined()) {
            libc_h.umount2(a.allocateFrom(mountpoint.toString()), libc_h.MNT_DETACH());
        }
        boolean stopped = true;
        for (Worker w : workers) {
            try {
                w.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (w.isAlive()) {
                stopped = false;
                LOG.warning(w.getName() + " still busy 10 s after the lazy unmount of " + mountpoint
                        + " (a process still has files open there)");
            }
        }
        for (DeltaFs fs : views()) fs.notifier = DeltaFs.Notifier.NONE;
        if (!stopped) return; // freeing the session under a running worker would crash the JVM
        fuse_lowlevel_h.fuse_session_destroy(session);
        arena.close();
        for (int fd : watcherFds) libc_h.close(fd);
        reapWatchers(watcherPids);
    }

    private static java.util.Set<Integer> socketFds() {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (var s = java.nio.file.Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                try {
                    if (java.nio.file.Files.readSymbolicLink(p).toString().startsWith("socket:")) {
                        out.add(Integer.parseInt(p.getFileName().toString()));
                    }
                } catch (IOException | NumberFormatException ignored) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            LOG.warning("cannot list /proc/self/fd: " + e);
        }
        return out;
    }

    /** The fusermount3 processes that are our children now (watchers of our mounts), running or exited. */
    private static java.util.Set<Long> watchers() {
        java.util.Set<Long> out = new java.util.HashSet<>();
        ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("fusermount3")).orElse(isZombieFusermount(p.pid())))
                .forEach(p -> out.add(p.pid()));
        return out;
    }

    /**
     * Reaps this mount's watchers once they exit (closing our end of their socket ends them);
     * waits up to a second. Other mounts' watchers are left alone: they watch live mounts.
     */
    private static void reapWatchers(java.util.Set<Long> pids) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        java.util.Set<Long> left = new java.util.HashSet<>(pids);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(128);
            while (!left.isEmpty() && System.nanoTime() < deadline) {
                for (java.util.Iterator<Long> it = left.iterator(); it.hasNext(); ) {
                    long pid = it.next();
                    info.fill((byte) 0);
                    int r = libc_h.waitid(libc_h.P_PID(), (int) pid, info, libc_h.WEXITED() | libc_h.WNOHANG());
                    // reaped now (si_pid set), or not our child any more (ECHILD: reaped elsewhere)
                    if (r < 0 || info.get(java.lang.foreign.ValueLayout.JAVA_INT, 16) != 0) it.remove();
                }
                if (left.isEmpty()) return;
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean isZombieFusermount(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.contains("(fusermount3)");
        } catch (IOException e) {
            return false;
        }
    }
}
