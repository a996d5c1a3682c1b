package dev.deltabox.runtime.cr;

import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the durable-image tests run on, for real: a helper, a CRIU service, the fork and CRIU
 * checkpointers and the images (on tmpfs, as ProcessCheckpointBenchmark has them). A test makes
 * its own {@link #pool} (or not); everything is closed after each test.
 */
abstract class DurableImagesFixture {

    static final List<String> PYTHON = List.of("/usr/bin/python3", "-i", "-u", "-q");
    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    DeltaBoxHome home;
    HelperClient helper;
    CriuService service;
    ForkCheckpointer fork;
    CriuCheckpointer criu;
    DurableImages images;
    TemplatePool pool;
    Path root;

    @BeforeEach
    void startRuntime() throws Exception {
        home = DeltaBoxHome.detect();
        helper = HelperClient.start(home, dir.resolve("run"));
        service = CriuService.start(home, dir.resolve("run"));
        fork = new ForkCheckpointer(helper);
        root = Files.isDirectory(Path.of("/dev/shm")) ? Files.createTempDirectory(Path.of("/dev/shm"), "deltabox-images-")
                : dir.resolve("images");
        criu = new CriuCheckpointer(helper, service, home, root.resolve("criu"));
        images = new DurableImages(fork, criu, root.resolve("durable"));
    }

    @AfterEach
    void stopRuntime() {
        try {
            if (pool != null) pool.close();
            if (images != null) images.close();
        } finally {
            if (criu != null) criu.close();
            if (fork != null) fork.close();
            if (service != null) service.close();
            if (helper != null) helper.close();
            if (root != null) CriuCheckpointer.deleteTree(root);
        }
    }
}
