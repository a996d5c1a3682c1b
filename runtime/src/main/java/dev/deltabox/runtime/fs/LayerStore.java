package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.bindings.libc.stat;
import dev.deltabox.runtime.concurrent.QuietWorker;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DeltaFS state directory: the layers and the checkpoint tree, durable across crashes.
 *
 * <pre>
 * STATE/lock        held (flock) by the one process that has the store open
 * STATE/tree.log    append-only: checkpoints, mount heads; a torn last line is ignored
 * STATE/layers/ID/  one layer in overlayfs' upper format (whiteouts, opaque dirs)
 * STATE/work/       scratch on the same filesystem, for atomic replaces
 * STATE/ino         the next unused block of stable inode numbers
 * </pre>
 *
 * A checkpoint's id is the id of the layer it froze; its parent is the checkpoint below (0:
 * the base). A checkpoint is reported done only after its log line has been written, and
 * its layer's files were written through to the layer as they happened, so a crash of the
 * runtime loses no reported checkpoint.
 *
 * <p>Thread-safety: all methods are synchronized; indexes handed out are immutable.
 */
final class LayerStore implements AutoCloseable {

    static final byte[] INO_XATTR = PathBuf.utf8("trusted.deltabox.ino");
    static final byte[] OPAQUE_XATTR = PathBuf.utf8("trusted.overlay.opaque");
    /** Stable inode numbers of files born in an upper layer start here, above any base inode. */
    static final long UPPER_INO_BASE = 1L << 47;
    private static final int INO_BLOCK = 4096;

    record Checkpoint(long id, long parent, long millis) {}

    record Head(String mount, long layer, long parent) {}

    final Path dir;
    final Path layersDir;
    final Path workDir;
    /** "STATE/layers/" as bytes, the prefix of {@link #absolute}. */
    private final byte[] layersPrefix;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel log;
    /** tree.log mapped; bytes [0, logEnd) are the log, the rest zeros. Guarded by this. */
    private java.nio.MappedByteBuffer logMap;
    private int logEnd;
    private final Map<Long, Checkpoint> checkpoints = new LinkedHashMap<>();
    private final Map<String, Head> heads = new LinkedHashMap<>();
    private final Map<Long, PersistentPathMap<Entry>> indexes = new HashMap<>();
    private final Map<Long, Long> deltaSizes = new HashMap<>();
    /** Deletes discarded layers and makes spare ones, off the callers' paths; never woken by them (see QuietWorker). */
    private final QuietWorker cleaner = new QuietWorker("deltafs-cleaner");
    /** How long a discarded layer waits before the cleaner deletes it (see {@link #deleteLayerLater}). */
    private static final long DELETE_DELAY_MS = 5;
    private long nextLayer;
    /** An empty layer directory made ahead of need (0: none ready yet). */
    private long spareLayer;
    /** The id of the spare the cleaner is making (0: none); guarded by this. */
    private long sparePending;
    private long nextIno;
    private long inoLimit;
    final int layersFd;
    final int workFd;

    private LayerStore(Path dir) throws IOException {
        this.dir = dir;
        this.layersDir = dir.resolve("layers");
        this.workDir = dir.resolve("work");
        this.layersPrefix = PathBuf.utf8(layersDir + "/");
        Files.createDirectories(layersDir);
        Files.createDirectories(workDir);
        lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            lockChannel.close();
            throw new DeltaFsException("state directory " + dir + " is in use by another DeltaFS mount "
                    + "(unmount it first, or use a different --state)");
        }
        lock = l;
        Path logFile = dir.resolve("tree.log");
        logEnd = readLog(logFile);
        log = FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        mapLog(Math.max(log.size(), logEnd + LOG_GROWTH));
        // Zero what follows the last complete line: a torn line, or the tail of a larger mapping.
        for (int i = logEnd; i < logMap.capacity() && logMap.get(i) != 0; i++) logMap.put(i, (byte) 0);
        long maxLayer = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(layersDir)) {
            for (Path p : s) maxLayer = Math.max(maxLayer, parseId(p.getFileName().toString()));
        }
        for (Checkpoint c : checkpoints.values()) maxLayer = Math.max(maxLayer, c.id);
        for (Head h : heads.values()) maxLayer = Math.max(maxLayer, h.layer);
        nextLayer = maxLayer + 1;
        Path inoFile = dir.resolve("ino");
        nextIno = Files.exists(inoFile) ? Long.parseLong(Files.readString(inoFile).trim()) : UPPER_INO_BASE;
        inoLimit = nextIno;
        try (Buffers b = new Buffers()) {
            layersFd = openDir(b, layersDir);
            workFd = openDir(b, workDir);
        }
        clearWork();
    }

    /**
     * Opens a state directory, or shares the store this JVM already has open for it: several
     * mounts (a box and its forks, under different view names) then share the frozen layers
     * and the checkpoint tree. Each open is paired with a {@link #close()}.
     */
    static LayerStore open(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            LayerStore s = OPEN.get(key);
            if (s == null) {
                try {
                    s = new LayerStore(key);
                } catch (IOException e) {
                    throw new DeltaFsException("cannot open state directory " + dir + ": " + e.getMessage(), e);
                }
                OPEN.put(key, s);
            }
            s.openCount++;
            return s;
        }
    }

    /** Stores open in this JVM, by state directory; guarded by itself. */
    private static final java.util.Map<Path, LayerStore> OPEN = new java.util.HashMap<>();
    /** Opens not yet closed; guarded by {@link #OPEN}. */
    private int openCount;
    /** View names mounted from this store right now, with the base they show; guarded by this. */
    private final java.util.Map<String, Path> mountedViews = new java.util.HashMap<>();

    /**
     * Claims view {@code name} over {@code base} for a mount. One base per state directory (its
     * layers are changes to that base), and each view name mounted once at a time.
     */
    synchronized void claimView(String name, Path base) {
        if (mountedViews.containsKey(name)) {
            throw new DeltaFsException("view '" + name + "' of " + dir + " is already mounted "
                    + "(unmount it, or give this mount another view name)");
        }
        for (Path other : mountedViews.values()) {
            if (!other.equals(base)) {
                throw new DeltaFsException("state directory " + dir + " is mounted over base " + other
                        + ", not " + base + " (its layers are changes to that base)");
            }
        }
        mountedViews.put(name, base);
    }

    synchronized void releaseView(String name) {
        mountedViews.remove(name);
    }

    /**
     * Starts a new writable layer as the head of view {@code mount} on top of {@code parent},
     * atomically, so a collection run by another mount never sees the layer without its head.
     */
    synchronized long newHead(String mount, long parent) {
        return newHead(mount, parent, false);
    }

    /**
     * Like {@link #newHead(String, long)}; with {@code lazy} the layer's directory is not made
     * (the view makes it at its first change: a layer without a directory is empty).
     */
    synchronized long newHead(String mount, long parent, boolean lazy) {
        long layer = lazy ? nextLayer++ : newLayer();
        recordHead(mount, layer, parent);
        return layer;
    }

    /** Makes {@code layer} (on {@code parent}) the head of view {@code mount} again: an undone rollback's. */
    synchronized void restoreHead(String mount, long layer, long parent) {
        recordHead(mount, layer, parent);
    }

    private static int openDir(Buffers b, Path p) {
        int fd = Posix.openat(b.err, libc_h.AT_FDCWD(), Buffers.cString(b.path, PathBuf.utf8(p.toString())),
                libc_h.O_RDONLY() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC(), 0);
        if (fd < 0) throw new DeltaFsException("cannot open " + p + ": errno " + -fd);
        return fd;
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Reads the complete lines of tree.log; returns the length they take. */
    private int readLog(Path logFile) throws IOException {
        if (!Files.exists(logFile)) return 0;
        String text = Files.readString(logFile, StandardCharsets.UTF_8);
        int zeros = text.indexOf('\0');
        if (zeros >= 0) text = text.substring(0, zeros); // the unused tail of the mapping (after a crash)
        int end = text.lastIndexOf('\n');
        if (end < 0) return 0;
        // Only complete lines count: a line without its newline is a crash in the middle.
        for (String line : text.substring(0, end).split("\n")) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "checkpoint" -> checkpoints.put(Long.parseLong(f[1]),
                        new Checkpoint(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
                case "head" -> heads.put(f[1], new Head(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
                default -> { }
            }
        }
        return text.substring(0, end + 1).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Appends a line to tree.log through its memory mapping: a store into the page cache, which
     * outlives a crash of the process (power loss is not covered, as documented). An append by
     * write(2) cost ~50 µs here (it dirties the inode, which waits for the ext4 journal); the
     * file grows in 1 MiB steps instead, and is cut to its content at close. The newline is
     * stored last: a line without one is a crash in the middle and is ignored when read.
     */
    private void append(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (logEnd + bytes.length > logMap.capacity()) mapLog(logEnd + bytes.length + LOG_GROWTH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot grow " + dir.resolve("tree.log"), e);
        }
        logMap.put(logEnd, bytes, 0, bytes.length - 1);
        logMap.put(logEnd + bytes.length - 1, (byte) '\n');
        logEnd += bytes.length;
    }

    private static final int LOG_GROWTH = 1 << 20;

    /** Maps tree.log with room for {@code size} bytes (the file's unused tail is zeros). */
    private void mapLog(long size) throws IOException {
        if (log.size() < size) log.write(ByteBuffer.wrap(new byte[1]), size - 1);
        logMap = log.map(FileChannel.MapMode.READ_WRITE, 0, size);
    }

    /**
     * A new empty layer. One is kept ready (made on the cleaner thread) because a mkdir on
     * the rollback path costs most of a millisecond while layers are being deleted.
     */
    private synchronized long newLayer() {
        long id;
        if (spareLayer != 0) { // set by the cleaner once the directory exists
            id = spareLayer;
        } else {
            id = nextLayer++;
            createLayerDir(id);
        }
        spareLayer = 0;
        if (sparePending == 0) {
            long spare = nextLayer++;
            sparePending = spare;
            cleaner.submit(() -> {
                createLayerDir(spare);
                synchronized (this) {
                    spareLayer = spare;
                    sparePending = 0;
                }
            }, 0);
        }
        return id;
    }

    private void createLayerDir(long id) {
        try {
            Files.createDirectory(layersDir.resolve(Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create layer " + id, e);
        }
    }

    /**
     * Scratch names in the shared work directory: unique across every view of this store (views
     * copying up at once must not create the same name; O_EXCL would fail with EEXIST).
     */
    private final java.util.concurrent.atomic.AtomicLong tmpCounter = new java.util.concurrent.atomic.AtomicLong();

    byte[] tmpName() {
        return PathBuf.utf8("t" + tmpCounter.incrementAndGet());
    }

    synchronized long allocIno() {
        if (nextIno == inoLimit) {
            inoLimit = nextIno + INO_BLOCK;
            try {
                Files.writeString(dir.resolve("ino"), Long.toString(inoLimit));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reserve inode numbers", e);
            }
        }
        return nextIno++;
    }

    /** Records a frozen layer as checkpoint; its index is remembered for rollbacks and forks. */
    synchronized Checkpoint recordCheckpoint(long layer, long parent, PersistentPathMap<Entry> index) {
        Checkpoint c = new Checkpoint(layer, parent, System.currentTimeMillis());
        append("checkpoint " + layer + " " + parent + " " + c.millis);
        checkpoints.put(layer, c);
        indexes.put(layer, index);
        return c;
    }

    private synchronized void recordHead(String mount, long layer, long parent) {
        append("head " + mount + " " + layer + " " + parent);
        heads.put(mount, new Head(mount, layer, parent));
    }

    synchronized Head head(String mount) {
        return heads.get(mount);
    }

    synchronized Checkpoint checkpoint(long id) {
        return checkpoints.get(id);
    }

    synchronized List<Checkpoint> checkpoints() {
        return new ArrayList<>(checkpoints.values());
    }

    synchronized boolean isCheckpoint(long layer) {
        return checkpoints.containsKey(layer);
    }

    /** Bytes the layer occupies on disk; computed once for frozen layers. */
    synchronized long deltaSize(long layer) {
        Long known = deltaSizes.get(layer);
        if (known != null) return known;
        long[] total = {0};
        try {
            Files.walkFileTree(layersDir.resolve(Long.toString(layer)), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            total[0] = 0; // an empty layer of a view (no directory)
        } catch (IOException e) {
            return -1;
        }
        if (checkpoints.containsKey(layer)) deltaSizes.put(layer, total[0]);
        return total[0];
    }

    /** The layers of checkpoint {@code id}'s chain, oldest first. */
    synchronized List<Long> chain(long id) {
        ArrayDeque<Long> out = new ArrayDeque<>();
        for (long c = id; c != 0; c = checkpoints.get(c).parent) out.addFirst(c);
        return new ArrayList<>(out);
    }

    /**
     * The index of the view at checkpoint {@code id} (0: the bare base): remembered for
     * checkpoints taken by this process, rebuilt from disk after a restart, each layer once.
     */
    synchronized PersistentPathMap<Entry> index(long id, int baseFd) {
        if (id == 0) return PersistentPathMap.empty();
        PersistentPathMap<Entry> known = indexes.get(id);
        if (known != null) return known;
        List<Long> chain = chain(id);
        PersistentPathMap<Entry> index = PersistentPathMap.empty();
        int start = 0;
        for (int i = chain.size() - 1; i >= 0; i--) {
            PersistentPathMap<Entry> k = indexes.get(chain.get(i));
            if (k != null) {
                index = k;
                start = i + 1;
                break;
            }
        }
        try (Buffers b = new Buffers()) {
            for (int i = start; i < chain.size(); i++) {
                index = applyLayer(b, index, chain.get(i), baseFd);
                indexes.put(chain.get(i), index);
            }
        }
        return index;
    }

    /** Lays the on-disk layer {@code layer} over {@code index}, as overlayfs would see it. */
    PersistentPathMap<Entry> applyLayer(Buffers b, PersistentPathMap<Entry> index, long layer, int baseFd) {
        LayerScan scan = new LayerScan(b, layer, baseFd);
        return scan.apply(index);
    }

    /** One pass over a layer directory, parents before children. */
    private final class LayerScan {
        private final Buffers b;
        private final long layer;
        private final int baseFd;
        private PersistentPathMap<Entry> index;

        LayerScan(Buffers b, long layer, int baseFd) {
            this.b = b;
            this.layer = layer;
            this.baseFd = baseFd;
        }

        PersistentPathMap<Entry> apply(PersistentPathMap<Entry> start) {
            index = start;
            // A view's layer gets its directory at its first change: none means empty.
            if (Posix.fstatat(b.err, layersFd, Buffers.layerPath(b.path, layer, new PathBuf()), b.st,
                    libc_h.AT_SYMLINK_NOFOLLOW()) == -libc_h.ENOENT()) {
                return index;
            }
            visit(new PathBuf(), true);
            return index;
        }

        private void visit(PathBuf rel, boolean parentBaseBelow) {
            Buffers.layerPath(b.path, layer, rel);
            int sr = Posix.fstatat(b.err, layersFd, b.path, b.st, libc_h.AT_SYMLINK_NOFOLLOW());
            if (sr < 0) throw new DeltaFsException("cannot read layer " + layer + " at '" + rel + "': errno " + -sr);
            int mode = stat.st_mode(b.st);
            byte[] key = rel.toKey();
            Entry prev = index.get(key);
            // A whiteout beneath counts too: removing this name again must keep it hidden.
            boolean lowerPresent = prev != null || (parentBaseBelow && baseHas(rel, false));
            if ((mode & 0170000) == 0020000 && stat.st_rdev(b.st) == 0) {
                put(rel, key, Entry.whiteout(layer));
                return;
            }
            long ino = readIno(rel);
            byte kind = Entry.kindOfMode(mode);
            if (kind != Entry.DIR) {
                put(rel, key, new Entry(kind, layer, ino != 0 ? ino : stat.st_ino(b.st), lowerPresent, false, false,
                        Entry.NO_CHILDREN));
                return;
            }
            boolean opaque = isOpaque(rel);
            if (opaque) index = index.minusIf((k, v) -> rel.isAncestorOf(k));
            boolean baseBelow = !opaque && (prev != null ? prev.isDir() && prev.baseBelow
                    : parentBaseBelow && baseHas(rel, true));
            PersistentPathMap<Boolean> children = !opaque && prev != null && prev.isDir() ? prev.children
                    : Entry.NO_CHILDREN;
            if (ino == 0 && rel.length == 0) ino = 1;
            put(rel, key, new Entry(Entry.DIR, layer, ino, lowerPresent, baseBelow, opaque, children));
            List<byte[]> names = listNames(b, layersFd, Buffers.layerPath(b.path, layer, rel));
            if (names == null) throw new DeltaFsException("cannot read layer " + layer + " at '" + rel + "'");
            for (byte[] n : names) {
                PathBuf child = new PathBuf().set(rel).append(n);
                visit(child, baseBelow);
            }
        }

        private void put(PathBuf rel, byte[] key, Entry e) {
            index = index.plus(key, e);
            if (rel.length == 0) return;
            PathBuf parent = new PathBuf().set(rel).parent();
            byte[] pk = parent.toKey();
            Entry pe = index.get(pk);
            if (pe != null) index = index.plus(pk, pe.withChild(rel.name()));
        }

        private boolean baseHas(PathBuf rel, boolean asDir) {
            Buffers.basePath(b.path2, rel);
            if (Posix.fstatat(b.err, baseFd, b.path2, b.st2, libc_h.AT_SYMLINK_NOFOLLOW()) < 0) return false;
            return !asDir || (stat.st_mode(b.st2) & 0170000) == 0040000;
        }

        private long readIno(PathBuf rel) {
            MemorySegment abs = absolute(b.path2, layer, rel);
            long n = Posix.lgetxattr(b.err, abs, Buffers.cString(b.name, INO_XATTR), b.io, 8);
            return n == 8 ? b.io.get(ValueLayout.JAVA_LONG_UNALIGNED, 0) : 0;
        }

        private boolean isOpaque(PathBuf rel) {
            MemorySegment abs = absolute(b.path2, layer, rel);
            long n = Posix.lgetxattr(b.err, abs, Buffers.cString(b.name, OPAQUE_XATTR), b.io, 8);
            return n == 1 && b.io.get(ValueLayout.JAVA_BYTE, 0) == 'y';
        }
    }

    /** The raw names in a directory (no "." or ".."), or null if it cannot be read. */
    static List<byte[]> listNames(Buffers b, int dirFd, MemorySegment path) {
        List<byte[]> names = new ArrayList<>();
        return readDir(b, dirFd, path, (name, ino, type) -> names.add(name)) < 0 ? null : names;
    }

    interface DirentVisitor {
        void visit(byte[] name, long ino, int type);
    }

    /** Reads a directory with getdents64 (raw byte names, "." and ".." skipped); 0 or -errno. */
    static int readDir(Buffers b, int dirFd, MemorySegment path, DirentVisitor visitor) {
        int fd = Posix.openat(b.err, dirFd, path, libc_h.O_RDONLY() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC(), 0);
        if (fd < 0) return fd;
        try {
            long n;
            while ((n = Posix.getdents64(b.err, fd, b.io, Buffers.IO_CAPACITY)) > 0) {
                for (long at = 0; at < n; ) {
                    long ino = b.io.get(ValueLayout.JAVA_LONG_UNALIGNED, at);
                    int recLen = Short.toUnsignedInt(b.io.get(ValueLayout.JAVA_SHORT_UNALIGNED, at + 16));
                    int type = Byte.toUnsignedInt(b.io.get(ValueLayout.JAVA_BYTE, at + 18));
                    int len = 0;
                    while (b.io.get(ValueLayout.JAVA_BYTE, at + 19 + len) != 0) len++;
                    byte[] name = new byte[len];
                    MemorySegment.copy(b.io, ValueLayout.JAVA_BYTE, at + 19, name, 0, len);
                    at += recLen;
                    boolean dot = (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.');
                    if (!dot) visitor.visit(name, ino, type);
                }
            }
            return (int) Math.min(n, 0);
        } finally {
            Posix.close(b.err, fd);
        }
    }

    /** The absolute path of {@code rel} in {@code layer}, for the path-only xattr calls. */
    MemorySegment absolute(MemorySegment dst, long layer, PathBuf rel) {
        byte[] prefix = layersPrefix;
        MemorySegment.copy(prefix, 0, dst, ValueLayout.JAVA_BYTE, 0, prefix.length);
        Buffers.layerPath(dst.asSlice(prefix.length), layer, rel);
        return dst;
    }

    /**
     * Deletes every layer that no checkpoint, no recorded head and none of {@code inUse}
     * reaches. Returns the ids removed.
     */
    synchronized List<Long> collectGarbage(Collection<Long> inUse) {
        Set<Long> live = new HashSet<>(checkpoints.keySet());
        for (Head h : heads.values()) live.add(h.layer);
        // The spares too: the one ready, and the one being made (its directory may already exist).
        if (spareLayer != 0) live.add(spareLayer);
        if (sparePending != 0) live.add(sparePending);
        live.addAll(inUse);
        List<Long> removed = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(layersDir)) {
            for (Path p : s) {
                long id = parseId(p.getFileName().toString());
                if (id != 0 && !live.contains(id)) removed.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (long id : removed) deleteLayer(id);
        return removed;
    }

    /**
     * Deletes a discarded layer on the cleaner thread, off the caller's critical path: a few
     * milliseconds later, as a cleaner woken at once would take the CPU from the caller (a
     * rollback) in the middle of its work.
     */
    void deleteLayerLater(long id) {
        cleaner.submit(() -> {
            try {
                deleteLayer(id);
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(LayerStore.class.getName())
                        .warning("cannot delete discarded layer " + id + " (collected at the next mount): " + e);
            }
        }, DELETE_DELAY_MS * 1_000_000);
    }

    void deleteLayer(long id) {
        synchronized (this) {
            if (checkpoints.containsKey(id)) throw new IllegalStateException("layer " + id + " is a checkpoint");
        }
        deleteTree(layersDir.resolve(Long.toString(id)));
    }

    private void clearWork() {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(workDir)) {
            for (Path p : s) deleteTree(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            if (--openCount > 0) return;
            OPEN.remove(dir);
        }
        cleaner.close(); // what it has left runs now
        closeFiles();
    }

    private synchronized void closeFiles() {
        try (Buffers b = new Buffers()) {
            Posix.close(b.err, layersFd);
            Posix.close(b.err, workFd);
        }
        try {
            logMap = null; // cut below: a store through the old mapping would fault
            log.truncate(logEnd);
            log.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
