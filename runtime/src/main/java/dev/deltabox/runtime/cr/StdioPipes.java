package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Three fresh pipes for a new live process (a spawn, a fork rollback, a CRIU restore): the
 * child's ends go to the helper or to CRIU, ours stay with the {@link LiveProcess}. Owned by the
 * one call that made it.
 *
 * <p><b>Made ahead of time.</b> Three {@code pipe2} calls cost ~13 µs (median, loaded 2-core VM),
 * on the rollback's path; taking a made set costs ~3 µs. {@link #create} takes a set
 * from a small stock and wakes the refill thread, which makes the next set while the caller
 * waits for the helper (a rollback blocks ~1 ms on it). The stock holds at most {@link #STOCK}
 * sets (6 descriptors each, close-on-exec) and is refilled when down to {@link #LOW}, so only
 * every other caller pays the wake-up; an empty stock (a burst, no descriptors left) just means
 * the caller makes its own, as before.
 *
 * <p>Concurrency: the stock is a lock-free queue (a caller never waits for the refill thread,
 * only unparks it); the refill thread (a daemon, started on first use, one per JVM) owns only
 * the set it is making.
 */
final class StdioPipes {
    int childIn, childOut, childErr, ourIn, ourOut, ourErr;

    private static final int STOCK = 4, LOW = 2; // the refill thread is woken once the stock is down to LOW
    private static final ConcurrentLinkedQueue<StdioPipes> stock = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger stocked = new AtomicInteger(); // sets in the stock
    private static volatile Thread refiller; // started once, on first use

    static StdioPipes create() {
        StdioPipes s = stock.poll();
        Thread r = refiller;
        if (r == null) r = startRefiller();
        if (s == null) return make();
        // waking the refill thread costs a syscall too: only every other call pays it
        if (stocked.decrementAndGet() <= LOW) LockSupport.unpark(r);
        return s;
    }

    private static synchronized Thread startRefiller() {
        if (refiller == null) refiller = Thread.ofPlatform().daemon().name("deltabox-stdio-pipes").start(StdioPipes::refill);
        return refiller;
    }

    /** Sets in the stock now, 6 descriptors each (for tests that count the JVM's descriptors). */
    static int stockedSets() {
        return stocked.get();
    }

    /** The refill thread: keeps the stock full, parked while it is. */
    private static void refill() {
        while (!Thread.currentThread().isInterrupted()) {
            if (stocked.get() >= STOCK) {
                LockSupport.park();
                continue;
            }
            try {
                stock.add(make());
                stocked.incrementAndGet();
            } catch (RuntimeException e) {
                // out of descriptors: callers make their own meanwhile; try again later
                LockSupport.parkNanos(100_000_000L);
            }
        }
    }

    /** Makes three pipes now (one native buffer for the three pipe2 calls). */
    private static StdioPipes make() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(ValueLayout.JAVA_INT, 6);
            int made = 0;
            try {
                for (; made < 3; made++) {
                    if (libc_h.pipe2(fds.asSlice(made * 8L, 8), libc_h.O_CLOEXEC()) != 0) {
                        throw new CheckpointException(CheckpointException.Reason.FAILED,
                                "pipe2 failed (out of descriptors?)", null);
                    }
                }
            } catch (RuntimeException e) {
                for (int i = 0; i < made * 2; i++) libc_h.close(fds.getAtIndex(ValueLayout.JAVA_INT, i));
                throw e;
            }
            StdioPipes s = new StdioPipes();
            s.childIn = fds.getAtIndex(ValueLayout.JAVA_INT, 0);
            s.ourIn = fds.getAtIndex(ValueLayout.JAVA_INT, 1);
            s.ourOut = fds.getAtIndex(ValueLayout.JAVA_INT, 2);
            s.childOut = fds.getAtIndex(ValueLayout.JAVA_INT, 3);
            s.ourErr = fds.getAtIndex(ValueLayout.JAVA_INT, 4);
            s.childErr = fds.getAtIndex(ValueLayout.JAVA_INT, 5);
            return s;
        }
    }

    /** The new process (through the helper or CRIU) holds its own copies of the child's ends now: close ours. */
    LiveProcess adopt(long pid, int pidfd) {
        libc_h.close(childIn);
        libc_h.close(childOut);
        libc_h.close(childErr);
        return new LiveProcess(pid, pidfd, ourIn, ourOut, ourErr);
    }

    void closeAll() {
        for (int fd : new int[] {childIn, childOut, childErr, ourIn, ourOut, ourErr}) libc_h.close(fd);
    }
}
