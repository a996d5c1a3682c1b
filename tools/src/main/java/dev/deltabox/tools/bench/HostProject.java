package dev.deltabox.tools.bench;

import dev.deltabox.runtime.box.BashSession;
import dev.deltabox.runtime.box.ExecResult;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import dev.deltabox.tools.DemoProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the host-side baselines share: the unmodified project unpacked once on the host (the
 * pristine tree every baseline starts from), the test runner next to it (outside any work tree),
 * and bash sessions on the host spawned through DeltaBox's helper, so that the same session
 * protocol ({@link BashSession}) runs the commands as in a box.
 *
 * <p>Threads: created and closed by the benchmark thread; {@link #pristine()} and
 * {@link #runner()} are read-only afterwards.
 */
final class HostProject {

    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;

    private HostProject(Path dir) {
        this.dir = dir;
    }

    /** Unpacks the project into {@code dir}/pristine and the runner into {@code dir}/harness. */
    static HostProject unpack(Path dir) throws IOException {
        DemoProject.Source src = DemoProject.source();
        Path pristine = dir.resolve("pristine");
        Files.createDirectories(pristine);
        Files.createDirectories(dir.resolve("harness"));
        Files.write(dir.resolve("harness/runtests.py"), DemoProject.testRunner());
        TreeFiles.run(List.of("tar", "-xf", src.tarball().toString(), "-C", pristine.toString(), "--strip-components=1"));
        return new HostProject(dir);
    }

    Path pristine() {
        return dir.resolve("pristine");
    }

    Path runner() {
        return dir.resolve("harness/runtests.py");
    }

    /** The environment of host sessions: as a box session's (nothing of the JVM's leaks in). */
    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOME", "/root");
        env.put("TERM", "dumb");
        env.put("LANG", "C.UTF-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        return env;
    }

    /** The shell line that gives a new session the variables every backend's shell starts with. */
    static String sessionInit(String root, String runner) {
        return "BENCH_ROOT='" + root + "'; BENCH_RUNNER='" + runner + "'; BENCH_NODE=0; BENCH_PATH=; BENCH_LAST_EXIT=;"
                + " cd \"$BENCH_ROOT\"";
    }

    /** A bash session on the host in {@code root}, spawned by {@code fork}'s helper, initialized. */
    BashSession startSession(ForkCheckpointer fork, Path root) throws IOException {
        LiveProcess p = fork.spawn(BashSession.ARGV, environment(), root);
        BashSession s = BashSession.start(p, Duration.ofSeconds(30));
        ExecResult r = s.exec(sessionInit(root.toString(), runner().toString()), COMMAND_TIMEOUT);
        if (!r.ok()) throw new IOException("cannot initialize the session in " + root + ": " + r.stderr());
        return s;
    }

    /**
     * A short runtime directory for a helper (and CRIU service) of a host baseline: their Unix
     * sockets live there, and a socket's path must fit in 108 bytes. The caller deletes it.
     */
    static Path runtimeDir() throws IOException {
        return Files.createTempDirectory(Path.of("/tmp"), "dbx-bench-");
    }

    /** Copies a tree with {@code cp -a} (what users without snapshots do). */
    static void copyTree(Path from, Path to) throws IOException {
        TreeFiles.run(List.of("cp", "-a", from.toString(), to.toString()));
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) TreeFiles.run(List.of("rm", "-rf", "--one-file-system", p.toString()));
    }

    static Backend.Output output(ExecResult r) throws IOException {
        if (r.timedOut()) throw new IOException("command timed out after " + r.duration() + "; its output:\n" + r.stdout() + r.stderr());
        return new Backend.Output(r.exitCode(), r.stdout(), r.stderr());
    }
}
