package dev.deltabox.runtime.fs;

/**
 * What a view's index knows about one path that some upper layer (frozen or writable) holds:
 * the topmost version's layer and kind, its stable inode number, and what lies beneath it.
 * Paths that no upper layer mentions come from the base and are not in the index.
 * Immutable: indexes are shared between checkpoints.
 */
final class Entry {
    static final byte FILE = 1, DIR = 2, SYMLINK = 3, SPECIAL = 4, WHITEOUT = 5;

    static final PersistentPathMap<Boolean> NO_CHILDREN = PersistentPathMap.empty();

    final byte kind;
    /** The layer holding the topmost version (for a whiteout: the layer holding the whiteout). */
    final long layer;
    /** Stable inode number reported to the kernel (0 for a whiteout). */
    final long ino;
    /** Something visible exists at this path beneath {@link #layer}: deleting needs a whiteout. */
    final boolean lowerPresent;
    /** Directory only: the base may contribute children (no opaque directory at or above, base has it). */
    final boolean baseBelow;
    /** Directory only: the on-disk directory carries the overlayfs opaque mark. */
    final boolean opaque;
    /** Directory only: names of children that have entries (whiteouts included). */
    final PersistentPathMap<Boolean> children;

    Entry(byte kind, long layer, long ino, boolean lowerPresent, boolean baseBelow, boolean opaque,
          PersistentPathMap<Boolean> children) {
        this.kind = kind;
        this.layer = layer;
        this.ino = ino;
        this.lowerPresent = lowerPresent;
        this.baseBelow = baseBelow;
        this.opaque = opaque;
        this.children = children;
    }

    static Entry whiteout(long layer) {
        return new Entry(WHITEOUT, layer, 0, true, false, false, NO_CHILDREN);
    }

    boolean isDir() {
        return kind == DIR;
    }

    boolean isWhiteout() {
        return kind == WHITEOUT;
    }

    Entry withChild(byte[] name) {
        PersistentPathMap<Boolean> c = children.plus(name, Boolean.TRUE);
        return c == children ? this : new Entry(kind, layer, ino, lowerPresent, baseBelow, opaque, c);
    }

    Entry withoutChild(byte[] name) {
        PersistentPathMap<Boolean> c = children.minus(name);
        return c == children ? this : new Entry(kind, layer, ino, lowerPresent, baseBelow, opaque, c);
    }

    Entry inLayer(long newLayer) {
        return new Entry(kind, newLayer, ino, lowerPresent, baseBelow, opaque, children);
    }

    static byte kindOfMode(int mode) {
        return switch (mode & 0170000) {
            case 0040000 -> DIR;
            case 0100000 -> FILE;
            case 0120000 -> SYMLINK;
            default -> SPECIAL;
        };
    }
}
