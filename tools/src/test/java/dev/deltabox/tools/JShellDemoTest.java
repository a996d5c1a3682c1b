package dev.deltabox.tools;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's jshell walk-through (tools/jshell/demo.jsh) runs and shows what it says: the
 * session's state and the files come back with a rollback, forks are independent. Run with this
 * build's classpath (tools/jshell-demo passes the same one, after building).
 */
class JShellDemoTest {

    @Test
    void theWalkThroughRunsEveryStep() throws Exception {
        String home = System.getProperty("deltabox.home");
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        CliSupport.Cli r = CliSupport.sh(jshell.toString(), "--class-path", System.getProperty("java.class.path"),
                "-R--enable-native-access=ALL-UNNAMED", "-R-Ddeltabox.home=" + home,
                Path.of(home, "tools", "jshell", "demo.jsh").toString()).ok();
        String out = r.out();
        // the walk-through keeps its state directory for the reader to look at; a test run does not
        int kept = out.indexOf("state kept in ");
        if (kept >= 0) deleteTree(Path.of(out.substring(kept + "state kept in ".length()).lines().findFirst().orElse("").strip()));
        assertTrue(out.contains("== 9. Close"), r.toString());
        // after the rollback (step 6): the function, the variable and the file are back
        String afterRollback = out.substring(out.indexOf("== 6."), out.indexOf("== 7."));
        assertTrue(afterRollback.contains("hello, world") && afterRollback.contains("second line"), afterRollback);
        // each fork wrote its own file; the parent box has none of them
        String forks = out.substring(out.indexOf("== 7."), out.indexOf("== 8."));
        for (int i = 0; i < 3; i++) assertTrue(forks.contains("child " + i), forks);
        assertTrue(!forks.contains("mine.txt"), forks);
        assertTrue(kept >= 0, r.toString());
    }

    private static void deleteTree(Path dir) {
        if (dir.getFileName().toString().startsWith("deltabox-demo-") && Files.isDirectory(dir)) DemoCommand.deleteTree(dir);
    }
}
