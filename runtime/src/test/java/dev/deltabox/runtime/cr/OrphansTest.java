package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Nothing is left behind: a CRIU-restored tree whose root died leaves its children to the helper
 * (the subreaper); closing kills and reaps them, and no criu process we started survives.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OrphansTest {

    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    private static boolean gone(long pid) {
        return !Files.exists(Path.of("/proc", Long.toString(pid)));
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 2000 && !gone(pid); i++) Thread.sleep(1);
    }

    @Test
    void theOrphansOfARestoredTreeWhoseRootDiedAreKilledOnClose() throws Exception {
        DeltaBoxHome home = DeltaBoxHome.detect();
        long helperPid, servicePid, orphan, orphan2;
        try (HelperClient helper = HelperClient.start(home, dir.resolve("run"));
             CriuService service = CriuService.start(home, dir.resolve("run"));
             ForkCheckpointer fork = new ForkCheckpointer(helper);
             CriuCheckpointer criu = new CriuCheckpointer(helper, service, home, dir.resolve("images"));
             ProcessCheckpointer cr = new ProcessCheckpointer(fork, criu)) {
            helperPid = helper.pid();
            servicePid = service.pid();
            ReplSession sh = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
            String sleeper = sh.sh("sleep 1000 & echo $!");
            assertEquals("ready", sh.sh("echo ready"));
            var cp = cr.checkpoint(sh.p);
            assertEquals(ProcessCheckpointer.Method.CRIU, cp.report().method());
            ReplSession back = new ReplSession(cr.rollback(cp, sh.p));
            assertEquals("alive", back.sh("kill -0 " + sleeper + " && echo alive"));
            orphan = Long.parseLong(sleeper);

            // the restored root dies (killed from inside the box): its job goes to the helper
            assertEquals(0, libc_h.kill((int) back.p.pid(), libc_h.SIGKILL()));
            awaitGone(back.p.pid());
            assertEquals(helperPid, ProcessTrees.stat(orphan).ppid(), "the orphan is the helper's now");

            // and a second tree, a spawned (not restored) shell whose root dies the same way
            ReplSession sh2 = new ReplSession(cr.spawn(List.of("/bin/bash"), ENV, dir));
            orphan2 = Long.parseLong(sh2.sh("sleep 1000 & echo $!"));
            assertEquals(0, libc_h.kill((int) sh2.p.pid(), libc_h.SIGKILL()));
            awaitGone(sh2.p.pid());
            assertFalse(gone(orphan2));
        }
        assertTrue(gone(orphan), "the restored tree's orphan was killed and reaped");
        assertTrue(gone(orphan2), "the spawned tree's orphan was killed and reaped");
        assertTrue(gone(helperPid));
        assertEquals(List.of(), ProcessTrees.all().stream().filter(s -> s.ppid() == helperPid).toList(),
                "no children of the helper left");
        assertEquals(List.of(), ProcessTrees.all().stream()
                .filter(s -> s.session() == servicePid || s.pgrp() == servicePid).toList(), "no criu process of ours left");
    }
}
