package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.BooleanSupplier;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Puts the regions of a process's heap that it rewrote since its last checkpoint back on
 * transparent huge pages, so that its next checkpoint's {@code clone()} copies one page-table
 * entry per 2 MiB instead of 512.
 *
 * <p>Why it is needed: a checkpoint forks the process, after which the template and the process
 * share each huge page. The process's first write to a shared huge page splits its mapping and
 * copies only the 4 KiB written, so after a step that rewrote much of its heap the process maps
 * it with small pages, and the next fork copies each of them (≈ 1.6 ms for 64 MB instead of
 * ≈ 0.2, measured here). {@code MADV_COLLAPSE} through {@code process_madvise(2)} copies such a
 * region into one new huge page, from outside the process and without stopping it.
 *
 * The kernel already copies a whole huge page when one write fault finds it shared; regions
 * split are those a step rewrote in part (an object straddling two huge pages, say).
 *
 * <p>What it costs: a few ms of background CPU per region, and memory: the template keeps the
 * pages the step did not rewrite, which the collapsed region now holds a second time. Only
 * regions the step rewrote substantially (at least 1/8 of their pages are the process's alone)
 * and fully populated are collapsed, so a checkpoint holds at most 2 MiB more per such region;
 * the template pool's memory limit bounds the total.
 *
 * <p>Stateless; any thread. {@code -Ddeltabox.hugePageCompaction=false} turns it off.
 */
public final class HugePageCompactor {

    private static final Logger log = LoggerFactory.getLogger(HugePageCompactor.class);

    static final long HUGE = 2L << 20;
    private static final int PAGES = (int) (HUGE >> 12);
    /** {@code MADV_COLLAPSE} (Linux 6.1; newer than this glibc's headers). */
    private static final int MADV_COLLAPSE = 25;
    private static final long PRESENT = 1L << 63;
    private static final long EXCLUSIVE = 1L << 56;
    private static final long PFN_MASK = (1L << 55) - 1;
    /** Collapsed only when at most this many of a region's pages are missing (filled with zeros by the copy). */
    private static final int MAX_MISSING = 32;
    /** ... and at least this many are the process's alone (rewritten since the fork). */
    private static final int MIN_EXCLUSIVE = PAGES / 8;

    private static volatile String unavailable = initialUnavailable();

    private HugePageCompactor() {}

    /** What one {@link #compact} did. */
    public record Result(int regionsLooked, int collapsed, int failed, long nanos) {}

    /** Why compaction does nothing on this machine or runtime, or null when it works. */
    public static String unavailable() {
        return unavailable;
    }

    private static String initialUnavailable() {
        if (!Boolean.parseBoolean(System.getProperty("deltabox.hugePageCompaction", "true"))) {
            return "turned off by -Ddeltabox.hugePageCompaction=false";
        }
        try {
            String thp = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            if (thp.contains("[never]")) return "transparent huge pages are off (" + thp.strip() + ")";
        } catch (IOException e) {
            return "the kernel has no transparent huge pages";
        }
        return null;
    }

    /**
     * Collapses the mostly rewritten 2 MiB regions of process {@code pid}'s private anonymous
     * memory, one by one, until done or {@code stop} says to give way (checked between regions).
     * A process that ended meanwhile is not an error: nothing more is done.
     */
    public static Result compact(long pid, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        if (unavailable != null) return new Result(0, 0, 0, 0);
        List<String> maps;
        try {
            maps = Files.readAllLines(Path.of("/proc/" + pid + "/maps"));
        } catch (NoSuchFileException e) {
            return new Result(0, 0, 0, System.nanoTime() - t0);
        } catch (IOException e) {
            log.debug("process {}: its maps are unreadable: {}", pid, e.toString());
            return new Result(0, 0, 0, System.nanoTime() - t0);
        }
        int looked = 0, collapsed = 0, failed = 0;
        int pidfd = libc_h.pidfd_open((int) pid, 0);
        if (pidfd < 0) return new Result(0, 0, 0, System.nanoTime() - t0);
        try (Arena arena = Arena.ofConfined();
             FileChannel pagemap = FileChannel.open(Path.of("/proc/" + pid + "/pagemap"), StandardOpenOption.READ)) {
            MemorySegment err = Errno.allocate(arena);
            MemorySegment iov = arena.allocate(16, 8);
            ByteBuffer entries = ByteBuffer.allocateDirect(PAGES * 8).order(ByteOrder.nativeOrder());
            regions:
            for (String line : maps) {
                long[] range = privateAnonymous(line);
                if (range == null) continue;
                for (long a = (range[0] + HUGE - 1) & -HUGE; a + HUGE <= range[1]; a += HUGE) {
                    if (stop.getAsBoolean()) break regions;
                    looked++;
                    entries.clear();
                    while (entries.hasRemaining()) {
                        if (pagemap.read(entries, (a >>> 12) * 8 + entries.position()) < 0) break;
                    }
                    if (entries.hasRemaining() || !worthCollapsing(entries)) continue;
                    iov.set(JAVA_LONG, 0, a);
                    iov.set(JAVA_LONG, 8, HUGE);
                    long r = Posix.processMadvise(err, pidfd, iov, 1, MADV_COLLAPSE);
                    if (r >= 0) {
                        collapsed++;
                    } else if (r == -libc_h.ESRCH()) {
                        break regions;
                    } else {
                        // EAGAIN / ENOMEM: no huge page free now; EINVAL: the region refuses (MADV_NOHUGEPAGE)
                        failed++;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            // ended meanwhile
        } catch (IOException e) {
            log.debug("process {}: its page map is unreadable: {}", pid, e.toString());
        } finally {
            libc_h.close(pidfd);
        }
        return new Result(looked, collapsed, failed, System.nanoTime() - t0);
    }

    /** [start, end) of a /proc/PID/maps line's private writable anonymous mapping (the heap too), else null. */
    private static long[] privateAnonymous(String line) {
        String[] f = line.trim().split("\\s+", 6);
        if (f.length < 5 || !f[1].equals("rw-p") || !f[4].equals("0")) return null;
        if (f.length == 6 && !f[5].equals("[heap]")) return null; // [stack], [vvar]... and named anonymous mappings
        int dash = f[0].indexOf('-');
        long start = Long.parseUnsignedLong(f[0], 0, dash, 16);
        long end = Long.parseUnsignedLong(f[0], dash + 1, f[0].length(), 16);
        return end - start >= HUGE ? new long[] {start, end} : null;
    }

    /**
     * Whether a region's page-map entries say it is fully populated, mostly the process's own
     * and not already one huge page (its frames contiguous from a 2 MiB boundary).
     */
    static boolean worthCollapsing(ByteBuffer entries) {
        int present = 0, exclusive = 0;
        long first = entries.getLong(0) & PFN_MASK;
        boolean contiguous = first != 0 && first % PAGES == 0;
        for (int i = 0; i < PAGES; i++) {
            long e = entries.getLong(i * 8);
            if ((e & PRESENT) == 0) {
                contiguous = false;
                continue;
            }
            present++;
            if ((e & EXCLUSIVE) != 0) exclusive++;
            if (contiguous && (e & PFN_MASK) != first + i) contiguous = false;
        }
        return !contiguous && present >= PAGES - MAX_MISSING && exclusive >= MIN_EXCLUSIVE;
    }
}
