package dev.deltabox.tools;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.deltabox.tools.CliSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code deltabox fs}: a daemon mount driven by the other commands, and every error a user can
 * make getting a non-zero exit and a message that says what to do. Real mounts.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FsCommandTest {
    private static final Pattern READY = Pattern.compile(
            "ready (\\S+) \\(state (\\S+), at checkpoint (\\d+)\\) \\[daemon pid (\\d+), log (\\S+)]\n");

    @TempDir
    Path tmp;
    private Path base, state, mnt;
    private final List<Path> mounted = new ArrayList<>();

    @BeforeEach
    void dirs() throws Exception {
        base = Files.createDirectories(tmp.resolve("base"));
        state = tmp.resolve("state");
        mnt = Files.createDirectories(tmp.resolve("mnt"));
        Files.writeString(base.resolve("setup.py"), "original\n");
    }

    @AfterEach
    void unmountEverything() throws Exception {
        for (Path p : mounted) {
            if (mountedAt(p)) cli("fs", "unmount", p.toString());
        }
        for (Path p : mounted) assertFalse(mountedAt(p), "left mounted: " + p);
    }

    /** Mounts with --daemon; returns the daemon's pid. */
    private long mountDaemon(Path mountpoint, String... extra) {
        List<String> args = new ArrayList<>(List.of("fs", "mount", "--base", base.toString(), "--state", state.toString()));
        args.addAll(List.of(extra));
        args.add("--daemon");
        args.add(mountpoint.toString());
        mounted.add(mountpoint);
        Cli c = cli(args.toArray(String[]::new)).ok();
        Matcher m = READY.matcher(c.out());
        assertTrue(m.matches(), c.toString());
        assertEquals(mountpoint.toString(), m.group(1));
        assertEquals(state.toString(), m.group(2));
        assertTrue(Files.exists(Path.of(m.group(5))), "the log the daemon names exists");
        return Long.parseLong(m.group(4));
    }

    @Test
    void daemonMountCheckpointTreeRollbackUnmount() throws Exception {
        long pid = mountDaemon(mnt);
        assertTrue(mountedAt(mnt));
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the daemon runs");
        assertEquals("original\n", Files.readString(mnt.resolve("setup.py")));

        Files.writeString(mnt.resolve("setup.py"), "edited once\n");
        Cli c1 = cli("fs", "checkpoint", mnt.toString()).ok();
        assertTrue(c1.out().matches("\\d+\n"), "checkpoint prints just the id: '" + c1.out() + "'");
        long first = Long.parseLong(c1.out().strip());
        Files.writeString(mnt.resolve("setup.py"), "oops\n");
        Files.write(mnt.resolve("big.bin"), new byte[100_000]);
        long second = checkpoint(mnt);
        assertNotEquals(first, second);
        Files.writeString(mnt.resolve("unsaved"), "x");

        Cli tree = cli("fs", "tree", mnt.toString()).ok();
        List<String> lines = tree.out().lines().toList();
        assertEquals(List.of("ID", "PARENT", "TIME", "DELTA"), List.of(lines.get(0).trim().split(" +")), tree.out());
        assertEquals(3, lines.size(), tree.out());
        assertTrue(lines.get(1).matches(first + " +base +\\d{4}-\\d\\d-\\d\\dT\\S+Z +\\d+ B *"), lines.get(1));
        assertTrue(lines.get(2).matches(second + " +" + first + " +\\S+Z +\\d+\\.\\d KiB +<- current view's parent"),
                lines.get(2));

        String json = cli("fs", "tree", mnt.toString(), "--json").ok().out().strip();
        assertTrue(json.startsWith("{\"current\": " + second + ", \"checkpoints\": ["), json);
        Matcher e = Pattern.compile("\\{\"id\": (\\d+), \"parent\": (\\d+), \"time\": \"(\\d{4}-[^\"]+Z)\", \"deltaBytes\": (\\d+)}")
                .matcher(json);
        List<long[]> entries = new ArrayList<>();
        while (e.find()) {
            java.time.Instant.parse(e.group(3));
            entries.add(new long[] {Long.parseLong(e.group(1)), Long.parseLong(e.group(2)), Long.parseLong(e.group(4))});
        }
        assertEquals(2, entries.size(), json);
        assertArrayEquals(new long[] {first, 0}, new long[] {entries.get(0)[0], entries.get(0)[1]});
        assertArrayEquals(new long[] {second, first}, new long[] {entries.get(1)[0], entries.get(1)[1]});
        assertTrue(entries.get(0)[2] >= "edited once\n".length(), "delta of the first checkpoint: " + entries.get(0)[2]);
        assertTrue(entries.get(1)[2] >= 100_000, "delta of the second holds big.bin: " + entries.get(1)[2]);

        Cli rb = cli("fs", "rollback", mnt.toString(), Long.toString(first)).ok();
        assertEquals("", rb.err());
        assertEquals("edited once\n", Files.readString(mnt.resolve("setup.py")));
        assertFalse(Files.exists(mnt.resolve("big.bin")));
        assertFalse(Files.exists(mnt.resolve("unsaved")));
        assertTrue(cli("fs", "tree", mnt.toString(), "--json").ok().out().startsWith("{\"current\": " + first + ","));
        rollback(mnt, 0);
        assertEquals("original\n", Files.readString(mnt.resolve("setup.py")), "0 is the bare base");
        rollback(mnt, second);
        assertEquals("oops\n", Files.readString(mnt.resolve("setup.py")));

        Cli u = cli("fs", "unmount", mnt.toString()).ok();
        assertEquals("unmounted " + mnt + "\n", u.out());
        assertFalse(mountedAt(mnt), "no mount left");
        ProcessHandle.of(pid).ifPresent(ph -> assertDoesNotThrow(() -> ph.onExit().get(60, TimeUnit.SECONDS)));
        try (var s = Files.list(mnt)) {
            assertEquals(0, s.count(), "the mount point is an empty directory again");
        }
        assertEquals("original\n", Files.readString(base.resolve("setup.py")), "the base was never written");

        // The state directory keeps the checkpoints: mount again at one of them.
        mountDaemon(mnt, "--at", Long.toString(first));
        assertEquals("edited once\n", Files.readString(mnt.resolve("setup.py")));
        cli("fs", "unmount", mnt.toString()).ok();
    }

    @Test
    void missingArgumentsPrintUsageAndExitTwo() {
        for (String[] args : List.of(new String[] {"fs"}, new String[] {"fs", "mount"},
                new String[] {"fs", "mount", "--base", "b", "mp"}, new String[] {"fs", "mount", "--base"},
                new String[] {"fs", "checkpoint"}, new String[] {"fs", "rollback", "mp"},
                new String[] {"fs", "tree"}, new String[] {"fs", "unmount"}, new String[] {"fs", "frobnicate"},
                new String[] {"fs", "mount", "--base", "b", "--state", "s", "--at", "x", "mp"},
                new String[] {"fs", "mount", "--base", "b", "--state", "s", "--bogus", "mp"})) {
            Cli c = cli(args);
            assertEquals(2, c.code(), c.toString());
            assertTrue(c.err().startsWith("deltabox fs: "), c.toString());
            assertTrue(c.err().contains("usage: deltabox fs mount --base DIR --state DIR"), "usage shown: " + c);
            assertEquals("", c.out(), c.toString());
        }
        assertTrue(cli("fs", "mount").err().contains("mount needs --base DIR, --state DIR and a MOUNTPOINT"));
        assertTrue(cli("fs", "rollback", "mp").err().contains("rollback MOUNTPOINT ID"));
        assertTrue(cli("fs", "frobnicate").err().contains("unknown fs command 'frobnicate'"));
        assertTrue(cli("fs", "mount", "--base", "b", "--state", "s", "--at", "x", "mp").err().contains("--at must be a number, was 'x'"));
        assertEquals(0, cli("fs", "help").code());
    }

    @Test
    void mountErrorsSayWhatIsWrongAndWhatToDo() throws Exception {
        Cli noBase = cli("fs", "mount", "--base", tmp.resolve("nope").toString(), "--state", state.toString(), "--daemon", mnt.toString());
        assertEquals(1, noBase.code(), noBase.toString());
        assertEquals("deltabox fs: base " + tmp.resolve("nope") + " does not exist or is not a directory\n", noBase.err());

        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("f"), "x");
        mounted.add(full);
        Cli notEmpty = cli("fs", "mount", "--base", base.toString(), "--state", state.toString(), "--daemon", full.toString());
        assertEquals(1, notEmpty.code(), notEmpty.toString());
        assertTrue(notEmpty.err().contains("mount point " + full + " is not empty (use an empty directory)"), notEmpty.toString());
        assertFalse(mountedAt(full));

        Cli missing = cli("fs", "mount", "--base", base.toString(), "--state", state.toString(), "--daemon",
                tmp.resolve("absent").toString());
        assertEquals(1, missing.code(), missing.toString());
        assertTrue(missing.err().contains("is not a directory (create it)"), missing.toString());

        mountDaemon(mnt);
        Cli busy = cli("fs", "mount", "--base", base.toString(), "--state", tmp.resolve("state2").toString(), "--daemon", mnt.toString());
        assertEquals(1, busy.code(), busy.toString());
        assertTrue(busy.err().contains("mount point " + mnt + " is busy") && busy.err().contains("deltabox fs unmount " + mnt),
                busy.toString());
        Path other = Files.createDirectories(tmp.resolve("other"));
        mounted.add(other);
        Cli stateInUse = cli("fs", "mount", "--base", base.toString(), "--state", state.toString(), "--daemon", other.toString());
        assertEquals(1, stateInUse.code(), stateInUse.toString());
        assertTrue(stateInUse.err().contains("state directory " + state + " is in use by another DeltaFS mount"), stateInUse.toString());
        assertFalse(mountedAt(other));
        assertTrue(mountedAt(mnt), "the first mount is unaffected");
        assertEquals("original\n", Files.readString(mnt.resolve("setup.py")));
    }

    @Test
    void commandErrorsOnAMountSayWhatToDo() throws Exception {
        Cli notMount = cli("fs", "checkpoint", tmp.toString());
        assertEquals(1, notMount.code(), notMount.toString());
        assertTrue(notMount.err().contains(tmp + " is not a DeltaFS mount point")
                && notMount.err().contains("deltabox fs mount --base DIR --state DIR"), notMount.toString());
        for (String cmd : List.of("tree", "unmount")) {
            Cli c = cli("fs", cmd, tmp.toString());
            assertEquals(1, c.code(), c.toString());
            assertTrue(c.err().contains("is not a DeltaFS mount point"), c.toString());
        }
        mountDaemon(mnt);
        Cli unknown = cli("fs", "rollback", mnt.toString(), "999");
        assertEquals(1, unknown.code(), unknown.toString());
        assertEquals("deltabox fs: unknown checkpoint 999 (see `deltabox fs tree`)\n", unknown.err());
        Cli notNumber = cli("fs", "rollback", mnt.toString(), "abc");
        assertNotEquals(0, notNumber.code(), notNumber.toString());
        assertTrue(notNumber.err().contains("checkpoint id must be a number, was 'abc'"), notNumber.toString());
        assertEquals("original\n", Files.readString(mnt.resolve("setup.py")), "a failed rollback changes nothing");
        assertEquals("{\"current\": 0, \"checkpoints\": []}\n", cli("fs", "tree", mnt.toString(), "--json").ok().out());
        assertTrue(cli("fs", "tree", mnt.toString()).ok().out().contains("(no checkpoints yet)"));
    }
}
