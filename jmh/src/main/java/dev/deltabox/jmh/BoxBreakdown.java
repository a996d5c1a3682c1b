package dev.deltabox.jmh;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.BoxSession;
import dev.deltabox.runtime.box.Checkpoint;
import dev.deltabox.runtime.cr.BoxNamespaces;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.cr.TemplatePool;
import dev.deltabox.runtime.fs.DeltaMount;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the time of {@code Box.checkpoint}, {@code Box.rollback} and {@code Box.fork} goes, on
 * the box of {@link BoxBench}: each is replayed step by step, exactly as Box does it (same
 * calls, same order, reached by reflection), with a clock around every step; the real Box call
 * is timed alongside. Not a JMH benchmark (JMH cannot time the inside of a call): a main.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -Ddeltabox.home=$PWD \
 *   -cp jmh/target/classes:$(cat jmh/target/classpath.txt) dev.deltabox.jmh.BoxBreakdown [rounds] [forks]
 * </pre>
 */
public final class BoxBreakdown {

    private final Map<String, List<Long>> t = new TreeMap<>();

    private void add(String what, long nanos) {
        t.computeIfAbsent(what, k -> new ArrayList<>()).add(nanos);
    }

    private void print(String title) {
        System.out.printf("%n== %s ==%n%-44s %6s %9s %9s %9s %9s %9s%n", title, "step", "n", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "mean ms");
        for (var e : t.entrySet()) {
            long[] v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            double mean = Arrays.stream(v).average().orElse(0) / 1e6;
            System.out.printf("%-44s %6d %9.3f %9.3f %9.3f %9.3f %9.3f%n", e.getKey(), v.length, pct(v, 50), pct(v, 95),
                    pct(v, 99), v[v.length - 1] / 1e6, mean);
        }
        t.clear();
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Method m(Class<?> c, String name, Class<?>... args) throws ReflectiveOperationException {
        Method x = c.getDeclaredMethod(name, args);
        x.setAccessible(true);
        return x;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int forks = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int[] realForks = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10};
        new BoxBreakdown().run(rounds, forks, realForks);
    }

    @SuppressWarnings("unchecked")
    private void run(int rounds, int forks, int[] realForks) throws Exception {
        BoxBench b = new BoxBench();
        Box box = b.box;
        Object rt = BoxBench.field(box, "rt");
        TemplatePool pool = (TemplatePool) BoxBench.field(rt, "pool");
        ForkCheckpointer fork = (ForkCheckpointer) BoxBench.field(rt, "fork");
        HelperClient helper = (HelperClient) BoxBench.field(rt, "helper");
        DeltaMount mount = (DeltaMount) BoxBench.field(box, "mount");
        Object family = BoxBench.field(box, "family");
        Map<String, BoxSession> sessions = (Map<String, BoxSession>) BoxBench.field(box, "sessions");
        BoxNamespaces ns = (BoxNamespaces) BoxBench.field(BoxBench.field(box, "ns"), "box");
        Method lockIdle = m(BoxSession.class, "lockIdle"), unlockIdle = m(BoxSession.class, "unlockIdle");
        Method process = m(BoxSession.class, "process"), reattach = m(BoxSession.class, "reattach", LiveProcess.class);
        Method record = m(family.getClass(), "record", long.class, long.class, String.class, Map.class, Map.class,
                Duration.class);
        Method entry = m(family.getClass(), "entry", long.class);
        java.lang.reflect.Field current = Box.class.getDeclaredField("current");
        current.setAccessible(true);
        ReentrantLockAccess boxLock = new ReentrantLockAccess(box);
        // holding the pool's lock keeps the warm thread out for the whole box operation (an experiment)
        java.util.concurrent.locks.ReentrantLock poolLock =
                (java.util.concurrent.locks.ReentrantLock) BoxBench.field(pool, "lock");
        try {
            // ---------------- checkpoint ----------------
            int cpOpsBefore = pool.recentOperations().size();
            long[][] cpOuter = new long[rounds][2];
            for (int r = 0; r < rounds; r++) {
                b.change();
                b.settle();
                if (r % 2 == 0) {
                    long t0 = System.nanoTime();
                    box.checkpoint();
                    add("checkpoint: Box.checkpoint (real, total)", System.nanoTime() - t0);
                    continue;
                }
                boolean hold = r % 4 == 3;
                String h = hold ? " [pool lock held]" : "";
                long t0 = System.nanoTime();
                boxLock.lock();
                if (hold) poolLock.lock();
                try {
                    for (BoxSession s : sessions.values()) lockIdle.invoke(s);
                    long t1 = System.nanoTime();
                    add("checkpoint: 0 locks (box + sessions)" + h, t1 - t0);
                    Map<String, Long> taken = new LinkedHashMap<>();
                    Map<String, String> methods = new LinkedHashMap<>();
                    int si = 0;
                    for (BoxSession s : sessions.values()) {
                        long a = System.nanoTime();
                        taken.put(s.name(), pool.checkpoint((LiveProcess) process.invoke(s)));
                        methods.put(s.name(), "fork");
                        cpOuter[r][si++] = System.nanoTime() - a;
                        add("checkpoint: 1 pool.checkpoint " + s.name() + h, cpOuter[r][si - 1]);
                    }
                    long a = System.nanoTime();
                    long fsId = mount.checkpoint();
                    add("checkpoint: 2 DeltaMount.checkpoint" + h, System.nanoTime() - a);
                    a = System.nanoTime();
                    Checkpoint c = (Checkpoint) record.invoke(family, fsId, current.getLong(box), null, taken, methods,
                            Duration.ofNanos(System.nanoTime() - t0));
                    add("checkpoint: 3 family.record (box.log)" + h, System.nanoTime() - a);
                    current.setLong(box, c.id());
                } finally {
                    for (BoxSession s : sessions.values()) unlockIdle.invoke(s);
                    if (hold) poolLock.unlock();
                    boxLock.unlock();
                }
                add("checkpoint: replayed, total" + h, System.nanoTime() - t0);
            }
            print("checkpoint (" + rounds + " rounds, half real half replayed)");
            {
                List<TemplatePool.Operation> ops = pool.recentOperations();
                ops = ops.subList(cpOpsBefore, ops.size());
                String[] names = sessions.keySet().toArray(String[]::new);
                for (int r = 0; r < rounds; r++) {
                    for (int si = 0; si < 2; si++) {
                        TemplatePool.Operation op = ops.get(2 * r + si);
                        add("pool checkpoint " + names[si] + ": inside the pool lock (fork)", op.nanos());
                        if (r % 2 == 1) {
                            add("pool checkpoint " + names[si] + ": waiting for the pool lock" + (r % 4 == 3 ? " [held]" : ""),
                                    cpOuter[r][si] - op.nanos());
                        }
                    }
                }
            }
            print("pool.checkpoint split: the fork itself vs waiting for the pool lock (warm thread)");

            // ---------------- rollback ----------------
            Checkpoint ca = box.checkpoint("A");
            b.change();
            Checkpoint cb = box.checkpoint("B");
            int opsBefore = pool.recentOperations().size();
            long[][] rbOuter = new long[rounds][2];
            for (int r = 0; r < rounds; r++) {
                b.change();
                b.settle();
                Checkpoint to = r % 2 == 0 ? ca : cb;
                if (r % 4 < 2) {
                    long t0 = System.nanoTime();
                    box.rollback(to);
                    add("rollback: Box.rollback (real, total)", System.nanoTime() - t0);
                    continue;
                }
                boolean hold = (r / 4) % 2 == 1; // both targets (A: r % 4 == 2, B: == 3) with and without
                String h = hold ? " [pool lock held]" : "";
                long t0 = System.nanoTime();
                List<BoxSession> held = new ArrayList<>();
                boxLock.lock();
                if (hold) poolLock.lock();
                try {
                    Map<String, Long> procs = processes(entry.invoke(family, to.id()));
                    for (BoxSession s : sessions.values()) {
                        lockIdle.invoke(s);
                        held.add(s);
                    }
                    long t1 = System.nanoTime();
                    add("rollback: 0 locks + entry" + h, t1 - t0);
                    Map<BoxSession, LiveProcess> fresh = new LinkedHashMap<>();
                    int si = 0;
                    for (BoxSession s : sessions.values()) {
                        long a = System.nanoTime();
                        fresh.put(s, pool.rollback(procs.get(s.name()), null));
                        rbOuter[r][si++] = System.nanoTime() - a;
                        add("rollback: 1 pool.rollback " + s.name() + h, rbOuter[r][si - 1]);
                        if (s.name().equals("py")) {
                            add("rollback: 1 pool.rollback py to " + to.name() + h, rbOuter[r][si - 1]);
                        }
                    }
                    long a = System.nanoTime();
                    mount.rollback(to.id());
                    add("rollback: 2 DeltaMount.rollback" + h, System.nanoTime() - a);
                    for (var f : fresh.entrySet()) {
                        a = System.nanoTime();
                        LiveProcess old = (LiveProcess) reattach.invoke(f.getKey(), f.getValue());
                        long a2 = System.nanoTime();
                        add("rollback: 3 reattach " + f.getKey().name() + h, a2 - a);
                        fork.kill(old);
                        add("rollback: 4 kill old " + f.getKey().name() + h, System.nanoTime() - a2);
                    }
                    current.setLong(box, to.id());
                } finally {
                    for (BoxSession s : held) unlockIdle.invoke(s);
                    if (hold) poolLock.unlock();
                    boxLock.unlock();
                }
                add("rollback: replayed, total" + h, System.nanoTime() - t0);
            }
            print("rollback (" + rounds + " rounds alternating A/B, half real half replayed)");
            {
                List<TemplatePool.Operation> ops = pool.recentOperations();
                ops = ops.subList(opsBefore, ops.size());
                String[] names = sessions.keySet().toArray(String[]::new);
                for (int r = 0; r < rounds; r++) {
                    for (int si = 0; si < 2; si++) {
                        TemplatePool.Operation op = ops.get(2 * r + si);
                        String k = "pool rollback " + names[si] + " [" + op.kind() + "]";
                        add(k + ": inside the pool lock", op.nanos());
                        add(k + ": of that helper", op.helperNanos());
                        if (op.kind() == TemplatePool.Kind.WARM_SPARE) add(k + ": of that stdio", op.stdioNanos());
                        if (r % 4 >= 2 && (r / 4) % 2 == 0) add(k + ": waiting for the pool lock", rbOuter[r][si] - op.nanos());
                    }
                }
            }
            print("template pool's own timing of those rollbacks (both sessions)");
            System.out.println(pool.stats());

            // ---------------- fork, one box at a time, by its parts ----------------
            b.change();
            Checkpoint cf = box.checkpoint("F");
            b.settle();
            Object fe = entry.invoke(family, cf.id());
            Map<String, Long> fprocs = processes(fe);
            Path fsDir = (Path) m(family.getClass(), "fsDir").invoke(family);
            Path runDir = (Path) BoxBench.field(rt, "runDir");
            record Kid(DeltaMount m, BoxNamespaces ns, List<LiveProcess> ps) {}
            List<Kid> kids = new ArrayList<>();
            List<Long> trend = new ArrayList<>();
            MountSteps steps = new MountSteps();
            for (int k = 0; k < forks; k++) {
                long t0 = System.nanoTime();
                Path mp = Files.createDirectories(runDir.resolve("bd-" + k));
                DeltaMount km = steps.mount(Path.of("/"), fsDir, mp, "bd-" + k, cf.id(), this::add);
                long t1 = System.nanoTime();
                add("fork/box: 1 DeltaMount mount (view at cp)", t1 - t0);
                BoxNamespaces kns = BoxNamespaces.create(helper, mp, "deltabox", false, ns);
                long t2 = System.nanoTime();
                add("fork/box: 2 BoxNamespaces.create", t2 - t1);
                List<LiveProcess> ps = new ArrayList<>();
                for (var p : fprocs.entrySet()) {
                    long a = System.nanoTime();
                    ForkCheckpointer.Template tpl = pool.template(p.getValue()).orElseThrow();
                    ps.add(fork.rollback(tpl, null, kns).process());
                    add("fork/box: 3 fork session " + p.getKey() + " into box", System.nanoTime() - a);
                }
                add("fork/box: total", System.nanoTime() - t0);
                trend.add(System.nanoTime() - t0);
                kids.add(new Kid(km, kns, ps));
            }
            print(forks + " forks made one by one by their parts (kept alive: cost as they accumulate)");
            System.out.println("per-box totals in order (ms): " + trend.stream().map(x -> String.format("%.0f", x / 1e6)).toList());
            for (Kid k : kids.subList(0, Math.min(kids.size(), 5))) {
                long t0 = System.nanoTime();
                for (LiveProcess p : k.ps) fork.kill(p);
                long t1 = System.nanoTime();
                add("close/box: 1 kill sessions", t1 - t0);
                k.ns.destroy();
                long t2 = System.nanoTime();
                add("close/box: 2 BoxNamespaces.destroy", t2 - t1);
                k.m.close();
                long t3 = System.nanoTime();
                add("close/box: 3 DeltaMount.close", t3 - t2);
                Files.deleteIfExists(k.m.mountpoint());
            }
            print("closing the first 5 of those forks by their parts");
            List<Thread> closers = new ArrayList<>();
            for (Kid k : kids.subList(Math.min(kids.size(), 5), kids.size())) {
                closers.add(Thread.ofPlatform().start(() -> {
                    for (LiveProcess p : k.ps) fork.kill(p);
                    k.ns.destroy();
                    k.m.close();
                    try {
                        Files.deleteIfExists(k.m.mountpoint());
                    } catch (java.io.IOException ignored) {
                        // left in /dev/shm
                    }
                }));
            }
            for (Thread th : closers) th.join();
            // the real thing, for comparison
            for (int n : realForks) {
                long t0 = System.nanoTime();
                List<Box> made = box.fork(cf, n);
                add("Box.fork(cp, " + n + ") real", System.nanoTime() - t0);
                long a = System.nanoTime();
                for (int k = made.size() - 1; k >= 0; k--) made.get(k).close();
                add("Box.close of " + n + " forks, real, 32 threads", System.nanoTime() - a);
            }
            print("real Box.fork / close");
        } finally {
            b.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> processes(Object entry) throws ReflectiveOperationException {
        return (Map<String, Long>) m(entry.getClass(), "processes").invoke(entry);
    }

    /** The box's lock (Box takes it first in checkpoint and rollback). */
    private static final class ReentrantLockAccess {
        final java.util.concurrent.locks.ReentrantLock lock;

        ReentrantLockAccess(Box box) throws ReflectiveOperationException {
            lock = (java.util.concurrent.locks.ReentrantLock) BoxBench.field(box, "lock");
        }

        void lock() {
            lock.lock();
        }

        void unlock() {
            lock.unlock();
        }
    }
}
