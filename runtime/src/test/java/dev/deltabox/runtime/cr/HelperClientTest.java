package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.helper.deltabox_helper_h;
import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Smoke test of the C helper: Java drives a real deltabox-helper process through the FFM stubs. */
class HelperClientTest {

    @TempDir
    Path runtimeDir;

    private HelperClient helper;
    private final Arena arena = Arena.ofConfined();

    @BeforeEach
    void start() throws Exception {
        helper = HelperClient.start(DeltaBoxHome.detect(), runtimeDir);
    }

    @AfterEach
    void stop() {
        helper.close();
        arena.close();
    }

    @Test
    void helloReportsProtocolAndTheHelpersOwnPid() {
        long[] hello = helper.hello();
        assertEquals(deltabox_helper_h.DBH_PROTOCOL_VERSION(), hello[0], "protocol version");
        assertNotEquals(ProcessHandle.current().pid(), hello[1]);
        assertTrue(ProcessHandle.of(hello[1]).isPresent(), "the helper's pid is a live process");
    }

    @Test
    void spawnRunsTheProgramWithItsEnvironmentCwdAndStdioAndReportsItsExit() {
        int[] out = pipe();
        int devNull = openDevNull();
        var p = helper.spawn(List.of("/bin/sh", "-c", "echo \"$GREETING from $(pwd)\"; exit 7"),
                Map.of("GREETING", "hello", "PATH", "/usr/bin:/bin"), Path.of("/tmp"), devNull, out[1], devNull);
        libc_h.close(out[1]);
        libc_h.close(devNull);
        assertTrue(p.pid() > 0);
        assertTrue(p.pidfd() >= 0, "a pidfd came back with the reply");

        assertEquals("hello from /tmp\n", readAll(out[0]));
        assertEquals(new HelperClient.Exit(true, 7), helper.waitFor(p.pid()));
        libc_h.close(out[0]);
        libc_h.close(p.pidfd());
    }

    /** Background work (durable images' CRIU) runs at a nice value; the default is the helper's. */
    @Test
    void spawnAtANiceValue() {
        for (int nice : new int[] {0, 19}) {
            int[] out = pipe();
            int devNull = openDevNull();
            // the 19th field of /proc/PID/stat is the nice value
            var p = helper.spawn(List.of("/bin/sh", "-c", "cut -d' ' -f19 /proc/$$/stat"), Map.of("PATH", "/usr/bin:/bin"),
                    null, new int[] {devNull, out[1], devNull}, 0, nice);
            libc_h.close(out[1]);
            libc_h.close(devNull);
            assertEquals(nice + "\n", readAll(out[0]));
            assertEquals(new HelperClient.Exit(true, 0), helper.waitFor(p.pid()));
            libc_h.close(out[0]);
            libc_h.close(p.pidfd());
        }
        assertThrows(IllegalArgumentException.class, () -> helper.spawn(List.of("/bin/true"), Map.of(), null,
                new int[] {0, 1, 2}, 0, 20));
    }

    @Test
    void signalEndsAProcessAndWaitSaysWhichSignal() {
        int devNull = openDevNull();
        var p = helper.spawn(List.of("/bin/sleep", "60"), Map.of(), null, devNull, devNull, devNull);
        libc_h.close(devNull);
        helper.signal(p.pid(), libc_h.SIGKILL());
        assertEquals(new HelperClient.Exit(false, libc_h.SIGKILL()), helper.waitFor(p.pid()));
        libc_h.close(p.pidfd());
    }

    @Test
    void aProgramThatCannotStartIsAClearErrorNotAProcess() {
        int devNull = openDevNull();
        var e = assertThrows(HelperException.class,
                () -> helper.spawn(List.of("/no/such/program"), Map.of(), null, devNull, devNull, devNull));
        libc_h.close(devNull);
        assertEquals(libc_h.ENOENT(), e.errno());
        assertTrue(e.getMessage().contains("/no/such/program"), e.getMessage());
        // the helper is still fine afterwards
        assertEquals(deltabox_helper_h.DBH_PROTOCOL_VERSION(), helper.hello()[0]);
    }

    @Test
    void waitingForAProcessThatIsNotTheHelpersFails() {
        var e = assertThrows(HelperException.class, () -> helper.waitFor(ProcessHandle.current().pid()));
        assertEquals(libc_h.ESRCH(), e.errno());
    }

    @Test
    void closingTheConnectionKillsEveryProcessTheHelperStarted() throws Exception {
        int devNull = openDevNull();
        var p = helper.spawn(List.of("/bin/sleep", "60"), Map.of(), null, devNull, devNull, devNull);
        libc_h.close(devNull);
        long helperPid = helper.hello()[1];
        helper.close();
        assertTrue(ProcessHandle.of(helperPid).isEmpty() || !ProcessHandle.of(helperPid).get().isAlive());
        // the pidfd becomes readable once the process is gone
        MemorySegment pfd = arena.allocate(8);
        pfd.set(ValueLayout.JAVA_INT, 0, p.pidfd());
        pfd.set(ValueLayout.JAVA_SHORT, 4, (short) libc_h.POLLIN());
        assertEquals(1, libc_h.poll(pfd, 1, 5000), "the spawned sleep was killed with its helper");
        libc_h.close(p.pidfd());
    }

    @Test
    void aCrashedHelperIsReplacedNotADeadJvm() throws Exception {
        long helperPid = helper.hello()[1];
        ProcessHandle h = ProcessHandle.of(helperPid).orElseThrow();
        assertTrue(h.destroyForcibly());
        h.onExit().get();
        // the next request (or the watcher before it) finds it dead and starts a new helper
        long newPid;
        try {
            newPid = helper.hello()[1];
        } catch (HelperGoneException e) { // the request that found it dead fails: what it was about is gone
            assertTrue(e.getMessage().contains(Long.toString(helperPid)), e.getMessage());
            newPid = helper.hello()[1];
        }
        assertNotEquals(helperPid, newPid);
        assertEquals(1, helper.generation());
        assertTrue(helper.lastDeath().contains(helperPid + " was killed by signal 9"), helper.lastDeath());
    }

    private int openDevNull() {
        int fd = libc_h.open.makeInvoker().apply(arena.allocateFrom("/dev/null"), libc_h.O_RDWR() | libc_h.O_CLOEXEC());
        assertTrue(fd >= 0);
        return fd;
    }

    private int[] pipe() {
        MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
        assertEquals(0, libc_h.pipe2(fds, libc_h.O_CLOEXEC()));
        return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
    }

    private String readAll(int fd) {
        MemorySegment buf = arena.allocate(4096);
        StringBuilder sb = new StringBuilder();
        long n;
        while ((n = libc_h.read(fd, buf, buf.byteSize())) > 0) {
            sb.append(new String(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
