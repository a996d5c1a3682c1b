package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.CheckpointException;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static dev.deltabox.runtime.box.BashSessionTest.ENV;
import static dev.deltabox.runtime.box.BashSessionTest.T;
import static org.junit.jupiter.api.Assertions.*;

/** A python session on a real process spawned by the helper. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public class PythonSessionTest {

    @TempDir
    Path dir;

    HelperClient helper;
    ForkCheckpointer cr;
    PythonSession py;

    @BeforeEach
    void start() throws Exception {
        helper = HelperClient.start(DeltaBoxHome.detect(), dir.resolve("run"));
        cr = new ForkCheckpointer(helper);
        py = PythonSession.start(cr.spawn(PythonSession.ARGV, ENV, dir), T);
    }

    @AfterEach
    void stop() {
        py.close();
        try {
            cr.close();
        } catch (CheckpointException e) {
            // a test that killed something leaves less to clean up
        }
        helper.close();
    }

    @Test
    void objectsPersistBetweenExecs() {
        ExecResult r = py.exec("""
                import os
                class Counter:
                    def __init__(self):
                        self.n = 0
                    def inc(self):
                        self.n += 1
                        return self.n
                c = Counter()
                data = {'k': [1, 2]}
                print('defined')""", T);
        assertEquals("defined\n", r.stdout());
        assertEquals(0, r.exitCode());
        py.exec("c.inc(); data['k'].append(3); os.chdir('/tmp')", T);
        assertEquals("1 [1, 2, 3] /tmp\n", py.exec("print(c.n, data['k'], os.getcwd())", T).stdout());
        assertEquals("300000 héllo ✓\n", py.exec("s = '" + "a".repeat(300_000) + "'\nprint(len(s), 'héllo ✓')", T).stdout());
    }

    @Test
    void stdoutAndStderrAreSeparateAndExact() {
        ExecResult r = py.exec("import sys; print('out'); print('err', file=sys.stderr); sys.stdout.write('tail')", T);
        assertEquals("out\ntail", r.stdout());
        assertEquals("err\n", r.stderr());
        ExecResult big = py.exec("import sys; sys.stdout.write('x' * 10_000_000)", T);
        assertEquals(10_000_000, big.stdout().length());
        assertEquals("b'\\x00\\x1e'", py.exec("import sys; sys.stdout.buffer.write(b'\\x00\\x1e'); sys.stdout.flush()", T)
                .stdout().chars().mapToObj(c -> String.format("\\x%02x", c)).reduce("b'", String::concat) + "'");
    }

    @Test
    void anExceptionGivesItsTracebackAndStatus1() {
        ExecResult r = py.exec("def f():\n    raise ValueError('boom')\nprint('before')\nf()", T);
        assertEquals(1, r.exitCode());
        assertEquals("before\n", r.stdout());
        assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n  File \"<exec>\", line 4"), r.stderr());
        assertTrue(r.stderr().contains("ValueError: boom"), r.stderr());
        assertFalse(r.stderr().contains("_dbx_main"), "the bootstrap's frame is not shown: " + r.stderr());
        ExecResult syntax = py.exec("def (:", T);
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.stderr().contains("SyntaxError"), syntax.stderr());
        assertEquals("alive\n", py.exec("print('alive')", T).stdout());
    }

    @Test
    void inputAndSubprocessesSeeDevNull() {
        ExecResult r = py.exec("""
                import subprocess
                try:
                    input()
                except EOFError:
                    print('eof')
                print(subprocess.run(['cat'], capture_output=True).stdout)""", Duration.ofSeconds(5));
        assertFalse(r.timedOut());
        assertEquals("eof\nb''\n", r.stdout());
        assertEquals("ok\n", py.exec("print('ok')", T).stdout());
    }

    @Test
    void aTimeoutRaisesKeyboardInterruptAndTheSessionGoesOn() {
        py.exec("x = 1", T);
        ExecResult r = py.exec("import time\nprint('sleeping')\nwhile True: time.sleep(0.01)", Duration.ofMillis(300));
        assertTrue(r.timedOut());
        assertEquals(130, r.exitCode());
        assertEquals("sleeping\n", r.stdout());
        assertTrue(r.stderr().contains("KeyboardInterrupt"), r.stderr());
        assertEquals("1\n", py.exec("print(x)", T).stdout());
        ExecResult sub = py.exec("import subprocess; subprocess.run(['sleep', '100'])", Duration.ofMillis(300));
        assertTrue(sub.timedOut());
        assertEquals("2\n", py.exec("print(x + 1)", T).stdout());
    }

    @Test
    void codeIgnoringSigintEndsTheSession() {
        var e = assertThrows(SessionEndedException.class, () -> py.exec("""
                import signal
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                while True: pass""", Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains("did not stop"), e.getMessage());
    }

    @Test
    void sysExitEndsTheSessionWithItsStatus() {
        var e = assertThrows(SessionEndedException.class, () -> py.exec("print('bye'); import sys; sys.exit(5)", T));
        assertEquals(5, e.exitStatus().orElseThrow());
        assertEquals("bye\n", e.stdout());
    }

    @Test
    void aRollbackBringsThePythonObjectsBack() {
        py.exec("import os\nstate = {'n': 1}\nos.chdir('/tmp')", T);
        var t = py.whenIdle(cr::checkpoint);
        py.exec("state['n'] = 2\nos.chdir('/')\nextra = 'new'", T);
        py.reattach(p -> cr.rollback(t, p));
        assertEquals("1 /tmp False\n", py.exec("print(state['n'], os.getcwd(), 'extra' in globals())", T).stdout());
        ExecResult ext = py.exec("import subprocess; subprocess.run(['sh', '-c', 'echo out; echo err >&2'])", T);
        assertEquals("out\n", ext.stdout(), "a program the rolled-back interpreter starts writes to the new pipes");
        assertEquals("err\n", ext.stderr());
        // a second session object adopting another rollback of the same template
        PythonSession other = PythonSession.adopt(cr.rollback(t, null));
        try {
            assertEquals("1\n", other.exec("print(state['n'])", T).stdout());
        } finally {
            other.close();
        }
    }
}
