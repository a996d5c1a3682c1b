package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.CheckpointException;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A bash session on a real process spawned by the helper. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public class BashSessionTest {

    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8", "HOME", "/tmp");
    static final Duration T = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    protected HelperClient helper;
    ForkCheckpointer cr;
    BashSession sh;

    @BeforeEach
    void start() throws Exception {
        helper = HelperClient.start(DeltaBoxHome.detect(), dir.resolve("run"));
        cr = new ForkCheckpointer(helper);
        sh = BashSession.start(cr.spawn(BashSession.ARGV, ENV, dir), T);
    }

    @AfterEach
    void stop() {
        sh.close();
        try {
            cr.close();
        } catch (CheckpointException e) {
            // a test that killed something leaves less to clean up
        }
        helper.close();
    }

    @Test
    void echoesAndExitCodes() {
        ExecResult r = sh.exec("echo hello", T);
        assertEquals("hello\n", r.stdout());
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
        assertEquals(3, sh.exec("(exit 3)", T).exitCode());
        assertEquals(1, sh.exec("false", T).exitCode());
        assertEquals("1\n", sh.exec("echo $?", T).stdout(), "$? is the previous command's status");
    }

    @Test
    void stateLivesOnBetweenExecs() {
        sh.exec("mkdir -p sub && cd sub && export GREETING=hi && count=41 && inc() { count=$((count + 1)); }", T);
        assertEquals(dir.resolve("sub") + "\n", sh.exec("pwd", T).stdout());
        sh.exec("inc", T);
        ExecResult r = sh.exec("echo $count; bash -c 'echo $GREETING'; alias ll='echo aliased'", T);
        assertEquals("42\nhi\n", r.stdout());
        assertEquals("aliased\n", sh.exec("ll", T).stdout(), "aliases too, as at a prompt");
    }

    @Test
    void stderrIsSeparate() {
        ExecResult r = sh.exec("echo out; echo err >&2; echo out2; ls /nonexistent", T);
        assertEquals("out\nout2\n", r.stdout());
        assertTrue(r.stderr().startsWith("err\n"), r.stderr());
        assertTrue(r.stderr().contains("/nonexistent"), r.stderr());
        assertEquals(2, r.exitCode());
    }

    @Test
    void bigOutputComesBackWhole() {
        ExecResult r = sh.exec("head -c 10000000 /dev/zero | tr '\\0' x; head -c 3000000 /dev/zero | tr '\\0' y >&2", T);
        assertEquals(10_000_000, r.stdout().length());
        assertEquals(3_000_000, r.stderr().length());
        assertTrue(r.stdout().chars().allMatch(c -> c == 'x'));
        assertFalse(r.truncated());
    }

    @Test
    void outputPastTheCapIsCutAndTheSessionGoesOn() {
        sh.maxOutputBytes(1 << 20);
        ExecResult r = sh.exec("head -c 5000000 /dev/zero | tr '\\0' x; echo err >&2", T);
        assertTrue(r.truncated());
        assertEquals(1 << 20, r.stdout().length());
        assertEquals("err\n", r.stderr());
        ExecResult small = sh.exec("echo small", T);
        assertFalse(small.truncated());
        assertEquals("small\n", small.stdout());
    }

    @Test
    void outputWithoutTrailingNewlineAndBinaryBytes() {
        assertEquals("no newline", sh.exec("printf 'no newline'", T).stdout());
        assertEquals("err no newline", sh.exec("printf 'err no newline' >&2", T).stderr());
        ExecResult r = sh.exec("printf 'a\\001\\036\\377b'", T);
        assertEquals("a\u0001\u001e\ufffdb", r.stdout(), "control bytes kept, a non-UTF-8 byte replaced");
        assertEquals("", sh.exec("true", T).stdout());
    }

    @Test
    void aCommandReadingStdinGetsEofNotTheProtocol() {
        ExecResult r = sh.exec("cat; read -r line; echo \"read=$? [$line]\"", Duration.ofSeconds(5));
        assertFalse(r.timedOut());
        assertEquals("read=1 []\n", r.stdout());
        assertEquals("still fine\n", sh.exec("echo still fine", T).stdout());
    }

    @Test
    void quotesNewlinesAndMultiLineCommands() {
        ExecResult r = sh.exec("""
                x='it'"'"'s'
                for i in 1 2; do
                  echo "$x $i \\"q\\" $((i*2))"
                done
                cat <<EOF
                here $x
                EOF""", T);
        assertEquals("it's 1 \"q\" 2\nit's 2 \"q\" 4\nhere it's\n", r.stdout());
        assertEquals("!x! !!\n", sh.exec("echo '!x!' !!", T).stdout(), "no history expansion");
        assertEquals("héllo ✓\n", sh.exec("echo 'héllo ✓'", T).stdout());
        assertEquals("300000\n", sh.exec("x='" + "a".repeat(300_000) + "'; echo ${#x}", T).stdout(),
                "a command larger than a pipe holds");
    }

    @Test
    void aSyntaxErrorGivesBashsMessageAndStatus2() {
        ExecResult r = sh.exec("if then fi (", T);
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("syntax error"), r.stderr());
        assertEquals("ok\n", sh.exec("echo ok", T).stdout());
        assertEquals(2, sh.exec("echo 'unterminated", T).exitCode());
        assertEquals("ok\n", sh.exec("echo ok", T).stdout());
    }

    @Test
    void exitEndsTheSessionWithItsStatus() {
        sh.exec("echo before", T);
        var e = assertThrows(SessionEndedException.class, () -> sh.exec("echo bye; echo gone >&2; exit 3", T));
        assertEquals(3, e.exitStatus().orElseThrow());
        assertEquals("bye\n", e.stdout());
        assertTrue(e.stderr().startsWith("gone\n"), e.stderr());
        assertTrue(e.getMessage().contains("exited with status 3"), e.getMessage());
        var again = assertThrows(SessionEndedException.class, () -> sh.exec("echo hi", T));
        assertTrue(again.getMessage().contains("reattach"), again.getMessage());
    }

    @Test
    void aTimeoutStopsTheCommandAndTheSessionGoesOn() {
        long t0 = System.nanoTime();
        ExecResult r = sh.exec("echo started; sleep 100; echo never", Duration.ofMillis(300));
        assertTrue(r.timedOut());
        assertEquals(130, r.exitCode());
        assertEquals("started\n", r.stdout(), "the output so far");
        assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "stopped promptly");
        assertEquals("next\n", sh.exec("echo next", T).stdout());
        assertEquals(0, sh.exec("true", T).exitCode());
    }

    @Test
    void aTimeoutStopsABuiltinLoop() {
        ExecResult r = sh.exec("x=0; while :; do x=$((x+1)); done", Duration.ofMillis(300));
        assertTrue(r.timedOut());
        assertEquals(130, r.exitCode());
        assertTrue(Integer.parseInt(sh.exec("echo $x", T).stdout().trim()) > 0);
    }

    @Test
    void aCommandIgnoringSigintIsKilled() {
        long t0 = System.nanoTime();
        ExecResult r = sh.exec("trap '' INT; sleep 100", Duration.ofMillis(300));
        assertTrue(r.timedOut());
        assertEquals(137, r.exitCode());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertEquals("next\n", sh.exec("trap - INT; echo next", T).stdout());
    }

    @Test
    void aBuiltinLoopIgnoringSigintEndsTheSession() {
        var e = assertThrows(SessionEndedException.class, () -> sh.exec("trap '' INT; while :; do :; done", Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains("did not stop"), e.getMessage());
    }

    @Test
    void backgroundJobsOfEarlierCommandsSurviveAStop() throws Exception {
        sh.exec("sleep 100 & bg=$!", T);
        long bg = Long.parseLong(sh.exec("echo $bg", T).stdout().trim());
        assertTrue(sh.exec("sleep 100", Duration.ofMillis(200)).timedOut());
        assertTrue(ProcessHandle.of(bg).map(ProcessHandle::isAlive).orElse(false), "the earlier background job lives");
        sh.exec("kill $bg; wait $bg", T);
    }

    @Test
    void aStraySigintBetweenExecsLeavesNoTrace() throws Exception {
        sh.exec("echo one", T);
        // bash answers a SIGINT at its prompt with a newline and its PROMPT_COMMAND (our end
        // markers, again): what a stop racing with the command's end would cause
        ProcessHandle.of(sh.process().pid()).orElseThrow();
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(sh.process().pid())).start().waitFor());
        Thread.sleep(200);
        ExecResult r = sh.exec("echo two; echo err >&2", T);
        assertEquals("two\n", r.stdout());
        assertEquals("err\n", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void setErrexitEndsTheShellWhenACommandFails() {
        // the command runs inside eval, so under set -e any exec whose status is not 0 ends
        // the shell (even "! true", which a prompt would survive)
        sh.exec("set -e", T);
        assertEquals("ok\n", sh.exec("echo ok", T).stdout());
        assertEquals(130, sh.exec("sleep 100", Duration.ofMillis(200)).exitCode());
        assertEquals("130\n", sh.exec("echo $?", T).stdout(), "restoring $? = 130 for the next command does not trip errexit");
        var e = assertThrows(SessionEndedException.class, () -> sh.exec("echo x; false; echo never", T));
        assertEquals(1, e.exitStatus().orElseThrow());
        assertEquals("x\n", e.stdout());
    }

    @Test
    void execsFromTwoThreadsRunOneAtATime() throws Exception {
        sh.exec("n=0", T);
        Thread other = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 20; i++) sh.exec("v=$n; sleep 0.01; n=$((v+1))", T);
        });
        for (int i = 0; i < 20; i++) sh.exec("v=$n; sleep 0.01; n=$((v+1))", T);
        other.join();
        assertEquals("40\n", sh.exec("echo $n", T).stdout(), "no two commands interleaved");
    }

    @Test
    void closeStopsTheRunningCommand() throws Exception {
        var result = new java.util.concurrent.CompletableFuture<ExecResult>();
        Thread t = Thread.ofVirtual().start(() -> result.complete(sh.exec("sleep 100", T)));
        Thread.sleep(300);
        long t0 = System.nanoTime();
        sh.close();
        assertTrue(System.nanoTime() - t0 < 3_000_000_000L);
        t.join();
        assertTrue(result.get().interrupted());
        var e = assertThrows(IllegalStateException.class, () -> sh.exec("echo hi", T));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        sh.close(); // twice is fine
    }

    @Test
    void interruptFromAnotherThread() throws Exception {
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            sh.interrupt();
        });
        ExecResult r = sh.exec("sleep 100", T);
        t.join();
        assertTrue(r.interrupted());
        assertFalse(r.timedOut());
        assertEquals(130, r.exitCode());
        sh.interrupt(); // between execs: nothing to stop, and the next exec is not hit
        assertEquals("ok\n", sh.exec("sleep 0.2; echo ok", T).stdout());
    }

    @Test
    void aSessionKilledFromOutsideFailsItsExecPromptly() throws Exception {
        long pid = sh.process().pid();
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        });
        long t0 = System.nanoTime();
        var e = assertThrows(SessionEndedException.class, () -> sh.exec("echo partial; sleep 100", T));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertTrue(e.getMessage().contains("session process " + pid), e.getMessage());
        assertTrue(e.getMessage().contains("sleep 100"), e.getMessage());
        assertEquals("partial\n", e.stdout());
        System.out.println("killed session: " + e.getMessage());
        assertThrows(SessionEndedException.class, () -> sh.exec("echo hi", T));
    }

    @Test
    void aRollbackBringsTheShellStateBack() {
        sh.exec("mkdir a b; cd a; v=before; f() { echo f-before; }; export E=1", T);
        ForkCheckpointer.Template t = sh.whenIdle(cr::checkpoint);
        sh.exec("cd ../b; v=after; f() { echo f-after; }; export E=2", T);
        assertEquals("after\n", sh.exec("echo $v", T).stdout());
        LiveProcess old = sh.process();
        LiveProcess back = sh.reattach(p -> cr.rollback(t, p));
        assertNotEquals(old.pid(), back.pid());
        ExecResult r = sh.exec("pwd; echo $v; f; echo $E", T);
        assertEquals(dir.resolve("a") + "\nbefore\nf-before\n1\n", r.stdout());
        ExecResult ext = sh.exec("sh -c 'echo out; echo err >&2'; ls " + dir.resolve("a"), T);
        assertEquals("out\n", ext.stdout(), "a program the rolled-back shell starts writes to the new pipes");
        assertEquals("err\n", ext.stderr());
        // again, and from an ended session
        assertThrows(SessionEndedException.class, () -> sh.exec("exit 4", T));
        sh.reattach(p -> cr.rollback(t, p));
        assertEquals("before\n", sh.exec("echo $v", T).stdout());
    }

    @Test
    void aCheckpointRightAfterAnExecCopiesAShellWaitingForItsNextCommand() {
        // exec returns once both end markers are read; the shell must have nothing left to undo
        // by then (a redirection restored after the last marker was copied half-done, and the
        // rollback wrote to the replaced process's stdout: SIGPIPE)
        for (int i = 0; i < 30; i++) {
            sh.exec("v=" + i + "; ls / >/dev/null", T);
            ForkCheckpointer.Template t = sh.whenIdle(cr::checkpoint);
            sh.exec("v=changed", T);
            sh.reattach(p -> cr.rollback(t, p));
            ExecResult r = sh.exec("echo $v; sh -c 'echo child; echo child-err >&2'", T);
            assertEquals(i + "\nchild\n", r.stdout(), "round " + i);
            assertEquals("child-err\n", r.stderr(), "round " + i);
            cr.discard(t);
        }
    }

    @Test
    void execReplacingTheShellEndsTheSession() {
        var e = assertThrows(SessionEndedException.class, () -> sh.exec("exec sleep 100", Duration.ofMillis(300)));
        // sleep, now the session process, took the SIGINT
        assertEquals(java.util.OptionalInt.of(2), e.signal(), e.getMessage() + "; exit status " + e.exitStatus());
    }

    @Test
    void noCheckpointOrReattachWhileACommandRuns() throws Exception {
        Thread t = Thread.ofVirtual().start(() -> sh.exec("sleep 100", T));
        Thread.sleep(300);
        var e = assertThrows(IllegalStateException.class, () -> sh.whenIdle(cr::checkpoint));
        assertTrue(e.getMessage().contains("while a command runs"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> sh.reattach(sh.process()));
        sh.interrupt();
        t.join();
        assertNotNull(sh.whenIdle(cr::checkpoint));
    }
}
