package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Process trees as /proc shows them: listing a tree's members, killing a whole tree. */
final class ProcessTrees {

    private static final long REAP_TIMEOUT_MS = 10_000;

    private ProcessTrees() {}

    /** {@code root} and all its descendants, parents before children (empty if root is gone). */
    static List<Long> members(long root) {
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long pid = todo.removeFirst();
            if (!seen.add(pid)) continue;
            // children of every thread: a child belongs to the thread that forked it
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path t : tasks.toList()) {
                    String kids = Files.readString(t.resolve("children")).trim();
                    if (!kids.isEmpty()) for (String k : kids.split("\\s+")) todo.add(Long.parseLong(k));
                }
            } catch (NoSuchFileException e) {
                if (pid == root) return List.of();
            } catch (IOException e) {
                // a member exiting while we look: it has nothing left to kill
            }
        }
        return List.copyOf(seen);
    }

    /**
     * SIGKILLs the tree rooted at {@code root} (whose pidfd is {@code rootPidfd}) and waits until
     * every member has been reaped, so that its PIDs are free again (CRIU restores with the
     * dumped PIDs). The root is stopped first so that it forks no new member while we list them.
     */
    static void killAndAwaitReaped(long root, int rootPidfd) {
        libc_h.pidfd_send_signal(rootPidfd, libc_h.SIGSTOP(), MemorySegment.NULL, 0);
        List<Long> all = new ArrayList<>();
        for (int round = 0; round < 3; round++) { // members forked while we listed: list again
            List<Long> now = members(root);
            if (now.isEmpty() || all.containsAll(now) && round > 0) break;
            for (long pid : now) {
                if (all.contains(pid)) continue;
                all.add(pid);
                if (pid == root) {
                    libc_h.pidfd_send_signal(rootPidfd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
                    continue;
                }
                int fd = libc_h.pidfd_open((int) pid, 0); // by pidfd: never a recycled PID
                if (fd >= 0) {
                    libc_h.pidfd_send_signal(fd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
                    libc_h.close(fd);
                }
            }
        }
        if (!all.contains(root)) libc_h.pidfd_send_signal(rootPidfd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
        // The helper (their parent or subreaper) reaps them; a zombie still holds its PID.
        long deadline = System.nanoTime() + REAP_TIMEOUT_MS * 1_000_000;
        for (long pid : all) {
            Path proc = Path.of("/proc", Long.toString(pid));
            while (Files.exists(proc)) {
                if (System.nanoTime() > deadline) {
                    throw new CheckpointException(CheckpointException.Reason.FAILED,
                            "process " + pid + " of the tree of " + root + " was not reaped within "
                                    + REAP_TIMEOUT_MS + " ms after SIGKILL; is the helper alive?", null);
                }
                Thread.onSpinWait();
                try {
                    Thread.sleep(0, 200_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CheckpointException(CheckpointException.Reason.FAILED, "interrupted while killing " + root, e);
                }
            }
        }
    }
}
