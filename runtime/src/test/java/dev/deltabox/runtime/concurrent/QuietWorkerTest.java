package dev.deltabox.runtime.concurrent;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuietWorkerTest {

    @Test
    void tasksRunInDueOrderNoSoonerThanTheirDelay() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        try (QuietWorker w = new QuietWorker("test-worker")) {
            long t0 = System.nanoTime();
            long[] at = new long[1];
            w.submit(() -> { ran.add("late"); at[0] = System.nanoTime(); done.countDown(); }, 30_000_000);
            w.submit(() -> { ran.add("now"); done.countDown(); }, 0);
            w.submit(() -> { ran.add("soon"); done.countDown(); }, 10_000_000);
            // the first submit found the worker idle long: it was woken; the others it polled for
            assertTrue(done.await(5, TimeUnit.SECONDS), "ran only " + ran);
            assertEquals(List.of("now", "soon", "late"), ran);
            assertTrue(at[0] - t0 >= 30_000_000, "the 30 ms task ran after " + (at[0] - t0) / 1e6 + " ms");
            // picked up again without a wake-up while in use: a task after a pause still runs
            Thread.sleep(200);
            CountDownLatch again = new CountDownLatch(1);
            w.submit(again::countDown, 0);
            assertTrue(again.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void closeRunsWhatIsLeftAndLaterTasksRunAtOnce() {
        List<String> ran = new CopyOnWriteArrayList<>();
        QuietWorker w = new QuietWorker("test-worker");
        w.submit(() -> ran.add("an hour from now"), TimeUnit.HOURS.toNanos(1));
        w.close();
        assertEquals(List.of("an hour from now"), ran);
        w.submit(() -> ran.add("after close"), TimeUnit.HOURS.toNanos(1));
        assertEquals(List.of("an hour from now", "after close"), ran);
    }
}
