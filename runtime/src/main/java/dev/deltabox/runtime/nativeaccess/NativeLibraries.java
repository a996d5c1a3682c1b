package dev.deltabox.runtime.nativeaccess;

import dev.deltabox.bindings.criu.criu_h;
import dev.deltabox.bindings.fuse.fuse_lowlevel_h;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the native libraries the bindings call into, by absolute path from the project-local
 * prefix (never whatever the system's loader path happens to find), and checks that each is
 * the version its bindings were made for. Loading twice is harmless.
 *
 * <p>Thread-safety: the methods are synchronized; after a successful load every thread may
 * use the bindings.
 */
public final class NativeLibraries {

    /** The libfuse series the bindings in {@code dev.deltabox.bindings.fuse} were made for. */
    public static final String FUSE_SERIES = "3.17.";
    /** The CRIU series the bindings in {@code dev.deltabox.bindings.criu} were made for. */
    public static final String CRIU_SERIES = "4.2.";

    private static final String SETUP = "run tools/setup/native.sh (it builds libfuse 3.17 and CRIU 4.2 into "
            + "the project's .native prefix)";
    private static final String BUILD = "build the project (tools/mvn -q -DskipTests package) so c-src is compiled";

    /** Library name -> the file it was loaded from; a JVM can hold only one of each. */
    private static final Map<String, Path> loaded = new HashMap<>();

    private NativeLibraries() {}

    /** Loads libfuse and checks it is 3.17.x; returns its version string. */
    public static synchronized String loadFuse(DeltaBoxHome home) {
        load("libfuse", home.libfuse(), "libfuse 3.17", SETUP);
        String version = fuse_lowlevel_h.fuse_pkgversion().getString(0);
        int api = fuse_lowlevel_h.fuse_version();
        if (!version.startsWith(FUSE_SERIES) || api != 317) {
            throw new NativeSetupException("libfuse at " + home.libfuse() + " is " + version + " (API " + api
                    + "); DeltaBox's bindings were made for " + FUSE_SERIES + "x: " + SETUP);
        }
        return version;
    }

    /**
     * Loads libcriu. The library cannot report its own version without a CRIU process to ask
     * (see {@code CriuService}); what can be checked here is that it exports the 4.2 API
     * the bindings describe, i.e. every function they bind resolves.
     */
    public static synchronized void loadCriu(DeltaBoxHome home) {
        load("libcriu", home.libcriu(), "libcriu (CRIU 4.2)", SETUP);
        try {
            // A function that appeared late in the 4.x series; its absence means an older libcriu.
            criu_h.criu_set_network_lock$address();
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError e) {
            throw new NativeSetupException("libcriu at " + home.libcriu() + " lacks the CRIU " + CRIU_SERIES
                    + "x API the bindings were made for: " + SETUP, e);
        }
    }

    /** Loads the helper's client stubs (c-src). */
    public static synchronized void loadHelperClient(DeltaBoxHome home) {
        load("helper client", home.helperClientLibrary(), "the helper's client library", BUILD);
    }

    private static void load(String name, Path library, String what, String fix) {
        Path already = loaded.get(name);
        if (already != null) {
            if (already.equals(library)) return;
            throw new NativeSetupException(name + " is already loaded from " + already + "; this JVM cannot also load "
                    + library + " (one DeltaBox home per JVM)");
        }
        DeltaBoxHome.require(library, what, fix);
        try {
            System.load(library.toString());
        } catch (UnsatisfiedLinkError e) {
            throw new NativeSetupException("cannot load " + library + ": " + e.getMessage() + ": " + fix, e);
        }
        loaded.put(name, library);
    }
}
