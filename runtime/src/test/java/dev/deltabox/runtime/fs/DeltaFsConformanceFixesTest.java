package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Behaviours the differential POSIX run against kernel overlayfs (tools/conformance, run by
 * {@code FsConformanceTest} in the tools module) found wrong in DeltaFS, pinned one by one on a
 * real mount so that they fail here, next to the code, if they come back.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsConformanceFixesTest {
    private static final LinkOption NF = LinkOption.NOFOLLOW_LINKS;

    @TempDir
    Path tmp;
    private MountFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MountFixture(tmp);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
        assertFalse(Files.readString(Path.of("/proc/mounts")).contains(" " + f.mnt + " "), "left mounted: " + f.mnt);
    }

    @Test
    void directoryCopiedUpFromAFrozenLayerKeepsItsChildrenAcrossARemount() throws Exception {
        DeltaMount m = f.mount();
        Files.createDirectory(f.m("x"));
        Files.writeString(f.m("x/old"), "in the frozen layer");
        long c = m.checkpoint();
        Files.writeString(f.m("x/new"), "in the writable layer"); // copies x up
        assertEquals(Set.of("old", "new"), names(f.m("x")));
        resume();
        assertEquals(Set.of("old", "new"), names(f.m("x")), "resumed view");
        assertEquals("in the frozen layer", Files.readString(f.m("x/old")));
        f.remount(c);
        assertEquals(Set.of("old"), names(f.m("x")), "at the checkpoint");
    }

    @Test
    void mknodOfAZeroZeroCharacterDeviceIsRefusedLikeOverlayfs() throws Exception {
        f.mount();
        assertEquals("EPERM", py("os.mknod(sys.argv[1], 0o600 | stat.S_IFCHR, 0)", f.m("w").toString()));
        assertFalse(Files.exists(f.m("w"), NF));
        assertEquals("OK", py("os.mknod(sys.argv[1], 0o600 | stat.S_IFCHR, os.makedev(1, 3))", f.m("c").toString()));
    }

    @Test
    void directoryRenamedOntoANameDeletedInTheWritableLayer() throws Exception {
        Files.createDirectories(f.base.resolve("src/sub"));
        Files.writeString(f.base.resolve("src/f"), "F");
        Files.createDirectories(f.base.resolve("dst"));
        f.mount();
        Files.move(f.m("src"), f.m("moved"));                      // leaves a whiteout at src
        Files.move(f.m("moved"), f.m("dst"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("OK", py("os.rename(sys.argv[1], sys.argv[2])", f.m("dst").toString(), f.m("src").toString()));
        assertEquals(Set.of("f", "sub"), names(f.m("src")));
        assertFalse(Files.exists(f.m("dst"), NF), "the old name is deleted (base dst must not show again)");
        assertFalse(Files.exists(f.m("moved"), NF));
        // Also with a name that was never in the base below the moved directory.
        Files.createDirectory(f.m("fresh"));
        Files.writeString(f.m("fresh/g"), "G");
        Files.delete(f.m("src/f"));
        Files.delete(f.m("src/sub"));
        Files.delete(f.m("src"));                                    // whiteout at src again
        assertEquals("OK", py("os.rename(sys.argv[1], sys.argv[2])", f.m("fresh").toString(), f.m("src").toString()));
        assertEquals(Set.of("g"), names(f.m("src")));
        assertFalse(Files.exists(f.m("fresh"), NF));
        resume();
        assertEquals(Set.of("g"), names(f.m("src")));
        assertEquals(Set.of("src"), names(f.mnt));
    }

    @Test
    void mergedDirectoriesReportOneLinkLikeOverlayfsNeverAWrongCount() throws Exception {
        Files.createDirectories(f.base.resolve("p/s1"));
        Files.createDirectories(f.base.resolve("p/s2"));
        f.mount();
        assertEquals(4, nlink(f.m("p")), "a directory only in the base has its real count");
        Files.createDirectory(f.m("p/s3"));                        // p is merged now
        assertEquals(1, nlink(f.m("p")));
        Files.createDirectories(f.m("fresh/a"));
        assertEquals(3, nlink(f.m("fresh")), "a directory only in the writable layer has its real count");
    }

    @Test
    void fstatOfAnOpenFileWhoseNameWasUnlinked() throws Exception {
        Files.writeString(f.base.resolve("b"), "base");
        f.mount();
        Files.writeString(f.m("n"), "new");
        for (String n : List.of("b", "n")) {
            assertEquals(n.equals("b") ? "nlink=0 XYse" : "nlink=0 XYw", py("""
                    fd = os.open(sys.argv[1], os.O_RDWR)
                    os.unlink(sys.argv[1])
                    nlink = os.fstat(fd).st_nlink
                    os.write(fd, b'XY')
                    print('nlink=%d %s' % (nlink, os.pread(fd, 10, 0).decode()))
                    """, f.m(n).toString()), n);
            assertFalse(Files.exists(f.m(n), NF));
        }
    }

    @Test
    void attributeChangesThroughAnOpenFileWhoseNameWasUnlinked() throws Exception {
        Files.writeString(f.base.resolve("b"), "base");
        f.mount();
        Files.writeString(f.m("n"), "new");
        Files.writeString(f.m("c"), "frozen");
        f.mount.checkpoint();
        for (String n : List.of("b", "n", "c")) {
            assertEquals("0600 1001:1002 size=2 atime=5 mtime=6", py("""
                    fd = os.open(sys.argv[1], os.O_RDWR)
                    os.unlink(sys.argv[1])
                    os.fchmod(fd, 0o600)
                    os.fchown(fd, 1001, 1002)
                    os.ftruncate(fd, 2)
                    os.utime(fd, ns=(5, 6))
                    st = os.fstat(fd)
                    print('%04o %d:%d size=%d atime=%d mtime=%d' % (stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid,
                          st.st_size, st.st_atime_ns, st.st_mtime_ns))
                    """, f.m(n).toString()), n);
        }
        assertEquals("base", Files.readString(f.base.resolve("b")));
        f.mount.rollback(1);
        assertEquals("frozen", Files.readString(f.m("c")), "the frozen layer's file was not changed");
        assertEquals(0644, (Integer) Files.getAttribute(f.m("c"), "unix:mode") & 07777);
    }

    @Test
    void unlinkingOneNameOfABaseHardLinkKeepsTheOtherName() throws Exception {
        Files.writeString(f.base.resolve("h1"), "linked");
        Files.createLink(f.base.resolve("h2"), f.base.resolve("h1"));
        Files.createDirectory(f.base.resolve("d"));
        Files.createLink(f.base.resolve("d/h3"), f.base.resolve("h1"));
        f.mount();
        assertEquals("linked", Files.readString(f.m("h2")));
        assertEquals("linked", Files.readString(f.m("d/h3")));
        assertEquals("linked", Files.readString(f.m("h1")));       // the kernel reached the file by all three
        Files.delete(f.m("h1"));
        assertEquals("linked", Files.readString(f.m("h2")));
        assertEquals("linked", Files.readString(f.m("d/h3")));
        Files.writeString(f.m("x"), "x");
        Files.move(f.m("x"), f.m("h2"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("x", Files.readString(f.m("h2")));
        assertEquals("linked", Files.readString(f.m("d/h3")), "renamed over: the third name still works");
        assertEquals(Set.of("d", "h2"), names(f.mnt));
        try (FileChannel ch = FileChannel.open(f.m("d/h3"), StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap("+".getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals("linked+", Files.readString(f.m("d/h3")));
    }

    /** Unmounts and mounts the state directory again where it was (unsaved changes included). */
    private void resume() {
        f.mount.close();
        f.mount = DeltaMount.options(f.base, f.state, f.mnt).mount();
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static int nlink(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:nlink", NF);
    }

    /** Runs python3 with os, sys, stat imported; prints "OK" after {@code code} unless it printed, errno name on OSError. */
    private static String py(String code, String... args) throws Exception {
        String body = code.strip().lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
        String script = "import errno, os, stat, sys\ntry:\n" + body + "\n    if not printed: print('OK')\n"
                + "except OSError as e:\n    print(errno.errorcode[e.errno])\n";
        script = "printed = False\nimport builtins\n_p = builtins.print\n"
                + "def print(*a, **k):\n    global printed\n    printed = True\n    _p(*a, **k)\n" + script;
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
