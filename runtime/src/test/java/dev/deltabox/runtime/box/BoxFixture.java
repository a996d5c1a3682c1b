package dev.deltabox.runtime.box;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real boxes for a test, on a state directory of its own; closed after it, forks first. */
abstract class BoxFixture {

    @TempDir
    Path tmp;

    final List<Box> boxes = new ArrayList<>();

    @AfterEach
    void closeBoxes() {
        for (int i = boxes.size() - 1; i >= 0; i--) boxes.get(i).close();
    }

    Box box(BoxOptions o) {
        Box b = Box.create(o.stateDir(tmp.resolve("state")));
        boxes.add(b);
        return b;
    }

    /** What {@code cmd} printed (stripped); it must succeed. */
    static String out(Box b, String cmd) {
        ExecResult r = b.exec(cmd, Duration.ofSeconds(30));
        assertEquals(0, r.exitCode(), () -> cmd + " failed: " + r.stderr());
        return r.stdout().strip();
    }
}
