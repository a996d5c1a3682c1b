package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.BoxNamespaces;
import dev.deltabox.runtime.cr.BoxProcessCheckpointer;
import dev.deltabox.runtime.cr.CriuCheckpointer;
import dev.deltabox.runtime.cr.DurableImages;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.nativeaccess.NativeLibraries;
import org.slf4j.LoggerFactory;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.cr.TemplatePool;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What all boxes of one JVM share: one helper process (the parent of every box process, so a
 * template of one box can be forked into another box) and one template pool (so the memory
 * limit on pinned pages is global). Started by the first box, stopped when the last box closes.
 *
 * <p>Thread-safety: {@link #acquire} and {@link #release} are synchronized on the class; the
 * helper client and the pool are thread-safe themselves.
 */
final class BoxRuntime {

    /**
     * The pool's defaults but more spares, more recent templates kept, and more templates: a box
     * rolls back several sessions at once (bash and python), each wants its spare for the hot
     * checkpoints; a tree search revisits old nodes, and a template evicted costs a CRIU restore
     * (≈ 30 ms instead of ≈ 1) when it is rolled back to. Memory is bounded by the pinned-bytes
     * limit (a template pins only the pages changed since it); the count stays well below the
     * helper's 512 processes. 64 spares: a tree search also jumps to any earlier node (a
     * quarter of the bench's rollbacks), which with 8 spares mostly forked cold (≈ 2 ms
     * instead of ≈ 0.5). A spare of an idle session costs little: its own copies of at most
     * maxPrefaultPages pages (2 MiB), 128 MiB for all of them at the most.
     */
    static final TemplatePool.Limits POOL_LIMITS = new TemplatePool.Limits(256, 2L << 30, 64, 512, 4);

    private static BoxRuntime shared; // guarded by BoxRuntime.class
    private static int users; // guarded by BoxRuntime.class

    final DeltaBoxHome home;
    /**
     * Per-JVM scratch: helper socket, box mount points. On /dev/shm, a tmpfs: a box whose base is
     * the host's "/" must not find them in its base (/run is on the root filesystem here).
     */
    final Path runDir;
    final HelperClient helper;
    final ForkCheckpointer fork;
    final TemplatePool pool;
    /** CRIU, run inside the boxes (no criu service: box processes are dumped by a criu swrk in their box); null: durable images off. */
    final CriuCheckpointer criu;
    /**
     * Durable images of every checkpoint's templates, taken in the background by CRIU inside the
     * box; the pool's rebuilder: a checkpoint whose template died (killed from inside the box,
     * evicted) is restored from its image into its box. Null when off (system property
     * {@code deltabox.durableImages=false}) or when CRIU is not set up.
     */
    final DurableImages images;
    /** Puts what session commands rewrote back on huge pages, between commands. */
    final SessionCompactor compactor = new SessionCompactor();
    /** Box session checkpoints: fork through the pool, or CRIU inside the box for what fork cannot copy. */
    final BoxProcessCheckpointer processes;
    /** Names this runtime in the box log's process checkpoints ({@code EPOCH/ID}): ids of another runtime's pool mean nothing here. */
    final String epoch = Long.toHexString(System.currentTimeMillis()) + "." + ProcessHandle.current().pid();

    private BoxRuntime(DeltaBoxHome home, Path runDir, HelperClient helper, ForkCheckpointer fork, TemplatePool pool,
                       CriuCheckpointer criu, DurableImages images) {
        this.home = home;
        this.runDir = runDir;
        this.helper = helper;
        this.fork = fork;
        this.pool = pool;
        this.criu = criu;
        this.images = images;
        this.processes = new BoxProcessCheckpointer(pool, fork, criu, images);
        if (images != null) images.onWritten(this::written);
    }

    // ---- durable images kept with their box's state, for a later runtime -------------------------
    //
    // The images are taken on /dev/shm (memory, fast) and go with this runtime; each one a box
    // checkpoint references is also copied into the box's state directory, under
    // STATE/images/EPOCH/ID, where a later runtime reopening the state directory restores a
    // session from it. Threads: the image thread reports written images, a box's checkpoint
    // claims its own; `persisting` guards the two maps; copies run on one thread, in order
    // (an image's parent is copied before it).

    private final Object persisting = new Object();
    private final Map<Long, Path> imageHomes = new HashMap<>(); // pool checkpoint id -> where its copy goes
    private final Map<Long, DurableImages.Image> unclaimed = new HashMap<>(); // written before claimed
    private final ExecutorService copier = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("deltabox-image-copy").unstarted(r));
    // earlier runtimes' images in state directories, opened when a reopened box needs them
    private final Map<Path, DurableImages> earlier = new HashMap<>(); // guarded by itself

    /**
     * Waits until the runtime's background work is done: compactions, the template pool's warm
     * thread, durable images being written and copied. For benchmarks that model an agent's
     * think time between two operations. False if it did not end within {@code timeoutMs} each.
     */
    boolean awaitIdle(long timeoutMs) throws InterruptedException {
        if (!compactor.awaitIdle(timeoutMs) || !pool.awaitWarm(timeoutMs)) return false;
        if (images != null && !images.awaitIdle(timeoutMs)) return false;
        try {
            copier.submit(() -> {}).get(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
        return true;
    }

    /** Where this runtime's images for a family go. */
    Path imagesOf(BoxFamily family) {
        return family.stateDir().resolve("images").resolve(epoch);
    }

    /** A box checkpoint took pool checkpoint {@code poolId} in {@code family}: its image is copied there once written. */
    void claimImage(long poolId, BoxFamily family) {
        if (images == null) return;
        DurableImages.Image ready;
        synchronized (persisting) {
            ready = unclaimed.remove(poolId);
            if (ready == null) imageHomes.put(poolId, imagesOf(family));
        }
        if (ready != null) copy(ready, imagesOf(family));
    }

    private void written(DurableImages.Image img) {
        Path home;
        synchronized (persisting) {
            home = imageHomes.remove(img.checkpointId());
            if (home == null) unclaimed.put(img.checkpointId(), img);
        }
        if (home != null) copy(img, home);
    }

    private void copy(DurableImages.Image img, Path root) {
        try {
            copier.execute(() -> {
                try {
                    DurableImages.copyImage(img, root);
                } catch (IOException | RuntimeException e) {
                    // the box or its checkpoint ended meanwhile, most likely: a later runtime restarts that session
                    LoggerFactory.getLogger(BoxRuntime.class).debug("image {} not kept in {}: {}", img.checkpointId(), root,
                            e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /**
     * A new live process in the state a session had at box-log reference {@code ref}, taken by an
     * earlier runtime, restored from the image kept in the family's state directory into
     * {@code box}; null when there is none (a CRIU checkpoint, an image not written before that
     * runtime ended, durable images off).
     */
    LiveProcess restoreEarlier(BoxFamily family, String ref, BoxNamespaces box) {
        int slash = ref.lastIndexOf('/');
        if (criu == null || slash < 0 || ref.startsWith(CRIU_REF, slash + 1)) return null;
        long id;
        try {
            id = Long.parseLong(ref.substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        Path dir = family.stateDir().resolve("images").resolve(ref.substring(0, slash));
        if (!Files.isDirectory(dir.resolve(Long.toString(id)))) return null;
        DurableImages d;
        synchronized (earlier) {
            d = earlier.computeIfAbsent(dir, p -> new DurableImages(fork, criu, p));
        }
        return d.has(id) ? d.restore(id, box) : null;
    }

    /** How the box log names a session checkpoint of this runtime: {@code EPOCH/ID} (fork) or {@code EPOCH/criu-ID}. */
    String ref(BoxProcessCheckpointer.Taken t) {
        return epoch + "/" + (t.poolId() > 0 ? Long.toString(t.poolId()) : CRIU_REF + t.imageId());
    }

    private static final String CRIU_REF = "criu-";

    /** The session checkpoint a box-log reference names, or null when another runtime took it. */
    BoxProcessCheckpointer.Taken taken(String ref) {
        int slash = ref.lastIndexOf('/');
        if (slash < 0 || !ref.substring(0, slash).equals(epoch)) return null;
        if (ref.startsWith(CRIU_REF, slash + 1)) {
            return new BoxProcessCheckpointer.Taken(0, Long.parseLong(ref.substring(slash + 1 + CRIU_REF.length())), "criu", 0);
        }
        return new BoxProcessCheckpointer.Taken(Long.parseLong(ref.substring(slash + 1)), 0, "fork", 0);
    }

    static synchronized BoxRuntime acquire() {
        if (shared == null) shared = start();
        users++;
        return shared;
    }

    static synchronized void release(BoxRuntime rt) {
        if (rt != shared || users == 0) return;
        if (--users > 0) return;
        shared = null;
        rt.copier.shutdown();
        try {
            if (!rt.copier.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) rt.copier.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (rt.earlier) {
            for (DurableImages d : rt.earlier.values()) d.close(true);
        }
        rt.compactor.close();
        rt.pool.close();
        if (rt.images != null) rt.images.close();
        if (rt.criu != null) rt.criu.close();
        rt.fork.close();
        rt.helper.close();
        deleteQuietly(rt.runDir.resolve("images")); // emptied by the two closes above
        deleteQuietly(rt.runDir);
    }

    private static BoxRuntime start() {
        DeltaBoxHome home = DeltaBoxHome.detect();
        removeStaleRunDirs(RUN_ROOT);
        Path runDir = RUN_ROOT.resolve(Long.toString(ProcessHandle.current().pid()));
        HelperClient helper;
        try {
            Files.createDirectories(runDir);
            helper = HelperClient.start(home, runDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start deltabox-helper: " + e.getMessage(), e);
        }
        ForkCheckpointer fork = new ForkCheckpointer(helper);
        CriuCheckpointer criu = null;
        DurableImages images = null;
        if (Boolean.parseBoolean(System.getProperty("deltabox.durableImages", "true"))) {
            try {
                NativeLibraries.loadCriu(home);
                criu = new CriuCheckpointer(helper, null, home, runDir.resolve("images"));
                images = new DurableImages(fork, criu, runDir.resolve("images/durable"));
            } catch (RuntimeException | LinkageError e) {
                LoggerFactory.getLogger(BoxRuntime.class).warn("no durable images (a template killed in a box cannot be "
                        + "rebuilt): {}", e.toString());
                if (criu != null) criu.close();
                criu = null;
            }
        }
        TemplatePool pool = new TemplatePool(fork, POOL_LIMITS, images);
        return new BoxRuntime(home, runDir, helper, fork, pool, criu, images);
    }

    static final Path RUN_ROOT = Path.of("/dev/shm/deltabox");

    /**
     * Deletes the scratch directories of runtimes that died without cleaning up (killed, crashed):
     * they hold durable images on a tmpfs, i.e. memory. One is stale when nothing is mounted under
     * it and its helper socket answers nobody (a runtime in another PID namespace may have a PID
     * that is free here: the socket, not the PID, says it is alive).
     */
    static void removeStaleRunDirs(Path root) {
        if (!Files.isDirectory(root)) return;
        String mounts;
        try {
            mounts = Files.readString(Path.of("/proc/self/mountinfo"));
        } catch (IOException e) {
            return; // cannot tell what is in use: leave everything
        }
        long self = ProcessHandle.current().pid();
        try (var dirs = Files.list(root)) {
            for (Path d : dirs.toList()) {
                String name = d.getFileName().toString();
                if (!name.matches("[0-9]+") || Long.parseLong(name) == self) continue;
                if (mounts.contains(" " + d + "/") || hasLiveSocket(d)) continue;
                dev.deltabox.runtime.cr.CriuCheckpointer.deleteTree(d);
                LoggerFactory.getLogger(BoxRuntime.class).info("removed {}, left by a runtime that is gone", d);
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(BoxRuntime.class).debug("stale runtime directories under {}: {}", root, e.toString());
        }
    }

    private static boolean hasLiveSocket(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".sock")).toList()) {
                try (var ch = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(f))) {
                    return true;
                } catch (IOException e) {
                    // a SEQPACKET listener refuses a stream connection with EPROTOTYPE: alive
                    if (!String.valueOf(e.getMessage()).contains("Connection refused")) return true;
                }
            }
        }
        return false;
    }

    /** Removes an empty scratch directory; one still in use (or a mount point) is left alone. */
    static void deleteQuietly(Path dir) {
        try {
            Files.deleteIfExists(dir); // rmdir: fails on a non-empty directory, never recurses
        } catch (IOException ignored) {
            // busy or not empty: left for the operator, never forced
        }
    }
}
