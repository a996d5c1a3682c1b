package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Talks to the {@link ControlServer} of the DeltaFS mounted at a given mount point. */
public final class ControlClient {

    private ControlClient() {}

    /** The state directory of the DeltaFS mounted at {@code mountpoint}, asked of the mount itself. */
    public static Path stateDirOf(Path mountpoint) {
        try (Buffers b = new Buffers()) {
            MemorySegment path = Buffers.cString(b.path, PathBuf.utf8(mountpoint.toAbsolutePath().toString()));
            MemorySegment name = Buffers.cString(b.name, PathBuf.utf8(DeltaFs.CONTROL_XATTR));
            long n = Posix.lgetxattr(b.err, path, name, b.io, Buffers.IO_CAPACITY);
            if (n < 0) {
                throw new DeltaFsException(mountpoint + " is not a DeltaFS mount point" + (n == -libc_h.ENOENT()
                        ? " (it does not exist)" : " (mount one with: deltabox fs mount --base DIR --state DIR "
                        + mountpoint + ")"));
            }
            b.io.set(java.lang.foreign.ValueLayout.JAVA_BYTE, n, (byte) 0);
            return Path.of(b.io.getString(0));
        }
    }

    /** Sends one request; returns the reply's lines, the first without its "ok" prefix. */
    public static List<String> call(Path mountpoint, String request) {
        Path socket = ControlServer.socketPath(stateDirOf(mountpoint));
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(socket));
            c.write(ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            StringBuilder sb = new StringBuilder();
            while (c.read(buf) >= 0) {
                buf.flip();
                sb.append(StandardCharsets.UTF_8.decode(buf));
                buf.clear();
            }
            List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n")));
            String first = lines.isEmpty() ? "" : lines.get(0);
            if (first.startsWith("error ")) throw new DeltaFsException(first.substring(6));
            if (!first.startsWith("ok")) throw new DeltaFsException("unexpected reply from " + socket + ": " + first);
            lines.set(0, first.substring(2).trim());
            return lines;
        } catch (IOException e) {
            throw new DeltaFsException("the DeltaFS daemon of " + mountpoint + " does not answer on " + socket
                    + ": " + e.getMessage(), e);
        }
    }
}
