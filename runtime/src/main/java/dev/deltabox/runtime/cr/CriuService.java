package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import dev.deltabox.runtime.nativeaccess.NativeLibraries;
import dev.deltabox.runtime.nativeaccess.NativeSetupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.deltabox.bindings.criu.criu_h.*;

/**
 * A {@code criu service} process that libcriu talks to over a Unix socket. libcriu's default
 * mode would fork the calling process — the JVM — to exec criu; the service mode never does.
 *
 * <p><b>A dead service is replaced.</b> If the service dies (crash, {@code kill -9}), the next
 * request starts a new one and logs a WARN with how the old one ended; a request that failed
 * because the service was found dead is retried once on the new one ({@link #replaceIfDead}).
 *
 * <p><b>No workers left behind.</b> The service forks a worker per request; a worker whose
 * service died would be reparented to PID 1, which here does not always reap it (a {@code criu}
 * zombie was seen). The service runs as the leader of its own session and process group
 * ({@code setsid}), so on close and on replacement every member of that group — the workers —
 * is killed, workers first while the service can still reap them.
 *
 * <p>Concurrency: libcriu keeps its options in process-global state, so every use of libcriu
 * in this JVM goes through {@link #LIBCRIU_LOCK}, which also guards this object's process and
 * socket (a replacement happens with it held).
 */
public final class CriuService implements AutoCloseable {

    /** Guards libcriu's process-global options. */
    public static final Object LIBCRIU_LOCK = new Object();

    private static final long START_TIMEOUT_MS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(CriuService.class);

    private final Path criu;
    private final Path runtimeDir;
    // the service now serving requests, guarded by LIBCRIU_LOCK
    private Process process;
    private Path socket;
    private Path logFile;
    private long restarts;
    private boolean closed;

    private CriuService(Path criu, Path runtimeDir) {
        this.criu = criu;
        this.runtimeDir = runtimeDir;
    }

    /** Starts {@code criu service} with its socket in {@code runtimeDir} and waits until it listens. */
    public static CriuService start(DeltaBoxHome home, Path runtimeDir) throws IOException {
        NativeLibraries.loadCriu(home);
        Path criu = DeltaBoxHome.require(home.criuBinary(), "criu 4.2", "run tools/setup/native.sh");
        ensureKernelFeatureCacheDir(criu.getParent().getParent().resolve("run"));
        CriuService s = new CriuService(criu, runtimeDir);
        synchronized (LIBCRIU_LOCK) {
            s.launch();
        }
        return s;
    }

    /** Starts a service process and waits until it listens; with LIBCRIU_LOCK held. */
    private void launch() throws IOException {
        Files.createDirectories(runtimeDir);
        Path socket = runtimeDir.resolve("criu-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".sock");
        Path logFile = runtimeDir.resolve(socket.getFileName() + ".log");
        // --status-fd: criu writes a NUL byte there once it listens (the socket file appears at
        // bind(), before listen(), so waiting for the file races with connect()). It also prints
        // a notice about the socket's permissions to stdout first: skip to the NUL.
        // setsid: its own session and process group, so its workers can be found and killed
        // (started by the JDK the child is no group leader, so setsid execs criu in place).
        Process p = new ProcessBuilder(SETSID, criu.toString(), "service", "--address", socket.toString(),
                "--status-fd", "1", "-o", logFile.toString(), "-v2")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int status;
        try {
            status = ReadySignal.await(p, "criu service", START_TIMEOUT_MS, out -> {
                int b;
                while ((b = out.read()) > 0) {
                    // the notice before the NUL
                }
                return b;
            });
        } catch (IOException e) {
            p.destroyForcibly();
            throw new IOException(e.getMessage() + "; see " + logFile, e);
        }
        if (status != 0) { // -1: it exited without listening
            p.destroyForcibly();
            throw new IOException("criu service failed to start; see " + logFile);
        }
        this.process = p;
        this.socket = socket;
        this.logFile = logFile;
    }

    private static final String SETSID = "/usr/bin/setsid";

    /**
     * Replaces the service if it is dead (a request to it failed: was that why?); true if it
     * was replaced, so the request is worth retrying. Call with {@link #LIBCRIU_LOCK} held.
     */
    public boolean replaceIfDead() {
        try {
            // a service killed just now may not be reaped by the JDK yet: give it a moment
            if (!process.waitFor(100, TimeUnit.MILLISECONDS)) return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        replace();
        return true;
    }

    /** The service's PID now (for tests and messages). */
    public long pid() {
        synchronized (LIBCRIU_LOCK) {
            return process.pid();
        }
    }

    /** How many times a dead service was replaced. */
    public long restarts() {
        synchronized (LIBCRIU_LOCK) {
            return restarts;
        }
    }

    /** Starts a new service in place of the dead one, after killing the old one's workers. */
    private void replace() {
        Process dead = process;
        int v = dead.exitValue();
        String how = v > 128 ? "was killed by signal " + (v - 128) : "exited with status " + v;
        int workers = ProcessTrees.killGroup(dead.pid(), "criu");
        removeFiles();
        try {
            launch();
        } catch (IOException e) {
            throw new CheckpointException(CheckpointException.Reason.FAILED, "criu service " + dead.pid() + " " + how
                    + " and a new one did not start: " + e.getMessage(), e);
        }
        restarts++;
        log.warn("criu service {} {}{}; started a new one, {}", dead.pid(), how,
                workers > 0 ? " (" + workers + " orphaned worker(s) killed)" : "", process.pid());
    }

    /**
     * CRIU probes the kernel's features (≈ 20–45 ms) at the start of every request unless it finds
     * its cache {@code RUNDIR/criu.kdat}, and it writes that cache only on a tmpfs (so that it is
     * gone after a reboot). {@code tools/setup/native.sh} builds CRIU with {@code RUNDIR} =
     * {@code <native prefix>/run}; this makes that path a symlink to a private directory on
     * /dev/shm: created here with mode 0700 (named after the link, so one per installation; a
     * random name when that one is taken by a directory not ours), and replaced whenever it
     * is missing (after a reboot) or is not a directory of ours that nobody else may write, so
     * CRIU — which runs as root and trusts the file — never reads a cache someone else made.
     * Without /dev/shm CRIU just probes every time.
     */
    static void ensureKernelFeatureCacheDir(Path link) {
        Path shm = Path.of("/dev/shm");
        try {
            if (Files.isSymbolicLink(link)) {
                Path target = Files.readSymbolicLink(link);
                if (target.isAbsolute() && shm.equals(target.getParent()) && privateDir(target)) return;
            } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(shm)) {
                return; // something else stands there (not ours to replace), or no tmpfs to point at
            }
            // one per installation: named after the link, so a clone made again at the same
            // path reuses it instead of leaving one more behind; a random name if that one is
            // taken by something not ours
            Path dir = shm.resolve("deltabox-criu-kdat-" + Integer.toHexString(link.toAbsolutePath().normalize().hashCode()));
            var mode = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            try {
                Files.createDirectory(dir, mode);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!privateDir(dir)) dir = Files.createTempDirectory(shm, "deltabox-criu-kdat-", mode);
            }
            Path tmp = link.resolveSibling(link.getFileName() + ".new-" + ProcessHandle.current().pid());
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, dir);
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            // only slower: CRIU probes the kernel on every request
            LoggerFactory.getLogger(CriuService.class).debug("no CRIU kernel-feature cache at {}: {}", link, e.toString());
        }
    }

    private static boolean privateDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
        int uid = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        return uid == libc_h.getuid() && perms.equals(PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Points libcriu's global options at this service, replacing it first if it died; call
     * with {@link #LIBCRIU_LOCK} held.
     */
    public void useForNextRequest(Arena arena) {
        if (closed) throw new IllegalStateException("this CriuService is closed");
        if (!process.isAlive()) replace();
        if (criu_init_opts() < 0) throw new IllegalStateException("criu_init_opts failed (out of memory?)");
        // libcriu 4.2 has no criu_set_service_comm: setting an address selects socket mode
        criu_set_service_address(arena.allocateFrom(socket.toString()));
    }

    /** CRIU's version as major*10000 + minor*100 + sublevel, asked of the running service. */
    public int version() {
        synchronized (LIBCRIU_LOCK) {
            try (Arena arena = Arena.ofConfined()) {
                useForNextRequest(arena);
                int v = criu_get_version();
                if (v < 0) throw new IllegalStateException("criu_get_version failed: " + v);
                return v;
            }
        }
    }

    /** Fails unless the service is CRIU 4.2.x, the series the bindings were made for. */
    public int requireBindingsVersion() {
        int v = version();
        if (v / 100 != 402) {
            throw new NativeSetupException("CRIU is " + v / 10000 + "." + v / 100 % 100 + "." + v % 100
                    + "; DeltaBox's bindings were made for " + NativeLibraries.CRIU_SERIES + "x: run tools/setup/native.sh");
        }
        return v;
    }

    /** Stops the service and kills its workers (workers first, so that the service reaps them). */
    @Override
    public void close() {
        synchronized (LIBCRIU_LOCK) {
            if (closed) return;
            closed = true;
            ProcessTrees.killGroup(process.pid(), "criu", process.pid());
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // a worker forked while we stopped it: reparented now, killed all the same
            ProcessTrees.killGroup(process.pid(), "criu");
            removeFiles();
        }
    }

    private void removeFiles() {
        try {
            Files.deleteIfExists(socket);
            // the service's own log matters only when it fails to start (start() names it then)
            Files.deleteIfExists(logFile);
        } catch (IOException ignored) {
            // a stale file in the runtime dir is harmless: the next service uses new names
        }
    }
}
