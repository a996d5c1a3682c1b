package dev.deltabox.runtime.cr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A REPL (python, or a shell) on a live process's pipes, for tests: one statement in, one line out. */
class ReplSession {
    final LiveProcess p;
    final BufferedReader out;

    ReplSession(LiveProcess p) {
        this.p = p;
        this.out = new BufferedReader(new InputStreamReader(p.stdout(), StandardCharsets.UTF_8));
    }

    void send(String line) {
        try {
            p.stdin().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String line() {
        try {
            return out.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Python: sends {@code code} (newlines allowed) through exec, so the REPL echoes nothing, and
     * returns at once: for code that blocks, or prints lines the caller reads.
     */
    void start(String code) {
        send("exec('" + code.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "')");
    }

    /** Python: runs code that prints one line, and returns that line. */
    String ask(String code) {
        start(code);
        return line();
    }

    /**
     * Python: runs {@code code} and returns once the REPL has finished it. A checkpoint must not
     * come while the REPL is still reading a statement: the half-read line is part of the state,
     * and the new process would read the rest of it from its fresh stdin.
     */
    void run(String code) {
        start(code + "\nprint('.')");
        assertEquals(".", line(), "the statement ran: " + code);
    }

    /** Shell: runs {@code cmd} and returns its one line of output. */
    String sh(String cmd) {
        send(cmd);
        return line();
    }
}
