package dev.deltabox.runtime.box;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one stream of one exec, searched for the protocol's markers as they arrive.
 * Past {@code cap} bytes only a short tail is kept (for a marker split across reads).
 * Owned by the thread running the exec.
 */
final class Capture {
    private static final int TAIL = 256; // longer than any marker

    private final int capBytes;
    private int cap; // capBytes past the origin
    private byte[] buf = new byte[4096];
    private int len;
    private boolean truncated;
    private int scanned; // how far the owner's marker searches got

    Capture(int cap) {
        this.capBytes = cap;
        this.cap = cap;
    }

    /** The command's output starts at {@code origin} (after the start marker): the cap counts from there. */
    void origin(int origin) {
        cap = (int) Math.min(Integer.MAX_VALUE - 8 - TAIL * 4L, (long) origin + capBytes);
    }

    void append(MemorySegment src, int n) {
        if (len + n > buf.length) {
            if (len + n > cap + TAIL * 4L) {
                // keep the first cap bytes and the last TAIL: a marker may straddle the cut
                int keepTail = Math.min(TAIL, len - Math.min(len, cap));
                int from = len - keepTail;
                if (from > cap) {
                    System.arraycopy(buf, from, buf, cap, keepTail);
                    len = cap + keepTail;
                    truncated = true;
                    scanned = Math.min(scanned, cap); // the kept tail moved: search it again
                }
            }
            if (len + n > buf.length) buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) buf.length * 2, len + n)));
        }
        MemorySegment.copy(src, ValueLayout.JAVA_BYTE, 0, buf, len, n);
        len += n;
    }

    int scanned() {
        return scanned;
    }

    /** Marks everything so far as searched. */
    void scannedAll() {
        scanned = len;
    }

    int length() {
        return len;
    }

    boolean truncated() {
        return truncated;
    }

    byte at(int i) {
        return buf[i];
    }

    /** The first index at or after {@code from} where {@code pat} starts, or -1. */
    int indexOf(byte[] pat, int from) {
        outer:
        for (int i = Math.max(0, from); i <= len - pat.length; i++) {
            if (buf[i] != pat[0]) continue;
            for (int j = 1; j < pat.length; j++) if (buf[i + j] != pat[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Bytes [from, to), clipped to the kept head when truncated, as UTF-8 with replacement. */
    String text(int from, int to) {
        if (truncated) to = Math.min(to, cap);
        if (to <= from) return "";
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError(e); // REPLACE never throws
        }
    }
}
