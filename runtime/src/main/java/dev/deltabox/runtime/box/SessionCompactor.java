package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.HugePageCompactor;
import dev.deltabox.runtime.cr.LiveProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * After a session's command ends, while the agent thinks, puts the memory the command rewrote
 * back on huge pages ({@link HugePageCompactor}) so the next checkpoint's fork of the session is
 * cheap again.
 *
 * <p>Threads: {@link #request} from any thread (a session, after each command); the work on this
 * object's one daemon thread, holding the session's idle lock, so that no command, checkpoint
 * or rollback overlaps it. It gives the lock up between two regions as soon as anyone waits for
 * it; a session it cannot lock at once (busy again) is skipped, as its next command asks again.
 */
final class SessionCompactor {

    private static final Logger log = LoggerFactory.getLogger(SessionCompactor.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deltabox-compactor");
        t.setDaemon(true);
        return t;
    });
    private final Set<BoxSession> queued = ConcurrentHashMap.newKeySet();

    /** Compacts {@code s}'s process soon, unless it is queued already. */
    void request(BoxSession s) {
        if (HugePageCompactor.unavailable() != null || !queued.add(s)) return;
        try {
            thread.execute(() -> compact(s));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued.remove(s); // shut down: the runtime is closing
        }
    }

    private void compact(BoxSession s) {
        queued.remove(s);
        if (!s.tryLockIdle()) return;
        try {
            LiveProcess p = s.process();
            if (!p.isAlive()) return;
            HugePageCompactor.Result r = HugePageCompactor.compact(p.pid(), s::waitedFor);
            if (r.collapsed() > 0 || r.failed() > 0) {
                log.debug("session {} (pid {}): {} of {} regions back on huge pages ({} refused) in {} µs", s.name(), p.pid(),
                        r.collapsed(), r.regionsLooked(), r.failed(), r.nanos() / 1000);
            }
        } catch (RuntimeException e) {
            log.debug("session {}: compaction failed: {}", s.name(), e.toString());
        } finally {
            s.unlockIdle();
        }
    }

    /** Waits until every compaction asked for so far is done; false on timeout. */
    boolean awaitIdle(long timeoutMs) throws InterruptedException {
        try {
            thread.submit(() -> {}).get(timeoutMs, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
