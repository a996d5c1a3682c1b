package dev.deltabox.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code deltabox shell} reading commands from a pipe: a real box, real checkpoints, rollbacks and forks. */
class ShellCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run shell(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--state";
        all[1] = tmp.resolve("state").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = ShellCommand.run(all, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkpointRollbackForkAndTreeBetweenCommands() {
        Run r = shell("""
                X=1; echo hi > f
                :checkpoint one
                rm f; X=2
                :rollback one
                echo "$X $(cat f)"
                :fork one 2
                :boxes
                :tree
                """);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().matches("(?s).*checkpoint 1 \\(one\\) in [0-9.]+ ms.*"), r.out());
        assertTrue(r.out().matches("(?s).*rollback 1 \\(one\\) in [0-9.]+ ms.*"), r.out());
        assertTrue(r.lines().contains("1 hi"), r.out());
        assertTrue(r.out().contains("forked 2 boxes from one"), r.out());
        assertTrue(r.out().contains("  1 (one)  <- here"), r.out());
    }

    @Test
    void jsonForScriptsAndErrorsThatSayWhatToDo() {
        Run r = shell("""
                echo out; echo err >&2; false
                :checkpoint
                :rollback nope
                exit 3
                echo after
                :restart
                echo fresh
                """, "--json");
        List<String> l = r.lines();
        assertEquals("{\"box\":", l.get(0).substring(0, 7), r.out());
        assertTrue(l.get(0).contains("\"exit\":1") && l.get(0).contains("\"stdout\":\"out\\n\"")
                && l.get(0).contains("\"stderr\":\"err\\n\""), l.get(0));
        assertTrue(l.get(1).startsWith("{\"checkpoint\":1,\"name\":null,\"millis\":"), l.get(1));
        assertTrue(l.get(2).startsWith("{\"error\":\"no checkpoint named 'nope'"), l.get(2));
        assertTrue(l.get(3).contains("exited with status 3") && l.get(3).contains(":restart"), l.get(3));
        assertTrue(l.get(4).contains("reattach") || l.get(4).contains("error"), l.get(4));
        assertEquals("{\"restart\":\"bash\"}", l.get(5));
        assertTrue(l.get(6).contains("\"stdout\":\"fresh\\n\""), l.get(6));
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Run r = shell("", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown option '--frobnicate'"), r.err());
        Files.createDirectories(tmp.resolve("nobase"));
        Run missing = shell("", "--base", tmp.resolve("does-not-exist").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("cannot create the box"), missing.err());
    }
}
