package dev.deltabox.runtime.cr;

import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** libcriu through the bindings, talking to a real criu service (the JVM never forks). */
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
}
