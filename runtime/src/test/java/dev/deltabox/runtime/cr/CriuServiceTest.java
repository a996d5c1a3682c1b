package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** libcriu through the bindings, talking to a real criu service (the JVM never forks). */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CriuServiceTest {

    @Test
    void libcriuReachesTheServiceAndItIsCriu42(@TempDir Path runtimeDir) throws Exception {
        try (CriuService criu = CriuService.start(DeltaBoxHome.detect(), runtimeDir)) {
            int v = criu.requireBindingsVersion();
            assertEquals(402, v / 100, "CRIU 4.2.x, got " + v);
        }
        try (var files = Files.list(runtimeDir)) {
            assertEquals(List.of(), files.toList(), "the service's socket and log are removed");
        }
    }

    /**
     * The kernel-feature cache directory is one per installation: the same link gets the same
     * private directory again (a re-clone at the same path leaves nothing more in /dev/shm), and a
     * directory of that name that others may write is never used.
     */
    @Test
    void theKernelFeatureCacheIsOnePrivateDirectoryPerInstallation(@TempDir Path prefix) throws Exception {
        Path link = prefix.resolve("run");
        java.util.Set<Path> made = new java.util.HashSet<>();
        try {
            CriuService.ensureKernelFeatureCacheDir(link);
            Path first = Files.readSymbolicLink(link);
            made.add(first);
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
            Files.delete(link); // a fresh clone at the same path
            CriuService.ensureKernelFeatureCacheDir(link);
            assertEquals(first, Files.readSymbolicLink(link), "reused");

            Files.delete(link);
            Files.setPosixFilePermissions(first, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            CriuService.ensureKernelFeatureCacheDir(link);
            Path other = Files.readSymbolicLink(link);
            made.add(other);
            assertNotEquals(first, other, "a directory others may write is not trusted");
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(other)));
        } finally {
            for (Path d : made) Files.deleteIfExists(d);
        }
    }

    /** Processes of the session a service led (it and its workers): none may outlive close. */
    private static List<ProcessTrees.Stat> sessionOf(long leader) {
        return ProcessTrees.all().stream().filter(s -> s.session() == leader).toList();
    }

    @Test
    void aKilledServiceIsReplacedOnNextUseAndNothingOfItsSurvivesClose(@TempDir Path runtimeDir) throws Exception {
        long first, second;
        try (CriuService criu = CriuService.start(DeltaBoxHome.detect(), runtimeDir)) {
            first = criu.pid();
            assertEquals(first, ProcessTrees.stat(first).session(), "the service leads its own session");
            criu.version();
            assertEquals(0, libc_h.kill((int) first, libc_h.SIGKILL()), "kill -9 the service");
            ProcessHandle.of(first).ifPresent(h -> h.onExit().join());
            assertEquals(402, criu.version() / 100, "the next request gets an answer");
            second = criu.pid();
            assertNotEquals(first, second);
            assertEquals(1, criu.restarts());
        }
        assertEquals(List.of(), sessionOf(first), "nothing of the killed service is left");
        assertEquals(List.of(), sessionOf(second), "close leaves no service and no workers");
    }

    @Test
    void aCriuCheckpointRightAfterTheServiceWasKilledWorks(@TempDir Path dir) throws Exception {
        DeltaBoxHome home = DeltaBoxHome.detect();
        long first, second;
        try (HelperClient helper = HelperClient.start(home, dir.resolve("run"));
             CriuService service = CriuService.start(home, dir.resolve("run"));
             ForkCheckpointer fork = new ForkCheckpointer(helper);
             CriuCheckpointer criu = new CriuCheckpointer(helper, service, home, dir.resolve("images"))) {
            ReplSession sh = new ReplSession(fork.spawn(List.of("/bin/sh"), Map.of("PATH", "/usr/bin:/bin"), dir));
            assertEquals("1", sh.sh("X=1; echo $X"));
            first = service.pid();
            assertEquals(0, libc_h.kill((int) first, libc_h.SIGKILL()), "kill -9 the service");
            // no wait: the dump may be the request that finds it dead
            CriuCheckpointer.Image img = criu.checkpoint(sh.p);
            second = service.pid();
            assertNotEquals(first, second, "a new service took the dump");
            sh.send("X=2");
            ReplSession back = new ReplSession(criu.rollback(img, sh.p));
            assertEquals("1", back.sh("echo $X"));
        }
        assertEquals(List.of(), sessionOf(first));
        assertEquals(List.of(), sessionOf(second));
    }
}
