package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.LiveProcess;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One named session of a box (bash, python) as the box sees it: the {@link Session} that runs
 * commands, plus the lock that makes checkpoint and rollback wait for the running command.
 *
 * <p>Concurrency: {@link #exec} holds {@link #busy} for the command's duration; the box holds it
 * (through {@link #lockIdle}) while it checkpoints or swaps the process, so neither overlaps a
 * command. The process handle is swapped only under {@link #busy}.
 */
public final class BoxSession {

    private final String name;
    private final BoxOptions.SessionKind kind;
    private final Session session;
    private final ReentrantLock busy = new ReentrantLock();
    private final SessionCompactor compactor;

    private BoxSession(String name, BoxOptions.SessionKind kind, Session session, SessionCompactor compactor) {
        this.name = name;
        this.kind = kind;
        this.session = session;
        this.compactor = compactor;
    }

    /** How long a freshly spawned interpreter may take to answer its first request. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /** A session on a freshly spawned {@link #command}: sets its protocol up and waits for it to answer. */
    static BoxSession start(String name, BoxOptions.SessionKind kind, LiveProcess p, SessionCompactor compactor) {
        Session s = kind == BoxOptions.SessionKind.PYTHON ? PythonSession.start(p, START_TIMEOUT)
                : BashSession.start(p, START_TIMEOUT);
        return new BoxSession(name, kind, s, compactor);
    }

    /** A session on a process rolled back (or forked) from a checkpoint of a started session. */
    static BoxSession adopt(String name, BoxOptions.SessionKind kind, LiveProcess p, SessionCompactor compactor) {
        Session s = kind == BoxOptions.SessionKind.PYTHON ? PythonSession.adopt(p) : BashSession.adopt(p);
        return new BoxSession(name, kind, s, compactor);
    }

    /** The command line that starts a session of this kind. */
    static List<String> command(BoxOptions.SessionKind kind) {
        return kind == BoxOptions.SessionKind.PYTHON ? PythonSession.ARGV : BashSession.ARGV;
    }

    /** A clean environment for box sessions: nothing of the host's leaks in. */
    static Map<String, String> environment(BoxOptions o) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOME", "/root");
        env.put("TERM", "dumb");
        env.put("LANG", "C.UTF-8");
        env.put("HOSTNAME", o.hostname);
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        return env;
    }

    public String name() {
        return name;
    }

    public BoxOptions.SessionKind kind() {
        return kind;
    }

    /** Runs {@code command} (bash, or python code for a python session); see {@link Session#exec}. */
    public ExecResult exec(String command, Duration timeout) {
        busy.lock();
        try {
            return session.exec(command, timeout);
        } finally {
            busy.unlock();
            // the agent now thinks: the memory the command rewrote goes back on huge pages meanwhile
            compactor.request(this);
        }
    }

    /** Stops the running command, if any (from any thread); its exec returns with interrupted set. */
    public void interrupt() {
        session.interrupt();
    }

    LiveProcess process() {
        return session.process();
    }

    void lockIdle() {
        busy.lock();
    }

    void unlockIdle() {
        busy.unlock();
    }

    /** {@link #lockIdle} if nobody holds it now (background work that must not delay a command). */
    boolean tryLockIdle() {
        return busy.tryLock();
    }

    /** Whether a command, checkpoint or rollback is waiting for the idle lock. */
    boolean waitedFor() {
        return busy.hasQueuedThreads();
    }

    /** Points the session at its rolled-back process; returns the one it replaces. Caller holds {@link #lockIdle}. */
    LiveProcess reattach(LiveProcess p) {
        LiveProcess old = session.process();
        session.reattach(p);
        return old;
    }

    /** Ends the session (stopping a running command); returns its process for the box to kill. */
    LiveProcess close() {
        session.close();
        return session.process();
    }
}
