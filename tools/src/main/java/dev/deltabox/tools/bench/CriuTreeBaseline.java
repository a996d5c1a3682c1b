package dev.deltabox.tools.bench;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.box.BashSession;
import dev.deltabox.runtime.cr.CriuCheckpointer;
import dev.deltabox.runtime.cr.CriuService;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A CRIU baseline: the files in a {@link TreeState} (a directory copy, an overlayfs remount, a
 * btrfs snapshot: whatever the factory opens) and the bash session, a process on the host whose
 * cwd is in the tree, saved by a CRIU full dump and brought back by a CRIU restore, through the
 * runtime's own CRIU path ({@link CriuCheckpointer}, a {@link CriuService}, a helper spawn).
 *
 * <ul>
 *   <li>checkpoint: tree checkpoint + CRIU dump (leave running); when the tree needs to be unused
 *       ({@link TreeState#checkpointNeedsQuiescence()}), dump, kill, checkpoint the tree, restore;</li>
 *   <li>rollback: kill the session, roll the tree back, CRIU restore of the target's image.</li>
 * </ul>
 * Fork is not offered: CRIU restores a process at its dumped paths and PIDs, so n restores of one
 * image need n mount and PID namespaces (not done here).
 *
 * <p>Threads: one thread owns an instance and everything in it.
 */
final class CriuTreeBaseline implements Backend {

    private record Saved(String tree, CriuCheckpointer.Image image) {}

    private final String name;
    private final TreeState tree;
    private final HelperClient helper;
    private final ForkCheckpointer fork;
    private final CriuService service;
    private final CriuCheckpointer criu;
    private final Path images;
    private final Path run; // the helper's and the CRIU service's runtime directory
    private final BashSession session;
    private final Map<String, Saved> checkpoints = new HashMap<>();
    private int nextId = 1;

    private CriuTreeBaseline(String name, TreeState tree, HelperClient helper, CriuService service, Path images,
                             Path run, HostProject project) throws IOException {
        this.name = name;
        this.tree = tree;
        this.helper = helper;
        this.fork = new ForkCheckpointer(helper);
        this.service = service;
        this.images = images;
        this.run = run;
        this.criu = new CriuCheckpointer(helper, service, DeltaBoxHome.detect(), images);
        this.session = project.startSession(fork, tree.workDir());
    }

    /**
     * Opens {@code factory}'s tree state on a copy of the pristine project, a session in it and
     * the CRIU machinery; images go to a tmpfs (/dev/shm), as fast as CRIU can be.
     */
    static CriuTreeBaseline open(String name, TreeStateFactory factory, HostProject project, Path scratch) throws IOException {
        TreeState tree = null;
        HelperClient helper = null;
        CriuService service = null;
        Path images = null, run = null;
        try {
            tree = factory.open(project.pristine(), Files.createDirectories(scratch.resolve("tree")));
            run = HostProject.runtimeDir();
            helper = HelperClient.start(DeltaBoxHome.detect(), run);
            service = CriuService.start(DeltaBoxHome.detect(), run);
            images = Files.createTempDirectory(Path.of("/dev/shm"), "deltabox-bench-images-");
            return new CriuTreeBaseline(name, tree, helper, service, images, run, project);
        } catch (IOException | RuntimeException e) {
            if (service != null) service.close();
            if (helper != null) helper.close();
            if (images != null) CriuCheckpointer.deleteTree(images);
            if (run != null) HostProject.deleteTree(run);
            if (tree != null) tree.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "CRIU full dump/restore of the shell + " + tree.name() + " tree state: checkpoint = "
                + (tree.checkpointNeedsQuiescence() ? "CRIU dump, kill, " + tree.name() + " checkpoint, CRIU restore"
                : tree.name() + " checkpoint + CRIU dump (leave running)")
                + "; rollback = kill, " + tree.name() + " rollback, CRIU restore";
    }

    @Override
    public Output exec(String command) throws IOException {
        return HostProject.output(session.exec(command, HostProject.COMMAND_TIMEOUT));
    }

    @Override
    public String read(String file) throws IOException {
        return Files.readString(tree.workDir().resolve(file));
    }

    @Override
    public void write(String file, String content) throws IOException {
        Files.writeString(tree.workDir().resolve(file), content, StandardCharsets.UTF_8);
    }

    @Override
    public String checkpoint() throws IOException {
        Saved saved;
        if (tree.checkpointNeedsQuiescence()) {
            CriuCheckpointer.Image img = criu.checkpoint(session.process());
            LiveProcess dead = killAndAwait(session.process());
            String t = tree.checkpoint();
            session.reattach(criu.rollback(img, dead));
            saved = new Saved(t, img);
        } else {
            saved = new Saved(tree.checkpoint(), criu.checkpoint(session.process()));
        }
        String id = Integer.toString(nextId++);
        checkpoints.put(id, saved);
        return id;
    }

    @Override
    public void rollback(String id) throws IOException {
        Saved s = checkpoints.get(id);
        if (s == null) throw new IllegalArgumentException("no checkpoint " + id + " was taken by this backend");
        LiveProcess dead = killAndAwait(session.process());
        tree.rollback(s.tree());
        session.reattach(criu.rollback(s.image(), dead));
    }

    /**
     * Kills the session's process and waits until it is reaped, so that it holds nothing in the
     * tree and its PID is free for a restore. Returns it for {@link CriuCheckpointer#rollback} to
     * forget when CRIU restored it; null when it was the first, spawned one (closed here).
     */
    private LiveProcess killAndAwait(LiveProcess p) throws IOException {
        if (fork.owns(p)) {
            fork.kill(p); // the helper reaps it
        } else {
            libc_h.pidfd_send_signal(p.pidfd(), libc_h.SIGKILL(), MemorySegment.NULL, 0);
        }
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Files.exists(proc)) {
            if (System.nanoTime() > deadline) throw new IOException(p + " was not reaped within 10 s of SIGKILL; is the helper alive?");
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
        return criu.restoredHere(p) ? p : null;
    }

    @Override
    public String forkUnsupported() {
        return BenchRunner.NOT_MEASURED + "CRIU restores the shell at its dumped paths and PIDs, so n restores of one image need n"
                + " mount and PID namespaces, which this baseline does not make";
    }

    @Override
    public void close() throws IOException {
        try {
            session.close();
            criu.close(); // kills what it restored, deletes the images
            fork.close();
            service.close();
            helper.close();
        } finally {
            CriuCheckpointer.deleteTree(images);
            HostProject.deleteTree(run);
            tree.close();
        }
    }
}
