package dev.deltabox.runtime.cr;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ProcessTrees#hasChildren}: what a rollback asks of each old session process before killing it. */
class ProcessTreesTest {

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void tearDown() throws InterruptedException {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
    }

    private Process start(String... argv) throws IOException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        started.add(p);
        return p;
    }

    /** Waits until the first line of output: the process set itself up. */
    private static void awaitLine(Process p) throws IOException {
        assertTrue(p.inputReader().readLine() != null, "the process started");
    }

    @Test
    void aProcessWithoutChildrenHasNone() throws Exception {
        Process p = start("sh", "-c", "echo up; exec sleep 30");
        awaitLine(p);
        assertFalse(ProcessTrees.hasChildren(p.pid()));
    }

    @Test
    void aShellsBackgroundJobIsAChild() throws Exception {
        Process p = start("bash", "-c", "sleep 30 & echo up; wait");
        awaitLine(p);
        assertTrue(ProcessTrees.hasChildren(p.pid()));
    }

    @Test
    void aChildForkedByAnotherThreadCounts() throws Exception {
        Process p = start("python3", "-c", String.join("\n",
                "import subprocess, threading, time",
                "def spawn():",
                "    subprocess.Popen(['sleep', '30'])",
                "    print('up', flush=True)",
                "    time.sleep(30)",
                "threading.Thread(target=spawn).start()",
                "time.sleep(30)"));
        awaitLine(p);
        assertTrue(ProcessTrees.hasChildren(p.pid()), "the child is in the second thread's children list");
    }

    @Test
    void aZombieOrAGoneProcessIsEndingALiveOneIsNot() throws Exception {
        // the shell's child exits once the shell is exec'd into sleep, which never reaps it: a zombie
        Process p = start("sh", "-c", "sleep 0.2 & echo up; exec sleep 30");
        awaitLine(p);
        assertFalse(ProcessTrees.isEnding(p.pid()));
        long zombie = ProcessTrees.members(p.pid()).getLast();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + zombie + "/stat")).contains(") Z ")
                && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(ProcessTrees.isEnding(zombie), "a zombie");
        Process gone = start("true");
        gone.waitFor();
        assertTrue(ProcessTrees.isEnding(gone.pid()), "reaped");
    }

    @Test
    void aProcessThatIsGoneHasNone() throws Exception {
        Process p = start("true");
        long pid = p.pid();
        p.waitFor();
        assertFalse(ProcessTrees.hasChildren(pid));
    }
}
