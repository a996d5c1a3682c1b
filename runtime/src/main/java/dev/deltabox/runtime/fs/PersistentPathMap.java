package dev.deltabox.runtime.fs;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.BiPredicate;

/**
 * Immutable, persistent hash array mapped trie (HAMT) from byte-string keys to non-null values: the
 * per-view path index of the layered filesystem.
 *
 * <p>Every checkpoint keeps a reference to one version, so an update copies only the O(log32 n) nodes
 * on the path to the changed entry and shares everything else with the previous version. Lookups run
 * on the FUSE hot path and take a window into the request buffer, so {@link #get(byte[], int, int, int)}
 * allocates nothing.
 *
 * <p>A node is an {@code Entry}, a {@code Branch} (32-way, bitmap-indexed, dense slot array) or a
 * {@code Collision} (two or more entries with the same full 32-bit hash). Removal keeps the trie
 * canonical: a branch left with a single non-branch child is replaced by that child, so deleting
 * entries shrinks the trie back rather than leaving chains of one-slot branches.
 *
 * <p>Keys are taken over, not copied: a caller must not mutate a key array after passing it to
 * {@link #plus}, nor the stored arrays that {@link #forEach} and {@link #minusIf} hand out.
 */
public final class PersistentPathMap<V> {

    private static final int BITS = 5, MASK = (1 << BITS) - 1;
    private static final PersistentPathMap<?> EMPTY = new PersistentPathMap<>(null, 0);

    /** Leaf. Caches the hash so that splitting or pushing it down never rehashes the key bytes. */
    private static final class Entry {
        final byte[] key;
        final Object value;
        final int hash;

        Entry(byte[] key, Object value, int hash) {
            this.key = key;
            this.value = value;
            this.hash = hash;
        }

        boolean matches(byte[] k, int off, int len, int h) {
            return hash == h && Arrays.equals(key, 0, key.length, k, off, off + len);
        }
    }

    /** Inner node: one slot per set bit of {@code bitmap}, in bit order (Entry, Branch or Collision). */
    private static final class Branch {
        final int bitmap;
        final Object[] slots;

        Branch(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }
    }

    /** Entries whose whole 32-bit hash is equal, so no further trie level can tell them apart. */
    private static final class Collision {
        final int hash;
        final Entry[] entries;

        Collision(int hash, Entry[] entries) {
            this.hash = hash;
            this.entries = entries;
        }

        int indexOf(byte[] key) {
            for (int i = 0; i < entries.length; i++) {
                if (entries[i].matches(key, 0, key.length, hash)) return i;
            }
            return -1;
        }
    }

    private final Object root; // null (empty), Entry, Branch or Collision
    private final int size;

    private PersistentPathMap(Object root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <V> PersistentPathMap<V> empty() {
        return (PersistentPathMap<V>) EMPTY;
    }

    public int size() {
        return size;
    }

    /**
     * Hash of {@code key[off, off+len)}: FNV-1a over the bytes, then murmur3's fmix32 finalizer,
     * because FNV-1a's low bits (which pick the first trie levels) depend only on the inputs' low bits.
     */
    public static int hash(byte[] key, int off, int len) {
        Objects.checkFromIndexSize(off, len, key.length);
        int h = 0x811c9dc5;
        for (int i = off, end = off + len; i < end; i++) {
            h = (h ^ (key[i] & 0xff)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /**
     * Value mapped to {@code key[off, off+len)}, or null. {@code hash} must be
     * {@link #hash(byte[], int, int) hash(key, off, len)}; it is a parameter so a caller that resolves a
     * path in several maps hashes it once. Allocates nothing.
     */
    @SuppressWarnings("unchecked")
    public V get(byte[] key, int off, int len, int hash) {
        Objects.checkFromIndexSize(off, len, key.length);
        Object node = root;
        for (int shift = 0; ; shift += BITS) {
            if (node instanceof Branch b) {
                int bit = 1 << ((hash >>> shift) & MASK);
                if ((b.bitmap & bit) == 0) return null;
                node = b.slots[Integer.bitCount(b.bitmap & (bit - 1))];
            } else if (node instanceof Entry e) {
                return e.matches(key, off, len, hash) ? (V) e.value : null;
            } else if (node instanceof Collision c) {
                if (c.hash != hash) return null;
                for (Entry e : c.entries) {
                    if (e.matches(key, off, len, hash)) return (V) e.value;
                }
                return null;
            } else {
                return null;
            }
        }
    }

    public V get(byte[] key) {
        return get(key, 0, key.length, hash(key, 0, key.length));
    }

    /**
     * This map with {@code key} mapped to {@code value}; {@code this} if that very value object is
     * already mapped. The map takes over {@code key} without copying it: do not mutate it afterwards.
     */
    public PersistentPathMap<V> plus(byte[] key, V value) {
        Objects.requireNonNull(key, "key");
        return plus(key, hash(key, 0, key.length), value);
    }

    /** {@link #plus(byte[], Object)} with the hash supplied; package-private so tests can force collisions. */
    PersistentPathMap<V> plus(byte[] key, int hash, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        int[] added = new int[1];
        Object r = insert(root, new Entry(key, value, hash), 0, added);
        return r == root ? this : new PersistentPathMap<>(r, size + added[0]);
    }

    /** This map without {@code key}; {@code this} if it is absent. */
    public PersistentPathMap<V> minus(byte[] key) {
        Objects.requireNonNull(key, "key");
        return minus(key, hash(key, 0, key.length));
    }

    /** {@link #minus(byte[])} with the hash supplied; package-private so tests can force collisions. */
    PersistentPathMap<V> minus(byte[] key, int hash) {
        Objects.requireNonNull(key, "key");
        Object r = remove(root, key, hash, 0);
        return r == root ? this : new PersistentPathMap<>(r, size - 1); // a changed trie lost exactly one entry
    }

    /** Calls {@code action} for every entry, in no particular order; the key arrays must not be mutated. */
    public void forEach(BiConsumer<byte[], V> action) {
        Objects.requireNonNull(action, "action");
        visit(root, action);
    }

    /**
     * This map without the entries {@code remove} accepts (e.g. a whole subtree of paths), in O(n);
     * {@code this} if none. Untouched subtrees stay shared with this version.
     */
    public PersistentPathMap<V> minusIf(BiPredicate<byte[], V> remove) {
        Objects.requireNonNull(remove, "remove");
        int[] removed = new int[1];
        Object r = filter(root, remove, removed);
        return r == root ? this : new PersistentPathMap<>(r, size - removed[0]);
    }

    /** What {@link #diff} reports: a key and its values in the two maps (null where absent). */
    public interface Difference<V> {
        void changed(byte[] key, V inA, V inB);
    }

    /**
     * Calls {@code changed} once for every key that {@code a} and {@code b} map differently
     * (absent in one, or another value object), with both values. Subtrees the two versions
     * share are skipped, so for versions derived from each other the cost follows the
     * difference, not the size.
     */
    public static <V> void diff(PersistentPathMap<V> a, PersistentPathMap<V> b, Difference<V> changed) {
        diff(a.root, b.root, a, b, changed);
    }

    @SuppressWarnings("unchecked")
    private static <V> void diff(Object x, Object y, PersistentPathMap<V> a, PersistentPathMap<V> b,
                                 Difference<V> changed) {
        if (x == y) return;
        if (x instanceof Branch bx && y instanceof Branch by) {
            int union = bx.bitmap | by.bitmap;
            while (union != 0) {
                int bit = union & -union;
                union &= ~bit;
                Object cx = (bx.bitmap & bit) == 0 ? null : bx.slots[Integer.bitCount(bx.bitmap & (bit - 1))];
                Object cy = (by.bitmap & bit) == 0 ? null : by.slots[Integer.bitCount(by.bitmap & (bit - 1))];
                diff(cx, cy, a, b, changed);
            }
            return;
        }
        if (x instanceof Entry ex && y instanceof Entry ey && ex.hash == ey.hash && Arrays.equals(ex.key, ey.key)) {
            if (ex.value != ey.value) changed.changed(ex.key, (V) ex.value, (V) ey.value); // the common case
            return;
        }
        // Different shapes. Every key of a at this trie position is under x (the position follows
        // the key's hash), so a key of y that a maps at all was already met on x's side.
        visitEntries(x, e -> {
            Object w = b.get(e.key, 0, e.key.length, e.hash);
            if (w != e.value) changed.changed(e.key, (V) e.value, (V) w);
        });
        visitEntries(y, e -> {
            if (x == null || a.get(e.key, 0, e.key.length, e.hash) == null) changed.changed(e.key, null, (V) e.value);
        });
    }

    private static void visitEntries(Object node, Consumer<Entry> action) {
        if (node instanceof Entry x) {
            action.accept(x);
        } else if (node instanceof Collision c) {
            for (Entry x : c.entries) action.accept(x);
        } else if (node instanceof Branch b) {
            for (Object child : b.slots) visitEntries(child, action);
        }
    }

    // ---- trie operations: each returns the new node, or the same node if nothing changed ----

    private static Object insert(Object node, Entry e, int shift, int[] added) {
        if (node == null) {
            added[0] = 1;
            return e;
        }
        if (node instanceof Entry x) {
            if (x.matches(e.key, 0, e.key.length, e.hash)) return x.value == e.value ? x : e;
            added[0] = 1;
            return x.hash == e.hash ? new Collision(x.hash, new Entry[] {x, e}) : split(x, x.hash, e, e.hash, shift);
        }
        if (node instanceof Collision c) {
            if (c.hash == e.hash) {
                int i = c.indexOf(e.key);
                if (i >= 0) return c.entries[i].value == e.value ? c : new Collision(c.hash, replaced(c.entries, i, e));
            }
            added[0] = 1;
            if (c.hash != e.hash) return split(c, c.hash, e, e.hash, shift);
            Entry[] es = Arrays.copyOf(c.entries, c.entries.length + 1);
            es[c.entries.length] = e;
            return new Collision(c.hash, es);
        }
        Branch b = (Branch) node;
        int bit = 1 << ((e.hash >>> shift) & MASK), i = Integer.bitCount(b.bitmap & (bit - 1));
        if ((b.bitmap & bit) == 0) {
            added[0] = 1;
            Object[] slots = new Object[b.slots.length + 1];
            System.arraycopy(b.slots, 0, slots, 0, i);
            slots[i] = e;
            System.arraycopy(b.slots, i, slots, i + 1, b.slots.length - i);
            return new Branch(b.bitmap | bit, slots);
        }
        Object child = b.slots[i], updated = insert(child, e, shift + BITS, added);
        return updated == child ? b : new Branch(b.bitmap, replaced(b.slots, i, updated));
    }

    /**
     * Branches holding {@code a} and {@code b}, nested until their hash fragments differ. The hashes
     * differ, and the fragment at shift 30 covers the top two bits, so this stops by shift 30.
     */
    private static Branch split(Object a, int ha, Object b, int hb, int shift) {
        int fa = (ha >>> shift) & MASK, fb = (hb >>> shift) & MASK;
        if (fa == fb) return new Branch(1 << fa, new Object[] {split(a, ha, b, hb, shift + BITS)});
        return new Branch((1 << fa) | (1 << fb), fa < fb ? new Object[] {a, b} : new Object[] {b, a});
    }

    private static Object remove(Object node, byte[] key, int hash, int shift) {
        if (node instanceof Entry x) return x.matches(key, 0, key.length, hash) ? null : x;
        if (node instanceof Collision c) {
            int i = c.hash == hash ? c.indexOf(key) : -1;
            if (i < 0) return c;
            return c.entries.length == 2 ? c.entries[1 - i] : new Collision(c.hash, without(c.entries, i));
        }
        if (!(node instanceof Branch b)) return null;
        int bit = 1 << ((hash >>> shift) & MASK), i = Integer.bitCount(b.bitmap & (bit - 1));
        if ((b.bitmap & bit) == 0) return b;
        Object child = b.slots[i], updated = remove(child, key, hash, shift + BITS);
        if (updated == child) return b;
        return updated == null
                ? canonical(b.bitmap & ~bit, without(b.slots, i))
                : canonical(b.bitmap, replaced(b.slots, i, updated));
    }

    @SuppressWarnings("unchecked")
    private static <V> Object filter(Object node, BiPredicate<byte[], V> remove, int[] removed) {
        if (node instanceof Entry x) {
            if (!remove.test(x.key, (V) x.value)) return x;
            removed[0]++;
            return null;
        }
        if (node instanceof Collision c) {
            Entry[] kept = new Entry[c.entries.length];
            int n = 0;
            for (Entry x : c.entries) {
                if (!remove.test(x.key, (V) x.value)) kept[n++] = x;
            }
            removed[0] += c.entries.length - n;
            return n == c.entries.length ? c : n == 0 ? null : n == 1 ? kept[0] : new Collision(c.hash, Arrays.copyOf(kept, n));
        }
        if (!(node instanceof Branch b)) return null;
        Object[] kept = new Object[b.slots.length];
        int bitmap = 0, n = 0;
        boolean changed = false;
        for (int rest = b.bitmap, i = 0; rest != 0; rest &= rest - 1, i++) {
            Object child = b.slots[i], updated = filter(child, remove, removed);
            changed |= updated != child;
            if (updated != null) {
                kept[n++] = updated;
                bitmap |= Integer.lowestOneBit(rest);
            }
        }
        return changed ? canonical(bitmap, Arrays.copyOf(kept, n)) : b;
    }

    /** A branch for these slots, or its sole child if that is not a branch (the child is valid at any depth). */
    private static Object canonical(int bitmap, Object[] slots) {
        if (slots.length == 0) return null;
        if (slots.length == 1 && !(slots[0] instanceof Branch)) return slots[0];
        return new Branch(bitmap, slots);
    }

    @SuppressWarnings("unchecked")
    private static <V> void visit(Object node, BiConsumer<byte[], V> action) {
        if (node instanceof Entry x) {
            action.accept(x.key, (V) x.value);
        } else if (node instanceof Collision c) {
            for (Entry x : c.entries) action.accept(x.key, (V) x.value);
        } else if (node instanceof Branch b) {
            for (Object child : b.slots) visit(child, action);
        }
    }

    private static <T> T[] replaced(T[] a, int i, T value) {
        T[] r = a.clone();
        r[i] = value;
        return r;
    }

    private static <T> T[] without(T[] a, int i) {
        T[] r = Arrays.copyOf(a, a.length - 1);
        System.arraycopy(a, i + 1, r, i, a.length - 1 - i);
        return r;
    }

    // ---- test hook ----

    /** Throws AssertionError unless the trie is well formed, canonical and holds {@link #size()} entries. */
    void checkInvariants() {
        int n = check(root, 0, 0);
        if (n != size) throw new AssertionError("size " + size + " but " + n + " entries");
    }

    /** Entries under {@code node}, which sits where the hash bits below {@code shift} equal {@code prefix}. */
    private static int check(Object node, int shift, int prefix) {
        int mask = shift >= 32 ? -1 : (1 << shift) - 1;
        if (node == null) return 0;
        if (node instanceof Entry e) {
            require((e.hash & mask) == prefix, "entry off its hash path");
            return 1;
        }
        if (node instanceof Collision c) {
            require(c.entries.length >= 2 && (c.hash & mask) == prefix, "bad collision node");
            for (int i = 0; i < c.entries.length; i++) {
                require(c.entries[i].hash == c.hash, "collision entry with another hash");
                for (int j = 0; j < i; j++) {
                    require(!Arrays.equals(c.entries[i].key, c.entries[j].key), "duplicate key");
                }
            }
            return c.entries.length;
        }
        Branch b = (Branch) node;
        require(shift < 32 && b.slots.length == Integer.bitCount(b.bitmap), "bad branch");
        require(b.slots.length >= 2 || (b.slots.length == 1 && b.slots[0] instanceof Branch), "non-canonical branch");
        int n = 0;
        for (int rest = b.bitmap, i = 0; rest != 0; rest &= rest - 1, i++) {
            require(b.slots[i] != null, "null slot");
            n += check(b.slots[i], shift + BITS, prefix | (Integer.numberOfTrailingZeros(rest) << shift));
        }
        return n;
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new AssertionError(what);
    }
}
