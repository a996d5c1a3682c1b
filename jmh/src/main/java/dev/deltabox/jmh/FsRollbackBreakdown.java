package dev.deltabox.jmh;

import dev.deltabox.runtime.fs.DeltaMount;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The DeltaFS half of {@link BoxBreakdown}'s rollback, without a box: a multi-view mount whose
 * view holds the same repository as {@link BoxBench} (copied into an upper layer by {@code cp -a}
 * through the mount), the same step ({@code edited} files appended to by a shell through the
 * mount), and rollbacks alternating between two checkpoints A and B, timed around
 * {@code View.rollback}. Not a JMH benchmark: a main, for quick before/after comparisons.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -Ddeltabox.home=$PWD \
 *   -cp jmh/target/classes:$(cat jmh/target/classpath.txt) dev.deltabox.jmh.FsRollbackBreakdown [rounds] [edited]
 * </pre>
 */
public final class FsRollbackBreakdown {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int edited = args.length > 1 ? Integer.parseInt(args[1]) : BoxBench.EDITED;
        Path root = Files.createTempDirectory(Path.of("/var/tmp"), "deltabox-fsrb-");
        Path base = Files.createDirectories(root.resolve("base"));
        Path mnt = Files.createDirectories(root.resolve("mnt"));
        try (DeltaMount m = DeltaMount.options(base, root.resolve("state"), mnt).multiView().mount()) {
            DeltaMount.View v = m.openView("main", 0);
            Path repo = v.path().resolve("workspace/repo");
            StringBuilder cp = new StringBuilder("mkdir -p " + repo + " && cd " + repo);
            for (String t : BoxBench.TREES) cp.append(" && cp -a ").append(t).append(" .");
            sh(cp.toString());
            List<String> files = new String(new ProcessBuilder("sh", "-c", "cd " + repo
                    + " && find . -type f -name '*.py' -size -64k | sort").start().getInputStream().readAllBytes())
                    .lines().toList();
            long a = v.checkpoint();
            int[] round = {0};
            Runnable change = () -> {
                round[0]++;
                StringBuilder s = new StringBuilder("cd " + repo + " && for f in");
                for (int i = 0; i < edited; i++) s.append(' ').append(files.get((round[0] * 37 + i * 53) % files.size()));
                s.append("; do echo '# edit ").append(round[0]).append("' >> \"$f\"; done");
                sh(s.toString());
            };
            change.run();
            long b = v.checkpoint();
            long[] t = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                change.run();
                Thread.sleep(20);
                long t0 = System.nanoTime();
                v.rollback(r % 2 == 0 ? a : b);
                t[r] = System.nanoTime() - t0;
            }
            long[] s = t.clone();
            Arrays.sort(s);
            long[] last = Arrays.copyOfRange(t, rounds / 2, rounds);
            Arrays.sort(last);
            System.out.printf("View.rollback after a step of %d files, %d rounds: p50 %.3f ms p95 %.3f ms"
                            + " (second half: p50 %.3f p95 %.3f)%n", edited, rounds, pct(s, 50), pct(s, 95),
                    pct(last, 50), pct(last, 95));
            v.close();
        } finally {
            BoxBench.delete(root);
        }
    }

    private static void sh(String cmd) {
        try {
            Process p = new ProcessBuilder("sh", "-c", cmd).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("failed: " + cmd);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

}
