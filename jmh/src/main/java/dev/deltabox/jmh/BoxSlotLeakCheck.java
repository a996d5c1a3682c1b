package dev.deltabox.jmh;

import dev.deltabox.runtime.box.*;
import java.nio.file.*;

/**
 * Shows the helper-slot leak of Box.rollback (see {@link BoxBench#sessionPids}): a one-session box rolled
 * back to the same checkpoint over and over fails at about the 1 023rd rollback with "too many
 * processes under this helper". Run: java ... dev.deltabox.jmh.BoxSlotLeakCheck
 */
public class BoxSlotLeakCheck {
    public static void main(String[] a) throws Exception {
        Path state = Files.createTempDirectory(Path.of("/var/tmp"), "deltabox-leakcheck-");
        try (Box box = Box.create(new BoxOptions().stateDir(state))) {
            box.exec("echo hi > /workspace/f");
            Checkpoint c = box.checkpoint("c");
            int i = 0;
            try {
                for (i = 1; i <= 1100; i++) {
                    box.rollback(c);
                    if (i % 100 == 0) {
                        System.out.println("rollbacks " + i + " ok");
                    }
                }
                System.out.println("no failure after 1100 rollbacks");
            } catch (RuntimeException e) {
                System.out.println("FAILED at rollback " + i + ": " + e.getMessage());
            }
        } finally {
            try (var s = Files.walk(state)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        }
    }
}
