package dev.deltabox.tools;

import dev.deltabox.runtime.fs.ControlClient;
import dev.deltabox.runtime.fs.ControlServer;
import dev.deltabox.runtime.fs.DeltaFsException;
import dev.deltabox.runtime.fs.DeltaMount;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.deltabox.bindings.libc.libc_h;

/**
 * {@code deltabox fs ...}: mount a DeltaFS view and checkpoint, roll back, list and unmount it
 * from any shell. The mount command serves in the foreground (or detaches with --daemon);
 * the others find its daemon through the mount point.
 */
final class FsCommand {

    static final String USAGE = """
            usage: deltabox fs mount --base DIR --state DIR [--at ID] [--threads N] [--no-passthrough] [--daemon] MOUNTPOINT
                   deltabox fs checkpoint MOUNTPOINT        prints the new checkpoint's id
                   deltabox fs rollback MOUNTPOINT ID       ID 0 is the bare base
                   deltabox fs tree MOUNTPOINT [--json]     id, parent, time, size of its delta
                   deltabox fs unmount MOUNTPOINT
            """;

    private FsCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("deltabox fs: which command? (mount, checkpoint, rollback, tree, unmount)\n");
            err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "mount" -> mount(rest, out, err);
                case "checkpoint" -> {
                    out.println(ControlClient.call(Path.of(one(rest, "checkpoint MOUNTPOINT")), "checkpoint").get(0));
                    yield 0;
                }
                case "rollback" -> {
                    if (rest.length != 2) throw new UsageException("usage: deltabox fs rollback MOUNTPOINT ID");
                    ControlClient.call(Path.of(rest[0]), "rollback " + rest[1]);
                    yield 0;
                }
                case "tree" -> tree(rest, out);
                case "unmount", "umount" -> unmount(Path.of(one(rest, "unmount MOUNTPOINT")), out);
                case "help", "--help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown fs command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("deltabox fs: " + e.getMessage() + "\n");
            err.print(USAGE);
            return 2;
        } catch (DeltaFsException | dev.deltabox.runtime.nativeaccess.NativeSetupException e) {
            err.println("deltabox fs: " + e.getMessage());
            return 1;
        }
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String m) {
            super(m);
        }
    }

    private static String one(String[] rest, String usage) {
        if (rest.length != 1) throw new UsageException("usage: deltabox fs " + usage);
        return rest[0];
    }

    private static int mount(String[] args, PrintStream out, PrintStream err) {
        Path base = null, state = null, mountpoint = null;
        long at = -1;
        int threads = 4;
        boolean passthrough = true;
        boolean daemon = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = Path.of(value(args, ++i, "--base"));
                case "--state" -> state = Path.of(value(args, ++i, "--state"));
                case "--at" -> at = number(value(args, ++i, "--at"), "--at");
                case "--threads" -> threads = (int) number(value(args, ++i, "--threads"), "--threads");
                case "--daemon" -> daemon = true;
                case "--no-passthrough" -> passthrough = false;
                default -> {
                    if (args[i].startsWith("-") || mountpoint != null) throw new UsageException("unexpected '" + args[i] + "'");
                    mountpoint = Path.of(args[i]);
                }
            }
        }
        if (base == null || state == null || mountpoint == null) {
            throw new UsageException("mount needs --base DIR, --state DIR and a MOUNTPOINT");
        }
        if (!Files.isDirectory(base)) throw new DeltaFsException("base " + base + " does not exist or is not a directory");
        if (daemon) return daemonize(args, state, mountpoint, out);
        DeltaMount.Options options = DeltaMount.options(base, state, mountpoint).threads(threads).passthrough(passthrough);
        if (at >= 0) options.at(at);
        DeltaMount m = options.mount();
        CountDownLatch done = new CountDownLatch(1);
        ControlServer control = ControlServer.start(m, done::countDown);
        Thread hook = new Thread(() -> {
            control.close();
            m.close();
        }, "deltafs-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("ready " + m.mountpoint() + " (state " + m.stateDir() + ", at checkpoint " + m.current() + ")");
        out.flush();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        control.close();
        m.close();
        Runtime.getRuntime().removeShutdownHook(hook);
        out.println("unmounted " + m.mountpoint());
        return 0;
    }

    /** Starts the same mount in a detached child JVM and returns once it is ready (or failed). */
    private static int daemonize(String[] args, Path state, Path mountpoint, PrintStream out) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) cmd.add("/usr/bin/setsid");
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        String home = System.getProperty("deltabox.home");
        if (home != null) cmd.add("-Ddeltabox.home=" + home);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.add("fs");
        cmd.add("mount");
        for (String a : args) if (!a.equals("--daemon")) cmd.add(a);
        try {
            Files.createDirectories(state);
            Path log = state.toAbsolutePath().resolve("mount.log");
            Files.deleteIfExists(log);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                String text = Files.exists(log) ? Files.readString(log) : "";
                for (String line : text.split("\n")) {
                    if (line.startsWith("ready ")) {
                        out.println(line + " [daemon pid " + p.pid() + ", log " + log + "]");
                        return 0;
                    }
                }
                if (!p.isAlive()) {
                    throw new DeltaFsException("the mount daemon exited (" + p.exitValue() + "): " + text.strip());
                }
                Thread.sleep(20);
            }
            p.destroy();
            throw new DeltaFsException("the mount daemon did not become ready in 60 s; see " + log);
        } catch (IOException e) {
            throw new DeltaFsException("cannot start the mount daemon: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int tree(String[] args, PrintStream out) {
        boolean json = Arrays.asList(args).contains("--json");
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        rest.remove("--json");
        if (rest.size() != 1) throw new UsageException("usage: deltabox fs tree MOUNTPOINT [--json]");
        List<String> lines = ControlClient.call(Path.of(rest.get(0)), "tree");
        long current = Long.parseLong(lines.get(0));
        if (json) {
            StringBuilder sb = new StringBuilder("{\"current\": " + current + ", \"checkpoints\": [");
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(" ");
                if (i > 1) sb.append(", ");
                sb.append("{\"id\": ").append(f[0]).append(", \"parent\": ").append(f[1])
                        .append(", \"time\": ").append(Json.quote(Instant.ofEpochMilli(Long.parseLong(f[2])).toString()))
                        .append(", \"deltaBytes\": ").append(f[3]).append('}');
            }
            out.println(sb.append("]}"));
            return 0;
        }
        out.printf("%-8s %-8s %-24s %s%n", "ID", "PARENT", "TIME", "DELTA");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(" ");
            out.printf("%-8s %-8s %-24s %s%s%n", f[0], f[1].equals("0") ? "base" : f[1],
                    Instant.ofEpochMilli(Long.parseLong(f[2])), bytes(Long.parseLong(f[3])),
                    Long.parseLong(f[0]) == current ? "   <- current view's parent" : "");
        }
        if (lines.size() == 1) out.println("(no checkpoints yet)");
        return 0;
    }

    private static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1 << 20) return String.format("%.1f KiB", n / 1024.0);
        return String.format("%.1f MiB", n / (1024.0 * 1024));
    }

    private static int unmount(Path mountpoint, PrintStream out) {
        Path mp = mountpoint.toAbsolutePath().normalize();
        try {
            ControlClient.call(mp, "unmount");
        } catch (DeltaFsException e) {
            if (!DeltaMount.isMountPoint(mp)) throw e;
            // The daemon is gone (killed): detach what is left.
            try (Arena a = Arena.ofConfined()) {
                libc_h.umount2(a.allocateFrom(mp.toString()), libc_h.MNT_DETACH());
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (DeltaMount.isMountPoint(mp) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (DeltaMount.isMountPoint(mp)) throw new DeltaFsException(mp + " is still mounted after 10 s");
        out.println("unmounted " + mp);
        return 0;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new UsageException(flag + " needs a value");
        return args[i];
    }

    private static long number(String s, String flag) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " must be a number, was '" + s + "'");
        }
    }
}
