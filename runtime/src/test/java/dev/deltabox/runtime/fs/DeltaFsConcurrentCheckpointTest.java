package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Writers keep appending, rewriting in place and replacing-by-rename while checkpoints are
 * taken one after another. Each write carries a sequence number. For every checkpoint, rolled
 * back to afterwards, every file must hold a state that existed (whole records, an append log
 * that is a gap-free prefix) and include every write completed before {@code checkpoint()} was
 * called, and no write started after it returned.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsConcurrentCheckpointTest {
    private static final int THREADS = 3, CHECKPOINTS = 60, RENAME_EVERY = 5;

    @TempDir
    Path tmp;

    /** Sequence numbers of one writer: [completed, started] brackets what a checkpoint may hold. */
    static final class Progress {
        final AtomicLong started = new AtomicLong(), completed = new AtomicLong();
    }

    record Bounds(long id, long[] lo, long[] hi, long processLo) {}

    @Test
    void everyCheckpointHoldsAConsistentPrefixOfConcurrentWrites() throws Exception {
        try (MountFixture f = new MountFixture(tmp)) {
            Files.writeString(f.base.resolve("log-0"), ""); // one log starts in the base: copy-up under load
            DeltaMount m = f.mount();
            Progress[] progress = new Progress[THREADS];
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Progress p = progress[i] = new Progress();
                int w = i;
                threads.add(Thread.ofPlatform().name("writer-" + i).start(() -> {
                    try {
                        write(f.mnt, w, p, stop);
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                }));
            }
            // A writer in another process: appends, reports each completed sequence number.
            Process proc = new ProcessBuilder("python3", "-c", PROCESS_WRITER, f.m("plog").toString()).start();
            AtomicLong procDone = new AtomicLong();
            Thread reader = Thread.ofPlatform().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) procDone.set(Long.parseLong(l.strip()));
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            List<Bounds> taken = new ArrayList<>();
            try {
                for (int k = 0; k < CHECKPOINTS && failure.get() == null; k++) {
                    awaitProgress(progress, procDone, failure);
                    long[] lo = new long[THREADS], hi = new long[THREADS];
                    for (int i = 0; i < THREADS; i++) lo[i] = progress[i].completed.get();
                    long plo = procDone.get();
                    long id = m.checkpoint();
                    for (int i = 0; i < THREADS; i++) hi[i] = progress[i].started.get();
                    taken.add(new Bounds(id, lo, hi, plo));
                }
            } finally {
                stop.set(true);
                for (Thread t : threads) t.join();
                proc.getOutputStream().close(); // the process writer stops at EOF on stdin
                assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
                reader.join();
            }
            if (failure.get() != null) throw new AssertionError("a writer failed", failure.get());
            assertEquals(0, proc.exitValue(), new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(CHECKPOINTS, taken.size());

            // The live view has everything.
            for (int i = 0; i < THREADS; i++) {
                long n = progress[i].completed.get();
                assertEquals(n, checkLog(f.m("log-" + i), i), "live log-" + i);
                assertEquals(n, record(f.m("cur-" + i), i), "live cur-" + i);
            }
            assertEquals(procDone.get(), checkLog(f.m("plog"), 9), "live plog");

            // Every checkpoint, in shuffled order: a consistent state inside its bounds.
            List<Bounds> order = new ArrayList<>(taken);
            Collections.shuffle(order, new java.util.Random(42));
            for (Bounds b : order) {
                m.rollback(b.id());
                for (int i = 0; i < THREADS; i++) {
                    String at = "checkpoint " + b.id() + ", writer " + i + ": ";
                    long lo = b.lo()[i], hi = b.hi()[i];
                    long logged = checkLog(f.m("log-" + i), i);
                    assertTrue(lo <= logged && logged <= hi, at + "log holds " + logged + ", not in [" + lo + ", " + hi + "]");
                    long cur = Files.exists(f.m("cur-" + i)) ? record(f.m("cur-" + i), i) : 0;
                    assertTrue(lo <= cur && cur <= hi, at + "cur holds " + cur + ", not in [" + lo + ", " + hi + "]");
                    long ren = Files.exists(f.m("ren-" + i)) ? record(f.m("ren-" + i), i) : 0;
                    long renLo = lo - lo % RENAME_EVERY;
                    assertTrue(ren % RENAME_EVERY == 0 && renLo <= ren && ren <= hi,
                            at + "ren holds " + ren + ", not a multiple of " + RENAME_EVERY + " in [" + renLo + ", " + hi + "]");
                }
                long plogged = Files.exists(f.m("plog")) ? checkLog(f.m("plog"), 9) : 0;
                assertTrue(plogged >= b.processLo(), "checkpoint " + b.id() + ": the process writer's log holds "
                        + plogged + " < " + b.processLo() + " completed before the checkpoint");
            }
            assertEquals("", Files.readString(f.base.resolve("log-0")), "the base is never written");
        }
    }

    /** One writer: append a line, rewrite a record in place, every few rounds replace a file by rename. */
    private static void write(Path mnt, int w, Progress p, AtomicBoolean stop) throws Exception {
        try (FileChannel log = FileChannel.open(mnt.resolve("log-" + w), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             FileChannel cur = FileChannel.open(mnt.resolve("cur-" + w), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            for (long seq = 1; !stop.get(); seq++) {
                p.started.set(seq);
                ByteBuffer line = line(w, seq);
                assertEquals(line.remaining(), log.write(line), "one append, one whole line");
                ByteBuffer rec = line(w, seq);
                assertEquals(rec.remaining(), cur.write(rec, 0));
                if (seq % RENAME_EVERY == 0) {
                    Path t = mnt.resolve("tmp-" + w);
                    Files.write(t, line(w, seq).array());
                    Files.move(t, mnt.resolve("ren-" + w), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                p.completed.set(seq);
            }
        }
    }

    private static ByteBuffer line(int w, long seq) {
        return ByteBuffer.wrap(String.format("%d:%08d\n", w, seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** Checks that a log is lines w:1 .. w:n, nothing torn or missing; returns n. */
    private static long checkLog(Path p, int w) throws Exception {
        String s = Files.readString(p, StandardCharsets.US_ASCII);
        if (s.isEmpty()) return 0;
        assertTrue(s.endsWith("\n"), p + " ends in a torn line: ..." + s.substring(Math.max(0, s.length() - 20)));
        String[] lines = s.split("\n");
        for (int i = 0; i < lines.length; i++) {
            assertEquals(String.format("%d:%08d", w, i + 1), lines[i], p + " line " + (i + 1));
        }
        return lines.length;
    }

    /** The sequence number of a one-record file, which must be whole. */
    private static long record(Path p, int w) throws Exception {
        String s = Files.readString(p, StandardCharsets.US_ASCII);
        assertTrue(s.matches(w + ":\\d{8}\n"), p + " is not one whole record: '" + s + "'");
        return Long.parseLong(s.substring(s.indexOf(':') + 1).strip());
    }

    /** Lets every writer complete a few more writes (no checkpoint of an idle system). */
    private static void awaitProgress(Progress[] progress, AtomicLong procDone, AtomicReference<Throwable> failure)
            throws InterruptedException {
        long[] from = new long[progress.length];
        for (int i = 0; i < progress.length; i++) from[i] = progress[i].completed.get();
        long pFrom = procDone.get();
        while (failure.get() == null) {
            boolean all = procDone.get() >= pFrom + 2;
            for (int i = 0; i < progress.length; i++) all &= progress[i].completed.get() >= from[i] + 3;
            if (all) return;
            Thread.sleep(1);
        }
    }

    private static final String PROCESS_WRITER = """
            import os, select, sys
            fd = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            seq = 0
            while True:
                seq += 1
                line = b'9:%08d\\n' % seq
                assert os.write(fd, line) == len(line)
                sys.stdout.write('%d\\n' % seq)
                sys.stdout.flush()
                if select.select([sys.stdin], [], [], 0)[0] and not sys.stdin.buffer.read1(1):
                    break
            os.close(fd)
            """;
}
