package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * POSIX semantics of a DeltaFS view over a base directory: lookups through the base, copy-up,
 * whiteouts and opaque directories, rename in all its forms, links, attributes, special files,
 * xattrs, locks, readdir, inode numbers, and checkpoint/rollback. Every test mounts once (see
 * {@link MountFixture}); after every test the mount must be gone and the base unchanged.
 *
 * <p>Shell tools are used where Java has no API: mkfifo, mknod, truncate, fallocate, stat, and
 * python3 for renameat2 flags, raw xattr names, errno values and locks in another process.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsSemanticsTest {

    private static final LinkOption NF = LinkOption.NOFOLLOW_LINKS;
    private static final int S_IFMT = 0170000, S_IFREG = 0100000, S_IFDIR = 0040000, S_IFCHR = 0020000,
            S_IFIFO = 0010000, S_IFLNK = 0120000;
    private static final FileTime T2001 = FileTime.from(Instant.parse("2001-02-03T04:05:06.123456789Z"));
    private static final FileTime T2002 = FileTime.from(Instant.parse("2002-03-04T05:06:07.5Z"));
    private static final int RENAME_NOREPLACE = 1, RENAME_EXCHANGE = 2;

    /** Every mount point used, checked at the end: nothing may stay mounted. */
    private static final ConcurrentLinkedQueue<Path> MOUNT_POINTS = new ConcurrentLinkedQueue<>();

    @TempDir
    Path tmp;

    private MountFixture f;
    private Map<String, String> baseBefore;

    @BeforeEach
    void setUp() throws IOException {
        f = new MountFixture(tmp);
        MOUNT_POINTS.add(f.mnt);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
        assertFalse(mountedAt(f.mnt), "the mount at " + f.mnt + " is still there after close()");
        if (baseBefore != null) {
            assertEquals(baseBefore, snapshot(f.base), "the base directory was modified through the mount");
        }
    }

    @AfterAll
    static void nothingLeftMounted() throws IOException {
        for (Path p : MOUNT_POINTS) assertFalse(mountedAt(p), "left mounted: " + p);
    }

    /** Snapshots the base (which must never change) and mounts. */
    private DeltaMount mount() throws Exception {
        baseBefore = snapshot(f.base);
        return f.mount();
    }

    private DeltaMount m() {
        return f.mount;
    }

    // =====================================================================================
    // 1. lookup through the base; copy-up on create/overwrite/append/truncate/chmod
    // =====================================================================================

    @Test
    void lookupThroughBaseShowsTheBaseTreeWithItsAttributes() throws Exception {
        Path a = f.base.resolve("a.txt");
        Files.writeString(a, "alpha");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
        Files.setAttribute(a, "unix:uid", 1234);
        Files.setAttribute(a, "unix:gid", 5678);
        Files.setLastModifiedTime(a, T2001);
        Files.createDirectories(f.base.resolve("d/e"));
        Files.writeString(f.base.resolve("d/e/f.txt"), "deep");
        Files.createDirectory(f.base.resolve("empty"));
        Files.createSymbolicLink(f.base.resolve("link"), Path.of("a.txt"));
        mount();

        assertEquals(Set.of("a.txt", "d", "empty", "link"), names(f.mnt));
        assertEquals(Set.of("e"), names(f.m("d")));
        assertEquals(Set.of(), names(f.m("empty")));
        assertEquals("alpha", Files.readString(f.m("a.txt")));
        assertEquals("deep", Files.readString(f.m("d/e/f.txt")));
        assertTrue(Files.isDirectory(f.m("d/e"), NF));
        assertTrue(Files.isSymbolicLink(f.m("link")));
        assertEquals(Path.of("a.txt"), Files.readSymbolicLink(f.m("link")));
        assertEquals("alpha", Files.readString(f.m("link")), "symlink followed inside the view");
        assertFalse(Files.exists(f.m("missing"), NF));
        assertFalse(Files.exists(f.m("d/e/missing"), NF));
        Map<String, Object> view = unix(f.m("a.txt"));
        Map<String, Object> base = unix(a);
        for (String k : List.of("mode", "uid", "gid", "size", "nlink", "ino", "lastModifiedTime")) {
            assertEquals(base.get(k), view.get(k), "attribute " + k + " of a base file seen through the view");
        }
        assertEquals(unix(f.base.resolve("d")).get("mode"), unix(f.m("d")).get("mode"));
        assertEquals(Files.getLastModifiedTime(f.base.resolve("d")), Files.getLastModifiedTime(f.m("d")));
    }

    @Test
    void overwriteOfBaseFileCopiesUpKeepingModeOwnerAndXattrs() throws Exception {
        Path a = f.base.resolve("a.txt");
        Files.writeString(a, "alpha");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
        Files.setAttribute(a, "unix:uid", 1234);
        Files.setAttribute(a, "unix:gid", 5678);
        setXattr(a, "x", "hello");
        Files.setLastModifiedTime(a, T2001);
        long baseIno = ino(a);
        mount();

        Files.writeString(f.m("a.txt"), "overwritten");
        assertEquals("overwritten", Files.readString(f.m("a.txt")));
        assertEquals(0640, mode(f.m("a.txt")) & 07777);
        assertEquals(1234, unix(f.m("a.txt")).get("uid"));
        assertEquals(5678, unix(f.m("a.txt")).get("gid"));
        assertEquals("hello", getXattr(f.m("a.txt"), "x"), "user.x survives the copy-up");
        assertEquals(baseIno, ino(f.m("a.txt")), "copy-up keeps st_ino");
        assertNotEquals(T2001, Files.getLastModifiedTime(f.m("a.txt")), "a write updates mtime");
        Path up = layer().resolve("a.txt");
        assertTrue(Files.isRegularFile(up, NF), "copied up into the writable layer");
        assertEquals("overwritten", Files.readString(up));
        assertEquals("alpha", Files.readString(a));
    }

    @Test
    void appendToBaseFileCopiesUpTheWholeContent() throws Exception {
        Path log = f.base.resolve("log.txt");
        Files.writeString(log, "line1\n");
        Files.setAttribute(log, "unix:uid", 1234);
        mount();

        Files.writeString(f.m("log.txt"), "line2\n", StandardOpenOption.APPEND);
        assertEquals("line1\nline2\n", Files.readString(f.m("log.txt")));
        try (OutputStream o = Files.newOutputStream(f.m("log.txt"), StandardOpenOption.APPEND)) {
            o.write("line3\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("line1\nline2\nline3\n", Files.readString(f.m("log.txt")));
        assertEquals(1234, unix(f.m("log.txt")).get("uid"));
        assertEquals("line1\n", Files.readString(log));
    }

    @Test
    void truncateOfBaseFilesCopiesUp() throws Exception {
        Files.writeString(f.base.resolve("t.txt"), "0123456789");
        Files.writeString(f.base.resolve("u.txt"), "0123456789");
        Files.writeString(f.base.resolve("v.txt"), "0123456789");
        mount();

        try (FileChannel c = FileChannel.open(f.m("t.txt"), StandardOpenOption.WRITE)) {
            c.truncate(4); // ftruncate on an open descriptor
        }
        assertEquals("0123", Files.readString(f.m("t.txt")));
        run("truncate", "-s", "3", f.m("u.txt").toString()).ok(); // truncate(2) by path
        assertEquals("012", Files.readString(f.m("u.txt")));
        try (OutputStream o = Files.newOutputStream(f.m("v.txt"))) { // O_TRUNC
            o.write('z');
        }
        assertEquals("z", Files.readString(f.m("v.txt")));
        assertEquals(3, Files.size(f.m("u.txt")));
        for (String n : List.of("t.txt", "u.txt", "v.txt")) {
            assertEquals("0123456789", Files.readString(f.base.resolve(n)));
            assertTrue(Files.isRegularFile(layer().resolve(n), NF), n + " copied up");
        }
    }

    @Test
    void chmodOfBaseFileCopiesUpKeepingContentTimesOwnerXattrsAndParentTimes() throws Exception {
        Files.createDirectory(f.base.resolve("d"));
        Path c = f.base.resolve("d/c.txt");
        Files.writeString(c, "content");
        Files.setPosixFilePermissions(c, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setAttribute(c, "unix:uid", 1234);
        Files.setAttribute(c, "unix:gid", 5678);
        setXattr(c, "x", "keep");
        Files.getFileAttributeView(c, BasicFileAttributeView.class).setTimes(T2001, T2002, null);
        Files.setLastModifiedTime(f.base.resolve("d"), T2002);
        long baseIno = ino(c);
        mount();

        Files.setPosixFilePermissions(f.m("d/c.txt"), PosixFilePermissions.fromString("rwx------"));
        assertEquals(0700, mode(f.m("d/c.txt")) & 07777);
        assertEquals("content", Files.readString(f.m("d/c.txt")));
        assertEquals(T2001, Files.getLastModifiedTime(f.m("d/c.txt")), "chmod keeps mtime across copy-up");
        assertEquals(1234, unix(f.m("d/c.txt")).get("uid"));
        assertEquals(5678, unix(f.m("d/c.txt")).get("gid"));
        assertEquals("keep", getXattr(f.m("d/c.txt"), "x"));
        assertEquals(baseIno, ino(f.m("d/c.txt")));
        assertEquals(T2002, Files.getLastModifiedTime(f.m("d")), "copy-up of a child does not touch the parent's mtime");
        Path up = layer().resolve("d/c.txt");
        assertTrue(Files.isRegularFile(up, NF));
        assertEquals(T2001, Files.getLastModifiedTime(up));
        assertEquals(0644, mode(c) & 07777, "base keeps its mode");
    }

    @Test
    void baseDirectoryIsNeverModified() throws Exception {
        Files.createDirectories(f.base.resolve("d/s"));
        for (String n : List.of("w.txt", "a.txt", "t.txt", "c.txt", "del.txt", "ren.txt", "x.txt", "d/s/n.txt")) {
            Files.writeString(f.base.resolve(n), "base " + n);
        }
        setXattr(f.base.resolve("x.txt"), "x", "1");
        Files.setLastModifiedTime(f.base.resolve("d"), T2001);
        Files.setLastModifiedTime(f.base, T2002);
        Map<String, String> before = snapshot(f.base);
        mount();

        Files.writeString(f.m("w.txt"), "w");
        Files.writeString(f.m("a.txt"), "+", StandardOpenOption.APPEND);
        try (FileChannel ch = FileChannel.open(f.m("t.txt"), StandardOpenOption.WRITE)) {
            ch.truncate(1);
        }
        Files.setPosixFilePermissions(f.m("c.txt"), PosixFilePermissions.fromString("rwx------"));
        Files.setAttribute(f.m("c.txt"), "unix:uid", 42);
        Files.delete(f.m("del.txt"));
        Files.move(f.m("ren.txt"), f.m("d/ren.txt"), StandardCopyOption.ATOMIC_MOVE);
        setXattr(f.m("x.txt"), "y", "2");
        removeXattr(f.m("x.txt"), "x");
        Files.writeString(f.m("d/s/new.txt"), "new");
        Files.delete(f.m("d/s/n.txt"));
        Files.move(f.m("d"), f.m("d2"), StandardCopyOption.ATOMIC_MOVE);
        Files.createDirectory(f.m("nd"));
        m().checkpoint();
        Files.writeString(f.m("w.txt"), "w2");

        assertEquals(before, snapshot(f.base), "base content, modes, owners, times and xattrs after all of it");
        assertEquals(T2002, Files.getLastModifiedTime(f.base));
        assertEquals(T2001, Files.getLastModifiedTime(f.base.resolve("d")));
    }

    // =====================================================================================
    // 2. unlink, whiteouts, rmdir, opaque directories
    // =====================================================================================

    @Test
    void unlinkOfBaseFileLeavesWhiteoutAndTheNameCanBeCreatedAgain() throws Exception {
        Files.writeString(f.base.resolve("gone.txt"), "old");
        Files.setPosixFilePermissions(f.base.resolve("gone.txt"), PosixFilePermissions.fromString("rw-------"));
        Files.createDirectory(f.base.resolve("d"));
        Files.writeString(f.base.resolve("d/inner.txt"), "inner");
        Files.writeString(f.base.resolve("keep.txt"), "keep");
        long baseIno = ino(f.base.resolve("gone.txt"));
        mount();

        Files.delete(f.m("gone.txt"));
        assertFalse(Files.exists(f.m("gone.txt"), NF));
        assertEquals(Set.of("d", "keep.txt"), names(f.mnt));
        assertWhiteout(layer().resolve("gone.txt"));
        Files.delete(f.m("d/inner.txt"));
        assertFalse(Files.exists(f.m("d/inner.txt"), NF));
        assertEquals(Set.of(), names(f.m("d")));
        assertWhiteout(layer().resolve("d/inner.txt"));
        assertEquals("old", Files.readString(f.base.resolve("gone.txt")));
        assertEquals("inner", Files.readString(f.base.resolve("d/inner.txt")));

        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> Files.createFile(f.m("keep.txt")),
                "O_EXCL on a base file");
        Files.createFile(f.m("gone.txt"));                                         // O_EXCL over the whiteout
        Files.writeString(f.m("gone.txt"), "new");
        assertEquals("new", Files.readString(f.m("gone.txt")));
        assertNotEquals(baseIno, ino(f.m("gone.txt")), "a recreated file is a new inode");
        assertTrue(Files.isRegularFile(layer().resolve("gone.txt"), NF), "the whiteout was replaced by the file");
        assertEquals(Set.of("d", "gone.txt", "keep.txt"), names(f.mnt));
        Files.writeString(f.m("d/inner.txt"), "again");
        assertEquals("again", Files.readString(f.m("d/inner.txt")));
        assertEquals(Set.of("inner.txt"), names(f.m("d")));
    }

    @Test
    void rmdirOfBaseDirectoryAfterDeletingItsContent() throws Exception {
        Files.createDirectories(f.base.resolve("rd/sub"));
        Files.writeString(f.base.resolve("rd/x"), "x");
        Files.writeString(f.base.resolve("rd/y"), "y");
        Files.writeString(f.base.resolve("rd/sub/z"), "z");
        mount();

        assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(f.m("rd")));
        assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(f.m("rd/sub")));
        Files.delete(f.m("rd/sub/z"));
        Files.delete(f.m("rd/sub"));
        Files.delete(f.m("rd/x"));
        assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(f.m("rd")));
        Files.delete(f.m("rd/y"));
        Files.delete(f.m("rd"));
        assertFalse(Files.exists(f.m("rd"), NF));
        assertEquals(Set.of(), names(f.mnt));
        assertWhiteout(layer().resolve("rd"));
        assertEquals("z", Files.readString(f.base.resolve("rd/sub/z")));
    }

    @Test
    void mkdirOverDeletedBaseDirectoryIsEmptyAndOpaque() throws Exception {
        Files.createDirectories(f.base.resolve("od/sub"));
        Files.writeString(f.base.resolve("od/a"), "a");
        Files.writeString(f.base.resolve("od/b"), "b");
        Files.writeString(f.base.resolve("od/sub/c"), "c");
        mount();

        deleteTree(f.m("od"));
        assertFalse(Files.exists(f.m("od"), NF));
        Files.createDirectory(f.m("od"));
        assertEquals(Set.of(), names(f.m("od")), "a directory made over a deleted base directory starts empty");
        assertFalse(Files.exists(f.m("od/a"), NF));
        assertFalse(Files.exists(f.m("od/sub/c"), NF));
        assertEquals("y", pyXattr("get", layer().resolve("od"), "trusted.overlay.opaque"),
                "the new directory carries the overlayfs opaque mark");
        Files.writeString(f.m("od/new"), "n");
        assertEquals(Set.of("new"), names(f.m("od")));
        long c = m().checkpoint();
        assertEquals(Set.of("new"), names(f.m("od")));
        Files.writeString(f.m("od/more"), "m");
        m().rollback(c);
        assertEquals(Set.of("new"), names(f.m("od")));
        m().rollback(0);
        assertEquals(Set.of("a", "b", "sub"), names(f.m("od")));
    }

    /**
     * A name whose base file was deleted before a checkpoint, then made again (by create,
     * rename, link or mkdir) and deleted again, must stay deleted: the base version must not
     * come back.
     */
    @Test
    void nameRecreatedOverCheckpointedWhiteoutStaysDeletedWhenRemovedAgain() throws Exception {
        for (String n : List.of("f1", "f2", "f3")) Files.writeString(f.base.resolve(n), "base " + n);
        Files.createDirectory(f.base.resolve("dd"));
        Files.writeString(f.base.resolve("dd/x"), "x");
        mount();

        Files.delete(f.m("f1"));
        Files.delete(f.m("f2"));
        Files.delete(f.m("f3"));
        deleteTree(f.m("dd"));
        m().checkpoint();
        Files.writeString(f.m("f1"), "created");                                     // create
        Files.writeString(f.m("tmp2"), "renamed");
        Files.move(f.m("tmp2"), f.m("f2"), StandardCopyOption.ATOMIC_MOVE);          // rename
        Files.writeString(f.m("tmp3"), "linked");
        Files.createLink(f.m("f3"), f.m("tmp3"));                                    // link
        Files.createDirectory(f.m("dd"));                                            // mkdir
        assertEquals(Set.of(), names(f.m("dd")));
        Files.delete(f.m("f1"));
        Files.delete(f.m("f2"));
        Files.delete(f.m("f3"));
        Files.delete(f.m("dd"));
        assertAll(
                () -> assertFalse(Files.exists(f.m("f1"), NF), "f1 (created, deleted) came back from the base"),
                () -> assertFalse(Files.exists(f.m("f2"), NF), "f2 (renamed onto, deleted) came back from the base"),
                () -> assertFalse(Files.exists(f.m("f3"), NF), "f3 (linked, deleted) came back from the base"),
                () -> assertFalse(Files.exists(f.m("dd"), NF), "dd (mkdir, rmdir) came back from the base"),
                () -> assertEquals(Set.of("tmp3"), names(f.mnt)));
    }

    /** The same after the view is resumed from the state directory (its writable layer rescanned). */
    @Test
    void nameRecreatedOverCheckpointedWhiteoutStaysDeletedAfterResume() throws Exception {
        Files.writeString(f.base.resolve("f1"), "base");
        mount();
        Files.delete(f.m("f1"));
        m().checkpoint();
        Files.writeString(f.m("f1"), "created");
        f.mount.close();
        f.mount();                                                 // resumes the unsaved writable layer
        assertEquals("created", Files.readString(f.m("f1")));
        Files.delete(f.m("f1"));
        assertFalse(Files.exists(f.m("f1"), NF), "f1 came back from the base after created, resumed, deleted");
        assertEquals(Set.of(), names(f.mnt));
    }

    // =====================================================================================
    // 3. rename
    // =====================================================================================

    @Test
    void renameOfBaseFileToNewName() throws Exception {
        Files.writeString(f.base.resolve("a.txt"), "A");
        Files.setPosixFilePermissions(f.base.resolve("a.txt"), PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(f.base.resolve("a.txt"), T2001);
        long baseIno = ino(f.base.resolve("a.txt"));
        mount();

        Files.move(f.m("a.txt"), f.m("b.txt"), StandardCopyOption.ATOMIC_MOVE);
        assertFalse(Files.exists(f.m("a.txt"), NF));
        assertEquals("A", Files.readString(f.m("b.txt")));
        assertEquals(Set.of("b.txt"), names(f.mnt));
        assertEquals(baseIno, ino(f.m("b.txt")), "rename keeps the inode");
        assertEquals(0640, mode(f.m("b.txt")) & 07777);
        assertEquals(T2001, Files.getLastModifiedTime(f.m("b.txt")));
        assertWhiteout(layer().resolve("a.txt"));
        Files.writeString(f.m("b.txt"), "B");
        assertEquals("B", Files.readString(f.m("b.txt")));
        Files.move(f.m("b.txt"), f.m("a.txt"), StandardCopyOption.ATOMIC_MOVE);
        assertEquals("B", Files.readString(f.m("a.txt")));
        assertEquals(Set.of("a.txt"), names(f.mnt));
    }

    @Test
    void renameOverAnExistingFileReplacesIt() throws Exception {
        Files.writeString(f.base.resolve("src"), "S");
        Files.writeString(f.base.resolve("dst"), "D");
        Files.writeString(f.base.resolve("dst2"), "D2");
        Files.writeString(f.base.resolve("src3"), "S3");
        long srcIno = ino(f.base.resolve("src"));
        mount();

        Files.move(f.m("src"), f.m("dst"), StandardCopyOption.ATOMIC_MOVE);          // base over base
        assertEquals("S", Files.readString(f.m("dst")));
        assertEquals(srcIno, ino(f.m("dst")));
        assertFalse(Files.exists(f.m("src"), NF));
        Files.writeString(f.m("n"), "N");
        Files.move(f.m("n"), f.m("dst2"), StandardCopyOption.ATOMIC_MOVE);           // new over base
        assertEquals("N", Files.readString(f.m("dst2")));
        Files.writeString(f.m("n3"), "N3");
        Files.move(f.m("src3"), f.m("n3"), StandardCopyOption.ATOMIC_MOVE);          // base over new
        assertEquals("S3", Files.readString(f.m("n3")));
        assertEquals(Set.of("dst", "dst2", "n3"), names(f.mnt));
        assertEquals("ok", py("import os,sys\nos.rename(sys.argv[1], sys.argv[2]); print('ok')",
                f.m("dst").toString(), f.m("dst2").toString()).text(), "rename(2) replacing a file");
        assertEquals("S", Files.readString(f.m("dst2")));
        assertEquals(Set.of("dst2", "n3"), names(f.mnt));
    }

    @Test
    void renameOfBaseDirectoryWithNestedContent() throws Exception {
        Files.createDirectories(f.base.resolve("d/s/t"));
        Files.writeString(f.base.resolve("d/f"), "F");
        Files.writeString(f.base.resolve("d/g"), "G0");
        Files.writeString(f.base.resolve("d/s/g"), "G");
        Files.writeString(f.base.resolve("d/s/t/h"), "H");
        Files.setLastModifiedTime(f.base.resolve("d/s/t/h"), T2001);
        long dirIno = ino(f.base.resolve("d"));
        long hIno = ino(f.base.resolve("d/s/t/h"));
        mount();

        Files.delete(f.m("d/f"));                      // a whiteout inside the moved tree
        Files.writeString(f.m("d/g"), "G1");           // a copied-up file inside it
        Files.writeString(f.m("d/new"), "N");          // a new file inside it
        Files.move(f.m("d"), f.m("e"), StandardCopyOption.ATOMIC_MOVE);

        assertFalse(Files.exists(f.m("d"), NF));
        assertEquals(Set.of("e"), names(f.mnt));
        assertEquals(Set.of("g", "new", "s"), names(f.m("e")));
        assertEquals(Set.of("g", "new", "s", "s/g", "s/t", "s/t/h"), treeBelow(f.m("e")));
        assertEquals("G1", Files.readString(f.m("e/g")));
        assertEquals("N", Files.readString(f.m("e/new")));
        assertEquals("G", Files.readString(f.m("e/s/g")));
        assertEquals("H", Files.readString(f.m("e/s/t/h")));
        assertEquals(T2001, Files.getLastModifiedTime(f.m("e/s/t/h")));
        assertEquals(dirIno, ino(f.m("e")), "a renamed directory keeps its inode");
        assertEquals(hIno, ino(f.m("e/s/t/h")), "files deep in a renamed directory keep their inode");
        assertFalse(Files.exists(f.m("e/f"), NF), "a file deleted before the rename stays deleted");
        assertWhiteout(layer().resolve("d"));
        Files.writeString(f.m("e/s/g"), "G2");
        assertEquals("G2", Files.readString(f.m("e/s/g")));
        Files.createDirectory(f.m("d"));
        assertEquals(Set.of(), names(f.m("d")), "a new directory at the old name is empty");
    }

    @Test
    void renameOfNewDirectory() throws Exception {
        mount();
        Files.createDirectories(f.m("n/sub"));
        Files.writeString(f.m("n/x"), "X");
        Files.writeString(f.m("n/sub/y"), "Y");
        long nIno = ino(f.m("n"));
        Files.move(f.m("n"), f.m("n2"), StandardCopyOption.ATOMIC_MOVE);
        assertFalse(Files.exists(f.m("n"), NF));
        assertEquals(Set.of("n2"), names(f.mnt));
        assertEquals(Set.of("sub", "x"), names(f.m("n2")));
        assertEquals("X", Files.readString(f.m("n2/x")));
        assertEquals("Y", Files.readString(f.m("n2/sub/y")));
        assertEquals(nIno, ino(f.m("n2")));
        Files.writeString(f.m("n2/sub/z"), "Z");
        assertEquals(Set.of("y", "z"), names(f.m("n2/sub")));
        long c = m().checkpoint();
        Files.move(f.m("n2"), f.m("n3"), StandardCopyOption.ATOMIC_MOVE);            // frozen -> moved again
        assertEquals(Set.of("sub", "x"), names(f.m("n3")));
        assertEquals("Z", Files.readString(f.m("n3/sub/z")));
        m().rollback(c);
        assertEquals(Set.of("n2"), names(f.mnt));
        assertEquals("Z", Files.readString(f.m("n2/sub/z")));
    }

    @Test
    void renameIntoSubdirectory() throws Exception {
        Files.writeString(f.base.resolve("a.txt"), "A");
        Files.createDirectories(f.base.resolve("d/sub"));
        Files.writeString(f.base.resolve("d/sub/old"), "O");
        Files.writeString(f.base.resolve("d/sub/up.txt"), "U");
        mount();

        Files.move(f.m("a.txt"), f.m("d/sub/a.txt"), StandardCopyOption.ATOMIC_MOVE);
        assertFalse(Files.exists(f.m("a.txt"), NF));
        assertEquals("A", Files.readString(f.m("d/sub/a.txt")));
        assertEquals(Set.of("a.txt", "old", "up.txt"), names(f.m("d/sub")));
        Files.writeString(f.m("n"), "N");
        Files.move(f.m("n"), f.m("d/sub/n"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(f.m("d/sub/up.txt"), f.m("up.txt"), StandardCopyOption.ATOMIC_MOVE);
        assertEquals(Set.of("a.txt", "n", "old"), names(f.m("d/sub")));
        assertEquals(Set.of("d", "up.txt"), names(f.mnt));
        assertEquals("U", Files.readString(f.m("up.txt")));
        assertEquals("N", Files.readString(f.m("d/sub/n")));
    }

    @Test
    void renameNoReplaceRefusesAnExistingTarget() throws Exception {
        Files.writeString(f.base.resolve("a"), "A");
        Files.writeString(f.base.resolve("b"), "B");
        mount();

        assertEquals("EEXIST", renameat2(f.m("a"), f.m("b"), RENAME_NOREPLACE));
        assertEquals("A", Files.readString(f.m("a")));
        assertEquals("B", Files.readString(f.m("b")));
        Files.writeString(f.m("n"), "N");
        assertEquals("EEXIST", renameat2(f.m("a"), f.m("n"), RENAME_NOREPLACE));
        assertEquals("N", Files.readString(f.m("n")));
        assertEquals("OK", renameat2(f.m("a"), f.m("c"), RENAME_NOREPLACE));
        assertFalse(Files.exists(f.m("a"), NF));
        assertEquals("A", Files.readString(f.m("c")));
        assertEquals(Set.of("b", "c", "n"), names(f.mnt));
    }

    @Test
    void renameExchangeSwapsTwoNames() throws Exception {
        Files.writeString(f.base.resolve("a"), "A");
        Files.writeString(f.base.resolve("b"), "B");
        Files.createDirectory(f.base.resolve("bd"));
        Files.writeString(f.base.resolve("bd/inside"), "I");
        long aIno = ino(f.base.resolve("a"));
        long bIno = ino(f.base.resolve("b"));
        mount();

        assertEquals("OK", renameat2(f.m("a"), f.m("b"), RENAME_EXCHANGE));
        assertEquals("B", Files.readString(f.m("a")));
        assertEquals("A", Files.readString(f.m("b")));
        assertEquals(bIno, ino(f.m("a")));
        assertEquals(aIno, ino(f.m("b")));

        Files.writeString(f.m("n"), "N");                                        // new file <-> base dir
        assertEquals("OK", renameat2(f.m("n"), f.m("bd"), RENAME_EXCHANGE));
        assertTrue(Files.isDirectory(f.m("n"), NF));
        assertEquals(Set.of("inside"), names(f.m("n")));
        assertEquals("I", Files.readString(f.m("n/inside")));
        assertTrue(Files.isRegularFile(f.m("bd"), NF));
        assertEquals("N", Files.readString(f.m("bd")));
        assertEquals("ENOENT", renameat2(f.m("a"), f.m("missing"), RENAME_EXCHANGE));
        assertEquals(Set.of("a", "b", "bd", "n"), names(f.mnt));
    }

    @Test
    void renameOfDirectoryOntoNonEmptyDirectoryFails() throws Exception {
        Files.createDirectories(f.base.resolve("src"));
        Files.writeString(f.base.resolve("src/x"), "X");
        Files.createDirectories(f.base.resolve("dst"));
        Files.writeString(f.base.resolve("dst/y"), "Y");
        Files.createDirectories(f.base.resolve("emptied"));
        Files.writeString(f.base.resolve("emptied/z"), "Z");
        mount();

        assertEquals("ENOTEMPTY", pyRename(f.m("src"), f.m("dst")), "onto a non-empty base directory");
        assertEquals(Set.of("x"), names(f.m("src")));
        assertEquals(Set.of("y"), names(f.m("dst")));
        Files.createDirectory(f.m("nd"));
        Files.writeString(f.m("nd/w"), "W");
        assertEquals("ENOTEMPTY", pyRename(f.m("src"), f.m("nd")), "onto a non-empty new directory");
        assertEquals("ENOTDIR", pyRename(f.m("src"), f.m("nd/w")), "a directory onto a file");
        assertEquals("EISDIR", pyRename(f.m("nd/w"), f.m("dst")), "a file onto a directory");

        Files.delete(f.m("emptied/z"));                                          // empty in the view only
        assertEquals("OK", pyRename(f.m("src"), f.m("emptied")), "onto a directory that is empty in the view");
        assertFalse(Files.exists(f.m("src"), NF));
        assertEquals(Set.of("x"), names(f.m("emptied")), "the base content of the replaced directory stays hidden");
        assertEquals("X", Files.readString(f.m("emptied/x")));
    }

    @Test
    void renameOfDirectoryIntoItsOwnSubdirectoryFails() throws Exception {
        Files.createDirectories(f.base.resolve("d/sub"));
        Files.writeString(f.base.resolve("d/sub/f"), "F");
        mount();

        assertEquals("EINVAL", pyRename(f.m("d"), f.m("d/sub/x")));
        assertEquals("EINVAL", pyRename(f.m("d"), f.m("d/x")));
        Files.createDirectories(f.m("n/inner"));
        assertEquals("EINVAL", pyRename(f.m("n"), f.m("n/inner/n")));
        assertEquals(Set.of("sub"), names(f.m("d")));
        assertEquals("F", Files.readString(f.m("d/sub/f")));
        assertEquals(Set.of("d", "n"), names(f.mnt));
    }

    // =====================================================================================
    // 4. links, attributes, sizes, special files, xattrs, statfs, fsync, locks, readdir, inodes
    // =====================================================================================

    @Test
    void hardLinksShareInodeLinkCountAndContent() throws Exception {
        Files.writeString(f.base.resolve("a.txt"), "A");
        long baseIno = ino(f.base.resolve("a.txt"));
        mount();

        Files.createLink(f.m("b.txt"), f.m("a.txt"));                                 // link to a base file
        assertEquals(baseIno, ino(f.m("a.txt")));
        assertEquals(ino(f.m("a.txt")), ino(f.m("b.txt")));
        assertEquals(2, nlink(f.m("a.txt")));
        assertEquals(2, nlink(f.m("b.txt")));
        Files.writeString(f.m("b.txt"), "B", StandardOpenOption.APPEND);
        assertEquals("AB", Files.readString(f.m("a.txt")));

        Files.writeString(f.m("n"), "N");                                             // link to a new file
        Files.createDirectory(f.m("dir"));
        Files.createLink(f.m("dir/n2"), f.m("n"));
        assertEquals(ino(f.m("n")), ino(f.m("dir/n2")));
        assertEquals(2, nlink(f.m("n")));
        Files.writeString(f.m("n"), "N1");
        assertEquals("N1", Files.readString(f.m("dir/n2")));
        assertEquals(Set.of("a.txt", "b.txt", "dir", "n"), names(f.mnt));
        assertEquals("A", Files.readString(f.base.resolve("a.txt")));
    }

    @Test
    void hardLinkSurvivesRemovalOfTheOtherName() throws Exception {
        mount();
        Files.writeString(f.m("a"), "A");
        Files.createLink(f.m("b"), f.m("a"));
        Files.delete(f.m("b"));
        assertEquals(Set.of("a"), names(f.mnt));
        assertEquals(1, nlink(f.m("a")), "nlink after removing the second name");
        assertEquals("A", Files.readString(f.m("a")), "the first name still reads");
        Files.writeString(f.m("a"), "A2");
        assertEquals("A2", Files.readString(f.m("a")));
    }

    @Test
    void hardLinkedNamesStayOneFileAcrossCheckpoint() throws Exception {
        mount();
        Files.writeString(f.m("a"), "v1");
        Files.createLink(f.m("b"), f.m("a"));
        m().checkpoint();
        Files.writeString(f.m("b"), "v2");                     // after the checkpoint: the file is in a frozen layer
        assertAll("in the running mount",
                () -> assertEquals("v2", Files.readString(f.m("a")), "a write through b shows through a"),
                () -> assertEquals(ino(f.m("a")), ino(f.m("b"))),
                () -> assertEquals(2, nlink(f.m("a")), "nlink of a"),
                () -> assertEquals(2, nlink(f.m("b")), "nlink of b"));
        long c2 = m().checkpoint();
        f.remount(c2);
        assertAll("after a remount at the checkpoint (a looked up first)",
                () -> assertEquals("v2", Files.readString(f.m("a")), "a write through b shows through a"),
                () -> assertEquals("v2", Files.readString(f.m("b"))),
                () -> assertEquals(ino(f.m("a")), ino(f.m("b"))),
                () -> assertEquals(2, nlink(f.m("a")), "nlink of a"),
                () -> assertEquals(2, nlink(f.m("b")), "nlink of b"));
    }

    @Test
    void symlinksReadlinkFollowAndDangle() throws Exception {
        Files.writeString(f.base.resolve("a.txt"), "A");
        Files.createDirectory(f.base.resolve("dir"));
        Files.writeString(f.base.resolve("dir/in"), "IN");
        Files.createSymbolicLink(f.base.resolve("blink"), Path.of("a.txt"));
        mount();

        Files.createSymbolicLink(f.m("rel"), Path.of("a.txt"));
        Files.createSymbolicLink(f.m("abs"), f.m("a.txt"));
        Files.createSymbolicLink(f.m("dlink"), Path.of("dir"));
        Files.createSymbolicLink(f.m("dangling"), Path.of("nowhere/at/all"));
        assertEquals(Path.of("a.txt"), Files.readSymbolicLink(f.m("rel")));
        assertEquals(f.m("a.txt"), Files.readSymbolicLink(f.m("abs")));
        assertEquals("A", Files.readString(f.m("rel")));
        assertEquals("A", Files.readString(f.m("abs")));
        assertEquals(Set.of("in"), names(f.m("dlink")));
        assertEquals("IN", Files.readString(f.m("dlink/in")));
        assertTrue(Files.isSymbolicLink(f.m("dangling")));
        assertFalse(Files.exists(f.m("dangling")), "a dangling link does not resolve");
        assertTrue(Files.exists(f.m("dangling"), NF));
        assertEquals(Path.of("nowhere/at/all"), Files.readSymbolicLink(f.m("dangling")));
        assertEquals(S_IFLNK, mode(f.m("dangling")) & S_IFMT);
        assertEquals("nowhere/at/all".length(),
                Files.readAttributes(f.m("dangling"), BasicFileAttributes.class, NF).size(),
                "a symlink's size is its target's length");

        Files.move(f.m("blink"), f.m("blink2"), StandardCopyOption.ATOMIC_MOVE);       // base symlink, renamed
        assertEquals(Path.of("a.txt"), Files.readSymbolicLink(f.m("blink2")));
        assertEquals("A", Files.readString(f.m("blink2")));
        Files.createSymbolicLink(f.m("later"), Path.of("later.txt"));
        assertFalse(Files.exists(f.m("later")));
        Files.writeString(f.m("later"), "created through the link");                   // creates the target
        assertEquals("created through the link", Files.readString(f.m("later.txt")));
        assertTrue(Files.isSymbolicLink(f.m("later")));
        Files.delete(f.m("dangling"));
        assertFalse(Files.exists(f.m("dangling"), NF));
        assertEquals(Set.of("a.txt", "abs", "blink2", "dir", "dlink", "later", "later.txt", "rel"), names(f.mnt));
    }

    @Test
    void chmodChownAndUtimesOnBaseAndNewFiles() throws Exception {
        Files.writeString(f.base.resolve("b.txt"), "B");
        Files.createDirectory(f.base.resolve("bd"));
        Files.writeString(f.base.resolve("bd/in"), "IN");
        mount();
        Files.writeString(f.m("n.txt"), "N");

        for (String n : List.of("b.txt", "n.txt", "bd")) {
            Path p = f.m(n);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-x---"));
            assertEquals(0750, mode(p) & 07777, n);
            Files.setAttribute(p, "unix:uid", 4321);
            Files.setAttribute(p, "unix:gid", 8765);
            assertEquals(4321, unix(p).get("uid"), n);
            assertEquals(8765, unix(p).get("gid"), n);
            Files.setAttribute(p, "unix:gid", 1111);
            assertEquals(4321, unix(p).get("uid"), n + ": changing the group keeps the owner");
            Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(T2001, T2002, null);
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, NF);
            assertEquals(T2001, a.lastModifiedTime(), n);
            assertEquals(T2002, a.lastAccessTime(), n);
            assertEquals(0750, mode(p) & 07777, n + ": utimes keeps the mode");
        }
        run("touch", "-m", f.m("n.txt").toString()).ok();                               // UTIME_NOW
        assertTrue(Files.getLastModifiedTime(f.m("n.txt")).toInstant().isAfter(Instant.now().minusSeconds(60)));
        assertEquals(T2002, Files.readAttributes(f.m("n.txt"), BasicFileAttributes.class).lastAccessTime(),
                "touch -m leaves atime alone");
        assertEquals(Set.of("in"), names(f.m("bd")));
        assertEquals("IN", Files.readString(f.m("bd/in")));
    }

    @Test
    void truncateGrowsWithZerosAndShrinks() throws Exception {
        Files.writeString(f.base.resolve("base.txt"), "base");
        mount();
        Files.writeString(f.m("t"), "0123456789");

        try (FileChannel c = FileChannel.open(f.m("t"), StandardOpenOption.WRITE)) {
            c.truncate(4);
        }
        assertEquals(4, Files.size(f.m("t")));
        assertEquals("0123", Files.readString(f.m("t")));
        try (RandomAccessFile r = new RandomAccessFile(f.m("t").toFile(), "rw")) {
            r.setLength(10);
        }
        byte[] grown = Files.readAllBytes(f.m("t"));
        assertArrayEquals("0123\0\0\0\0\0\0".getBytes(StandardCharsets.UTF_8), grown);
        run("truncate", "-s", "2", f.m("t").toString()).ok();
        assertEquals("01", Files.readString(f.m("t")));
        run("truncate", "-s", "8192", f.m("base.txt").toString()).ok();
        byte[] b = Files.readAllBytes(f.m("base.txt"));
        assertEquals(8192, b.length);
        assertEquals("base", new String(b, 0, 4, StandardCharsets.UTF_8));
        assertTrue(IntStream.range(4, 8192).allMatch(i -> b[i] == 0));
        run("truncate", "-s", "0", f.m("base.txt").toString()).ok();
        assertEquals(0, Files.size(f.m("base.txt")));
    }

    @Test
    void sparseFileStaysSparse() throws Exception {
        long gib = 1L << 30;
        try (FileChannel c = FileChannel.open(f.base.resolve("bsparse"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap("tail".getBytes(StandardCharsets.UTF_8)), gib);
        }
        mount();

        try (FileChannel c = FileChannel.open(f.m("sparse"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.position(gib);
            c.write(ByteBuffer.wrap(new byte[] {'x'}));
        }
        assertEquals(gib + 1, Files.size(f.m("sparse")));
        assertTrue(blocks(f.m("sparse")) * 512 < (1 << 20),
                "a 1 GiB hole allocates (almost) nothing: " + blocks(f.m("sparse")) + " blocks");
        try (FileChannel c = FileChannel.open(f.m("sparse"), StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(4096);
            c.read(head, 0);
            assertTrue(IntStream.range(0, 4096).allMatch(i -> head.get(i) == 0));
            ByteBuffer last = ByteBuffer.allocate(8);
            assertEquals(1, c.read(last, gib));
            assertEquals('x', last.get(0));
        }
        assertTrue(blocks(layer().resolve("sparse")) * 512 < (1 << 20));

        Files.setPosixFilePermissions(f.m("bsparse"), PosixFilePermissions.fromString("rw-------"));  // copy-up
        Path up = layer().resolve("bsparse");
        assertTrue(Files.isRegularFile(up, NF));
        assertEquals(gib + 4, Files.size(up));
        assertTrue(blocks(up) * 512 < (1 << 20), "copy-up keeps holes: " + blocks(up) + " blocks");
        assertTrue(blocks(f.m("bsparse")) * 512 < (1 << 20));
        try (FileChannel c = FileChannel.open(f.m("bsparse"), StandardOpenOption.READ)) {
            ByteBuffer tail = ByteBuffer.allocate(4);
            c.read(tail, gib);
            assertEquals("tail", new String(tail.array(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void largeFileRoundTripsAndCopiesUpIntact() throws Exception {
        byte[] chunk = new byte[1 << 20];
        Random rnd = new Random(42);
        MessageDigest baseSum = MessageDigest.getInstance("SHA-256");
        try (OutputStream o = Files.newOutputStream(f.base.resolve("big-base"))) {
            for (int i = 0; i < 20; i++) {
                rnd.nextBytes(chunk);
                o.write(chunk);
                baseSum.update(chunk);
            }
        }
        mount();

        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (FileChannel c = FileChannel.open(f.m("big"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < 50; i++) {
                rnd.nextBytes(chunk);
                written.update(chunk);
                ByteBuffer bb = ByteBuffer.wrap(chunk);
                while (bb.hasRemaining()) c.write(bb);
            }
            c.force(true);
        }
        String expected = HexFormat.of().formatHex(written.digest());
        assertEquals(50L << 20, Files.size(f.m("big")));
        assertEquals(expected, sha(f.m("big")), "50 MB read back through the mount");
        assertEquals(expected, sha(layer().resolve("big")), "50 MB in the writable layer");

        rnd.nextBytes(chunk);
        Files.write(f.m("big-base"), chunk, StandardOpenOption.APPEND);                       // copy-up of 20 MB
        baseSum.update(chunk);
        assertEquals(21L << 20, Files.size(f.m("big-base")));
        assertEquals(HexFormat.of().formatHex(baseSum.digest()), sha(f.m("big-base")));
        assertEquals(20L << 20, Files.size(f.base.resolve("big-base")));
    }

    @Test
    void fallocateReservesSpaceAndPunchesHoles() throws Exception {
        Files.writeString(f.base.resolve("base.txt"), "base content");
        mount();

        run("fallocate", "-l", "8M", f.m("fa").toString()).ok();
        assertEquals(8L << 20, Files.size(f.m("fa")));
        assertTrue(blocks(f.m("fa")) * 512 >= (8L << 20), "fallocate allocated: " + blocks(f.m("fa")) + " blocks");

        Out r = py("import os,sys\nfd = os.open(sys.argv[1], os.O_RDWR)\nos.posix_fallocate(fd, 0, 1 << 20)\n"
                + "os.close(fd)\nprint(os.stat(sys.argv[1]).st_size)", f.m("base.txt").toString());
        assertEquals(String.valueOf(1 << 20), r.text(), "posix_fallocate on a base file: " + r);
        byte[] b = Files.readAllBytes(f.m("base.txt"));
        assertEquals("base content", new String(b, 0, 12, StandardCharsets.UTF_8));
        assertTrue(IntStream.range(12, b.length).allMatch(i -> b[i] == 0));

        byte[] ones = new byte[3 * 4096];
        Arrays.fill(ones, (byte) 1);
        Files.write(f.m("holes"), ones);
        run("fallocate", "-p", "-o", "4096", "-l", "4096", f.m("holes").toString()).ok();
        byte[] h = Files.readAllBytes(f.m("holes"));
        assertEquals(3 * 4096, h.length, "punching a hole keeps the size");
        assertTrue(IntStream.range(0, 4096).allMatch(i -> h[i] == 1));
        assertTrue(IntStream.range(4096, 8192).allMatch(i -> h[i] == 0), "the punched range reads as zeros");
        assertTrue(IntStream.range(8192, 12288).allMatch(i -> h[i] == 1));
    }

    @Test
    void userXattrsSetGetListRemove() throws Exception {
        Files.writeString(f.base.resolve("b.txt"), "B");
        setXattr(f.base.resolve("b.txt"), "x", "base-x");
        Files.createDirectory(f.base.resolve("bd"));
        mount();
        Files.writeString(f.m("n.txt"), "N");
        Files.createDirectory(f.m("nd"));

        assertEquals("base-x", getXattr(f.m("b.txt"), "x"), "a base xattr, read without copy-up");
        assertFalse(Files.exists(layer().resolve("b.txt"), NF), "reading an xattr does not copy up");
        for (String n : List.of("b.txt", "n.txt", "nd", "bd")) {
            Path p = f.m(n);
            setXattr(p, "a", "1");
            setXattr(p, "b", "two");
            assertEquals("1", getXattr(p, "a"), n);
            assertEquals("two", getXattr(p, "b"), n);
            setXattr(p, "a", "one");
            assertEquals("one", getXattr(p, "a"), n + ": replaced");
            Set<String> expected = n.equals("b.txt") ? Set.of("a", "b", "x") : Set.of("a", "b");
            assertEquals(expected, Set.copyOf(xattrs(p)), n);
            removeXattr(p, "a");
            assertEquals("ENODATA", pyXattr("get", p, "user.a"), n + ": removed");
            assertEquals("ENODATA", pyXattr("remove", p, "user.a"), n + ": removing twice");
            expected = n.equals("b.txt") ? Set.of("b", "x") : Set.of("b");
            assertEquals(expected, Set.copyOf(xattrs(p)), n);
        }
        assertEquals("base-x", getXattr(f.base.resolve("b.txt"), "x"));
        assertEquals(List.of("x"), xattrs(f.base.resolve("b.txt")), "base xattrs untouched");
        assertEquals("EEXIST", py("import os,sys,errno\ntry:\n os.setxattr(sys.argv[1], 'user.b', b'v', os.XATTR_CREATE)\n"
                + " print('OK')\nexcept OSError as e: print(errno.errorcode[e.errno])", f.m("n.txt").toString()).text());
        assertEquals("ENODATA", py("import os,sys,errno\ntry:\n os.setxattr(sys.argv[1], 'user.q', b'v', os.XATTR_REPLACE)\n"
                + " print('OK')\nexcept OSError as e: print(errno.errorcode[e.errno])", f.m("n.txt").toString()).text());
    }

    @Test
    void privateXattrsNeverShowThroughTheMount() throws Exception {
        Files.writeString(f.base.resolve("b.txt"), "B");
        Files.createDirectories(f.base.resolve("bd/x"));
        Files.writeString(f.base.resolve("bd/x/f"), "F");
        Files.createDirectories(f.base.resolve("od"));
        Files.writeString(f.base.resolve("od/f"), "F");
        mount();
        Files.writeString(f.m("n.txt"), "N");                       // trusted.deltabox.ino in the layer
        Files.createDirectory(f.m("nd"));                           // + trusted.overlay.opaque
        Files.writeString(f.m("b.txt"), "B2");                      // copied up
        Files.writeString(f.m("bd/x/g"), "G");                      // copied-up directories
        deleteTree(f.m("od"));
        Files.createDirectory(f.m("od"));                           // opaque over a deleted base dir
        Files.move(f.m("bd"), f.m("bd2"), StandardCopyOption.ATOMIC_MOVE); // copyUpTree marks it opaque
        Files.createSymbolicLink(f.m("sl"), Path.of("n.txt"));
        Files.writeString(f.m("linked"), "L");
        Files.createLink(f.m("linked2"), f.m("linked"));
        long c = m().checkpoint();

        Path frozen = f.state.resolve("layers").resolve(Long.toString(c));
        assertEquals("y", pyXattr("get", frozen.resolve("nd"), "trusted.overlay.opaque"),
                "precondition: the layer does carry the private marks");
        assertNotEquals("ENODATA", pyXattr("get", frozen.resolve("n.txt"), "trusted.deltabox.ino"));
        for (String n : List.of("", "n.txt", "nd", "b.txt", "bd2", "bd2/x", "bd2/x/g", "od", "sl", "linked2")) {
            Path p = n.isEmpty() ? f.mnt : f.m(n);
            String listed = pyXattr("list", p, null);
            for (String name : listed.lines().toList()) {
                assertFalse(name.startsWith("trusted.overlay.") || name.startsWith("trusted.deltabox."),
                        "listxattr(" + n + ") shows private " + name);
            }
            assertEquals("ENODATA", pyXattr("get", p, "trusted.deltabox.ino"), n);
            assertEquals("ENODATA", pyXattr("get", p, "trusted.overlay.opaque"), n);
        }
        assertEquals("EPERM", pyXattr("set", f.m("n.txt"), "trusted.overlay.opaque", "y"));
        assertEquals("EPERM", pyXattr("set", f.m("nd"), "trusted.deltabox.ino", "12345678"));
        assertEquals(Set.of(), names(f.m("nd")));
    }

    @Test
    void fifoPassesDataBetweenTwoProcesses() throws Exception {
        run("mkfifo", f.base.resolve("bfifo").toString()).ok();
        mount();

        run("mkfifo", "-m", "0640", f.m("p").toString()).ok();
        assertEquals(S_IFIFO, mode(f.m("p")) & S_IFMT);
        assertEquals(0640, mode(f.m("p")) & 07777);
        assertTrue(names(f.mnt).contains("p"));
        assertEquals(S_IFIFO, mode(f.m("bfifo")) & S_IFMT, "a base FIFO shows as a FIFO");
        for (Path fifo : List.of(f.m("p"), f.m("bfifo"))) {
            Process reader = new ProcessBuilder("cat", fifo.toString()).start();
            CompletableFuture<String> got = readAsync(reader.getInputStream());
            try {
                run("sh", "-c", "seq 1 20000 > \"$1\"", "sh", fifo.toString()).ok();
                assertTrue(reader.waitFor(30, TimeUnit.SECONDS), "reader of " + fifo + " finished");
                String want = IntStream.rangeClosed(1, 20000).mapToObj(Integer::toString)
                        .collect(Collectors.joining("\n", "", "\n"));
                assertEquals(want, got.get(10, TimeUnit.SECONDS), "data through " + fifo);
            } finally {
                reader.destroyForcibly();
            }
        }
    }

    @Test
    void mknodMakesDeviceNodes() throws Exception {
        mount();
        run("mknod", "-m", "0600", f.m("cdev").toString(), "c", "1", "3").ok();
        PStat s = pstat(f.m("cdev"));
        assertEquals(S_IFCHR, s.mode & S_IFMT);
        assertEquals(0600, s.mode & 07777);
        assertEquals(1, s.major);
        assertEquals(3, s.minor);
        assertEquals(Set.of("cdev"), names(f.mnt));
        long c = m().checkpoint();
        Files.delete(f.m("cdev"));
        assertFalse(Files.exists(f.m("cdev"), NF));
        m().rollback(c);
        s = pstat(f.m("cdev"));
        assertEquals(S_IFCHR, s.mode & S_IFMT);
        assertEquals(3, s.minor);
    }

    @Test
    void statfsReportsTheBackingFilesystem() throws Exception {
        mount();
        FileStore store = Files.getFileStore(f.mnt);
        assertTrue(store.getTotalSpace() > 0, "total space");
        assertTrue(store.getUsableSpace() > 0 && store.getUsableSpace() <= store.getTotalSpace(), "usable space");
        assertEquals("fuse.deltafs", store.type());
        assertEquals(Files.getFileStore(f.state).getTotalSpace(), store.getTotalSpace(),
                "statfs of the layer store's filesystem");
    }

    @Test
    void fsyncReachesTheWritableLayer() throws Exception {
        Files.writeString(f.base.resolve("b.txt"), "base");
        mount();
        try (FileChannel c = FileChannel.open(f.m("n.txt"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap("synced".getBytes(StandardCharsets.UTF_8)));
            c.force(true);
            assertEquals("synced", Files.readString(layer().resolve("n.txt")));
            c.write(ByteBuffer.wrap("+data".getBytes(StandardCharsets.UTF_8)));
            c.force(false);
            assertEquals("synced+data", Files.readString(layer().resolve("n.txt")));
        }
        try (FileChannel c = FileChannel.open(f.m("b.txt"), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            c.write(ByteBuffer.wrap("+more".getBytes(StandardCharsets.UTF_8)));
            c.force(true);
        }
        assertEquals("base+more", Files.readString(layer().resolve("b.txt")));
        assertEquals("base", Files.readString(f.base.resolve("b.txt")));
    }

    @Test
    void flockConflictsBetweenProcesses() throws Exception {
        Files.writeString(f.base.resolve("base.lock"), "");
        mount();
        Files.writeString(f.m("new.lock"), "");
        for (String n : List.of("new.lock", "base.lock")) {
            assertLockConflict("flock", f.m(n));
        }
    }

    @Test
    void posixLocksConflictBetweenProcesses() throws Exception {
        Files.writeString(f.base.resolve("base.lock"), "");
        mount();
        Files.writeString(f.m("new.lock"), "");
        for (String n : List.of("new.lock", "base.lock")) {
            assertLockConflict("lockf", f.m(n));
        }
        // This JVM holds an fcntl lock (FileChannel.lock); another process must not get it.
        try (FileChannel c = FileChannel.open(f.m("new.lock"), StandardOpenOption.WRITE);
             FileLock l = c.lock()) {
            assertTrue(l.isValid());
            assertEquals("busy", py(LOCK_TRY, "lockf", f.m("new.lock").toString()).text());
        }
        assertEquals("acquired", py(LOCK_TRY, "lockf", f.m("new.lock").toString()).text());
    }

    @Test
    void readdirListsTheMergedView() throws Exception {
        for (String n : List.of("keep.txt", "del.txt", "ren.txt", "mod.txt")) Files.writeString(f.base.resolve(n), n);
        Files.createDirectories(f.base.resolve("dir1"));
        Files.writeString(f.base.resolve("dir1/a"), "a");
        Files.writeString(f.base.resolve("dir1/b"), "b");
        Files.createDirectories(f.base.resolve("dir2"));
        Files.writeString(f.base.resolve("dir2/c"), "c");
        Files.createDirectories(f.base.resolve("gone"));
        Files.writeString(f.base.resolve("gone/z"), "z");
        Files.createDirectories(f.base.resolve("many"));
        for (int i = 0; i < 300; i++) Files.writeString(f.base.resolve(String.format("many/base-%03d", i)), "b");
        mount();

        Files.delete(f.m("del.txt"));
        Files.move(f.m("ren.txt"), f.m("ren2.txt"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(f.m("mod.txt"), "modified");
        Files.writeString(f.m("new.txt"), "new");
        Files.createDirectory(f.m("newdir"));
        Files.delete(f.m("dir1/a"));
        Files.writeString(f.m("dir1/n"), "n");
        deleteTree(f.m("gone"));
        Files.writeString(f.m("gone"), "now a file");            // a file where a base directory was
        Set<String> many = new TreeSet<>();
        for (int i = 0; i < 300; i++) {
            String n = String.format("base-%03d", i);
            if (i % 3 == 0) Files.delete(f.m("many/" + n));
            else many.add(n);
        }
        for (int i = 0; i < 200; i++) {
            String n = String.format("upper-name-that-is-quite-long-%03d", i);
            Files.writeString(f.m("many/" + n), "u");
            many.add(n);
        }

        Set<String> root = Set.of("keep.txt", "ren2.txt", "mod.txt", "new.txt", "newdir", "dir1", "dir2", "gone", "many");
        assertEquals(root, names(f.mnt));
        assertEquals(Set.of("b", "n"), names(f.m("dir1")));
        assertEquals(Set.of("c"), names(f.m("dir2")));
        assertEquals(Set.of(), names(f.m("newdir")));
        assertTrue(Files.isRegularFile(f.m("gone"), NF));
        assertEquals(many, names(f.m("many")));
        List<String> raw = lsRaw(f.m("many"));
        assertEquals(raw.size(), new TreeSet<>(raw).size(), "no name listed twice");
        for (String dir : List.of("", "dir1", "many")) {
            assertEquals("", pyInodeMismatches(dir.isEmpty() ? f.mnt : f.m(dir)),
                    "readdir d_ino equals stat st_ino in /" + dir);
        }
        m().checkpoint();
        Files.writeString(f.m("after.txt"), "after");
        assertEquals(new TreeSet<>(Stream.concat(root.stream(), Stream.of("after.txt")).toList()), names(f.mnt));
        assertEquals(many, names(f.m("many")));
    }

    @Test
    void inodeNumbersAreStableAcrossCopyUpCheckpointAndRollback() throws Exception {
        Files.writeString(f.base.resolve("a.txt"), "A");
        Files.createDirectories(f.base.resolve("d/s"));
        Files.writeString(f.base.resolve("d/s/f"), "F");
        long aIno = ino(f.base.resolve("a.txt"));
        long dIno = ino(f.base.resolve("d"));
        long fIno = ino(f.base.resolve("d/s/f"));
        mount();

        assertEquals(aIno, ino(f.m("a.txt")));
        Files.writeString(f.m("a.txt"), "A1");                         // copy-up
        Files.writeString(f.m("d/s/f"), "F1");                         // copy-up of d, d/s, d/s/f
        assertEquals(aIno, ino(f.m("a.txt")), "after copy-up");
        assertEquals(dIno, ino(f.m("d")), "directory after copy-up");
        assertEquals(fIno, ino(f.m("d/s/f")));
        Files.writeString(f.m("n.txt"), "N");
        long nIno = ino(f.m("n.txt"));
        long c1 = m().checkpoint();
        assertEquals(aIno, ino(f.m("a.txt")), "after checkpoint");
        assertEquals(nIno, ino(f.m("n.txt")));
        Files.writeString(f.m("a.txt"), "A2");                         // copy-up from a frozen layer
        assertEquals(aIno, ino(f.m("a.txt")));
        Files.delete(f.m("n.txt"));
        m().rollback(c1);
        assertEquals("A1", Files.readString(f.m("a.txt")));
        assertEquals(aIno, ino(f.m("a.txt")), "after rollback");
        assertEquals(nIno, ino(f.m("n.txt")), "a new file after rollback");
        assertEquals(fIno, ino(f.m("d/s/f")));
        m().rollback(0);
        assertEquals(aIno, ino(f.m("a.txt")), "after rollback to the base");
        assertEquals(dIno, ino(f.m("d")));
        f.remount(c1);
        assertEquals(aIno, ino(f.m("a.txt")), "after a remount at the checkpoint");
        assertEquals(nIno, ino(f.m("n.txt")));
    }

    @Test
    @org.junit.jupiter.api.Disabled("known gap (README, DeltaFS limitations): copy-up of one name of a base hard link "
            + "does not find the base's other names; the running mount is right, a remount splits them")
    void baseHardLinksStayOneFileOnCopyUp() throws Exception {
        Files.writeString(f.base.resolve("x"), "orig");
        Files.createLink(f.base.resolve("y"), f.base.resolve("x"));
        mount();
        assertEquals(ino(f.m("x")), ino(f.m("y")));
        assertEquals(2, nlink(f.m("x")));
        Files.writeString(f.m("x"), "new");                     // copy-up of one name of a base inode
        assertTrue(Files.exists(f.m("y")));                     // a lookup of the other name
        assertAll("in the running mount",
                () -> assertEquals("new", Files.readString(f.m("x")), "x reads what was just written to it"),
                () -> assertEquals("new", Files.readString(f.m("y")), "y is the same inode as x"),
                () -> assertEquals(ino(f.m("x")), ino(f.m("y"))));
        long c = m().checkpoint();
        f.remount(c);
        assertAll("after a remount at the checkpoint (x looked up first)",
                () -> assertEquals("new", Files.readString(f.m("x")), "x reads what was written to it"),
                () -> assertEquals("new", Files.readString(f.m("y")), "y is the same inode as x"),
                () -> assertEquals(ino(f.m("x")), ino(f.m("y"))));
    }

    @Test
    void newFilesBelongToTheirCreatorAndInheritASetgidGroup() throws Exception {
        Files.writeString(f.base.resolve("root.txt"), "root only");
        Files.setPosixFilePermissions(f.base.resolve("root.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectory(f.base.resolve("sg"));
        Files.setAttribute(f.base.resolve("sg"), "unix:gid", 4242);
        Files.setAttribute(f.base.resolve("sg"), "unix:mode", 02777);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));   // @TempDir is 0700
        Files.setPosixFilePermissions(f.base, PosixFilePermissions.fromString("rwxr-xr-x"));
        mount();
        Files.createDirectory(f.m("pub"));
        Files.setPosixFilePermissions(f.m("pub"), PosixFilePermissions.fromString("rwxrwxrwx"));

        asUser1000("echo hi > pub/u.txt && mkdir pub/ud && echo g > sg/g.txt && mkdir sg/gd").ok();
        assertEquals("hi", Files.readString(f.m("pub/u.txt")).strip());
        assertEquals(1000, unix(f.m("pub/u.txt")).get("uid"));
        assertEquals(1000, unix(f.m("pub/u.txt")).get("gid"));
        assertEquals(1000, unix(f.m("pub/ud")).get("uid"));
        assertEquals(1000, unix(f.m("sg/g.txt")).get("uid"));
        assertEquals(4242, unix(f.m("sg/g.txt")).get("gid"), "group of the setgid directory");
        assertEquals(4242, unix(f.m("sg/gd")).get("gid"));
        assertEquals(02000, mode(f.m("sg/gd")) & 02000, "a subdirectory of a setgid directory is setgid");
        assertEquals(02777, mode(f.m("sg")) & 07777, "copy-up keeps the setgid bit");

        assertNotEquals(0, asUser1000("echo x >> root.txt").code, "a user cannot write a root file of mode 0644");
        assertEquals("root only", Files.readString(f.m("root.txt")));
        assertFalse(Files.exists(layer().resolve("root.txt"), NF), "a refused write copies nothing up");
        assertNotEquals(0, asUser1000("rm -f root.txt").code, "nor delete it from a root directory");
        assertTrue(Files.exists(f.m("root.txt")));
    }

    @Test
    void writeByAnUnprivilegedOwnerClearsTheSetuidBit() throws Exception {
        Files.writeString(f.base.resolve("suid"), "#!/bin/sh\n");
        Files.setAttribute(f.base.resolve("suid"), "unix:uid", 1000);
        Files.setAttribute(f.base.resolve("suid"), "unix:gid", 1000);
        Files.setAttribute(f.base.resolve("suid"), "unix:mode", 06755);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));   // @TempDir is 0700
        Files.setPosixFilePermissions(f.base, PosixFilePermissions.fromString("rwxr-xr-x"));
        mount();
        assertEquals(06755, mode(f.m("suid")) & 07777);
        asUser1000("echo 'echo hi' >> suid").ok();
        assertEquals("#!/bin/sh\necho hi\n", Files.readString(f.m("suid")));
        assertEquals(0, mode(f.m("suid")) & 04000, "a write by a user without CAP_FSETID drops setuid");
        assertEquals(06755, mode(f.base.resolve("suid")) & 07777);
    }

    @Test
    void sharedMmapWritesReachTheFile() throws Exception {
        Files.writeString(f.base.resolve("m.bin"), "0123456789");
        mount();
        // python, not MappedByteBuffer: a JVM mapping stays until GC and would keep the mount busy
        String poke = """
                import mmap, os, sys
                fd = os.open(sys.argv[1], os.O_RDWR)
                m = mmap.mmap(fd, 10, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
                for i, ch in zip(sys.argv[2::2], sys.argv[3::2]):
                    m[int(i)] = ord(ch)
                m.flush()
                m.close()
                os.close(fd)
                """;
        py(poke, f.m("m.bin").toString(), "0", "X", "9", "Y");              // copy-up on the O_RDWR open
        assertEquals("X12345678Y", Files.readString(f.m("m.bin")));
        assertEquals("X12345678Y", Files.readString(layer().resolve("m.bin")));
        long c = m().checkpoint();
        py(poke, f.m("m.bin").toString(), "1", "Z");
        assertEquals("XZ2345678Y", Files.readString(f.m("m.bin")));
        m().rollback(c);
        assertEquals("X12345678Y", Files.readString(f.m("m.bin")));
        assertEquals("0123456789", Files.readString(f.base.resolve("m.bin")));
    }

    @Test
    void openDescriptorsFollowCopyUpCheckpointAndRollback() throws Exception {
        Files.writeString(f.base.resolve("r.txt"), "base");
        baseBefore = snapshot(f.base);
        f.mount(false); // with passthrough a reader keeps its content: DeltaFsPassthroughTest

        try (FileChannel reader = FileChannel.open(f.m("r.txt"), StandardOpenOption.READ)) {
            assertEquals("base", read(reader, 4));
            Files.writeString(f.m("r.txt"), "changed!");                         // copy-up under the reader
            assertEquals("changed!", read(reader, 8), "a reader opened on the base file sees the write");
        }
        try (FileChannel w = FileChannel.open(f.m("n.txt"), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            w.write(ByteBuffer.wrap(new byte[] {'1'}), 0);
            long c1 = m().checkpoint();
            w.write(ByteBuffer.wrap(new byte[] {'2'}), 1);                        // after the checkpoint
            assertEquals("12", Files.readString(f.m("n.txt")));
            assertEquals("12", read(w, 2));
            long c2 = m().checkpoint();
            m().rollback(c1);
            assertEquals("1", Files.readString(f.m("n.txt")), "the checkpoint did not see the later write");
            assertEquals("1", read(w, 2), "a held descriptor reads the rolled-back content");
            w.write(ByteBuffer.wrap(new byte[] {'3'}), 1);
            assertEquals("13", Files.readString(f.m("n.txt")));
            m().rollback(c2);
            assertEquals("12", Files.readString(f.m("n.txt")));
        }
    }

    @Test
    void directoryTimesFollowChangesInsideButNotCopyUp() throws Exception {
        Files.createDirectory(f.base.resolve("d"));
        Files.writeString(f.base.resolve("d/x"), "x");
        Files.writeString(f.base.resolve("d/y"), "y");
        Files.setLastModifiedTime(f.base.resolve("d"), T2001);
        mount();
        Instant recent = Instant.now().minusSeconds(60);

        Files.writeString(f.m("d/y"), "changed");                           // copy-up: d's times unchanged
        assertEquals(T2001, Files.getLastModifiedTime(f.m("d")));
        Files.writeString(f.m("d/n"), "n");                                  // create
        assertTrue(Files.getLastModifiedTime(f.m("d")).toInstant().isAfter(recent), "create updates the parent");
        Files.setLastModifiedTime(f.m("d"), T2001);
        Files.delete(f.m("d/x"));                                            // unlink of a base file
        assertTrue(Files.getLastModifiedTime(f.m("d")).toInstant().isAfter(recent), "unlink updates the parent");
        Files.setLastModifiedTime(f.m("d"), T2001);
        Files.move(f.m("d/y"), f.m("d/y2"), StandardCopyOption.ATOMIC_MOVE);
        assertTrue(Files.getLastModifiedTime(f.m("d")).toInstant().isAfter(recent), "rename updates the parent");
    }

    @Test
    void unusualAndNonUtf8NamesWorkAndSurviveARemount() throws Exception {
        py("""
                import os, sys
                b = os.fsencode(sys.argv[1])
                for n, c in [(b'base-\\xe9.txt', b'latin1'), ('sp ace.txt'.encode(), b'space'),
                             ('\u00fcn\u00ef-\u540d.txt'.encode(), b'utf8'), (b'nl\\nname', b'newline')]:
                    open(os.path.join(b, n), 'wb').write(c)
                os.mkdir(os.path.join(b, b'dir-\\xfe'))
                open(os.path.join(b, b'dir-\\xfe', b'in-\\xfd'), 'wb').write(b'inside')
                """, f.base.toString());
        mount();

        Out r = py("""
                import os, sys, errno
                m = os.fsencode(sys.argv[1])
                j = lambda *a: os.path.join(m, *a)
                def step(name, fn):
                    try:
                        fn()
                        print(name + ': OK')
                    except OSError as e:
                        print(name + ': ' + errno.errorcode[e.errno])
                step('append to base latin1 name', lambda: open(j(b'base-\\xe9.txt'), 'ab').write(b'+more'))
                step('append to base latin1 dir/name', lambda: open(j(b'dir-\\xfe', b'in-\\xfd'), 'ab').write(b'+more'))
                step('chmod base utf8 name', lambda: os.chmod(j('\u00fcn\u00ef-\u540d.txt'.encode()), 0o600))
                step('create new latin1 name', lambda: open(j(b'new-\\xff'), 'wb').write(b'new'))
                step('mkdir new latin1 dir', lambda: os.mkdir(j(b'newdir-\\xfc')))
                step('create in new latin1 dir', lambda: open(j(b'newdir-\\xfc', b'f-\\xfb'), 'wb').write(b'deep'))
                step('rename sp ace.txt', lambda: os.rename(j(b'sp ace.txt'), j(b'moved-\\xfa')))
                step('setxattr new latin1 name', lambda: os.setxattr(j(b'new-\\xff'), 'user.k', b'v'))
                step('create 255 bytes', lambda: open(j(b'a' * 255), 'wb').write(b'long'))
                step('create 256 bytes', lambda: open(j(b'a' * 256), 'wb'))
                """, f.mnt.toString());
        String ops = r.text();
        long c = m().checkpoint();
        String running = pyTree(f.mnt);
        f.remount(c);
        String remounted = pyTree(f.mnt);
        String xattr = py("import os, sys, errno\ntry:\n    print(os.getxattr(os.path.join(os.fsencode(sys.argv[1]), "
                + "b'new-\\xff'), 'user.k').decode())\nexcept OSError as e:\n    print(errno.errorcode[e.errno])",
                f.mnt.toString()).text();
        assertAll(
                () -> assertEquals("""
                        append to base latin1 name: OK
                        append to base latin1 dir/name: OK
                        chmod base utf8 name: OK
                        create new latin1 name: OK
                        mkdir new latin1 dir: OK
                        create in new latin1 dir: OK
                        rename sp ace.txt: OK
                        setxattr new latin1 name: OK
                        create 255 bytes: OK
                        create 256 bytes: ENAMETOOLONG""", ops, "operations in the running mount"),
                () -> {
                    for (String want : List.of("b'base-\\xe9.txt'", "b'dir-\\xfe/in-\\xfd'", "b'new-\\xff'",
                            "b'newdir-\\xfc/f-\\xfb'", "b'moved-\\xfa'", "b'nl\\nname'")) {
                        assertTrue(running.contains(want), want + " listed in\n" + running);
                    }
                },
                () -> assertEquals(running, remounted, "the same names and contents after a remount"),
                () -> assertEquals("v", xattr, "xattr of a non-UTF-8 name after a remount"));
    }

    // =====================================================================================
    // 5. checkpoint and rollback
    // =====================================================================================

    @Test
    void rollbackRestoresContentDeletedFilesAndRenamedDirectories() throws Exception {
        Files.writeString(f.base.resolve("a.txt"), "A");
        Files.writeString(f.base.resolve("del.txt"), "D");
        Files.createDirectories(f.base.resolve("d/s"));
        Files.writeString(f.base.resolve("d/x"), "X");
        Files.writeString(f.base.resolve("d/s/y"), "Y");
        mount();

        Files.writeString(f.m("a.txt"), "A1");
        Files.createDirectory(f.m("kept"));
        long c1 = m().checkpoint();
        Files.writeString(f.m("a.txt"), "A2");
        Files.delete(f.m("del.txt"));
        Files.move(f.m("d"), f.m("d2"), StandardCopyOption.ATOMIC_MOVE);
        Files.delete(f.m("d2/x"));
        Files.writeString(f.m("d2/s/y"), "Y2");
        Files.writeString(f.m("new.txt"), "new");
        deleteTree(f.m("kept"));

        m().rollback(c1);
        assertEquals(Set.of("a.txt", "del.txt", "d", "kept"), names(f.mnt));
        assertEquals("A1", Files.readString(f.m("a.txt")));
        assertEquals("D", Files.readString(f.m("del.txt")));
        assertEquals(Set.of("x", "s"), names(f.m("d")));
        assertEquals("X", Files.readString(f.m("d/x")));
        assertEquals("Y", Files.readString(f.m("d/s/y")));
        assertFalse(Files.exists(f.m("d2"), NF));
        assertFalse(Files.exists(f.m("new.txt"), NF));
        assertTrue(Files.isDirectory(f.m("kept")));
        assertEquals(c1, m().current());

        m().rollback(0);
        assertEquals(Set.of("a.txt", "del.txt", "d"), names(f.mnt));
        assertEquals("A", Files.readString(f.m("a.txt")));
        m().rollback(c1);
        assertEquals("A1", Files.readString(f.m("a.txt")));
    }

    @Test
    void checkpointTreeBranchesAreEachRestorable() throws Exception {
        Files.writeString(f.base.resolve("a"), "base");
        mount();

        Files.writeString(f.m("a"), "1");
        long c1 = m().checkpoint();
        Files.writeString(f.m("a"), "2");
        Files.writeString(f.m("only2"), "two");
        long c2 = m().checkpoint();
        m().rollback(c1);
        assertEquals("1", Files.readString(f.m("a")));
        assertFalse(Files.exists(f.m("only2"), NF));
        Files.writeString(f.m("a"), "3");
        Files.createDirectory(f.m("only3"));
        Files.writeString(f.m("only3/f"), "three");
        long c3 = m().checkpoint();
        assertEquals(3, Set.of(c1, c2, c3).size());

        m().rollback(c2);
        assertEquals("2", Files.readString(f.m("a")));
        assertEquals("two", Files.readString(f.m("only2")));
        assertFalse(Files.exists(f.m("only3"), NF));
        assertEquals(Set.of("a", "only2"), names(f.mnt));
        m().rollback(c3);
        assertEquals("3", Files.readString(f.m("a")));
        assertEquals("three", Files.readString(f.m("only3/f")));
        assertFalse(Files.exists(f.m("only2"), NF));
        assertEquals(Set.of("a", "only3"), names(f.mnt));
        m().rollback(c1);
        assertEquals("1", Files.readString(f.m("a")));
        assertEquals(Set.of("a"), names(f.mnt));
        m().rollback(c2);
        assertEquals("2", Files.readString(f.m("a")));

        Map<Long, Long> parents = new TreeMap<>();
        for (DeltaMount.CheckpointInfo ci : m().tree()) parents.put(ci.id(), ci.parent());
        assertEquals(Map.of(c1, 0L, c2, c1, c3, c1), parents, "the checkpoint tree");
        assertEquals(c2, m().current());
    }

    @Test
    void rollbackToUnknownCheckpointThrowsAndLeavesTheViewAlone() throws Exception {
        mount();
        Files.writeString(f.m("a"), "1");
        long c1 = m().checkpoint();
        Files.writeString(f.m("a"), "2");

        DeltaFsException e = assertThrows(DeltaFsException.class, () -> m().rollback(424242));
        assertTrue(e.getMessage().contains("unknown checkpoint") && e.getMessage().contains("424242"),
                "message names the problem and the id: " + e.getMessage());
        assertThrows(DeltaFsException.class, () -> m().rollback(c1 + 1), "the writable layer is not a checkpoint");
        assertThrows(DeltaFsException.class, () -> m().rollback(-1));
        assertEquals("2", Files.readString(f.m("a")), "a failed rollback changes nothing");
        assertEquals(c1, m().current());
        Files.writeString(f.m("a"), "3");
        long c2 = m().checkpoint();
        m().rollback(c1);
        assertEquals("1", Files.readString(f.m("a")));
        m().rollback(c2);
        assertEquals("3", Files.readString(f.m("a")));
    }

    /** The state directory must give back exactly the same view after a remount. */
    @Test
    void remountAtCheckpointShowsTheSameViewAsRollback() throws Exception {
        Files.createDirectories(f.base.resolve("od"));
        Files.writeString(f.base.resolve("od/basefile"), "B");
        Files.writeString(f.base.resolve("a"), "A");
        mount();

        deleteTree(f.m("od"));
        Files.createDirectory(f.m("od"));                      // opaque in layer c1
        Files.writeString(f.m("a"), "A1");
        long c1 = m().checkpoint();
        Files.writeString(f.m("od/new"), "N");                  // copies od up into the next layer
        long c2 = m().checkpoint();
        m().rollback(c1);
        m().rollback(c2);
        assertEquals(Set.of("new"), names(f.m("od")), "in the running mount");

        f.remount(c2);
        assertEquals(Set.of("new"), names(f.m("od")), "after a remount at " + c2 + ": the base content of a "
                + "directory recreated in an older layer must stay hidden");
        assertFalse(Files.exists(f.m("od/basefile"), NF));
        assertEquals("A1", Files.readString(f.m("a")));
    }

    /** Mixed changes over several layers: a remount at the checkpoint shows exactly what the mount showed. */
    @Test
    void remountShowsExactlyTheViewOfTheRunningMount() throws Exception {
        for (String n : List.of("keep.txt", "del.txt", "ren.txt", "mod.txt", "chm.txt")) {
            Files.writeString(f.base.resolve(n), n);
        }
        Files.createDirectories(f.base.resolve("d/s/t"));
        Files.writeString(f.base.resolve("d/x"), "x");
        Files.writeString(f.base.resolve("d/s/y"), "y");
        Files.writeString(f.base.resolve("d/s/t/z"), "z");
        Files.createDirectories(f.base.resolve("gone"));
        Files.writeString(f.base.resolve("gone/g"), "g");
        Files.createDirectories(f.base.resolve("emptied"));
        Files.writeString(f.base.resolve("emptied/e"), "e");
        Files.createSymbolicLink(f.base.resolve("sl"), Path.of("keep.txt"));
        mount();

        Files.delete(f.m("del.txt"));
        Files.move(f.m("ren.txt"), f.m("ren2.txt"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(f.m("mod.txt"), "modified");
        m().checkpoint();
        Files.setPosixFilePermissions(f.m("chm.txt"), PosixFilePermissions.fromString("rwx------"));
        Files.delete(f.m("d/s/y"));
        Files.move(f.m("d"), f.m("d2"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(f.m("d2/s/t/z"), "z2");
        deleteTree(f.m("gone"));
        Files.writeString(f.m("gone"), "a file now");
        Files.delete(f.m("emptied/e"));
        m().checkpoint();
        Files.writeString(f.m("emptied/new"), "new");
        Files.createDirectories(f.m("nd/sub"));
        Files.writeString(f.m("nd/sub/f"), "f");
        Files.createLink(f.m("nd/hl"), f.m("keep.txt"));
        Files.createSymbolicLink(f.m("nsl"), Path.of("nd/sub/f"));
        run("mkfifo", f.m("fifo").toString()).ok();
        setXattr(f.m("keep.txt"), "k", "v");
        Files.move(f.m("sl"), f.m("nd/sl"), StandardCopyOption.ATOMIC_MOVE);
        long c3 = m().checkpoint();
        Map<String, String> running = viewTree(f.mnt);

        f.remount(c3);
        assertEquals(running, viewTree(f.mnt), "the view after a remount at " + c3);
        m().rollback(c3);
        assertEquals(running, viewTree(f.mnt), "the view after a rollback in the remounted view");
    }

    // =====================================================================================
    // helpers
    // =====================================================================================

    /** The writable layer of view "main": the last head line of tree.log. */
    private Path layer() throws IOException {
        List<String> lines = Files.readAllLines(f.state.resolve("tree.log"));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] w = lines.get(i).split(" ");
            if (w.length >= 3 && w[0].equals("head") && w[1].equals("main")) {
                return f.state.resolve("layers").resolve(w[2]);
            }
        }
        throw new AssertionError("no head line in tree.log");
    }

    private static void assertWhiteout(Path p) throws IOException {
        assertTrue(Files.exists(p, NF), "whiteout expected at " + p);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", NF);
        assertEquals(S_IFCHR, mode & S_IFMT, "whiteout at " + p + " is a character device");
        assertEquals(0L, ((Number) Files.getAttribute(p, "unix:rdev", NF)).longValue(), "whiteout device is 0/0");
    }

    /** Every path of a view with type, mode, owner, ino, nlink, size, mtime, content/target and user xattrs. */
    private static Map<String, String> viewTree(Path root) throws Exception {
        Map<String, String> out = snapshot(root);
        out.replaceAll((k, v) -> v.replaceAll(" ctime=\\S+", ""));      // ctime of a copy-up is its own
        return out;
    }

    private static String read(FileChannel c, int max) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(max);
        int n = c.read(b, 0);
        return new String(b.array(), 0, Math.max(n, 0), StandardCharsets.UTF_8);
    }

    /** Runs {@code script} with sh in the mount point as uid/gid 1000 without supplementary groups. */
    private Out asUser1000(String script) throws Exception {
        return run("setpriv", "--reuid=1000", "--regid=1000", "--clear-groups", "sh", "-c",
                "cd \"$1\" && " + script, "sh", f.mnt.toString());
    }

    private static Map<String, Object> unix(Path p) throws IOException {
        return Files.readAttributes(p, "unix:*", NF);
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", NF);
    }

    private static long ino(Path p) throws IOException {
        return (Long) Files.getAttribute(p, "unix:ino", NF);
    }

    private static int nlink(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:nlink", NF);
    }

    /** st_blocks (512-byte units). */
    private static long blocks(Path p) throws Exception {
        return Long.parseLong(run("stat", "-c", "%b", p.toString()).ok().text());
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every name of a listing as the kernel returns it (duplicates kept). */
    private static List<String> lsRaw(Path dir) throws Exception {
        return run("ls", "-1Uf", dir.toString()).ok().out.lines()
                .filter(n -> !n.equals(".") && !n.equals("..")).toList();
    }

    /** Every path below {@code root}, relative to it. */
    private static Set<String> treeBelow(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    private static boolean mountedAt(Path mp) throws IOException {
        String want = mp.toAbsolutePath().normalize().toString();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            String[] w = line.split(" ");
            if (w.length > 4 && w[4].replace("\\040", " ").equals(want)) return true;
        }
        return false;
    }

    private static void setXattr(Path p, String name, String value) throws IOException {
        Files.getFileAttributeView(p, UserDefinedFileAttributeView.class)
                .write(name, ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String getXattr(Path p, String name) throws IOException {
        UserDefinedFileAttributeView v = Files.getFileAttributeView(p, UserDefinedFileAttributeView.class);
        ByteBuffer b = ByteBuffer.allocate(v.size(name));
        v.read(name, b);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    private static List<String> xattrs(Path p) throws IOException {
        return Files.getFileAttributeView(p, UserDefinedFileAttributeView.class).list().stream().sorted().toList();
    }

    private static void removeXattr(Path p, String name) throws IOException {
        Files.getFileAttributeView(p, UserDefinedFileAttributeView.class).delete(name);
    }

    /** A description of every path below root: type, mode, owner, size, mtime, ctime, content and xattrs. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.toList();
        }
        for (Path p : all) {
            Map<String, Object> a = unix(p);
            int mode = (Integer) a.get("mode");
            long size = (Long) a.get("size");
            StringBuilder d = new StringBuilder()
                    .append(Integer.toOctalString(mode)).append(' ').append(a.get("uid")).append(':').append(a.get("gid"))
                    .append(" ino=").append(a.get("ino")).append(" nlink=").append(a.get("nlink"))
                    .append(" size=").append(size).append(" mtime=").append(a.get("lastModifiedTime"))
                    .append(" ctime=").append(a.get("ctime"));
            int type = mode & S_IFMT;
            if (type == S_IFREG && size <= (64 << 20)) d.append(" sha=").append(sha(p));
            if (type == S_IFLNK) d.append(" -> ").append(Files.readSymbolicLink(p));
            if (type == S_IFREG || type == S_IFDIR) {
                for (String x : xattrs(p)) d.append(" user.").append(x).append('=').append(getXattr(p, x));
            }
            out.put(root.relativize(p).toString(), d.toString());
        }
        return out;
    }

    private static String sha(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** What a process printed and how it ended. */
    record Out(List<String> cmd, int code, String out, String err) {
        String text() {
            return out.strip();
        }

        Out ok() {
            assertEquals(0, code, "command failed: " + this);
            return this;
        }
    }

    private static CompletableFuture<String> readAsync(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        });
    }

    private static Out run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = readAsync(p.getInputStream());
        CompletableFuture<String> err = readAsync(p.getErrorStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + List.of(cmd));
        }
        return new Out(List.of(cmd), p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static Out py(String code, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", code));
        cmd.addAll(List.of(args));
        Out o = run(cmd.toArray(String[]::new));
        assertEquals(0, o.code, "python failed: " + o);
        return o;
    }

    private static final String RENAMEAT2 = """
            import ctypes, errno, os, sys
            libc = ctypes.CDLL(None, use_errno=True)
            libc.renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
            r = libc.renameat2(-100, os.fsencode(sys.argv[1]), -100, os.fsencode(sys.argv[2]), int(sys.argv[3]))
            print('OK' if r == 0 else errno.errorcode[ctypes.get_errno()])
            """;

    /** renameat2(2) with flags; "OK" or the errno name. */
    private static String renameat2(Path from, Path to, int flags) throws Exception {
        return py(RENAMEAT2, from.toString(), to.toString(), Integer.toString(flags)).text();
    }

    /** rename(2); "OK" or the errno name. */
    private static String pyRename(Path from, Path to) throws Exception {
        return py("import os, sys, errno\ntry:\n    os.rename(sys.argv[1], sys.argv[2]); print('OK')\n"
                + "except OSError as e:\n    print(errno.errorcode[e.errno])", from.toString(), to.toString()).text();
    }

    private static final String XATTR = """
            import errno, os, sys
            op, p = sys.argv[1], sys.argv[2]
            try:
                if op == 'list': print('\\n'.join(os.listxattr(p, follow_symlinks=False)))
                elif op == 'get': print(os.getxattr(p, sys.argv[3], follow_symlinks=False).decode('latin-1'))
                elif op == 'set': os.setxattr(p, sys.argv[3], sys.argv[4].encode(), follow_symlinks=False); print('OK')
                elif op == 'remove': os.removexattr(p, sys.argv[3], follow_symlinks=False); print('OK')
            except OSError as e:
                print(errno.errorcode[e.errno])
            """;

    /** Raw xattr calls by full name (any namespace); the result or the errno name. */
    private static String pyXattr(String op, Path p, String name, String... value) throws Exception {
        List<String> args = new ArrayList<>(List.of(op, p.toString()));
        if (name != null) args.add(name);
        args.addAll(List.of(value));
        return py(XATTR, args.toArray(String[]::new)).text();
    }

    record PStat(int mode, long ino, long nlink, long blocks, int major, int minor) {}

    private static PStat pstat(Path p) throws Exception {
        String[] w = py("import os, sys\nst = os.lstat(sys.argv[1])\nprint(st.st_mode, st.st_ino, st.st_nlink, "
                + "st.st_blocks, os.major(st.st_rdev), os.minor(st.st_rdev))", p.toString()).text().split(" ");
        return new PStat(Integer.parseInt(w[0]), Long.parseLong(w[1]), Long.parseLong(w[2]), Long.parseLong(w[3]),
                Integer.parseInt(w[4]), Integer.parseInt(w[5]));
    }

    /** Every path below root as bytes, with mode and a content hash (python: names need not be UTF-8). */
    private static String pyTree(Path root) throws Exception {
        return py("""
                import os, sys, hashlib, stat
                root = os.fsencode(sys.argv[1])
                out = []
                for dp, dns, fns in os.walk(root):
                    for n in dns + fns:
                        p = os.path.join(dp, n)
                        st = os.lstat(p)
                        h = hashlib.sha256(open(p, 'rb').read()).hexdigest()[:16] if stat.S_ISREG(st.st_mode) else '-'
                        out.append('%r %o %d %s' % (os.path.relpath(p, root), st.st_mode, st.st_ino, h))
                print('\\n'.join(sorted(out)))
                """, root.toString()).text();
    }

    /** Names whose readdir d_ino differs from their lstat st_ino (empty: none). */
    private static String pyInodeMismatches(Path dir) throws Exception {
        return py("""
                import os, sys
                bad = []
                for e in os.scandir(sys.argv[1]):
                    st = os.lstat(e.path)
                    if e.inode() != st.st_ino:
                        bad.append('%s: d_ino %d st_ino %d' % (e.name, e.inode(), st.st_ino))
                print('\\n'.join(bad))
                """, dir.toString()).text();
    }

    private static final String LOCK_HOLD = """
            import fcntl, os, sys
            fd = os.open(sys.argv[2], os.O_RDWR)
            if sys.argv[1] == 'flock': fcntl.flock(fd, fcntl.LOCK_EX)
            else: fcntl.lockf(fd, fcntl.LOCK_EX)
            print('locked', flush=True)
            sys.stdin.readline()
            """;

    private static final String LOCK_TRY = """
            import errno, fcntl, os, sys
            fd = os.open(sys.argv[2], os.O_RDWR)
            try:
                if sys.argv[1] == 'flock': fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                else: fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                print('acquired')
            except OSError as e:
                print('busy' if e.errno in (errno.EAGAIN, errno.EACCES) else 'error ' + str(e))
            """;

    /** One process holds a lock of {@code kind}; another must fail to take it, then succeed once released. */
    private static void assertLockConflict(String kind, Path file) throws Exception {
        Process holder = new ProcessBuilder("python3", "-c", LOCK_HOLD, kind, file.toString()).start();
        try {
            byte[] line = new byte[7];
            int n = holder.getInputStream().readNBytes(line, 0, 7);
            String said = new String(line, 0, Math.max(n, 0), StandardCharsets.UTF_8).strip();
            if (!said.equals("locked")) {
                holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(kind + " holder did not lock " + file + ": " + said + " "
                        + new String(holder.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals("busy", py(LOCK_TRY, kind, file.toString()).text(), kind + " held elsewhere on " + file);
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            assertEquals("acquired", py(LOCK_TRY, kind, file.toString()).text(), kind + " after release on " + file);
        } finally {
            holder.destroyForcibly();
        }
    }
}
