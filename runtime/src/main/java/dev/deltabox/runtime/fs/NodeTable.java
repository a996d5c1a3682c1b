package dev.deltabox.runtime.fs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Consumer;

/**
 * Nodes by FUSE node id, without boxing: the kernel names a node in every request, so this is
 * the hottest lookup of the daemon. Open addressing with linear probing. Reads are lock-free
 * (any worker); inserts and removals take this table's lock. A read racing with a removal may
 * still return the removed node, as a read just before it would have.
 */
final class NodeTable {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Node[].class);
    /** Marks a removed slot, so probes for other ids go on past it. */
    private static final Node TOMBSTONE = new Node(0);
    private static final int MIN_CAPACITY = 1024;

    private volatile Node[] slots = new Node[MIN_CAPACITY];
    /** Live nodes; guarded by this (read racily by size()). */
    private volatile int size;
    /** Slots that are not null (live or tombstone); guarded by this. */
    private int occupied;

    Node get(long id) {
        Node[] t = slots;
        int mask = t.length - 1;
        for (int i = spread(id) & mask; ; i = (i + 1) & mask) {
            Node n = (Node) SLOT.getAcquire(t, i);
            if (n == null) return null;
            if (n.id == id && n != TOMBSTONE) return n;
        }
    }

    boolean containsKey(long id) {
        return get(id) != null;
    }

    /** The node with {@code n.id}, inserting {@code n} if there is none. */
    synchronized Node putIfAbsent(Node n) {
        Node existing = get(n.id);
        if (existing != null) return existing;
        if ((occupied + 1) * 4L > slots.length * 3L) rehash();
        Node[] t = slots;
        int mask = t.length - 1;
        for (int i = spread(n.id) & mask; ; i = (i + 1) & mask) {
            Node at = t[i];
            if (at == null || at == TOMBSTONE) {
                if (at == null) occupied++;
                SLOT.setRelease(t, i, n);
                size++;
                return n;
            }
        }
    }

    /** The node with id {@code ino} (a file's first node), made when the kernel meets it first. */
    Node getOrCreate(long ino) {
        Node n = get(ino);
        return n != null ? n : putIfAbsent(new Node(ino));
    }

    synchronized boolean remove(long id, Node expected) {
        Node[] t = slots;
        int mask = t.length - 1;
        for (int i = spread(id) & mask; ; i = (i + 1) & mask) {
            Node at = t[i];
            if (at == null) return false;
            if (at == expected) {
                SLOT.setRelease(t, i, TOMBSTONE);
                size--;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    /** Visits the live nodes (diagnostics; a snapshot of the moment). */
    void forEach(Consumer<Node> visitor) {
        for (Node n : slots.clone()) if (n != null && n != TOMBSTONE) visitor.accept(n);
    }

    /** Copies the live nodes into a table with room to grow (drops the tombstones). Under the lock. */
    private void rehash() {
        int capacity = MIN_CAPACITY;
        while (capacity < size * 4L) capacity <<= 1;
        Node[] next = new Node[capacity];
        int mask = capacity - 1;
        for (Node n : slots) {
            if (n == null || n == TOMBSTONE) continue;
            int i = spread(n.id) & mask;
            while (next[i] != null) i = (i + 1) & mask;
            next[i] = n;
        }
        occupied = size;
        slots = next; // volatile write publishes the filled table
    }

    private static int spread(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
