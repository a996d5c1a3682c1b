package dev.deltabox.jmh;

import dev.deltabox.runtime.fs.DeltaMount;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code DeltaMount.mount} of a view at a checkpoint replayed step by step (the same private
 * calls in the same order, by reflection), each timed: for {@link BoxBreakdown}.
 */
final class MountSteps {

    private final Class<?> dm, store, fsCls, view, server;
    private final Method checkMountpoint, open, claimView, openBase, index, newHead, collectGarbage, start, awaitReady,
            socketFds, layer;
    private final Constructor<?> newView, newFs, newMount;

    MountSteps() throws ReflectiveOperationException {
        dm = DeltaMount.class;
        store = Class.forName("dev.deltabox.runtime.fs.LayerStore");
        fsCls = Class.forName("dev.deltabox.runtime.fs.DeltaFs");
        view = Class.forName("dev.deltabox.runtime.fs.DeltaFs$View");
        server = Class.forName("dev.deltabox.runtime.fs.FuseServer");
        Class<?> ppm = Class.forName("dev.deltabox.runtime.fs.PersistentPathMap");
        checkMountpoint = m(dm, "checkMountpoint", Path.class);
        open = m(store, "open", Path.class);
        claimView = m(store, "claimView", String.class, Path.class);
        openBase = m(dm, "openBase", Path.class);
        index = m(store, "index", long.class, int.class);
        newHead = m(store, "newHead", String.class, long.class);
        collectGarbage = m(store, "collectGarbage", java.util.Collection.class);
        start = m(server, "start", fsCls, Path.class, int.class, String.class, boolean.class);
        awaitReady = m(dm, "awaitReady");
        socketFds = m(server, "socketFds");
        layer = m(view, "layer");
        newView = c(view, ppm, long.class, long.class, long.class);
        newFs = c(fsCls, store, int.class, String.class, view);
        newMount = c(dm, store, fsCls, server, Path.class, int.class);
    }

    private static Method m(Class<?> c, String n, Class<?>... a) throws ReflectiveOperationException {
        Method x = c.getDeclaredMethod(n, a);
        x.setAccessible(true);
        return x;
    }

    private static Constructor<?> c(Class<?> c, Class<?>... a) throws ReflectiveOperationException {
        Constructor<?> x = c.getDeclaredConstructor(a);
        x.setAccessible(true);
        return x;
    }

    /** Mounts view {@code name} of {@code state} at checkpoint {@code at} on {@code mp}, timing each step into {@code t}. */
    DeltaMount mount(Path base, Path state, Path mp, String name, long at, BiConsumer<String, Long> t)
            throws ReflectiveOperationException {
        long a = System.nanoTime();
        checkMountpoint.invoke(null, mp);
        long b = System.nanoTime();
        t.accept("mount: a checkMountpoint (/proc/self/mountinfo)", b - a);
        Object s = open.invoke(null, state);
        claimView.invoke(s, name, base);
        long c = System.nanoTime();
        t.accept("mount: b LayerStore.open + claimView", c - b);
        int baseFd = (int) openBase.invoke(null, base);
        long d = System.nanoTime();
        t.accept("mount: c openBase (open_tree clone)", d - c);
        Object idx = index.invoke(s, at, baseFd);
        long e = System.nanoTime();
        t.accept("mount: d LayerStore.index", e - d);
        long l = (long) newHead.invoke(s, name, at);
        Object v = newView.newInstance(idx, l, at, 1L);
        long f = System.nanoTime();
        t.accept("mount: e LayerStore.newHead", f - e);
        collectGarbage.invoke(s, Set.of(layer.invoke(v)));
        long g = System.nanoTime();
        t.accept("mount: f LayerStore.collectGarbage", g - f);
        Object fs = newFs.newInstance(s, baseFd, name, v);
        long h = System.nanoTime();
        t.accept("mount: g new DeltaFs", h - g);
        Object srv = start.invoke(null, fs, mp, 2,
                "default_permissions,allow_other,auto_unmount,fsname=deltafs,subtype=deltafs", true);
        long i = System.nanoTime();
        t.accept("mount: h FuseServer.start (session, fuse_session_mount, 2 workers)", i - h);
        DeltaMount m = (DeltaMount) newMount.newInstance(s, fs, srv, mp, baseFd);
        awaitReady.invoke(m);
        long j = System.nanoTime();
        t.accept("mount: i awaitReady (first stat)", j - i);
        socketFds.invoke(null);
        t.accept("mount: (FuseServer.socketFds, called twice in h: one call)", System.nanoTime() - j);
        return m;
    }
}
