package dev.deltabox.runtime.fs;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A reusable, growable byte string holding a path relative to a layer root ("" is the root). */
final class PathBuf {
    byte[] bytes = new byte[256];
    int length;

    PathBuf clear() {
        length = 0;
        return this;
    }

    PathBuf set(PathBuf other) {
        ensure(other.length);
        System.arraycopy(other.bytes, 0, bytes, 0, other.length);
        length = other.length;
        return this;
    }

    /** Appends one component, adding the separator unless this is the root. */
    PathBuf append(byte[] name) {
        int extra = name.length + (length == 0 ? 0 : 1);
        ensure(length + extra);
        if (length != 0) bytes[length++] = '/';
        System.arraycopy(name, 0, bytes, length, name.length);
        length += name.length;
        return this;
    }

    /** Appends a NUL-terminated native name (a FUSE request's name argument). */
    PathBuf append(MemorySegment cName) {
        int n = 0;
        MemorySegment s = cName.reinterpret(4096);
        while (s.get(ValueLayout.JAVA_BYTE, n) != 0) n++;
        ensure(length + n + 1);
        if (length != 0) bytes[length++] = '/';
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, bytes, length, n);
        length += n;
        return this;
    }

    /** Drops the last component; the root stays the root. */
    PathBuf parent() {
        int i = length - 1;
        while (i >= 0 && bytes[i] != '/') i--;
        length = Math.max(i, 0);
        return this;
    }

    /** The last component's start offset. */
    int nameStart() {
        int i = length - 1;
        while (i >= 0 && bytes[i] != '/') i--;
        return i + 1;
    }

    byte[] name() {
        return Arrays.copyOfRange(bytes, nameStart(), length);
    }

    int hash() {
        return PersistentPathMap.hash(bytes, 0, length);
    }

    byte[] toKey() {
        return Arrays.copyOf(bytes, length);
    }

    /** True if {@code key} lies strictly below this path. */
    boolean isAncestorOf(byte[] key) {
        if (length == 0) return key.length > 0;
        return key.length > length && key[length] == '/' && Arrays.equals(bytes, 0, length, key, 0, length);
    }

    private void ensure(int n) {
        if (n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(n, bytes.length * 2));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
