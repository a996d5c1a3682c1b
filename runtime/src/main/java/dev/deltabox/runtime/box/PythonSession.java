package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.LiveProcess;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A persistent python interpreter: {@link #exec} runs python code (any number of statements)
 * in one globals dict that persists between execs, like a notebook's kernel.
 *
 * <p>A small bootstrap ({@link #ARGV}) reads length-prefixed requests from fd 0 and answers with
 * the session's markers. Exit code: 0, 1 for an uncaught exception (its traceback on stderr,
 * without the bootstrap's frame), 130 for KeyboardInterrupt. SIGINT raises KeyboardInterrupt
 * only while the code runs; between requests the bootstrap ignores it. During the code fd 0 is
 * /dev/null (for {@code input()}, subprocesses), and the request pipe is kept on a spare fd that
 * is closed again before the next read, so a checkpoint (taken between execs) holds no copy of
 * the pipes but fds 0, 1, 2, which a rollback's fresh pipes replace. The value of a final expression is not
 * printed (use print). {@code sys.exit(n)} / {@code exit()} end the interpreter: exec throws
 * {@link SessionEndedException} with status n.
 */
public final class PythonSession extends Session {

    private static final String BOOTSTRAP = """
            import os, sys, signal, builtins, traceback
            def _dbx_main():
                g = {'__name__': '__main__', '__builtins__': builtins, '__doc__': None}
                running = [False]
                def on_int(signum, frame):
                    if running[0]:
                        raise KeyboardInterrupt
                signal.signal(signal.SIGINT, on_int)
                null = os.open(os.devnull, os.O_RDONLY)
                def read_exactly(n):
                    parts = []
                    while n > 0:
                        b = os.read(0, n)
                        if not b:
                            return None
                        parts.append(b)
                        n -= len(b)
                    return b''.join(parts)
                def put(fd, data):
                    while data:
                        data = data[os.write(fd, data):]
                while True:
                    head = read_exactly(50)
                    if head is None:
                        return
                    nonce = head[:32]
                    code = read_exactly(int(head[33:49], 16))
                    if code is None:
                        return
                    saved = os.dup(0)
                    os.dup2(null, 0)
                    status, exiting = 0, False
                    put(1, b'\\x1eDBX' + nonce + b'<\\n')
                    put(2, b'\\x1eDBX' + nonce + b'<\\n')
                    try:
                        try:
                            running[0] = True
                            exec(compile(code, '<exec>', 'exec'), g)
                        finally:
                            running[0] = False
                    except SystemExit as e:
                        exiting = True
                        if e.code is None:
                            status = 0
                        elif isinstance(e.code, int):
                            status = e.code & 0xff
                        else:
                            print(e.code, file=sys.stderr)
                            status = 1
                    except BaseException as e:
                        status = 130 if isinstance(e, KeyboardInterrupt) else 1
                        tb = e.__traceback__
                        traceback.print_exception(type(e), e, tb.tb_next if tb is not None else None)
                    for f in (sys.stdout, sys.stderr):
                        try:
                            f.flush()
                        except BaseException:
                            pass
                    os.dup2(saved, 0)
                    os.close(saved)
                    put(2, b'\\x1eDBX' + nonce + b'>\\n')
                    put(1, b'\\x1eDBX' + nonce + (b':x' if exiting else b':r') + str(status).encode() + b'\\n')
                    if exiting:
                        os._exit(status)
            _dbx_main()
            """;

    /** Spawn the live process with this argv (and an env with PATH); then {@link #start}. */
    public static final List<String> ARGV = List.of("/usr/bin/python3", "-u", "-c", BOOTSTRAP);

    private PythonSession(LiveProcess p) {
        super(p);
    }

    /** Waits until a freshly spawned {@link #ARGV} answers. */
    public static PythonSession start(LiveProcess p, Duration timeout) {
        PythonSession s = new PythonSession(p);
        try {
            s.exec("pass", timeout);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** A session on a process that is a rollback of a started session. */
    public static PythonSession adopt(LiveProcess p) {
        return new PythonSession(p);
    }

    @Override
    byte[] request(String nonce, String code) {
        byte[] body = code.getBytes(StandardCharsets.UTF_8);
        byte[] head = String.format("%s %016x\n", nonce, body.length).getBytes(StandardCharsets.US_ASCII);
        byte[] req = new byte[head.length + body.length];
        System.arraycopy(head, 0, req, 0, head.length);
        System.arraycopy(body, 0, req, head.length, body.length);
        return req;
    }
}
