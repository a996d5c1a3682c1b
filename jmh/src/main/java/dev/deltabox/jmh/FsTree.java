package dev.deltabox.jmh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The source-tree-like directory the file-system benchmarks run on: 10 × 10 nested directories
 * of 55 files each (5 500 small files of 64 B – 4 KiB, 111 directories), and optionally one
 * 100 MiB file {@code big/data.bin}, fsynced so that its page cache can be dropped.
 */
final class FsTree {

    static final int TOP = 10, SUB = 10, FILES_PER_DIR = 55;
    static final String BIG = "big/data.bin";
    static final long BIG_SIZE = 100L << 20;

    private FsTree() {}

    /** Creates the tree under {@code base} (which must not exist or be empty); returns its small files, relative. */
    static List<Path> generate(Path base, boolean bigFile) throws IOException {
        Files.createDirectories(base);
        List<Path> files = new ArrayList<>(TOP * SUB * FILES_PER_DIR);
        byte[] content = new byte[4096];
        for (int i = 0; i < content.length; i++) content[i] = (byte) ('a' + i % 26);
        int n = 0;
        for (int t = 0; t < TOP; t++) {
            for (int s = 0; s < SUB; s++) {
                Path rel = Path.of("pkg" + t, "mod" + s);
                Path dir = Files.createDirectories(base.resolve(rel));
                for (int f = 0; f < FILES_PER_DIR; f++, n++) {
                    Path file = rel.resolve("file" + f + ".py");
                    int size = 64 + (n * 977) % (content.length - 64);
                    Files.write(dir.resolve(file.getFileName()), java.util.Arrays.copyOf(content, size));
                    files.add(file);
                }
            }
        }
        if (bigFile) writeBig(Files.createDirectories(base.resolve("big")).resolve("data.bin"));
        // write everything back now, not in the middle of a measurement
        FsTarget.run("sync", "-f", base.toString());
        return files;
    }

    private static void writeBig(Path file) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20);
        long x = 0x9E3779B97F4A7C15L;
        while (chunk.remaining() >= 8) {
            x ^= x << 13; x ^= x >>> 7; x ^= x << 17; // xorshift: incompressible, no holes
            chunk.putLong(x);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < BIG_SIZE; ) {
                chunk.clear();
                while (chunk.hasRemaining()) written += ch.write(chunk);
            }
            ch.force(true); // clean pages only: posix_fadvise(DONTNEED) cannot drop dirty ones
        }
    }
}
