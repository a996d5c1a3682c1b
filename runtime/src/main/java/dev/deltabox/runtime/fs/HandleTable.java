package dev.deltabox.runtime.fs;

import java.util.Arrays;

/**
 * Open handles by FUSE file handle number (slot + 1). Lookups are a plain array read, so the
 * read and write paths neither box nor hash; add and remove are synchronized.
 */
final class HandleTable {
    private volatile Object[] slots = new Object[1024];
    private int[] free = new int[0];
    private int freeCount;
    private int used;

    synchronized long add(Object h) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (used == slots.length) slots = Arrays.copyOf(slots, slots.length * 2);
            slot = used++;
        }
        Object[] s = slots;
        s[slot] = h;
        slots = s; // publish
        return slot + 1L;
    }

    @SuppressWarnings("unchecked")
    <T> T get(long fh) {
        Object[] s = slots;
        int slot = (int) (fh - 1);
        return slot >= 0 && slot < s.length ? (T) s[slot] : null;
    }

    synchronized <T> T remove(long fh) {
        T h = get(fh);
        if (h == null) return null;
        slots[(int) (fh - 1)] = null;
        if (freeCount == free.length) free = Arrays.copyOf(free, Math.max(16, free.length * 2));
        free[freeCount++] = (int) (fh - 1);
        return h;
    }

    /** The first handle matching {@code p} (a scan: for rare paths only), or null. */
    @SuppressWarnings("unchecked")
    synchronized <T> T find(java.util.function.Predicate<Object> p) {
        for (Object o : slots) if (o != null && p.test(o)) return (T) o;
        return null;
    }

    synchronized int size() {
        int n = 0;
        for (Object o : slots) if (o != null) n++;
        return n;
    }
}
