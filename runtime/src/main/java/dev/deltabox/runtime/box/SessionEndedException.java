package dev.deltabox.runtime.box;

import java.util.OptionalInt;

/**
 * The session's process ended: the command ran {@code exit} (bash) or raised SystemExit
 * (python), or the process was killed. Carries what the command wrote before the end. The
 * session stays attached to the dead process until {@link Session#reattach}; every exec until
 * then throws this again.
 */
public final class SessionEndedException extends RuntimeException {

    private final long pid;
    private final OptionalInt exitStatus;
    private final OptionalInt signal;
    private final String stdout;
    private final String stderr;

    SessionEndedException(String message, long pid, OptionalInt exitStatus, OptionalInt signal,
                          String stdout, String stderr) {
        super(message);
        this.pid = pid;
        this.exitStatus = exitStatus;
        this.signal = signal;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public long pid() {
        return pid;
    }

    /** The status it exited with, when it exited (rather than was killed) and we could learn it. */
    public OptionalInt exitStatus() {
        return exitStatus;
    }

    /** The signal that killed it, when it was killed and the kernel told us which. */
    public OptionalInt signal() {
        return signal;
    }

    /** What the last command wrote to stdout before the end (empty if none was running). */
    public String stdout() {
        return stdout;
    }

    public String stderr() {
        return stderr;
    }
}
