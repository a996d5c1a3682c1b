package dev.deltabox.runtime.fs;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file the kernel holds a reference to, keyed by its stable inode number (which is also its
 * FUSE node id, so hard links share one node). It remembers one name, through which its
 * path is recomputed on demand, so renaming a directory never touches the nodes below it.
 */
final class Node {
    /** (parent, name): how to reach the node; null once its last known name is gone. */
    record Alias(Node parent, byte[] name) {
        boolean sameName(PathBuf rel, int start) {
            return Arrays.equals(name, 0, name.length, rel.bytes, start, rel.length);
        }
    }

    final long ino;
    volatile Alias alias;
    /**
     * Earlier names the kernel reached this file by (hard links), so that another name can take
     * over when {@link #alias} is unlinked: the base's other links are in no index. May be stale;
     * checked before use.
     */
    volatile Alias[] otherNames;
    /** Kernel lookup count (FUSE forget protocol). */
    final AtomicLong lookups = new AtomicLong();
    final AtomicInteger openCount = new AtomicInteger();
    /** Bumped whenever the file behind this node is replaced (copy-up): handles revalidate. */
    volatile int version;

    Node(long ino) {
        this.ino = ino;
    }
}
