package dev.deltabox.runtime.box;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The box's checkpoint tree on disk: {@code STATE/box.log}, one line per checkpoint, appended
 * before the checkpoint is reported done (a crash of the runtime then loses none: the line is
 * in the page cache, and the file layer it names is already durable in DeltaFS's own log).
 * A torn last line (a crash mid-append) is ignored on reading.
 *
 * <pre>
 * cp ID PARENT MILLIS FS_CHECKPOINT NAME SESSION=PROCESS_CHECKPOINT,...
 * </pre>
 * NAME is "-" when unnamed; the session list is "-" when the box had no session. A process
 * checkpoint is {@code RUNTIME/ID}: the template pool of the runtime (JVM) that took it, and its
 * id there; another runtime cannot use it (its templates died with the first).
 *
 * <p>Thread-safety: not thread-safe; owned by one {@link Box} under its lock.
 */
final class BoxLog implements AutoCloseable {

    /** A checkpoint as recorded: its process checkpoints are keys of the runtime's template pool. */
    record Line(long id, long parent, Instant time, long fsCheckpoint, String name, Map<String, String> processes) {}

    private final Path file;
    private final FileChannel out;

    private BoxLog(Path file, FileChannel out) {
        this.file = file;
        this.out = out;
    }

    static BoxLog open(Path stateDir) {
        Path f = stateDir.resolve("box.log");
        try {
            return new BoxLog(f, FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + f, e);
        }
    }

    /** Every complete line, oldest first. */
    static List<Line> read(Path stateDir) {
        Path f = stateDir.resolve("box.log");
        if (!Files.exists(f)) return List.of();
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        List<Line> out = new ArrayList<>();
        int end = text.lastIndexOf('\n');
        if (end < 0) return out;
        for (String l : text.substring(0, end).split("\n")) {
            if (l.isBlank()) continue;
            String[] w = l.split(" ");
            if (w.length != 7 || !w[0].equals("cp")) throw new BoxException("corrupt line in " + f + ": " + l);
            Map<String, String> procs = new LinkedHashMap<>();
            if (!w[6].equals("-")) {
                for (String kv : w[6].split(",")) {
                    int eq = kv.indexOf('=');
                    procs.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            out.add(new Line(Long.parseLong(w[1]), Long.parseLong(w[2]), Instant.ofEpochMilli(Long.parseLong(w[3])),
                    Long.parseLong(w[4]), w[5].equals("-") ? null : w[5], procs));
        }
        return out;
    }

    void append(Line l) {
        StringBuilder procs = new StringBuilder();
        l.processes().forEach((k, v) -> procs.append(procs.isEmpty() ? "" : ",").append(k).append('=').append(v));
        String line = "cp " + l.id() + " " + l.parent() + " " + l.time().toEpochMilli() + " " + l.fsCheckpoint() + " "
                + (l.name() == null ? "-" : l.name()) + " " + (procs.isEmpty() ? "-" : procs) + "\n";
        try {
            ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) out.write(b);
        } catch (IOException e) {
            throw new BoxException("cannot record the checkpoint in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // nothing buffered: every append was written through
        }
    }
}
