package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Durable, incremental CRIU images of fork checkpoints, taken in the background from the frozen
 * template, and the {@link TemplateRebuilder} that restores a live process from them.
 *
 * <p><b>Taking an image.</b> CRIU seizes the processes it dumps, which fails for a template
 * (the helper traces it). The helper therefore forks a throw-away <em>dump clone</em> from the
 * template ({@code DBH_OP_DUMP_CLONE}: fixed up like a rollback's process, with stdio pipes of
 * ours, checkpoint registers put back) and lets it go stopped and untraced; CRIU dumps it and
 * kills it. The live process is never paused for the image.
 *
 * <p><b>Incremental without soft-dirty.</b> CRIU's own incremental dumps need soft-dirty
 * tracking, which this kernel lacks. Every dump is full, and is then rewritten: a page stays in
 * {@code pages-*.img} ({@code PE_PRESENT}) only when the template's page frame differs from the
 * parent checkpoint's template ({@code DIFF_PAGES}: both are forks of one live process, so an
 * unwritten page still shares its frame), when the helper's fix-up wrote it in this or the
 * parent's dump clone (glibc's tid slot, the injection scratch area), or when the parent image
 * does not cover it; every other page becomes {@code PE_PARENT} and a {@code parent} symlink
 * names the parent image. On restore CRIU reads {@code PE_PARENT} pages through the chain. CRIU
 * looks pages up in the parent by the dumped process's PID, which differs per dump clone, so
 * every ancestor image gets a {@code pagemap-<pid>.img} symlink to its own pagemap.
 *
 * <p>The first image of a lineage, and any whose parent template or parent image is gone by the
 * time it is taken, is a full one.
 *
 * <p><b>Templates of boxes.</b> A template living in a box ({@link BoxNamespaces#ofProcess}: its
 * PID namespace is a live box's) is imaged by CRIU inside that box (a criu swrk the helper
 * spawns there, {@link CriuCheckpointer#dumpAndKill(long, Path, BoxNamespaces)}): CRIU outside
 * could dump a process of another PID namespace only with the whole namespace, from its init.
 * The image records the dump clone's PID as the box numbers it, the images stay outside the box
 * (the directory is passed to swrk as a descriptor), and a rebuild restores the image into the
 * same box, as long as it lives (its PID is free there: the dump clone is gone). Which box is
 * remembered per checkpoint in memory only: an image reloaded by a later run restores outside
 * any box.
 *
 * <p><b>Lifetime.</b> {@link #discard} deletes a checkpoint's image, unless another image names
 * it as parent (or is being taken against it): then it is kept, marked discarded, and deleted
 * when the last such child goes. An image still being written is deleted once written. Each
 * finished image has a {@code meta} file (written last, by rename), so a new DurableImages on
 * the same root — after a JVM restart — lists the images again ({@link #list}) and restores
 * them; a directory without one is an image cut short, and is deleted. {@link #close()}
 * deletes everything, {@link #close(boolean)} may keep the images for a later run.
 *
 * <p>Concurrency: thread-safe. Images are taken one at a time on a background thread, in the
 * order the checkpoints were made (a parent's image is finished before its child's starts).
 * The bookkeeping (futures, child counts, discarded marks) is guarded by {@code this}; files of
 * a finished image are deleted with that lock held, so the worker never finds a parent half gone.
 */
public final class DurableImages implements TemplateRebuilder, AutoCloseable {

    /** Images queued or being taken beyond which new checkpoints get none (see {@link #checkpointed}). */
    static final int MAX_BACKLOG = 16;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean skipping;

    private static final Logger log = LoggerFactory.getLogger(DurableImages.class);
    static final long PAGE = 4096;
    static final int PE_PARENT = 1, PE_LAZY = 2, PE_PRESENT = 4;

    /**
     * A durable image: its checkpoint, directory, parent checkpoint (0: a full image), the
     * dumped clone's PID (what a restore takes), its stdio keys, its own size on disk (parent
     * images not counted), the pages it stores and those it leaves to the parent, and how long
     * it took.
     */
    public record Image(long checkpointId, Path dir, long parentId, long pid, String[] stdioKeys, long bytes,
                        long presentPages, long parentPages, long[] fixupPages, long nanos) {}

    private final ForkCheckpointer fork;
    private final CriuCheckpointer criu;
    private final Path root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("deltabox-durable-images").unstarted(r));
    private static final long START_DELAY_MS = 5;
    private final java.util.concurrent.Executor startLater = CompletableFuture.delayedExecutor(START_DELAY_MS,
            java.util.concurrent.TimeUnit.MILLISECONDS, worker);
    // every image being taken or taken (a future completing after its bookkeeping is done); guarded by this
    private final Map<Long, CompletableFuture<Image>> images = new HashMap<>();
    private final Map<Long, Image> written = new HashMap<>(); // the images taken, guarded by this
    // the box each checkpoint's template lived in (absent: no box), its image taken and restored there; guarded by this
    private final Map<Long, BoxNamespaces> boxes = new HashMap<>();
    // how many images (taken or being taken) name each image as their parent; guarded by this
    private final Map<Long, Integer> children = new HashMap<>();
    // discarded, kept only as a parent: deleted when its last child goes; guarded by this
    private final java.util.Set<Long> discarded = new java.util.HashSet<>();
    private boolean closed; // guarded by this

    /**
     * @param root where image directories go (one per checkpoint), created if missing; the
     *             images a previous DurableImages left there are listed again
     */
    public DurableImages(ForkCheckpointer fork, CriuCheckpointer criu, Path root) {
        this.fork = fork;
        this.criu = criu;
        this.root = root;
        try {
            Files.createDirectories(root);
            reload();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open image root " + root, e);
        }
    }

    /** Lists the finished images under the root (from their meta files); deletes unfinished ones. */
    private synchronized void reload() throws IOException {
        List<Path> dirs;
        try (Stream<Path> st = Files.list(root)) {
            dirs = st.filter(d -> Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && d.getFileName().toString().matches("\\d+")).toList();
        }
        for (Path d : dirs) {
            Image img = Meta.read(d);
            if (img == null) {
                log.info("deleting image {}: cut short (no meta file)", d);
                CriuCheckpointer.deleteTree(d);
                continue;
            }
            images.put(img.checkpointId(), CompletableFuture.completedFuture(img));
            written.put(img.checkpointId(), img);
            if (Files.exists(d.resolve(Meta.DISCARDED))) discarded.add(img.checkpointId());
        }
        for (Image img : written.values()) {
            long parent = img.parentId();
            if (parent > 0) children.merge(parent, 1, Integer::sum);
        }
        for (long id : List.copyOf(discarded)) deleteIfUnused(id);
        if (!images.isEmpty()) log.info("{} durable image(s) found in {}", images.size(), root);
    }

    @Override
    public void checkpointed(long checkpointId, ForkCheckpointer.Template template, long parentId,
                             ForkCheckpointer.Template parent) {
        // Checkpoints can come every few ms, an image takes tens: a queue that only grew would pin
        // every template (the pool keeps a template until its image is written) past any limit.
        // Behind by MAX_BACKLOG, a checkpoint gets no image; its template is evictable as usual
        // (a rollback to it after an eviction then fails clearly: TEMPLATE_GONE).
        int behind = inFlight.get();
        if (behind >= MAX_BACKLOG) {
            if (!skipping) log.warn("durable images are {} behind: checkpoint {} (and the next ones, until they catch up) "
                    + "get none", behind, checkpointId);
            skipping = true;
            skipped.incrementAndGet();
            return;
        }
        skipping = false;
        capture(checkpointId, template, parentId, parent);
    }

    /** Whether the image was no longer wanted when it failed: closed, discarded, or its box gone. */
    private synchronized boolean endedMeanwhile(long checkpointId, BoxNamespaces box) {
        return closed || discarded.contains(checkpointId) || (box != null && !box.isAlive());
    }

    /** Checkpoints that got no durable image because the queue was full (see {@link #checkpointed}). */
    public long skipped() {
        return skipped.get();
    }

    /**
     * Queues the image of checkpoint {@code checkpointId}, taken from {@code template}; with a
     * parent ({@code parentId} > 0, {@code parentTemplate} alive) it stores only what changed.
     * The future fails when the image cannot be taken (template gone meanwhile, CRIU failure).
     */
    public synchronized CompletableFuture<Image> capture(long checkpointId, ForkCheckpointer.Template template,
                                                         long parentId, ForkCheckpointer.Template parentTemplate) {
        if (closed) throw new IllegalStateException("DurableImages is closed");
        if (images.containsKey(checkpointId)) {
            throw new IllegalArgumentException("checkpoint " + checkpointId + " has an image already (ids come after "
                    + "lastCheckpointId())");
        }
        // a template of a box: its image is taken, and later restored, by CRIU inside that box
        BoxNamespaces box = BoxNamespaces.ofProcess(template.id());
        if (box != null) boxes.put(checkpointId, box);
        CompletableFuture<Image> parent = parentId > 0 && !discarded.contains(parentId) ? images.get(parentId) : null;
        // the parent is pinned from now until this image is finished (then it stays pinned only
        // if the image did become incremental): a discard meanwhile must not delete it
        long pinned = parent != null ? parentId : 0;
        if (pinned > 0) children.merge(pinned, 1, Integer::sum);
        inFlight.incrementAndGet();
        // the future handed out completes after finished(): whoever waits for it sees the bookkeeping done
        // started a moment after the checkpoint: its first helper requests (a diff, a clone for
        // CRIU) would otherwise hold up the caller's next operation, often a rollback at once
        CompletableFuture<Image> f = CompletableFuture.supplyAsync(
                () -> take(checkpointId, template, parent, parentTemplate, box), startLater).whenComplete((img, e) -> {
            inFlight.decrementAndGet();
            if (e != null && endedMeanwhile(checkpointId, box)) {
                log.debug("no durable image for checkpoint {}, whose box or checkpoint ended meanwhile: {}", checkpointId,
                        e.getMessage());
            } else if (e != null) {
                log.warn("no durable image for checkpoint {}: {}", checkpointId, e.getMessage());
            }
            else log.debug("durable image of checkpoint {}: {} bytes, {} pages stored, {} in parent {}, {} ms",
                    checkpointId, img.bytes(), img.presentPages(), img.parentPages(), img.parentId(), img.nanos() / 1_000_000);
            finished(checkpointId, pinned, img);
            java.util.function.Consumer<Image> l = writtenListener;
            if (img != null && l != null && has(checkpointId)) l.accept(img);
        });
        images.put(checkpointId, f);
        return f;
    }

    // told of each image once it is written (on the image thread; it must not block for long)
    private volatile java.util.function.Consumer<Image> writtenListener;

    /** Sets who is told of each image once it is written, on the image thread (one listener). */
    public void onWritten(java.util.function.Consumer<Image> listener) {
        writtenListener = listener;
    }

    /**
     * Copies the written image {@code img} into {@code root} (another DurableImages root, e.g. on
     * disk), as {@code root/ID}: its parent chain there is by the same relative links, so the
     * parents must be copied first (images are written in order). Atomic: a crash mid-copy leaves
     * a temporary directory that no reload lists. Not the discarded mark: the copy is the
     * caller's to keep.
     */
    public static void copyImage(Image img, Path root) throws IOException {
        Files.createDirectories(root);
        Path tmp = root.resolve("." + img.checkpointId() + ".partial");
        Path target = root.resolve(Long.toString(img.checkpointId()));
        CriuCheckpointer.deleteTree(tmp);
        Files.createDirectories(tmp);
        try (Stream<Path> files = Files.list(img.dir())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(Meta.DISCARDED)) continue;
                Path to = tmp.resolve(name);
                if (Files.isSymbolicLink(f)) Files.createSymbolicLink(to, Files.readSymbolicLink(f));
                else Files.copy(f, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException | RuntimeException e) {
            CriuCheckpointer.deleteTree(tmp); // the source went away meanwhile, most likely
            throw e;
        }
        CriuCheckpointer.deleteTree(target);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        // CRIU reads each ancestor's pagemap by the restored PID: links the originals got later
        if (img.parentId() > 0) linkPagemapInAncestors(target, img.pid());
    }

    /** After an image was taken (img) or not (null): unpin a parent it did not use, delete it if discarded meanwhile. */
    private synchronized void finished(long checkpointId, long pinned, Image img) {
        if (pinned > 0 && (img == null || img.parentId() != pinned)) release(pinned);
        if (img == null) {
            images.remove(checkpointId);
            discarded.remove(checkpointId);
            return;
        }
        written.put(checkpointId, img);
        if (discarded.contains(checkpointId)) deleteIfUnused(checkpointId);
    }

    /**
     * Deletes the image of {@code checkpointId} (now, or once it is written), unless an image
     * names it as parent: then it is kept until the last of those is discarded too.
     */
    public synchronized void discard(long checkpointId) {
        if (!images.containsKey(checkpointId) || !discarded.add(checkpointId)) return;
        if (written.containsKey(checkpointId)) deleteIfUnused(checkpointId); // else finished() does, once written
    }

    /** Whether checkpoint {@code checkpointId} has an image (finished or being taken) not discarded. */
    public synchronized boolean has(long checkpointId) {
        return images.containsKey(checkpointId) && !discarded.contains(checkpointId);
    }

    /** The finished images not discarded, by checkpoint id. */
    public synchronized List<Image> list() {
        return written.values().stream()
                .filter(img -> !discarded.contains(img.checkpointId()))
                .sorted(java.util.Comparator.comparingLong(Image::checkpointId))
                .toList();
    }

    /** The highest checkpoint id with an image here (kept ones included), 0 if none: new ids must come after. */
    @Override
    public synchronized long lastCheckpointId() {
        return images.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private void release(long parentId) {
        if (children.merge(parentId, -1, Integer::sum) <= 0) children.remove(parentId);
        if (discarded.contains(parentId)) deleteIfUnused(parentId);
    }

    /** Deletes a discarded, finished image that no child needs, then releases its parent. With the lock held. */
    private void deleteIfUnused(long checkpointId) {
        Image img = written.get(checkpointId);
        if (img == null) return; // not written yet: finished() comes back here
        if (children.getOrDefault(checkpointId, 0) > 0) {
            try { // remembered across a restart: it is kept only for its children
                Files.writeString(img.dir().resolve(Meta.DISCARDED), "");
            } catch (IOException e) {
                log.debug("cannot mark image {} discarded: {}", img.dir(), e.toString());
            }
            return;
        }
        images.remove(checkpointId);
        written.remove(checkpointId);
        discarded.remove(checkpointId);
        boxes.remove(checkpointId);
        CriuCheckpointer.deleteTree(img.dir());
        log.debug("deleted the image of checkpoint {}", checkpointId);
        if (img.parentId() > 0) release(img.parentId());
    }

    /** The image of {@code checkpointId}, waiting for it when it is still being taken; null if none. */
    public Image image(long checkpointId, long timeoutMs) {
        CompletableFuture<Image> f;
        synchronized (this) {
            f = discarded.contains(checkpointId) ? null : images.get(checkpointId);
        }
        if (f == null) return null;
        try {
            return f.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * A new live process in the state of {@code checkpointId}, restored from its image (waiting
     * for the image if it is still being taken), with fresh stdio; the fork checkpointer adopts
     * it, so it can be checkpointed and rolled back from like any live process.
     */
    public LiveProcess restore(long checkpointId) {
        return restore(checkpointId, null);
    }

    /**
     * {@link #restore(long)} into box {@code into} (null: the box the checkpoint was taken in, or
     * none), e.g. a box forked from that one.
     */
    /** Host PIDs of the processes restored here (a number may have been reused since). */
    private final java.util.Set<Long> restoredPids = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether process {@code pid} may be a restore of one of these images: false means surely not. */
    public boolean mayHaveRestored(long pid) {
        return restoredPids.contains(pid);
    }

    public LiveProcess restore(long checkpointId, BoxNamespaces into) {
        Image img = image(checkpointId, 120_000);
        if (img == null) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE,
                    "checkpoint " + checkpointId + " has no durable image", null);
        }
        BoxNamespaces own;
        synchronized (this) {
            own = boxes.get(checkpointId);
        }
        BoxNamespaces box = into != null ? into : own;
        if (box != null && !box.isAlive()) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "checkpoint " + checkpointId
                    + " was taken in " + box + ", which is gone: nowhere to restore its image", null);
        }
        // into another box (a fork of the image's): its next PIDs made to pass the image's first
        LiveProcess p = criu.restoreDir(img.dir(), img.stdioKeys(), box, box != own ? img.pid() : 0);
        restoredPids.add(p.pid());
        // restored stopped, as it was dumped (CRIU keeps the task state): let it go on
        awaitStopped(p);
        libc_h.pidfd_send_signal(p.pidfd(), libc_h.SIGCONT(), MemorySegment.NULL, 0);
        try {
            fork.adopt(p);
            criu.forgetRestored(p);
        } catch (CheckpointException e) {
            log.warn("restored process {} stays CRIU's: {}", p.pid(), e.getMessage());
        }
        return p;
    }

    @Override
    public synchronized java.util.concurrent.CompletionStage<?> templateNeededUntil(long checkpointId) {
        CompletableFuture<Image> f = images.get(checkpointId);
        return f == null ? null : f.handle((img, e) -> null);
    }

    @Override
    public void discarded(long checkpointId) {
        discard(checkpointId);
    }

    @Override
    public boolean canRebuild(long checkpointId) {
        return has(checkpointId);
    }

    @Override
    public LiveProcess rebuild(long checkpointId, String whyGone) {
        log.info("rebuilding checkpoint {} from its durable image ({})", checkpointId, whyGone);
        return restore(checkpointId);
    }

    /** Waits until every queued image is taken (or failed); false on timeout. */
    public boolean awaitIdle(long timeoutMs) {
        CompletableFuture<?>[] all;
        synchronized (this) {
            all = images.values().toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(all).handle((v, e) -> null).get(timeoutMs, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Stops taking images and deletes them all. */
    @Override
    public void close() {
        close(false);
    }

    /**
     * Stops taking images (one being taken is abandoned and deleted at the next open); with
     * {@code keepImages} the finished ones stay on disk for a later DurableImages on the same
     * root, else the root is deleted.
     */
    public void close(boolean keepImages) {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!keepImages) CriuCheckpointer.deleteTree(root);
    }

    // --- taking an image ----------------------------------------------------------------------

    private Image take(long checkpointId, ForkCheckpointer.Template template, CompletableFuture<Image> parentFuture,
                       ForkCheckpointer.Template parentTemplate, BoxNamespaces box) {
        long t0 = System.nanoTime();
        Image parent = null;
        if (parentFuture != null && parentTemplate != null) {
            try {
                parent = parentFuture.getNow(null); // finished already: images are taken in order
            } catch (RuntimeException e) {
                parent = null; // the parent has no image: this one is full
            }
        }
        long[] changed = null;
        if (parent != null) {
            try {
                changed = fork.changedPages(parentTemplate, template);
            } catch (CheckpointException e) {
                log.debug("checkpoint {}: no diff against its parent ({}); taking a full image", checkpointId, e.getMessage());
                parent = null;
            }
        }
        Path dir = root.resolve(Long.toString(checkpointId));
        CriuCheckpointer.deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] in = pipe(), out = pipe(), err = pipe();
        String[] keys = {pipeKey(in[0]), pipeKey(out[1]), pipeKey(err[1])};
        HelperClient.DumpClone clone;
        long[] fixups;
        try (Arena a = Arena.ofConfined()) {
            int memfd = libc_h.memfd_create(a.allocateFrom("deltabox-fixup-pages"), libc_h.MFD_CLOEXEC());
            if (memfd < 0) throw new CheckpointException(CheckpointException.Reason.FAILED, "memfd_create failed", null);
            try {
                clone = fork.helper().dumpClone(template.id(), in[0], out[1], err[1], memfd);
                fixups = readLongs(a, memfd, clone.fixupPages());
            } catch (HelperException e) {
                throw new CheckpointException(e instanceof HelperGoneException ? CheckpointException.Reason.HELPER_GONE
                        : CheckpointException.Reason.TEMPLATE_GONE, "dump clone of template " + template.id() + ": "
                        + e.getMessage(), e);
            } finally {
                libc_h.close(memfd);
            }
        } finally {
            for (int fd : new int[] {in[0], out[1], err[1]}) libc_h.close(fd);
        }
        // the dumped PID (CRIU's name for the process in the image): the box's when in a box
        long dumped = clone.pid();
        try {
            if (box != null && (dumped = box.nsPid(clone.pid())) < 0) {
                throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "dump clone " + clone.pid()
                        + " of template " + template.id() + " is gone or not in " + box, null);
            }
            criu.dumpAndKill(dumped, dir, box);
        } catch (RuntimeException e) {
            libc_h.pidfd_send_signal(clone.pidfd(), libc_h.SIGKILL(), MemorySegment.NULL, 0);
            CriuCheckpointer.deleteTree(dir);
            throw e;
        } finally {
            libc_h.close(clone.pidfd());
            for (int fd : new int[] {in[1], out[0], err[0]}) libc_h.close(fd);
        }
        long present, inParent = 0;
        try {
            if (parent != null) {
                long[] keep = union(changed, fixups, parent.fixupPages());
                long[] counts = CriuPagemap.rewriteAgainstParent(dir, dumped, keep, parent.dir(), parent.pid());
                present = counts[0];
                inParent = counts[1];
                Files.createSymbolicLink(dir.resolve("parent"), Path.of("..", parent.dir().getFileName().toString()));
                linkPagemapInAncestors(dir, dumped);
            } else {
                present = CriuPagemap.countPresent(dir, dumped);
            }
            Files.deleteIfExists(dir.resolve("dump.log"));
        } catch (IOException e) {
            CriuCheckpointer.deleteTree(dir);
            throw new UncheckedIOException("rewriting image " + dir + " as incremental", e);
        }
        Image img = new Image(checkpointId, dir, parent == null ? 0 : parent.checkpointId(), dumped, keys, sizeOf(dir),
                present, inParent, fixups, System.nanoTime() - t0);
        try {
            Meta.write(img); // last: an image with a meta file is complete
        } catch (IOException e) {
            CriuCheckpointer.deleteTree(dir);
            throw new UncheckedIOException("writing the meta file of image " + dir, e);
        }
        return img;
    }

    /**
     * An image's {@code meta} file: what {@link Image} holds beyond the CRIU files, one
     * {@code key=value} a line; written to a temporary name and renamed, so it exists only
     * complete. {@code discarded}: an empty file marking an image kept only as a parent.
     */
    static final class Meta {
        static final String FILE = "meta", DISCARDED = "discarded";

        static void write(Image img) throws IOException {
            String text = "checkpoint=" + img.checkpointId() + "\nparent=" + img.parentId() + "\npid=" + img.pid()
                    + "\nstdin=" + nullable(img.stdioKeys()[0]) + "\nstdout=" + nullable(img.stdioKeys()[1])
                    + "\nstderr=" + nullable(img.stdioKeys()[2]) + "\nbytes=" + img.bytes()
                    + "\npresent=" + img.presentPages() + "\ninParent=" + img.parentPages() + "\nnanos=" + img.nanos()
                    + "\nfixups=" + String.join(",", Arrays.stream(img.fixupPages()).mapToObj(Long::toString).toList()) + "\n";
            Path tmp = img.dir().resolve(FILE + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, img.dir().resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        /** The image in {@code dir}, or null when it has no (valid) meta file. */
        static Image read(Path dir) {
            try {
                Map<String, String> m = new HashMap<>();
                for (String line : Files.readAllLines(dir.resolve(FILE))) {
                    int eq = line.indexOf('=');
                    if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
                }
                String fx = m.get("fixups");
                long[] fixups = fx == null || fx.isEmpty() ? new long[0]
                        : Arrays.stream(fx.split(",")).mapToLong(Long::parseLong).toArray();
                return new Image(Long.parseLong(m.get("checkpoint")), dir, Long.parseLong(m.get("parent")),
                        Long.parseLong(m.get("pid")), new String[] {key(m.get("stdin")), key(m.get("stdout")), key(m.get("stderr"))},
                        Long.parseLong(m.get("bytes")), Long.parseLong(m.get("present")), Long.parseLong(m.get("inParent")),
                        fixups, Long.parseLong(m.get("nanos")));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static String nullable(String key) {
            return key == null ? "" : key;
        }

        private static String key(String v) {
            return v == null || v.isEmpty() ? null : v;
        }
    }

    /** CRIU opens each ancestor's pagemap by the restored process's PID: link it to the ancestor's own. */
    private static void linkPagemapInAncestors(Path dir, long pid) throws IOException {
        String name = "pagemap-" + pid + ".img";
        for (Path p = dir.resolve("parent"); Files.exists(p); p = p.resolve("parent")) {
            Path real = p.toRealPath();
            Path link = real.resolve(name);
            if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            String own;
            try (Stream<Path> s = Files.list(real)) {
                own = s.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("pagemap-\\d+\\.img") && !Files.isSymbolicLink(real.resolve(n)))
                        .findFirst().orElseThrow(() -> new IOException("no pagemap in " + real));
            }
            Files.createSymbolicLink(link, Path.of(own));
        }
    }

    private static long[] union(long[]... sets) {
        int n = 0;
        for (long[] s : sets) n += s == null ? 0 : s.length;
        long[] all = new long[n];
        int k = 0;
        for (long[] s : sets) {
            if (s == null) continue;
            System.arraycopy(s, 0, all, k, s.length);
            k += s.length;
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    private static long[] readLongs(Arena a, int fd, long count) {
        if (count == 0) return new long[0];
        MemorySegment buf = a.allocate(ValueLayout.JAVA_LONG, count);
        long n = Posix.pread(Errno.allocate(a), fd, buf, count * 8, 0);
        if (n != count * 8) {
            throw new CheckpointException(CheckpointException.Reason.FAILED, "reading a page list back: " + n + " of "
                    + count * 8 + " bytes", null);
        }
        return buf.toArray(ValueLayout.JAVA_LONG);
    }

    private static String pipeKey(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] pipe() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(ValueLayout.JAVA_INT, 2);
            if (libc_h.pipe2(fds, libc_h.O_CLOEXEC()) != 0) {
                throw new CheckpointException(CheckpointException.Reason.FAILED, "pipe2 failed (out of descriptors?)", null);
            }
            return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        }
    }

    /** CRIU puts a process dumped stopped back stopped, at the very end of the restore. */
    private static void awaitStopped(LiveProcess p) {
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            try {
                String s = Files.readString(stat);
                char state = s.charAt(s.lastIndexOf(')') + 2);
                if (state == 'T' || state == 't') return;
            } catch (IOException | RuntimeException e) {
                return;
            }
            Thread.onSpinWait();
        }
        log.debug("restored process {} did not show as stopped; continuing it anyway", p.pid());
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * CRIU's pagemap and pages images: {@code pagemap-PID.img} is two magic words, then
     * protobuf messages each after a little-endian u32 length — a {@code pagemap_head} (field 1
     * pages_id), then {@code pagemap_entry}s (1 vaddr, 2 compat_nr_pages, 3 in_parent, 4 flags,
     * 5 nr_pages); {@code pages-ID.img} is the raw pages of the PE_PRESENT entries, in order.
     */
    static final class CriuPagemap {
        record Entry(long vaddr, long nrPages, int flags) {}

        record Pagemap(byte[] magic, long pagesId, java.util.List<Entry> entries) {}

        static Pagemap read(Path file) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[8];
            b.get(magic);
            long pagesId = -1;
            java.util.List<Entry> entries = new java.util.ArrayList<>();
            boolean head = true;
            while (b.remaining() >= 4) {
                int len = b.getInt();
                int end = b.position() + len;
                long vaddr = 0, compat = 0, nr = -1, flags = 0, pid = 0;
                while (b.position() < end) {
                    long key = varint(b);
                    int field = (int) (key >>> 3), wire = (int) (key & 7);
                    if (wire != 0) throw new IOException("unexpected protobuf wire type " + wire + " in " + file);
                    long v = varint(b);
                    if (head) {
                        if (field == 1) pid = v;
                    } else {
                        switch (field) {
                            case 1 -> vaddr = v;
                            case 2 -> compat = v;
                            case 4 -> flags = v;
                            case 5 -> nr = v;
                            default -> { }
                        }
                    }
                }
                if (head) {
                    pagesId = pid;
                    head = false;
                } else {
                    entries.add(new Entry(vaddr, nr >= 0 ? nr : compat, (int) flags));
                }
            }
            return new Pagemap(magic, pagesId, entries);
        }

        static void write(Path file, Pagemap m) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(16 + m.entries().size() * 48).order(ByteOrder.LITTLE_ENDIAN);
            b.put(m.magic());
            ByteBuffer msg = ByteBuffer.allocate(64);
            putVarint(msg, 1 << 3);
            putVarint(msg, m.pagesId());
            putMessage(b, msg);
            for (Entry e : m.entries()) {
                msg.clear();
                putVarint(msg, 1 << 3);
                putVarint(msg, e.vaddr());
                putVarint(msg, 2 << 3);
                putVarint(msg, e.nrPages() & 0xffffffffL);
                putVarint(msg, 4 << 3);
                putVarint(msg, e.flags());
                putVarint(msg, 5 << 3);
                putVarint(msg, e.nrPages());
                putMessage(b, msg);
            }
            Files.write(file, Arrays.copyOf(b.array(), b.position()));
        }

        private static void putMessage(ByteBuffer out, ByteBuffer msg) {
            msg.flip();
            out.putInt(msg.remaining());
            out.put(msg);
            msg.clear();
        }

        static long varint(ByteBuffer b) {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b.get();
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) return v;
            }
        }

        static void putVarint(ByteBuffer b, long v) {
            while ((v & ~0x7fL) != 0) {
                b.put((byte) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            b.put((byte) v);
        }

        static long countPresent(Path dir, long pid) throws IOException {
            long n = 0;
            for (Entry e : read(dir.resolve("pagemap-" + pid + ".img")).entries()) {
                if ((e.flags() & PE_PRESENT) != 0) n += e.nrPages();
            }
            return n;
        }

        /**
         * Keeps in {@code dir}'s pages image only the pages listed in {@code keep} (sorted) and
         * those the parent image does not cover; marks the rest PE_PARENT. Returns {present, in parent}.
         */
        static long[] rewriteAgainstParent(Path dir, long pid, long[] keep, Path parentDir, long parentPid) throws IOException {
            Path pmFile = dir.resolve("pagemap-" + pid + ".img");
            Pagemap pm = read(pmFile);
            Pagemap parent = read(parentDir.resolve("pagemap-" + parentPid + ".img"));
            long[] pStart = parent.entries().stream().filter(e -> (e.flags() & (PE_PRESENT | PE_PARENT)) != 0)
                    .mapToLong(Entry::vaddr).toArray();
            long[] pEnd = parent.entries().stream().filter(e -> (e.flags() & (PE_PRESENT | PE_PARENT)) != 0)
                    .mapToLong(e -> e.vaddr() + e.nrPages() * PAGE).toArray();
            Path pagesFile = dir.resolve("pages-" + pm.pagesId() + ".img");
            Path newPages = dir.resolve("pages-" + pm.pagesId() + ".img.new");
            java.util.List<Entry> out = new java.util.ArrayList<>();
            long present = 0, inParent = 0;
            ByteBuffer page = ByteBuffer.allocate((int) PAGE);
            try (FileChannel src = FileChannel.open(pagesFile, StandardOpenOption.READ);
                 FileChannel dst = FileChannel.open(newPages, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                for (Entry e : pm.entries()) {
                    if ((e.flags() & PE_PRESENT) == 0) {
                        out.add(e);
                        continue;
                    }
                    long runStart = e.vaddr(), runLen = 0;
                    boolean runKeep = false;
                    for (long i = 0; i < e.nrPages(); i++) {
                        long addr = e.vaddr() + i * PAGE;
                        page.clear();
                        while (page.hasRemaining()) {
                            if (src.read(page) < 0) throw new IOException("short pages image " + pagesFile);
                        }
                        boolean k = Arrays.binarySearch(keep, addr) >= 0 || !covered(pStart, pEnd, addr);
                        if (runLen > 0 && k != runKeep) {
                            out.add(new Entry(runStart, runLen, runKeep ? e.flags() : (e.flags() & ~PE_PRESENT & ~PE_LAZY) | PE_PARENT));
                            runStart = addr;
                            runLen = 0;
                        }
                        runKeep = k;
                        runLen++;
                        if (k) {
                            page.flip();
                            while (page.hasRemaining()) dst.write(page);
                            present++;
                        } else {
                            inParent++;
                        }
                    }
                    if (runLen > 0) {
                        out.add(new Entry(runStart, runLen, runKeep ? e.flags() : (e.flags() & ~PE_PRESENT & ~PE_LAZY) | PE_PARENT));
                    }
                }
            }
            Files.move(newPages, pagesFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            write(pmFile, new Pagemap(pm.magic(), pm.pagesId(), out));
            return new long[] {present, inParent};
        }

        private static boolean covered(long[] start, long[] end, long addr) {
            int i = Arrays.binarySearch(start, addr);
            if (i >= 0) return true;
            i = -i - 2; // the last entry starting before addr
            return i >= 0 && addr < end[i];
        }
    }
}
