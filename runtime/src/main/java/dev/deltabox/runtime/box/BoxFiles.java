package dev.deltabox.runtime.box;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.bindings.libc.open_how;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and writes a box's files from the host, confined to the box's root.
 *
 * <p>The host sees the box's filesystem at the DeltaFS mount point, but a path inside the box
 * may cross a symlink the box made ({@code /workspace/x -> /etc/shadow}); followed from the host
 * it would leave the box. So every path is resolved by openat2 with RESOLVE_IN_ROOT against a
 * descriptor of the box root (absolute symlinks and {@code ..} stay inside), and the file is then
 * used through its own descriptor ({@code /proc/self/fd/N}), never by path again.
 *
 * <p>Thread-safety: thread-safe; each call opens and closes its own descriptors.
 */
public final class BoxFiles {

    /** One entry of a directory listing. */
    public record Entry(String name, Type type, long size) {}

    public enum Type { FILE, DIRECTORY, SYMLINK, OTHER }

    private final Path root;

    BoxFiles(Path root) {
        this.root = root;
    }

    /** The whole content of the file at {@code path} (a path inside the box). */
    public byte[] read(String path) {
        int fd = resolve(path, libc_h.O_PATH());
        try {
            return Files.readAllBytes(fdPath(fd));
        } catch (IOException e) {
            throw failure("read", path, e);
        } finally {
            close(fd);
        }
    }

    public String readString(String path) {
        return new String(read(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Creates or replaces the file at {@code path} with {@code content} (mode 0644 when created).
     * The directory must exist; the last component must not be a symlink.
     */
    public void write(String path, byte[] content) {
        String name = lastComponent(path);
        int dir = resolve(parentOf(path), libc_h.O_PATH() | libc_h.O_DIRECTORY());
        try (SeekableByteChannel ch = Files.newByteChannel(fdPath(dir).resolve(name), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) ch.write(b);
        } catch (IOException e) {
            throw failure("write", path, e);
        } finally {
            close(dir);
        }
    }

    public void writeString(String path, String content) {
        write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Creates the directory at {@code path} and any missing parents (mode 0755), like {@code mkdir -p}. */
    public void mkdirs(String path) {
        String rel = relative(path);
        StringBuilder sofar = new StringBuilder("/");
        for (String part : rel.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) throw new IllegalArgumentException("'" + path + "' contains '..'; give a plain path");
            String parent = sofar.toString();
            sofar.append(sofar.length() > 1 ? "/" : "").append(part);
            if (exists(sofar.toString())) continue;
            int dir = resolve(parent, libc_h.O_PATH() | libc_h.O_DIRECTORY());
            try {
                Files.createDirectory(fdPath(dir).resolve(part));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made meanwhile (by the box): fine if it is a directory, checked by the next step's resolve
            } catch (IOException e) {
                throw failure("create directory", sofar.toString(), e);
            } finally {
                close(dir);
            }
        }
    }

    /** The entries of the directory at {@code path}, sorted by name. */
    public List<Entry> list(String path) {
        int dir = resolve(path, libc_h.O_PATH() | libc_h.O_DIRECTORY());
        try (var s = Files.list(fdPath(dir))) {
            List<Entry> out = new ArrayList<>();
            for (Path p : s.toList()) {
                PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Type t = a.isRegularFile() ? Type.FILE : a.isDirectory() ? Type.DIRECTORY
                        : a.isSymbolicLink() ? Type.SYMLINK : Type.OTHER;
                out.add(new Entry(p.getFileName().toString(), t, a.size()));
            }
            out.sort(Comparator.comparing(Entry::name));
            return out;
        } catch (IOException e) {
            throw failure("list", path, e);
        } finally {
            close(dir);
        }
    }

    /** Whether something exists at {@code path} (symlinks are not followed for the last component). */
    public boolean exists(String path) {
        try {
            close(resolve(path, libc_h.O_PATH() | libc_h.O_NOFOLLOW()));
            return true;
        } catch (BoxException e) {
            if (e.getCause() instanceof NoSuchFileException) return false;
            throw e;
        }
    }

    private int resolve(String path, int flags) {
        String rel = relative(path);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            int rootFd = Posix.openat(err, libc_h.AT_FDCWD(), a.allocateFrom(root.toString()),
                    libc_h.O_PATH() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC(), 0);
            if (rootFd < 0) throw new BoxException("the box's root " + root + " cannot be opened: errno " + -rootFd);
            try {
                MemorySegment how = open_how.allocate(a);
                open_how.flags(how, flags | libc_h.O_CLOEXEC());
                open_how.resolve(how, libc_h.RESOLVE_IN_ROOT() | libc_h.RESOLVE_NO_MAGICLINKS());
                int fd = Posix.openat2(err, rootFd, a.allocateFrom(rel.isEmpty() ? "." : rel), how);
                if (fd == -libc_h.ENOENT()) {
                    throw new BoxException("no such file or directory in the box: " + path, new NoSuchFileException(path));
                }
                if (fd < 0) throw new BoxException("cannot open " + path + " in the box: errno " + -fd);
                return fd;
            } finally {
                Posix.close(err, rootFd);
            }
        }
    }

    private static String relative(String path) {
        if (path == null || path.isEmpty()) throw new IllegalArgumentException("path is empty; give a path inside the box");
        if (path.indexOf('\0') >= 0) throw new IllegalArgumentException("path contains a NUL byte");
        String p = path;
        while (p.startsWith("/")) p = p.substring(1);
        return p;
    }

    private static String parentOf(String path) {
        String p = relative(path);
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "/" : "/" + p.substring(0, slash);
    }

    private static String lastComponent(String path) {
        String p = relative(path);
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("'" + path + "' does not name a file");
        }
        return name;
    }

    private static Path fdPath(int fd) {
        return Path.of("/proc/self/fd/" + fd);
    }

    private static void close(int fd) {
        try (Arena a = Arena.ofConfined()) {
            Posix.close(Errno.allocate(a), fd);
        }
    }

    private static BoxException failure(String what, String path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BoxException("no such file or directory in the box: " + path, e);
        }
        return new BoxException("cannot " + what + " " + path + " in the box: " + e.getMessage(), e);
    }
}
