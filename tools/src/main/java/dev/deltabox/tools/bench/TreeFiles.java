package dev.deltabox.tools.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;

/**
 * Whole-tree copy and delete for the tree states: the copy baseline's checkpoint and rollback,
 * and putting the initial content into an overlay layer or a btrfs subvolume. Copies keep
 * mode, owner and times and copy symlinks as symlinks (what {@code cp -a} keeps, without
 * xattrs and hard links: the benchmark's trees have neither). Stateless.
 */
final class TreeFiles {

    private TreeFiles() {}

    /**
     * Copies what is inside {@code from} into {@code to} (created if missing), then gives
     * {@code to} the attributes of {@code from}. Directory times are set after their content,
     * which would otherwise bump them.
     */
    static void copyContents(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                if (!dir.equals(from) || !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(target);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                copyDirectoryAttributes(dir, to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void copyDirectoryAttributes(Path from, Path to) throws IOException {
        PosixFileAttributes a = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView v = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        v.setPermissions(a.permissions());
        if (!a.owner().equals(Files.getOwner(to, LinkOption.NOFOLLOW_LINKS))) v.setOwner(a.owner());
        if (!a.group().equals(Files.readAttributes(to, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).group())) {
            v.setGroup(a.group());
        }
        v.setTimes(a.lastModifiedTime(), a.lastAccessTime(), null);
    }

    /** Copies with {@code cp -a} (the copy baseline's other candidate; see CopyTreeState). */
    static void copyContentsWithCp(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        run(List.of("cp", "-a", "--no-target-directory", from.toString(), to.toString()));
    }

    /** Deletes everything inside {@code dir}, keeping {@code dir}. Missing is fine. */
    static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                if (!d.equals(dir)) Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes {@code dir} and everything in it (overlay work directories hold a mode-000
     * "work" directory: the tree states run as root, which deletes it regardless). Missing is fine.
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        deleteContents(dir);
        Files.delete(dir);
    }

    /** A tree state's set-up step, which may fail half way. */
    interface SetUp<T> {
        void run(T state) throws IOException;
    }

    /**
     * Runs {@code setUp} on a state just made; if it fails, closes the state (which removes what
     * was made so far) and rethrows, with a failure of the close attached.
     */
    static <T extends TreeState> T setUpOrClose(T state, SetUp<T> setUp) throws IOException {
        try {
            setUp.run(state);
        } catch (IOException | RuntimeException | Error e) {
            try {
                state.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return state;
    }

    /**
     * Makes {@code scratch} the state's own directory: created if missing, refused if it holds
     * anything (close() deletes it whole, so it must not hold anything the state did not make).
     */
    static Path claimScratch(Path scratch) throws IOException {
        Path s = scratch.toAbsolutePath().normalize();
        if (Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(s)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("scratch directory " + s + " is not empty (the tree state owns it and deletes it on close)");
                }
            }
        } else {
            Files.createDirectories(s);
        }
        return s;
    }

    /** Runs a command and returns what it printed; fails with its exit status and output. */
    static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes()).strip();
        }
        int rc;
        try {
            rc = p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + ": interrupted", e);
        }
        if (rc != 0) throw new IOException(String.join(" ", command) + " failed (exit " + rc + "): " + out);
        return out;
    }
}
