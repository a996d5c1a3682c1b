package dev.deltabox.runtime.nativeaccess;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where DeltaBox's native parts live: the project-local prefix with libfuse and CRIU
 * ({@code tools/setup/native.sh} installs it) and the C helper built by {@code c-src}.
 *
 * <p>Resolution: system property {@code deltabox.home} (the repository; the launchers and the
 * test runner set it), else environment {@code DELTABOX_HOME}, else the working directory.
 * The prefix can be moved with {@code deltabox.native} / {@code DELTABOX_NATIVE}.
 */
public record DeltaBoxHome(Path root, Path nativePrefix) {

    public static DeltaBoxHome detect() {
        Path root = Path.of(firstNonNull(System.getProperty("deltabox.home"), System.getenv("DELTABOX_HOME"), "."))
                .toAbsolutePath().normalize();
        String prefix = firstNonNull(System.getProperty("deltabox.native"), System.getenv("DELTABOX_NATIVE"), null);
        return new DeltaBoxHome(root, prefix != null ? Path.of(prefix).toAbsolutePath() : root.resolve(".native"));
    }

    public Path libfuse() { return nativePrefix.resolve("lib/libfuse3.so.4"); }

    public Path libcriu() { return nativePrefix.resolve("lib/libcriu.so.2"); }

    public Path criuBinary() { return nativePrefix.resolve("sbin/criu"); }

    public Path helperBinary() { return root.resolve("c-src/target/native/deltabox-helper"); }

    public Path helperClientLibrary() { return root.resolve("c-src/target/native/libdeltabox_helper.so"); }

    /** The file, or an exception that says how to get it. */
    public static Path require(Path file, String what, String fix) {
        if (!Files.exists(file)) {
            throw new NativeSetupException(what + " not found at " + file + ": " + fix);
        }
        return file;
    }

    private static String firstNonNull(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }
}
