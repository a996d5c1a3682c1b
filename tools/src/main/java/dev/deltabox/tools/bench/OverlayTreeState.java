package dev.deltabox.tools.bench;

import dev.deltabox.bindings.libc.libc_h;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel-overlayfs baseline: the work tree is an overlay mount whose lower layers are
 * frozen former upper directories, the way a container runtime would layer snapshots.
 *
 * <p>Layout under the scratch directory: {@code l/0} the initial content (bottom layer),
 * {@code l/N} every later upper layer (frozen once a checkpoint pushed a new one), {@code w/N}
 * the overlay work directory of upper {@code N}, {@code mnt} the mountpoint ({@link #workDir()}).
 *
 * <p>checkpoint: unmount, mount again with the old upper as the top lower layer and a fresh
 * empty upper. rollback: unmount, mount the checkpoint's lower chain with a fresh empty upper
 * and delete the discarded one. Both remount, so the tree must be unused around them
 * ({@link #checkpointNeedsQuiescence()}). Mounts go through mount(2)/umount2(2) over FFM: a
 * baseline should pay the syscalls, not a {@code /bin/mount} process.
 *
 * <p>Mount options are the kernel's defaults apart from the layers (as a container runtime's
 * overlay2 would mount): with redirect_dir off, renaming a directory that comes from a lower
 * layer fails with EXDEV and {@code mv} copies it instead.
 *
 * <p>Chain depth. mount(2) copies its options (the {@code lowerdir=} list) into one page: 4 096
 * bytes with the NUL. Layer paths are written as short as possible, through
 * {@code /proc/self/fd/<scratch fd>/l/<n>} when that is shorter than the absolute path, so
 * each layer costs about 22 bytes and a chain holds about 180 layers whatever the scratch
 * path's length (179 in TreeStatesTest; one layer per checkpoint on the path from the root of
 * the checkpoint tree, so a search deeper than that along one branch cannot use this baseline).
 * A checkpoint that would not fit fails with an IOException before anything is unmounted.
 * The kernel's own limit (OVL_MAX_STACK, 500 lower layers) is never reached first. The new
 * mount API (fsconfig "lowerdir+", Linux 6.8) would lift the page limit; not needed here.
 *
 * <p>Threads: one owning thread, as {@link TreeState} says; no method is safe to call
 * concurrently with another.
 */
public final class OverlayTreeState implements TreeState {

    /** mount(2) copies the data argument into one page; the string and its NUL must fit. */
    private static final int OPTIONS_MAX = 4096 - 1;

    private final Path scratch;
    private final Path mountpoint;
    private int scratchFd = -1;
    private String layerPrefix;             // how layer paths are written in the mount options
    private int nextLayer = 1;
    private List<Integer> lowers = List.of(0); // bottom first
    private int upper = -1;
    private boolean mounted;
    private boolean closed;
    private int checkpoints;
    private final Map<String, List<Integer>> chains = new HashMap<>();

    private OverlayTreeState(Path scratch) {
        this.scratch = scratch;
        this.mountpoint = scratch.resolve("mnt");
    }

    /**
     * Copies {@code source}'s content into the bottom layer under {@code scratch} (created;
     * must be empty if it exists) and mounts the overlay. On failure everything made is removed.
     */
    public static OverlayTreeState open(Path source, Path scratch) throws IOException {
        if (!Files.isDirectory(source)) throw new IOException("source " + source + " is not a directory");
        Path s = TreeFiles.claimScratch(scratch);
        String text = s.toString();
        if (text.contains(",") || text.contains(":") || text.contains("\\")) {
            // the legacy option parser splits on these; escaping is possible but not worth it
            TreeFiles.deleteTree(s);
            throw new IOException("scratch path " + s + " contains ',', ':' or '\\', which overlay mount options cannot hold unescaped");
        }
        OverlayTreeState state = new OverlayTreeState(s);
        return TreeFiles.setUpOrClose(state, st -> {
            Files.createDirectories(s.resolve("l"));
            Files.createDirectories(s.resolve("w"));
            Files.createDirectories(st.mountpoint);
            TreeFiles.copyContents(source, s.resolve("l").resolve("0"));
            st.scratchFd = TreeSyscalls.openDirectory(s);
            String viaFd = "/proc/self/fd/" + st.scratchFd + "/";
            st.layerPrefix = viaFd.length() < text.length() + 1 ? viaFd : text + "/";
            int first = st.newUpperDirs();
            st.mount(st.options(st.lowers, first));
            st.upper = first;
        });
    }

    @Override
    public String name() {
        return "overlayfs";
    }

    @Override
    public Path workDir() {
        return mountpoint;
    }

    @Override
    public boolean checkpointNeedsQuiescence() {
        return true;
    }

    @Override
    public String checkpoint() throws IOException {
        ensureOpen();
        List<Integer> frozen = new ArrayList<>(lowers);
        frozen.add(upper);
        List<Integer> chain = List.copyOf(frozen);
        int fresh = nextLayer; // checked to fit before anything changes
        String options = options(chain, fresh);
        newUpperDirs();
        TreeSyscalls.umount(mountpoint);
        mounted = false;
        mount(options);
        deleteWorkDir(upper); // the old upper is a lower layer now; its work dir is not needed
        lowers = chain;
        upper = fresh;
        String id = Integer.toString(++checkpoints);
        chains.put(id, chain);
        return id;
    }

    @Override
    public void rollback(String id) throws IOException {
        ensureOpen();
        List<Integer> chain = chains.get(id);
        if (chain == null) throw new IllegalArgumentException("unknown checkpoint id '" + id + "' (overlayfs)");
        int fresh = nextLayer;
        String options = options(chain, fresh);
        newUpperDirs();
        TreeSyscalls.umount(mountpoint);
        mounted = false;
        mount(options);
        // the discarded upper was never frozen (a checkpoint always pushes a fresh one)
        TreeFiles.deleteTree(layer(upper));
        deleteWorkDir(upper);
        lowers = chain;
        upper = fresh;
    }

    /** Unmounts (lazily if something still uses the tree) and deletes the scratch directory. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        if (mounted) {
            int errno = TreeSyscalls.umount2(mountpoint, 0);
            // busy: detach it anyway so nothing is left mounted; the users keep what they hold open
            if (errno == TreeSyscalls.EBUSY) errno = TreeSyscalls.umount2(mountpoint, libc_h.MNT_DETACH());
            if (errno != 0) throw new IOException("umount " + mountpoint + ": " + TreeSyscalls.message(errno)
                    + "; left " + scratch + " in place");
            mounted = false;
        }
        TreeSyscalls.close(scratchFd);
        scratchFd = -1;
        TreeFiles.deleteTree(scratch);
        closed = true; // only now: a close that failed part way can be retried
    }

    /** Depth of the current lower chain (bottom layer included). */
    int depth() {
        return lowers.size();
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("overlayfs tree state is closed");
    }

    private Path layer(int n) {
        return scratch.resolve("l").resolve(Integer.toString(n));
    }

    private void deleteWorkDir(int n) throws IOException {
        TreeFiles.deleteTree(scratch.resolve("w").resolve(Integer.toString(n)));
    }

    /** Makes an empty upper directory and its work directory; returns the layer number. */
    private int newUpperDirs() throws IOException {
        int n = nextLayer++;
        Files.createDirectory(layer(n));
        Files.createDirectory(scratch.resolve("w").resolve(Integer.toString(n)));
        return n;
    }

    private String options(List<Integer> chain, int newUpper) throws IOException {
        StringBuilder b = new StringBuilder("lowerdir=");
        for (int i = chain.size() - 1; i >= 0; i--) { // overlay lists the top lower layer first
            b.append(layerPrefix).append("l/").append(chain.get(i));
            if (i > 0) b.append(':');
        }
        b.append(",upperdir=").append(layerPrefix).append("l/").append(newUpper);
        b.append(",workdir=").append(layerPrefix).append("w/").append(newUpper);
        String s = b.toString();
        int bytes = s.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > OPTIONS_MAX) {
            throw new IOException("overlayfs: a chain of " + chain.size() + " layers needs " + bytes
                    + " bytes of mount options, more than mount(2)'s one page (" + OPTIONS_MAX + " + NUL)");
        }
        return s;
    }

    private void mount(String options) throws IOException {
        TreeSyscalls.mount("overlay", mountpoint, "overlay", 0, options);
        mounted = true;
    }
}
