package dev.deltabox.runtime.fs;

/**
 * An open file: the backing descriptor plus where it points. {@code layer} is the layer the
 * descriptor's file lives in (0: the base); {@code generation} and {@code nodeVersion} are
 * the view generation and node version it was last validated against. Mutable fields are
 * guarded by the handle's monitor (reads of them on the fast path are racy by design and
 * re-checked under it).
 */
final class Handle {
    final Node node;
    volatile int fd;
    volatile long layer;
    volatile long generation;
    volatile int nodeVersion;
    volatile boolean writable;
    /** The kernel passthrough backing id this open was answered with (0: cached, served by us). */
    final int backingId;

    Handle(Node node, int fd, long layer, long generation, int nodeVersion, boolean writable, int backingId) {
        this.node = node;
        this.fd = fd;
        this.layer = layer;
        this.generation = generation;
        this.nodeVersion = nodeVersion;
        this.writable = writable;
        this.backingId = backingId;
        node.openCount.incrementAndGet();
    }
}
