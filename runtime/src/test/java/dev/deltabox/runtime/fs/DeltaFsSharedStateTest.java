package dev.deltabox.runtime.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several mounts of one state directory in one JVM (a box and its forks) share frozen layers. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeltaFsSharedStateTest {

    @TempDir
    Path tmp;

    @Test
    void forksOfACheckpointShareItsLayersAndChangeIndependently() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path state = tmp.resolve("state");
        Path a = Files.createDirectories(tmp.resolve("a")), b = Files.createDirectories(tmp.resolve("b"));
        Path c = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(base.resolve("f"), "0");
        try (DeltaMount main = DeltaMount.options(base, state, a).mount()) {
            Files.writeString(a.resolve("f"), "1");
            long one = main.checkpoint();
            try (DeltaMount fork = DeltaMount.options(base, state, b).name("fork1").at(one).mount()) {
                assertEquals("1", Files.readString(b.resolve("f")));
                Files.writeString(a.resolve("f"), "2");                          // main's writable layer survived
                Files.writeString(b.resolve("f"), "3");                          // the fork's mount and GC
                assertEquals("2", Files.readString(a.resolve("f")));
                assertEquals("3", Files.readString(b.resolve("f")));
                long three = fork.checkpoint();
                long two = main.checkpoint();
                assertEquals(one, main.tree().stream().filter(i -> i.id() == three).findFirst().orElseThrow().parent());
                assertEquals(one, fork.tree().stream().filter(i -> i.id() == two).findFirst().orElseThrow().parent());
                main.rollback(three);                                           // one tree for both views
                assertEquals("3", Files.readString(a.resolve("f")));
                fork.rollback(one);
                assertEquals("1", Files.readString(b.resolve("f")));

                DeltaFsException twice = assertThrows(DeltaFsException.class,
                        () -> DeltaMount.options(base, state, c).name("fork1").mount());
                assertTrue(twice.getMessage().contains("already mounted"), twice.getMessage());
                Path otherBase = Files.createDirectories(tmp.resolve("other-base"));
                DeltaFsException wrongBase = assertThrows(DeltaFsException.class,
                        () -> DeltaMount.options(otherBase, state, c).name("fork2").mount());
                assertTrue(wrongBase.getMessage().contains("base"), wrongBase.getMessage());
                assertFalse(DeltaMount.isMountPoint(c));
            }
            assertEquals("3", Files.readString(a.resolve("f")));
        }
        try (DeltaMount again = DeltaMount.options(base, state, a).name("fork1").mount()) {
            assertEquals("1", Files.readString(a.resolve("f")), "the fork's view resumes where it was");
        }
        for (Path p : new Path[] {a, b, c}) assertFalse(DeltaMount.isMountPoint(p));
    }
}
