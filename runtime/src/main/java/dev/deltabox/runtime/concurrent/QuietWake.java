package dev.deltabox.runtime.concurrent;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a background thread waits for work that latency-critical callers hand it, without those
 * callers waking it. On this kind of machine (a VM with few vCPUs) waking a thread that sleeps
 * on another, idle CPU costs the waker tens of microseconds and the woken thread far more: too
 * much inside a rollback measured in hundreds. So while work came recently the thread looks for
 * it by itself, at intervals that grow with the time since (1 to 50 ms); only after a long idle
 * does it wait to be woken, and only then does {@link #workAdded} wake it.
 *
 * <p>One thread waits ({@link #await}); any thread may call {@link #workAdded}.
 */
public final class QuietWake {

    /** The shortest and longest poll interval, and how long after its last work the thread polls. */
    public static final long POLL_MIN_NANOS = 1_000_000, POLL_MAX_NANOS = 50_000_000, POLLED_NANOS = 60_000_000_000L;

    private volatile Thread parked; // the waiting thread while it waits to be woken
    private long lastWork = System.nanoTime() - POLLED_NANOS; // waiting thread only

    /**
     * Waits until {@code ready} (true) or {@code stop} (false) holds. Both are read without any
     * lock: what they look at must be volatile or otherwise safely published.
     */
    public boolean await(BooleanSupplier ready, BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            if (ready.getAsBoolean()) {
                lastWork = System.nanoTime();
                return true;
            }
            long idle = System.nanoTime() - lastWork;
            if (idle < POLLED_NANOS) {
                LockSupport.parkNanos(this, Math.clamp(idle / 8, POLL_MIN_NANOS, POLL_MAX_NANOS));
                continue;
            }
            parked = Thread.currentThread();
            // read again after publishing `parked`: work added meanwhile either is seen here or
            // finds `parked` set and unparks (both sides use volatiles)
            if (!ready.getAsBoolean() && !stop.getAsBoolean()) LockSupport.park(this);
            parked = null;
        }
        return false;
    }

    /** Call after making work visible to the waiting thread's {@code ready}: wakes it only if it waits to be woken. */
    public void workAdded() {
        Thread t = parked;
        if (t != null) LockSupport.unpark(t);
    }
}
