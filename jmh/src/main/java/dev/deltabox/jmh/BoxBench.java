package dev.deltabox.jmh;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.BoxOptions;
import dev.deltabox.runtime.box.ExecResult;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The box the whole-box benchmarks ({@link BoxBenchmark}, {@link BoxForkBenchmark},
 * {@link BoxBreakdown}) work on: a repository of ≥ 5 000 real files copied into /workspace
 * inside the box ({@code cp -a} of host trees visible through the box's base), a bash session
 * and a python session holding 50 MB of touched memory.
 */
final class BoxBench {

    /** Host trees copied into /workspace/repo: 1 403 + 3 443 + 900 files (Debian 12, python 3.11). */
    static final List<String> TREES = List.of("/usr/lib/python3.11", "/usr/lib/python3/dist-packages",
            "/usr/share/zoneinfo");
    /** Files edited per {@link #change()} by default: a large agent step. */
    static final int EDITED = 100;
    static final Duration T = Duration.ofSeconds(120);

    final Path stateDir;
    final Box box;
    /** The repository's files, relative to /workspace/repo, in a fixed order. */
    final List<String> files;
    private final int edited;
    private int round;

    BoxBench() throws IOException {
        this(EDITED);
    }

    /** {@code edited}: files each {@link #change()} edits (an agent step's size). */
    BoxBench(int edited) throws IOException {
        this.edited = edited;
        stateDir = Files.createTempDirectory(Path.of("/var/tmp"), "deltabox-jmh-box-");
        // a failed trial skips its tear-down: do not leave 120 MB of layers in /var/tmp then
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(stateDir);
            } catch (IOException | RuntimeException ignored) {
                // best effort
            }
        }));
        box = Box.create(new BoxOptions().stateDir(stateDir));
        try {
            StringBuilder cp = new StringBuilder("mkdir -p /workspace/repo && cd /workspace/repo");
            for (String t : TREES) cp.append(" && cp -a ").append(t).append(" .");
            ok(box.exec(cp.toString(), T));
            // the edited files: small text files, spread over the tree
            ExecResult list = ok(box.exec("cd /workspace/repo && find . -type f -name '*.py' -size -64k | sort", T));
            List<String> all = list.stdout().lines().toList();
            long count = Long.parseLong(ok(box.exec("find /workspace/repo -type f | wc -l", T)).stdout().trim());
            if (count < 5000) throw new IllegalStateException("the repository has only " + count + " files");
            files = all;
            box.openSession("py", BoxOptions.SessionKind.PYTHON);
            py("x = bytearray(50 << 20)\nx[::4096] = b'\\x01' * len(range(0, len(x), 4096))\nn = 0");
            System.out.printf("%n[box] %s: repository of %d files (%d .py candidates for edits), python 50 MB%n",
                    box.id(), count, files.size());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    ExecResult py(String code) {
        return ok(box.session("py").exec(code, T));
    }

    static ExecResult ok(ExecResult r) {
        if (r.exitCode() != 0) throw new IllegalStateException("exit " + r.exitCode() + ": " + r.stderr());
        return r;
    }

    /**
     * The agent's step between two checkpoints: {@code EDITED} files appended to (through the
     * bash session, so through DeltaFS and the box's mount namespace) and ~2 MB of the python
     * session's 50 MB rewritten.
     */
    void change() {
        round++;
        StringBuilder sh = new StringBuilder("cd /workspace/repo && for f in");
        int n = files.size();
        for (int i = 0; i < edited; i++) sh.append(' ').append(files.get((round * 37 + i * 53) % n));
        sh.append("; do echo '# edit ").append(round).append("' >> \"$f\"; done");
        ok(box.exec(sh.toString(), T));
        // 512 pages = 2 MB of the 50 MB rewritten, at a different place each round
        py("n += 1\nx[(n % 24) << 21 : ((n % 24) + 1) << 21 : 4096] = bytes([n & 255]) * 512");
    }

    /**
     * Waits until the runtime's background work is done: the sessions' memory back on huge pages,
     * the template pool's warm thread, the durable images being written and copied into the state
     * directory. An agent thinks for
     * seconds between two operations (a model call); a durable image of the 50 MB session takes
     * 30-150 ms.
     */
    void settle() {
        try {
            Object rt = field(box, "rt");
            java.lang.reflect.Method await = rt.getClass().getDeclaredMethod("awaitIdle", long.class);
            await.setAccessible(true);
            if (!(boolean) await.invoke(rt, 30_000L)) throw new IllegalStateException("the runtime's background work did not end in 30 s");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    void close() throws IOException {
        box.close();
        delete(stateDir);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
