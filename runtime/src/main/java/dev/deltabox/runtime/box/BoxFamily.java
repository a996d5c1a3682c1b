package dev.deltabox.runtime.box;

import dev.deltabox.runtime.fs.DeltaMount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes that share one state directory: a box and the boxes forked from it. They share the
 * DeltaFS layers ({@code STATE/fs}) and the checkpoint tree ({@code STATE/box.log}); one object
 * per state directory per JVM, counted by the boxes that use it.
 *
 * <p>Thread-safety: all methods synchronized (instance); {@link #open}/{@link #release} on the class.
 */
final class BoxFamily {

    /**
     * One checkpoint as this JVM knows it: {@code fsCheckpoint} is its DeltaFS checkpoint (layer
     * ids also count writable layers, so they are not the box's numbers); the process
     * checkpoints are references into a runtime's template pool.
     */
    record Entry(Checkpoint checkpoint, long fsCheckpoint, Map<String, String> processes) {}

    private static final Map<Path, BoxFamily> open = new HashMap<>(); // guarded by BoxFamily.class

    private final Path stateDir;
    private final BoxLog log;
    private final Map<Long, Entry> entries = new LinkedHashMap<>(); // guarded by this
    private int users; // guarded by BoxFamily.class
    /**
     * The family's one DeltaFS mount, multi-view: each box is a view of it (a fork is a new view
     * at a checkpoint: no mount, no thread). Made by the first box; guarded by this.
     */
    private DeltaMount fs;
    private Path fsBase; // guarded by this

    private BoxFamily(Path stateDir, BoxLog log) {
        this.stateDir = stateDir;
        this.log = log;
    }

    static synchronized BoxFamily open(Path stateDir) {
        Path dir = stateDir.toAbsolutePath().normalize();
        BoxFamily f = open.get(dir);
        if (f == null) {
            try {
                Files.createDirectories(dir.resolve("fs"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the state directory " + dir, e);
            }
            f = new BoxFamily(dir, BoxLog.open(dir));
            for (BoxLog.Line l : BoxLog.read(dir)) f.add(l, Duration.ZERO, Map.of());
            open.put(dir, f);
        }
        f.users++;
        return f;
    }

    /** One more box uses this family (a fork of one of its boxes). */
    static synchronized void retain(BoxFamily f) {
        f.users++;
    }

    void release() {
        synchronized (BoxFamily.class) {
            if (--users > 0) return;
            open.remove(stateDir);
            log.close();
        }
        synchronized (this) {
            if (fs != null) {
                Path mp = fs.mountpoint();
                fs.close();
                fs = null;
                BoxRuntime.deleteQuietly(mp);
            }
        }
    }

    /** A view of the family's mount (mounted by the first call); {@code at} -1: where view {@code name} left off. */
    synchronized DeltaMount.View openView(BoxRuntime rt, Path base, String name, long at) {
        Path b = base.toAbsolutePath().normalize();
        if (fs == null) {
            Path mp = rt.runDir.resolve("fs-" + Integer.toHexString(stateDir.hashCode()) + "-" + System.nanoTime());
            try {
                Files.createDirectories(mp);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the mount point " + mp, e);
            }
            try {
                fs = DeltaMount.options(b, fsDir(), mp).multiView().threads(4).mount();
            } catch (RuntimeException e) {
                BoxRuntime.deleteQuietly(mp);
                throw e;
            }
            fsBase = b;
        } else if (!fsBase.equals(b)) {
            throw new BoxException("the boxes of " + stateDir + " have base " + fsBase + ", not " + b
                    + "; use another state directory for another base");
        }
        return at < 0 ? fs.openView(name) : fs.openView(name, at);
    }

    Path stateDir() {
        return stateDir;
    }

    Path fsDir() {
        return stateDir.resolve("fs");
    }

    synchronized Checkpoint record(long fsId, long parent, String name, Map<String, String> processes,
                                   Map<String, String> methods, Duration took) {
        BoxLog.Line l = new BoxLog.Line(latest() + 1, parent, Instant.now(), fsId, name, processes);
        log.append(l);
        return add(l, took, methods).checkpoint();
    }

    private synchronized Entry add(BoxLog.Line l, Duration took, Map<String, String> methods) {
        Checkpoint c = new Checkpoint(l.id(), l.parent(), l.name(), l.time(), took, Map.copyOf(methods));
        Entry e = new Entry(c, l.fsCheckpoint(), Map.copyOf(l.processes()));
        entries.put(l.id(), e);
        return e;
    }

    synchronized Entry entry(long id) {
        Entry e = entries.get(id);
        if (e == null) throw new BoxException("no checkpoint " + id + " in " + stateDir + " (see the box's tree)");
        return e;
    }

    synchronized Checkpoint byName(String name) {
        for (Entry e : entries.values()) if (name.equals(e.checkpoint().name())) return e.checkpoint();
        return null;
    }

    /** A checkpoint by id ("12") or name ("start"). */
    synchronized Checkpoint find(String idOrName) {
        Checkpoint c = byName(idOrName);
        if (c != null) return c;
        try {
            return entry(Long.parseLong(idOrName)).checkpoint();
        } catch (NumberFormatException e) {
            throw new BoxException("no checkpoint named '" + idOrName + "' in " + stateDir + " (see the box's tree)");
        }
    }

    synchronized List<Checkpoint> checkpoints() {
        List<Checkpoint> out = new ArrayList<>();
        for (Entry e : entries.values()) out.add(e.checkpoint());
        return out;
    }

    /** The newest checkpoint's id, 0 when there is none. */
    synchronized long latest() {
        long last = 0;
        for (long id : entries.keySet()) last = id;
        return last;
    }
}
