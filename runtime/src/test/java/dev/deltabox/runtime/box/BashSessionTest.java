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
class BashSessionTest {

    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8", "HOME", "/tmp");
    static final Duration T = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    HelperClient helper;
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
}
