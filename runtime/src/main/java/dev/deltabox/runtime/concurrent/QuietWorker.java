package dev.deltabox.runtime.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A background thread that runs tasks handed to it by latency-critical callers, each no sooner
 * than its delay, without waking it for each one (see {@link QuietWake}): a task is picked up
 * within a millisecond or so while the worker is in use. {@link #close} runs what is left.
 *
 * <p>Any thread may {@link #submit}; the tasks run on the worker's thread, one at a time.
 */
public final class QuietWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QuietWorker.class);

    private record Task(long due, Runnable run) {}

    private final String name;
    private final ConcurrentLinkedQueue<Task> incoming = new ConcurrentLinkedQueue<>();
    // the worker's own, until it ends; then drain's
    private final PriorityQueue<Task> waiting = new PriorityQueue<>(Comparator.comparingLong(Task::due));
    private final QuietWake wake = new QuietWake();
    private final Thread thread;
    private volatile boolean closed;

    public QuietWorker(String name) {
        this.name = name;
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    /** Runs {@code task} on the worker, no sooner than {@code delayNanos} from now; at once after {@link #close}. */
    public void submit(Runnable task, long delayNanos) {
        incoming.add(new Task(System.nanoTime() + delayNanos, task));
        wake.workAdded();
        // closed meanwhile: once the worker ended, close's drain may have come before this one
        if (closed && !thread.isAlive()) drain();
    }

    private void loop() {
        while (wake.await(() -> !incoming.isEmpty() || !waiting.isEmpty(), () -> closed)) {
            for (Task t; (t = incoming.poll()) != null; ) waiting.add(t);
            long now = System.nanoTime();
            while (!waiting.isEmpty() && waiting.peek().due() - now <= 0) run(waiting.poll());
            if (!waiting.isEmpty()) {
                LockSupport.parkNanos(this, Math.min(waiting.peek().due() - now, QuietWake.POLL_MIN_NANOS));
            }
        }
    }

    private void run(Task t) {
        try {
            t.run().run();
        } catch (RuntimeException e) {
            log.warn("{}: a task failed: {}", name, e.toString());
        }
    }

    /** Runs what is queued; only once the worker ended (its queue is then ours). */
    private synchronized void drain() {
        for (Task t; (t = incoming.poll()) != null; ) waiting.add(t);
        for (Task t; (t = waiting.poll()) != null; ) run(t);
    }

    /** Stops the worker once its current task ends and runs what is left, due or not, on this thread. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
