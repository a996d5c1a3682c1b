package dev.deltabox.runtime.fs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file as the kernel knows it: one FUSE node id. Normally the id is the file's stable inode
 * number (so hard links share one node). A file whose node is pinned to a passthrough backing
 * file that no longer holds its content is given a successor node under a fresh id (same
 * stable ino), see {@link #retired}; the successor shares the original's name and version.
 * The node remembers one name, through which its path is recomputed on demand, so renaming
 * a directory never touches the nodes below it.
 */
final class Node {
    /** (parent, name): how to reach the node; null once its last known name is gone. */
    record Alias(Node parent, byte[] name) {
        boolean sameName(PathBuf rel, int start) {
            return Arrays.equals(name, 0, name.length, rel.bytes, start, rel.length);
        }
    }

    /** The FUSE node id. */
    final long id;
    /** The stable inode number reported in st_ino. */
    final long ino;
    /** The node that holds {@link #alias} and {@link #version} for this file (itself unless a successor). */
    final Node origin;
    /** Read and written through {@link #origin} only. */
    volatile Alias alias;
    /** Bumped whenever the file behind this node is replaced (copy-up): handles revalidate. Through origin. */
    volatile int version;
    /**
     * Earlier names the kernel reached this file by (hard links), so that another name can take
     * over when {@link #alias} is unlinked: the base's other links are in no index. May be stale;
     * checked before use. Through origin.
     */
    volatile Alias[] otherNames;
    /**
     * Directories: the attributes last answered for this node (what the kernel caches) with
     * their rollback epoch, or "unknown" if two answers of one epoch differed (which one the
     * kernel kept is not known); null if none yet. See {@link DeltaFs#answered}. Immutable
     * arrays, replaced by CAS by the worker answering; read by the rollback thread to skip
     * directories whose cached attributes still hold.
     */
    volatile long[] dirAttrs;
    /**
     * The latest rollback epoch of a request that may have given the kernel something of this
     * node to cache (it named the node, or answered it as an entry); only grows. Written by the
     * workers (see DeltaFs#exposed), read by the rollback thread.
     */
    private volatile int exposed;
    /**
     * Rollback thread only: set once the node was invalidated; from then on the kernel holds only
     * what requests of epoch {@link #cleanFrom} or later gave it.
     */
    boolean cleaned;
    int cleanFrom;

    /** Notes a request of rollback epoch {@code epoch} about this node (epochs compared wrap-safe). */
    void expose(int epoch) {
        int e;
        while ((e = exposed) - epoch < 0 && !EXPOSED.compareAndSet(this, e, epoch)) {
            Thread.onSpinWait();
        }
    }

    /** Whether the kernel may cache anything of this node given it since its last invalidation. */
    boolean exposedSinceCleaned() {
        return !cleaned || exposed - cleanFrom >= 0;
    }

    static final VarHandle DIR_ATTRS, EXPOSED;

    static {
        try {
            DIR_ATTRS = MethodHandles.lookup().findVarHandle(Node.class, "dirAttrs", long[].class);
            EXPOSED = MethodHandles.lookup().findVarHandle(Node.class, "exposed", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Kernel lookup count (FUSE forget protocol). */
    final AtomicLong lookups = new AtomicLong();
    final AtomicInteger openCount = new AtomicInteger();

    // Kernel I/O mode of this node (one backing file per node while passthrough opens exist;
    // cached and passthrough opens cannot mix). Guarded by this node's monitor.
    int passthroughOpens;
    int cachedOpens;
    int backingId;
    long backingDev;
    long backingIno;
    /** Removed from the node table: a lookup racing with the last FORGET must make a new node. */
    boolean dropped;
    /** New opens are refused with ESTALE (the kernel looks the name up again and gets the successor). */
    boolean retired;

    Node(long ino) {
        this(ino, ino, null);
    }

    Node(long id, long ino, Node origin) {
        this.id = id;
        this.ino = ino;
        this.origin = origin == null ? this : origin;
    }
}
