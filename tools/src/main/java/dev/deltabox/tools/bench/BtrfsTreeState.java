package dev.deltabox.tools.bench;

import dev.deltabox.bindings.libc.libc_h;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The btrfs baseline: the work tree is a btrfs subvolume and a checkpoint is a read-only
 * snapshot of it, the way a snapshotting sandbox on a CoW filesystem saves state.
 *
 * <p>Layout under the scratch directory: {@code btrfs.img} a sparse image attached to a loop
 * device, formatted and mounted on {@code mnt}; {@code mnt/work} the subvolume that is
 * {@link #workDir()}; {@code mnt/snap-N} checkpoint N (read-only). checkpoint: snapshot
 * {@code work} to {@code snap-N}. rollback: delete subvolume {@code work}, snapshot
 * {@code snap-N} to a writable {@code work} (same path). A snapshot does not need the tree
 * unused (btrfs flushes the source's dirty data into it), so {@link #checkpointNeedsQuiescence()}
 * is false.
 *
 * <p>The hot paths use the btrfs ioctls over FFM (a baseline should pay the kernel's work, not
 * a {@code btrfs} process); only setup and teardown run losetup and mkfs.btrfs (package
 * btrfs-progs, installed by tools/setup/native.sh).
 *
 * <p>Threads: one owning thread, as {@link TreeState} says; no method is safe to call
 * concurrently with another.
 */
public final class BtrfsTreeState implements TreeState {

    // From linux/btrfs.h (values and the layout below checked with a C program against the header
    // of Linux 6.1 UAPI): _IOW(0x94, n, struct) with a 4096-byte struct.
    private static final long BTRFS_IOC_SUBVOL_CREATE = 0x5000940EL;   // n = 14, btrfs_ioctl_vol_args
    private static final long BTRFS_IOC_SNAP_CREATE_V2 = 0x50009417L;  // n = 23, btrfs_ioctl_vol_args_v2
    private static final long BTRFS_IOC_SNAP_DESTROY_V2 = 0x5000943FL; // n = 63, btrfs_ioctl_vol_args_v2
    private static final long BTRFS_SUBVOL_RDONLY = 1L << 1;
    // struct btrfs_ioctl_vol_args: { __s64 fd; char name[4088]; }
    private static final long VOL_ARGS_NAME = 8;
    // struct btrfs_ioctl_vol_args_v2: { __s64 fd @0; __u64 transid @8; __u64 flags @16;
    //   union { struct { __u64 size; qgroup_inherit * } ; __u64 unused[4]; } @24; union { char name[4040]; ... } @56 }
    private static final long VOL_ARGS_V2_FD = 0;
    private static final long VOL_ARGS_V2_FLAGS = 16;
    private static final long VOL_ARGS_V2_NAME = 56;
    private static final long VOL_ARGS_SIZE = 4096;

    private static final long MIN_IMAGE_BYTES = 2L << 30; // sparse: costs only what is written

    private final Path scratch;
    private final Path image;
    private final Path mountpoint;
    private final Path work;
    private String loopDevice;
    private boolean mounted;
    private int mountFd = -1;
    private boolean closed;
    private int checkpoints;
    private final Map<String, String> snapshots = new HashMap<>();

    private BtrfsTreeState(Path scratch) {
        this.scratch = scratch;
        this.image = scratch.resolve("btrfs.img");
        this.mountpoint = scratch.resolve("mnt");
        this.work = mountpoint.resolve("work");
    }

    /**
     * Makes a btrfs filesystem on a loop device under {@code scratch} (created; must be empty
     * if it exists) and copies {@code source}'s content into the subvolume {@code work}. On
     * failure everything made (mount, loop device, files) is removed.
     */
    public static BtrfsTreeState open(Path source, Path scratch) throws IOException {
        if (!Files.isDirectory(source)) throw new IOException("source " + source + " is not a directory");
        BtrfsTreeState state = new BtrfsTreeState(TreeFiles.claimScratch(scratch));
        return TreeFiles.setUpOrClose(state, st -> st.setUp(source));
    }

    private void setUp(Path source) throws IOException {
        // room for the tree several times over (snapshots share extents; changes and metadata do not)
        long size = Math.max(MIN_IMAGE_BYTES, 4 * bytesUnder(source));
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
            f.setLength(size);
        }
        loopDevice = TreeFiles.run(List.of("losetup", "--find", "--show", image.toString()));
        try {
            TreeFiles.run(List.of("mkfs.btrfs", "-q", "-f", loopDevice));
        } catch (IOException e) {
            if (e.getMessage().contains("No such file") || e.getMessage().contains("error=2")) {
                throw new IOException("mkfs.btrfs not found: install btrfs-progs (tools/setup/native.sh does)", e);
            }
            throw e;
        }
        Files.createDirectory(mountpoint);
        TreeSyscalls.mount(loopDevice, mountpoint, "btrfs", 0, null);
        mounted = true;
        mountFd = TreeSyscalls.openDirectory(mountpoint);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment args = a.allocate(VOL_ARGS_SIZE, 8);
            args.setString(VOL_ARGS_NAME, "work");
            check(TreeSyscalls.ioctl(mountFd, BTRFS_IOC_SUBVOL_CREATE, args), "create subvolume " + work);
        }
        TreeFiles.copyContents(source, work);
    }

    @Override
    public String name() {
        return "btrfs";
    }

    @Override
    public Path workDir() {
        return work;
    }

    @Override
    public boolean checkpointNeedsQuiescence() {
        return false;
    }

    @Override
    public String checkpoint() throws IOException {
        ensureOpen();
        String id = Integer.toString(checkpoints + 1);
        String name = "snap-" + id;
        snapshot(work, name, true);
        checkpoints++;
        snapshots.put(id, name);
        return id;
    }

    @Override
    public void rollback(String id) throws IOException {
        ensureOpen();
        String name = snapshots.get(id);
        if (name == null) throw new IllegalArgumentException("unknown checkpoint id '" + id + "' (btrfs)");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment args = a.allocate(VOL_ARGS_SIZE, 8);
            args.setString(VOL_ARGS_V2_NAME, "work");
            check(TreeSyscalls.ioctl(mountFd, BTRFS_IOC_SNAP_DESTROY_V2, args), "delete subvolume " + work);
        }
        snapshot(mountpoint.resolve(name), "work", false);
    }

    /** Unmounts (lazily if something still uses it), detaches the loop device, deletes the scratch directory. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        TreeSyscalls.close(mountFd); // an open descriptor would keep the mount busy
        mountFd = -1;
        if (mounted) {
            int errno = TreeSyscalls.umount2(mountpoint, 0);
            if (errno == TreeSyscalls.EBUSY) errno = TreeSyscalls.umount2(mountpoint, libc_h.MNT_DETACH());
            if (errno != 0) throw new IOException("umount " + mountpoint + ": " + TreeSyscalls.message(errno)
                    + "; left " + loopDevice + " and " + scratch + " in place");
            mounted = false;
        }
        if (loopDevice != null) {
            // (after a lazy unmount the device is still busy: losetup -d then marks it to go with the mount)
            TreeFiles.run(List.of("losetup", "--detach", loopDevice));
            loopDevice = null;
        }
        TreeFiles.deleteTree(scratch);
        closed = true; // only now: a close that failed part way can be retried
    }

    /** Snapshots subvolume {@code from} to {@code mnt/name}. */
    private void snapshot(Path from, String name, boolean readOnly) throws IOException {
        int fromFd = TreeSyscalls.openDirectory(from);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment args = a.allocate(VOL_ARGS_SIZE, 8);
            args.set(JAVA_LONG, VOL_ARGS_V2_FD, fromFd);
            args.set(JAVA_LONG, VOL_ARGS_V2_FLAGS, readOnly ? BTRFS_SUBVOL_RDONLY : 0);
            args.setString(VOL_ARGS_V2_NAME, name);
            check(TreeSyscalls.ioctl(mountFd, BTRFS_IOC_SNAP_CREATE_V2, args),
                    "snapshot " + from + " to " + mountpoint.resolve(name) + (readOnly ? " (read-only)" : ""));
        } finally {
            TreeSyscalls.close(fromFd);
        }
    }

    private static void check(int r, String what) throws IOException {
        if (r < 0) throw new IOException("btrfs: " + what + ": " + TreeSyscalls.message(-r));
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("btrfs tree state is closed");
    }

    private static long bytesUnder(Path dir) throws IOException {
        long[] total = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }
}
