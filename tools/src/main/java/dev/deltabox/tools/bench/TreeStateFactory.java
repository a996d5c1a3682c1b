package dev.deltabox.tools.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a {@link TreeState} whose work tree starts as a copy of {@code initial} (the pristine
 * project); everything it makes goes under {@code scratch}, an existing empty directory. The
 * benchmark's one thread calls it, once per CRIU baseline run.
 */
@FunctionalInterface
public interface TreeStateFactory {
    TreeState open(Path initial, Path scratch) throws IOException;
}
