package dev.deltabox.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Running the CLI, shell commands and the POSIX scenario driver from tests. */
final class CliSupport {
    private CliSupport() {}

    /** What a command printed and how it ended. */
    record Cli(List<String> args, int code, String out, String err) {
        Cli ok() {
            assertEquals(0, code, "command failed: " + this);
            return this;
        }

        @Override
        public String toString() {
            return String.join(" ", args) + " -> exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code deltabox fs ...} in this JVM (--daemon starts the mount in a child JVM, as the launcher does). */
    static Cli cli(String... args) {
        assertEquals("fs", args[0], "only fs commands run in-process");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = FsCommand.run(Arrays.copyOfRange(args, 1, args.length), o, e);
        }
        return new Cli(List.of(args), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static long checkpoint(Path mnt) {
        Cli c = cli("fs", "checkpoint", mnt.toString()).ok();
        return Long.parseLong(c.out().strip());
    }

    static void rollback(Path mnt, long id) {
        cli("fs", "rollback", mnt.toString(), Long.toString(id)).ok();
    }

    static Cli sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = drain(p.getInputStream()), err = drain(p.getErrorStream());
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("did not finish: " + List.of(cmd));
        }
        return new Cli(List.of(cmd), p.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        });
    }

    static Path fsposixScript() {
        Path p = Path.of(System.getProperty("deltabox.home"), "tools", "conformance", "fsposix.py");
        assertTrue(Files.isRegularFile(p), "missing " + p);
        return p;
    }

    /** {@code fsposix.py CMD DIR}; its output lines. */
    static List<String> fsposix(String cmd, Path dir) throws Exception {
        if (cmd.equals("setup")) Files.createDirectories(dir);
        Cli c = sh("python3", fsposixScript().toString(), cmd, dir.toString()).ok();
        assertEquals("", c.err(), "fsposix.py " + cmd + " " + dir + " wrote to stderr");
        return new ArrayList<>(c.out().lines().toList());
    }

    static List<String> fsposixList() throws Exception {
        return sh("python3", fsposixScript().toString(), "list").ok().out().lines().toList();
    }

    static boolean mountedAt(Path p) throws IOException {
        String needle = " " + p.toAbsolutePath() + " ";
        return Files.readString(Path.of("/proc/mounts")).lines().anyMatch(l -> l.contains(needle));
    }
}
