package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class DeltaFsSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void readsBaseWritesUpperAndRollsBack() throws Exception {
        try (MountFixture f = new MountFixture(tmp)) {
            Files.writeString(f.base.resolve("a.txt"), "base");
            Files.createDirectories(f.base.resolve("d/e"));
            Files.writeString(f.base.resolve("d/e/f.txt"), "deep");
            DeltaMount m = f.mount();
            assertEquals("base", Files.readString(f.m("a.txt")));
            assertEquals("deep", Files.readString(f.m("d/e/f.txt")));
            Files.writeString(f.m("a.txt"), "changed");
            assertEquals("changed", Files.readString(f.m("a.txt")));
            assertEquals("base", Files.readString(f.base.resolve("a.txt")));
            long c1 = m.checkpoint();
            Files.writeString(f.m("a.txt"), "after");
            Files.writeString(f.m("new.txt"), "new");
            Files.delete(f.m("d/e/f.txt"));
            assertFalse(Files.exists(f.m("d/e/f.txt")));
            m.rollback(c1);
            assertEquals("changed", Files.readString(f.m("a.txt")));
            assertFalse(Files.exists(f.m("new.txt")));
            assertEquals("deep", Files.readString(f.m("d/e/f.txt")));
        }
    }
}
