package dev.deltabox.jmh;

import dev.deltabox.runtime.cr.CriuCheckpointer;
import dev.deltabox.runtime.cr.CriuService;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.openjdk.jmh.annotations.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CRIU path beside template fork, in one run, for an idle python3 REPL holding
 * {@code sizeMb} MB of written heap: {@code criuDump} dumps it (leave-running) into an image on
 * tmpfs (/dev/shm), {@code criuRollback} kills the live process, waits until its PID is free and
 * restores the image with fresh stdio pipes (what {@link CriuCheckpointer#rollback} does);
 * {@code forkCheckpoint} / {@code forkRollback} are the same operations by template fork
 * (back to back, as in {@link ForkCheckpointBenchmark}). Two separate python processes, one per
 * method, with the same contents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CriuCheckpointBenchmark {

    @Param({"10", "50"})
    public int sizeMb;

    private Path runtimeDir;
    private Path images;
    private HelperClient helper;
    private CriuService service;
    private ForkCheckpointer fork;
    private CriuCheckpointer criu;
    private LiveProcess forkLive, criuLive;
    private ForkCheckpointer.Template forkBase, forkMade;
    private CriuCheckpointer.Image criuBase, criuMade;

    @Setup(Level.Trial)
    public void start() throws Exception {
        DeltaBoxHome home = DeltaBoxHome.detect();
        runtimeDir = Files.createTempDirectory("deltabox-jmh-");
        images = Files.createTempDirectory(Path.of("/dev/shm"), "deltabox-jmh-images-"); // tmpfs
        helper = HelperClient.start(home, runtimeDir);
        service = CriuService.start(home, runtimeDir);
        fork = new ForkCheckpointer(helper);
        criu = new CriuCheckpointer(helper, service, home, images);
        forkLive = python();
        criuLive = python();
        forkBase = fork.checkpoint(forkLive);
        criuBase = criu.checkpoint(criuLive);
    }

    private LiveProcess python() throws IOException {
        LiveProcess p = fork.spawn(List.of("/usr/bin/python3", "-i", "-u", "-q"), Map.of("PATH", "/usr/bin:/bin"), null);
        // bytes(range(256)) * n: every page written, no transient second copy
        p.stdin().write(("data = bytes(range(256)) * (" + sizeMb + " << 12); print('ready')\n")
                .getBytes(StandardCharsets.UTF_8));
        String line = new BufferedReader(new InputStreamReader(p.stdout(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) throw new IOException("python did not get ready: " + line);
        return p;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        criu.close(); // kills the restored python, deletes the images
        fork.close();
        service.close();
        helper.close();
        for (Path d : List.of(images, runtimeDir)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    @TearDown(Level.Invocation)
    public void discardMade() {
        if (forkMade != null) {
            fork.discard(forkMade);
            forkMade = null;
        }
        if (criuMade != null) {
            criu.discard(criuMade);
            criuMade = null;
        }
    }

    @Benchmark
    public ForkCheckpointer.Template forkCheckpoint() {
        forkMade = fork.checkpoint(forkLive);
        return forkMade;
    }

    @Benchmark
    public LiveProcess forkRollback() {
        forkLive = fork.rollback(forkBase, forkLive);
        return forkLive;
    }

    @Benchmark
    public CriuCheckpointer.Image criuDump() {
        criuMade = criu.checkpoint(criuLive);
        return criuMade;
    }

    @Benchmark
    public LiveProcess criuRollback() {
        criuLive = criu.rollback(criuBase, criuLive);
        return criuLive;
    }
}
