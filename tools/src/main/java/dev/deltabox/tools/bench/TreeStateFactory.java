package dev.deltabox.tools.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a {@link TreeState} whose work tree starts as a copy of {@code initial}; everything it makes goes under {@code scratch}. */
@FunctionalInterface
public interface TreeStateFactory {
    TreeState open(Path initial, Path scratch) throws IOException;
}
