package dev.deltabox.runtime.fs;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets other processes drive a mount: a Unix socket in the state directory answering one
 * line-based request per connection. The CLI finds it through the mount's root directory
 * (xattr {@value DeltaFs#CONTROL_XATTR}), so only the mount point needs to be known.
 *
 * <pre>
 * checkpoint        -> ok ID
 * rollback ID       -> ok
 * tree              -> ok CURRENT, then one line per checkpoint: ID PARENT MILLIS BYTES
 * unmount           -> ok   (the mount then closes; a foreground `fs mount` exits)
 * anything failing  -> error MESSAGE
 * </pre>
 *
 * <p>Threads: one platform thread accepts and serves connections in turn, so requests from
 * several shells are serialized.
 */
public final class ControlServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ControlServer.class.getName());

    private final DeltaMount mount;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread thread;
    private final Runnable onUnmount;

    private ControlServer(DeltaMount mount, Path socket, ServerSocketChannel server, Runnable onUnmount) {
        this.mount = mount;
        this.socket = socket;
        this.server = server;
        this.onUnmount = onUnmount;
        this.thread = new Thread(this::serve, "deltafs-control");
        thread.setDaemon(true);
        thread.start();
    }

    /** Serves {@code mount} at STATE/control.sock; {@code onUnmount} runs after an unmount request. */
    public static ControlServer start(DeltaMount mount, Runnable onUnmount) {
        Path socket = socketPath(mount.stateDir());
        try {
            Files.deleteIfExists(socket); // left by a crashed daemon; the state lock proves it is dead
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return new ControlServer(mount, socket, server, onUnmount);
        } catch (IOException e) {
            throw new DeltaFsException("cannot open the control socket " + socket + ": " + e.getMessage(), e);
        }
    }

    public static Path socketPath(Path stateDir) {
        return stateDir.resolve("control.sock");
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel c = server.accept()) {
                String request = readLine(c);
                String reply;
                boolean unmount = false;
                try {
                    reply = answer(request);
                    unmount = request.equals("unmount");
                } catch (RuntimeException e) {
                    reply = "error " + String.valueOf(e.getMessage()).replace('\n', ' ') + "\n";
                }
                c.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)));
                if (unmount) {
                    c.close();
                    onUnmount.run();
                    return;
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "control connection failed", e);
            }
        }
    }

    private String answer(String request) {
        String[] f = request.trim().split("\\s+");
        switch (f[0]) {
            case "checkpoint":
                return "ok " + mount.checkpoint() + "\n";
            case "rollback": {
                if (f.length != 2) throw new DeltaFsException("usage: rollback ID");
                long id;
                try {
                    id = Long.parseLong(f[1]);
                } catch (NumberFormatException e) {
                    throw new DeltaFsException("checkpoint id must be a number, was '" + f[1] + "'");
                }
                mount.rollback(id);
                return "ok\n";
            }
            case "tree": {
                StringBuilder sb = new StringBuilder("ok " + mount.current() + "\n");
                for (DeltaMount.CheckpointInfo c : mount.tree()) {
                    sb.append(c.id()).append(' ').append(c.parent()).append(' ').append(c.time().toEpochMilli())
                            .append(' ').append(c.deltaBytes()).append('\n');
                }
                return sb.toString();
            }
            case "unmount":
                return "ok\n";
            default:
                throw new DeltaFsException("unknown request '" + f[0] + "'");
        }
    }

    private static String readLine(SocketChannel c) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096);
        while (b.hasRemaining()) {
            if (c.read(b) < 0) break;
            if (b.get(b.position() - 1) == '\n') break;
        }
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).trim();
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove " + socket, e);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
