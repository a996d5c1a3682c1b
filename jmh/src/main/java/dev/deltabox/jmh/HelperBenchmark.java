package dev.deltabox.jmh;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.openjdk.jmh.annotations.*;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The helper's control path: one request round trip, and starting a process through the
 * helper (spawn + wait) side by side with the JDK's own ProcessBuilder doing the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HelperBenchmark {

    private HelperClient helper;
    private Path runtimeDir;
    private int devNull;

    @Setup
    public void start() throws Exception {
        runtimeDir = Files.createTempDirectory("deltabox-jmh-");
        helper = HelperClient.start(DeltaBoxHome.detect(), runtimeDir);
        try (Arena a = Arena.ofConfined()) {
            devNull = libc_h.open.makeInvoker().apply(a.allocateFrom("/dev/null"), libc_h.O_RDWR() | libc_h.O_CLOEXEC());
        }
    }

    @TearDown
    public void stop() throws Exception {
        helper.close();
        libc_h.close(devNull);
        Files.deleteIfExists(runtimeDir);
    }

    @Benchmark
    public long helperRoundTrip() {
        return helper.hello()[0];
    }

    @Benchmark
    public HelperClient.Exit helperSpawnAndWaitTrue() {
        HelperClient.Spawned p = helper.spawn(List.of("/bin/true"), Map.of(), null, devNull, devNull, devNull);
        libc_h.close(p.pidfd());
        return helper.waitFor(p.pid());
    }

    @Benchmark
    public int baselineProcessBuilderTrue() throws Exception {
        return new ProcessBuilder("/bin/true").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
