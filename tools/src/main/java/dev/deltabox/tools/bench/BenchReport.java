package dev.deltabox.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a benchmark run leaves behind, in one directory: {@code results.json} (every
 * sample; {@link BenchJson}), the plots as PNG and SVG ({@link BenchPlots}) and
 * {@code results.md}, the README's results section ({@link BenchMarkdown}).
 *
 * <p>Threads: stateless static methods; the caller owns the directory while one runs.
 */
public final class BenchReport {

    /** Where the README expects the plots, relative to the README. */
    public static final String README_IMAGE_DIR = "docs/bench";

    private BenchReport() {}

    /** Writes the report with the markdown's image links pointing at {@value #README_IMAGE_DIR}. */
    public static List<Path> write(BenchResults results, Path outDir) throws IOException {
        return write(results, outDir, README_IMAGE_DIR);
    }

    /** Writes the report; {@code imageDir} is where the markdown links the plots. Returns the files written. */
    public static List<Path> write(BenchResults results, Path outDir, String imageDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        Path json = outDir.resolve("results.json");
        Files.writeString(json, BenchJson.write(results), StandardCharsets.UTF_8);
        written.add(json);
        written.addAll(BenchPlots.write(results, outDir));
        Path markdown = outDir.resolve("results.md");
        Files.writeString(markdown, BenchMarkdown.render(results, imageDir), StandardCharsets.UTF_8);
        written.add(markdown);
        return List.copyOf(written);
    }
}
