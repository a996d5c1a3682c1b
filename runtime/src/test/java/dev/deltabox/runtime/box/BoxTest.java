package dev.deltabox.runtime.box;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox on the real thing: DeltaFS root, namespaces, helper, sessions. */
class BoxTest extends BoxFixture {

    @Test
    void shellStateAndFilesComeBackTogetherOnRollback() {
        Box b = box(new BoxOptions());
        out(b, "mkdir -p proj && cd proj && echo v1 > f.txt && X=one && greet() { echo hi-$1; } && export E=env1");
        Checkpoint c = b.checkpoint("one");
        out(b, "echo v2 > f.txt && touch extra && X=two && greet() { echo changed; } && export E=env2 && cd /tmp");
        assertEquals("v2", b.files().readString("/workspace/proj/f.txt").strip());

        b.rollback(c);
        assertEquals("/workspace/proj|one|hi-x|env1|v1", out(b, "echo \"$(pwd)|$X|$(greet x)|$E|$(cat f.txt)\""));
        assertFalse(b.files().exists("/workspace/proj/extra"));
        assertEquals(c.id(), b.current());

        // and again, forward to a second checkpoint and back to the first
        out(b, "X=three; echo v3 > f.txt");
        Checkpoint c3 = b.checkpoint();
        b.rollback(c);
        assertEquals("one v1", out(b, "echo $X $(cat f.txt)"));
        b.rollback(c3);
        assertEquals("three v3", out(b, "echo $X $(cat f.txt)"));
    }

    @Test
    void aPythonSessionAndAnOpenFileAreCheckpointedWithTheShell() {
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        BoxSession py = b.session("py");
        py.exec("data = {'n': 1}; log = open('/workspace/log.txt', 'w'); log.write('a'); log.flush()", Duration.ofSeconds(10));
        Checkpoint c = b.checkpoint();
        py.exec("data['n'] = 2; log.write('b'); log.flush()", Duration.ofSeconds(10));
        assertEquals("ab", b.files().readString("/workspace/log.txt"));

        b.rollback(c);
        ExecResult r = py.exec("log.write('c'); log.flush(); print(data['n'])", Duration.ofSeconds(10));
        assertEquals("1", r.stdout().strip(), r.stderr());
        // the file came back as it was, and the descriptor writes at its checkpoint-time offset
        assertEquals("ac", b.files().readString("/workspace/log.txt"));
    }

    @Test
    void theBoxIsIsolatedFromTheHost() throws Exception {
        Box b = box(new BoxOptions().hostname("isolated"));
        assertEquals("isolated", out(b, "hostname"));
        // its own PID namespace: a handful of processes, bash far from the host's numbers
        int procs = Integer.parseInt(out(b, "ls /proc | grep -c '^[0-9]'"));
        assertTrue(procs < 10, "processes visible in the box: " + procs);
        assertEquals("1", out(b, "cat /proc/1/comm >/dev/null && echo 1"));
        // loopback only; a read-only sysfs of the box's network namespace
        assertEquals("lo", out(b, "ls /sys/class/net"));
        assertEquals("read-only", out(b, "touch /sys/x 2>/dev/null && echo writable || echo read-only"));
        // the host's root filesystem is the base, read through layers: writes stay in the box
        out(b, "echo boxed > /etc/deltabox-box-test");
        assertFalse(Files.exists(Path.of("/etc/deltabox-box-test")));
        // other host mounts do not show through
        Path marker = Files.createTempFile(Path.of("/dev/shm"), "deltabox-host-", ".marker");
        try {
            assertEquals("absent", out(b, "test -e " + marker + " && echo present || echo absent"));
        } finally {
            Files.delete(marker);
        }
        // the host's private directories are empty in the box (/var/tmp, /root; /tmp too, unless
        // this checkout lives there: DeltaBox's install stays visible for CRIU)
        Path hostTemp = Files.createTempFile(Path.of("/var/tmp"), "deltabox-host-", ".txt");
        try {
            assertEquals("absent", out(b, "test -e " + hostTemp + " && echo present || echo absent"));
        } finally {
            Files.delete(hostTemp);
        }
        assertEquals("0", out(b, "ls -A /root | wc -l"));
        out(b, "echo mine > /tmp/t");
        Checkpoint c = b.checkpoint();
        out(b, "rm /tmp/t");
        b.rollback(c);
        assertEquals("mine", out(b, "cat /tmp/t"));
        // a symlink planted in the box cannot lead the host-side file API out of the box
        // (followed from the host, /etc/deltabox-box-test would be the host's: there is none)
        out(b, "ln -s /etc/deltabox-box-test /workspace/escape");
        assertEquals("boxed", b.files().readString("/workspace/escape").strip());
    }

    @Test
    void rollingBackMoreTimesThanTheHelperHasSlotsLeaksNothing() {
        // the helper holds at most 1024 processes: every replaced session process must free its slot
        Box b = box(new BoxOptions());
        out(b, "X=a");
        Checkpoint a = b.checkpoint();
        out(b, "X=b");
        Checkpoint c = b.checkpoint();
        for (int i = 0; i < 1100; i++) b.rollback(i % 2 == 0 ? a : c);
        assertEquals("b", out(b, "echo $X"));
    }

    @Test
    void aRollbackEndsTheProcessesOfTheBranchItLeaves() throws Exception {
        Box b = box(new BoxOptions());
        Checkpoint c = b.checkpoint();
        // a background job that would write into the restored files if it outlived the rollback
        String shellAndJob = out(b, "(while :; do echo x >> /workspace/late; sleep 0.005; done) & echo $$ $!");
        b.rollback(c);
        // gone (reaped) by the time the rollback returns
        assertEquals("gone gone", out(b, "for p in " + shellAndJob + "; do kill -0 $p 2>/dev/null && echo -n 'alive ' "
                + "|| echo -n 'gone '; done; echo"));
        assertEquals("absent", out(b, "sleep 0.05; test -e /workspace/late && echo present || echo absent"));

        // an idle shell without children is killed a moment later, off the rollback's path
        String idleShell = out(b, "echo $$");
        b.rollback(c);
        String state = "";
        for (int i = 0; i < 200 && !state.equals("gone"); i++) {
            state = out(b, "kill -0 " + idleShell + " 2>/dev/null && echo alive || echo gone");
            if (!state.equals("gone")) Thread.sleep(10);
        }
        assertEquals("gone", state, "the replaced shell " + idleShell + " still runs 2 s after the rollback");
    }

    @Test
    void checkpointsFasterThanTheirDurableImagesStayWithinTheLimits() {
        // more checkpoints than the helper holds templates (512): images lag, templates still go
        Box b = box(new BoxOptions());
        Checkpoint last = null;
        for (int i = 0; i < 600; i++) {
            b.files().writeString("/workspace/n.txt", Integer.toString(i));
            last = b.checkpoint();
        }
        out(b, "echo changed > n.txt");
        b.rollback(last);
        assertEquals("599", out(b, "cat n.txt"));
    }

    @Test
    void pidsAndMemoryLimitsHoldInTheBox() {
        Box b = box(new BoxOptions().pidsLimit(24).memoryLimit(128L << 20));
        String forks = out(b, "python3 -c \"import os, time\n"
                + "made = failed = 0\n"
                + "for i in range(60):\n"
                + "    try:\n"
                + "        pid = os.fork()\n"
                + "    except OSError:\n"
                + "        failed += 1; continue\n"
                + "    if pid == 0: time.sleep(3); os._exit(0)\n"
                + "    made += 1\n"
                + "print(made, failed)\"");
        String[] mf = forks.split(" ");
        assertTrue(Integer.parseInt(mf[0]) < 24 && Integer.parseInt(mf[1]) > 30, "forks made/failed: " + forks);
        ExecResult big = b.exec("python3 -c 'x = bytearray(512 << 20); x[::4096] = b\"\\1\" * len(x[::4096]); print(\"survived\")'",
                Duration.ofSeconds(60));
        assertTrue(big.exitCode() != 0 && !big.stdout().contains("survived"), "512 MB under a 128 MB limit: " + big);
        assertEquals("ok", out(b, "echo ok"));
    }

    @Test
    void aHundredForksWriteIndependently() {
        Box b = box(new BoxOptions());
        out(b, "echo base > shared.txt; N=0");
        Checkpoint c = b.checkpoint("base");
        // 60 boxes made ahead of time (views, namespaces, spare sessions), the other 40 made by the fork itself
        assertEquals(60, b.prepareForks(60));
        out(b, "echo later > shared.txt; N=later");
        List<Box> kids = b.fork(c, 100);
        boxes.addAll(kids);
        assertEquals(100, kids.size());
        for (Box kid : kids) assertEquals("0 base", out(kid, "echo $N $(cat shared.txt)"), "the checkpoint's state");
        for (int i = 0; i < kids.size(); i++) out(kids.get(i), "N=" + i + "; echo kid" + i + " > shared.txt");
        for (int i = 0; i < kids.size(); i++) {
            assertEquals(i + " kid" + i, out(kids.get(i), "echo $N $(cat shared.txt)"));
        }
        assertEquals("later later", out(b, "echo $N $(cat shared.txt)"));
        // a fork's checkpoints join the tree and it rolls back on its own
        Box k = kids.get(7);
        Checkpoint kc = k.checkpoint();
        out(k, "echo later > shared.txt");
        k.rollback(kc);
        assertEquals("kid7", out(k, "cat shared.txt"));
        assertTrue(b.tree().stream().anyMatch(x -> x.id() == kc.id()));
    }

    /**
     * Boxes prepared for forks hold spare session processes forked from the current checkpoint:
     * a fork from it starts each from the checkpoint (cwd, an open file read in the new box's
     * files, a python object); prepared again after a later checkpoint, they follow it.
     */
    @Test
    void preparedForksStartFromTheirCheckpoint() {
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        out(b, "mkdir -p d && cd d && echo base > f && exec 3< f");
        assertEquals("", b.session("py").exec("obj = {'k': 1}", Duration.ofSeconds(10)).stdout());
        Checkpoint c = b.checkpoint("c");
        assertEquals(2, b.prepareForks(2));
        out(b, "echo later > f");
        b.session("py").exec("obj['k'] = 2", Duration.ofSeconds(10));
        Checkpoint c2 = b.checkpoint("c2");

        List<Box> kids = b.fork(c, 2);
        boxes.addAll(kids);
        for (Box kid : kids) {
            assertEquals("/workspace/d base", out(kid, "echo $(pwd) $(cat <&3)"));
            assertEquals("1\n", kid.session("py").exec("print(obj['k'])", Duration.ofSeconds(10)).stdout());
        }
        out(kids.get(0), "echo k0 > f");
        assertEquals("base", out(kids.get(1), "cat f"), "each fork has its own files");
        assertEquals("later", out(b, "cat f"));

        assertEquals(2, b.prepareForks(2), "the spare boxes follow the current checkpoint");
        List<Box> later = b.fork(c2, 2);
        boxes.addAll(later);
        for (Box kid : later) {
            assertEquals("later", out(kid, "cat f"));
            assertEquals("2\n", kid.session("py").exec("print(obj['k'])", Duration.ofSeconds(10)).stdout());
        }
    }

    /**
     * A command that rewrote part of each 2 MiB region of a python object splits its huge pages;
     * once the command has ended, the session's memory is put back on huge pages in the
     * background, so the next checkpoint's fork copies few page-table entries.
     */
    @Test
    void aSessionsPartlyRewrittenHeapGoesBackOnHugePagesAfterTheCommand() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.deltabox.runtime.cr.HugePageCompactor.unavailable() == null,
                dev.deltabox.runtime.cr.HugePageCompactor.unavailable());
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        BoxSession py = b.session("py");
        py.exec("b = bytearray(range(256)) * (32 << 12)", Duration.ofSeconds(10));
        long pid = py.process().pid();
        long before = anonHugeKb(pid);
        assertTrue(before >= 16 << 10, "the 32 MiB object is on huge pages (glibc's malloc, reading /sys): " + before + " kB");
        b.checkpoint();
        py.exec("for i in range(0, len(b), 4096):\n    if (i >> 12) % 512 < 200: b[i] ^= 0xff\n", Duration.ofSeconds(10));
        java.lang.reflect.Field rt = Box.class.getDeclaredField("rt");
        rt.setAccessible(true);
        assertTrue(((BoxRuntime) rt.get(b)).compactor.awaitIdle(10_000), "the compaction ended");
        long after = anonHugeKb(pid);
        assertTrue(after >= before - (2 << 10), "back on huge pages: " + before + " kB before, " + after + " kB after");
        assertEquals("0\n", py.exec("print(sum(1 for i in range(0, len(b), 4096) if (i >> 12) % 512 < 200 and b[i] == (i % 256)))",
                Duration.ofSeconds(30)).stdout(), "the rewrite is all there");
    }

    private static long anonHugeKb(long pid) throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup")).stream()
                .filter(l -> l.startsWith("AnonHugePages:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).sum();
    }

    /**
     * A checkpoint that fails for one session (its process killed itself) records
     * nothing and keeps nothing of the others' (no template left behind); a rollback to the last
     * good checkpoint brings both sessions back.
     */
    @Test
    void aCheckpointThatFailsForOneSessionRecordsNothing() throws Exception {
        Box b = box(new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON));
        out(b, "X=good");
        b.session("py").exec("y = 'good'", Duration.ofSeconds(10));
        Checkpoint good = b.checkpoint("good");
        java.lang.reflect.Field rt = Box.class.getDeclaredField("rt");
        rt.setAccessible(true);
        dev.deltabox.runtime.cr.TemplatePool pool = ((BoxRuntime) rt.get(b)).pool;
        int templates = pool.stats().templates();
        int checkpoints = b.tree().size();

        out(b, "X=later");
        assertThrows(SessionEndedException.class,
                () -> b.session("py").exec("import os; os.kill(os.getpid(), 9)", Duration.ofSeconds(10)));
        BoxException e = assertThrows(BoxException.class, b::checkpoint);
        assertTrue(e.getMessage().contains("nothing was recorded"), e.getMessage());
        assertEquals(checkpoints, b.tree().size(), "no checkpoint recorded");
        assertEquals(templates, pool.stats().templates(), "no template kept of the bash session");

        b.rollback(good);
        assertEquals("good", out(b, "echo $X"));
        assertEquals("good\n", b.session("py").exec("print(y)", Duration.ofSeconds(10)).stdout());
    }

    @Test
    void badInputGetsClearErrorsAndLosesNoCheckpoint() {
        Box b = box(new BoxOptions());
        Checkpoint c = b.checkpoint("good");
        BoxException unknown = assertThrows(BoxException.class, () -> b.rollback("nope"));
        assertTrue(unknown.getMessage().contains("no checkpoint named 'nope'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.checkpoint("good"));
        assertThrows(IllegalArgumentException.class, () -> b.checkpoint("bad name"));

        ExecResult slow = b.exec("sleep 30", Duration.ofMillis(300));
        assertTrue(slow.timedOut());
        assertEquals("still here", out(b, "echo still here"));

        // the session killed from inside the box mid-command: a clear error, then a rollback restores it
        assertThrows(SessionEndedException.class, () -> b.exec("kill -9 $$", Duration.ofSeconds(10)));
        b.rollback(c);
        assertEquals("ok", out(b, "echo ok"));
        assertEquals(1, b.tree().size());

        b.close();
        BoxException closed = assertThrows(BoxException.class, () -> b.checkpoint());
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void reopeningTheStateDirectoryListsEveryCheckpointAndRollsBackFilesAndSessions() throws Exception {
        BoxOptions o = new BoxOptions().session("py", BoxOptions.SessionKind.PYTHON);
        Box b = box(o);
        out(b, "echo first > f; X=kept-by-the-image");
        assertEquals("", b.session("py").exec("data = {'answer': 42}", java.time.Duration.ofSeconds(10)).stdout());
        Checkpoint c1 = b.checkpoint("first");
        out(b, "echo second > f; X=later");
        b.checkpoint("second");
        // the images are copied into the state directory once written: wait for "first"'s two
        java.nio.file.Path kept = o.stateDir.resolve("images");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (countImages(kept) < 2 && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(countImages(kept) >= 2, "the sessions' images are kept under " + kept);
        b.close();
        boxes.remove(b);

        // a new runtime (the last box closed): the old templates are gone, the kept images are not
        Box again = box(o);
        assertEquals(List.of("first", "second"), again.tree().stream().map(Checkpoint::name).toList());
        again.rollback("first");
        assertEquals("first", out(again, "cat f"));
        assertEquals("kept-by-the-image", out(again, "echo $X"), "the bash session restored from its image");
        assertEquals("42\n", again.session("py").exec("print(data['answer'])", java.time.Duration.ofSeconds(10)).stdout(),
                "the python session restored from its image");
        assertEquals(c1.id(), again.current());
    }

    private static long countImages(java.nio.file.Path root) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(root)) return 0;
        try (var s = java.nio.file.Files.walk(root, 2)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9]+")
                    && java.nio.file.Files.exists(p.resolve("meta"))).count();
        }
    }
}
