package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.libc.stat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request paths the kernel calls most — lookup, getattr, read, write — allocate nothing on the
 * Java heap once compiled (measured on the calling thread, the way a FUSE worker calls them).
 */
class DeltaFsAllocationTest {

    @TempDir
    Path tmp;

    @Test
    void lookupGetattrReadAndWriteAllocateNothing() throws Exception {
        try (MountFixture f = new MountFixture(tmp); Buffers b = new Buffers()) {
            Files.createDirectories(f.base.resolve("pkg"));
            Files.writeString(f.base.resolve("pkg/mod.py"), "x = 1\n");
            DeltaMount m = f.mount();
            Files.writeString(f.m("pkg/new.py"), "y = 2\n");           // one file in the writable layer too
            m.checkpoint();
            assertNoAllocation(m.fs, b);
        }
    }

    /** The same in a view of a multi-view mount (its node ids translated by the server only). */
    @Test
    void aViewOfAMultiViewMountAllocatesNothingEither() throws Exception {
        try (MountFixture f = new MountFixture(tmp); Buffers b = new Buffers()) {
            Files.createDirectories(f.base.resolve("pkg"));
            Files.writeString(f.base.resolve("pkg/mod.py"), "x = 1\n");
            try (DeltaMount m = DeltaMount.options(f.base, f.state, f.mnt).multiView().mount()) {
                m.openView("other", 0);
                DeltaMount.View v = m.openView("v", 0);
                Files.writeString(v.path().resolve("pkg/new.py"), "y = 2\n");
                v.checkpoint();
                assertNoAllocation(v.fs, b);
            }
        }
    }

    private static void assertNoAllocation(DeltaFs fs, Buffers b) {
        MemorySegment pkgName = Buffers.cString(b.arena.allocate(64), PathBuf.utf8("pkg"));
        MemorySegment modName = Buffers.cString(b.arena.allocate(64), PathBuf.utf8("mod.py"));
        MemorySegment newName = Buffers.cString(b.arena.allocate(64), PathBuf.utf8("new.py"));
        long pkg = fs.lookup(b, DeltaFs.ROOT, pkgName, b.st);
        long mod = fs.lookup(b, pkg, modName, b.st);
        long fh = fs.open(b, mod, 0);
        long wfh = fs.open(b, fs.lookup(b, pkg, newName, b.st), 2 /* O_RDWR */);
        MemorySegment data = b.arena.allocate(8).fill((byte) 'z');
        assertTrue(pkg > 0 && mod > 0 && fh > 0 && wfh > 0);

        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        mx.setThreadAllocatedMemoryEnabled(true);
        long sink = 0;
        for (int i = 0; i < 300_000; i++) sink += requests(fs, b, pkg, mod, fh, wfh, data, modName, newName); // compile
        long before = mx.getCurrentThreadAllocatedBytes();
        int calls = 100_000;
        for (int i = 0; i < calls; i++) sink += requests(fs, b, pkg, mod, fh, wfh, data, modName, newName);
        long perCall = (mx.getCurrentThreadAllocatedBytes() - before) / calls;
        assertTrue(sink != 0);
        assertEquals(0, perCall, "bytes allocated per round of lookup + lookup + getattr + read + write");
        fs.release(b, fh);
        fs.release(b, wfh);
        // The answers are right, too.
        assertEquals(mod, fs.lookup(b, pkg, modName, b.st));
        assertEquals(6, stat.st_size(b.st));
        assertEquals(6, fs.read(b, fh = fs.open(b, mod, 0), 100, 0));
        fs.release(b, fh);
    }

    private static long requests(DeltaFs fs, Buffers b, long pkg, long mod, long fh, long wfh, MemorySegment data,
            MemorySegment modName, MemorySegment newName) {
        long r = fs.lookup(b, pkg, modName, b.st);
        r += fs.write(b, wfh, data, 6, 0);
        r += fs.lookup(b, pkg, newName, b.st);
        r += fs.getattr(b, mod, 0, b.st);
        r += fs.read(b, fh, 6, 0);
        fs.forget(mod, 1); // keep the kernel lookup counts as they were
        fs.forget(r > 0 ? fs.lookup(b, pkg, newName, b.st) : 0, 2);
        return r;
    }
}
