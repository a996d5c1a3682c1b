package dev.deltabox.tools;

import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real project that {@code deltabox demo} and {@code deltabox bench} work on: docutils,
 * from Debian's python-docutils source package (fetched and pinned by
 * tools/setup/demo-project.sh), its test runner, and the way edits to it are made and test
 * runs read. Stateless; every method may be called from any thread.
 */
public final class DemoProject {

    private DemoProject() {}

    /** The project's tarball and its version file under the native prefix; fails with what to run when missing. */
    public record Source(Path tarball, String version) {}

    public static Source source() throws IOException {
        Path tarball = DeltaBoxHome.detect().nativePrefix().resolve("demo/docutils.tar.xz");
        Path version = tarball.resolveSibling("docutils.version");
        if (!Files.isRegularFile(tarball) || !Files.isRegularFile(version)) {
            throw new IOException("the demo project is missing (" + tarball + "); run tools/setup/demo-project.sh");
        }
        return new Source(tarball, Files.readString(version).strip().split(" ")[0]);
    }

    /** The test runner (demo-runtests.py): runs unittest modules from the cwd, prints "N passed, M failed, K skipped" last. */
    public static byte[] testRunner() throws IOException {
        try (InputStream in = DemoProject.class.getResourceAsStream("demo-runtests.py")) {
            if (in == null) throw new IOException("missing resource demo-runtests.py (rebuild: tools/mvn -pl tools -am package)");
            return in.readAllBytes();
        }
    }

    /** One edit to the project: in {@code file}, the unique text {@code old} becomes {@code replacement}. */
    public record Edit(String id, String file, String what, String old, String replacement) {
        public String shortFile() {
            return file.substring(file.lastIndexOf('/') + 1);
        }

        /** The edit that undoes this one. */
        public Edit reversed() {
            return new Edit(id + "-undo", file, "undo: " + what, replacement, old);
        }

        /**
         * {@code text} with the edit made; fails loudly when the text to replace is not in it
         * exactly once (the edits are written against the version demo-project.sh pins).
         */
        public String applyTo(String text) {
            int at = text.indexOf(old);
            if (at < 0 || text.indexOf(old, at + 1) >= 0) {
                throw new IllegalStateException("edit '" + id + "': the text to replace is not in " + file + " exactly once"
                        + " (was docutils updated? tools/setup/demo-project.sh pins the series the edits are for)");
            }
            return text.substring(0, at) + replacement + text.substring(at + old.length());
        }
    }

    public static final String STATES = "docutils/parsers/rst/states.py";
    public static final String NODES = "docutils/nodes.py";

    // The edits, written against docutils 0.23 (tools/setup/demo-project.sh pins that series).
    public static final Edit BULLET = new Edit("bullet", STATES, "'>' also starts a bullet list",
            "'[-+*\\u2022\\u2023\\u2043]( +|$)'", "'[-+*>\\u2022\\u2023\\u2043]( +|$)'");
    public static final Edit COLON_ENUM = new Edit("colon-enum", STATES, "add a '1:' enumerator format",
            "'period': Struct(prefix='', suffix='.', start=0, end=-1)}",
            "'period': Struct(prefix='', suffix='.', start=0, end=-1),\n"
                    + "          'colon': Struct(prefix='', suffix=':', start=0, end=-1)}");
    public static final Edit BOX_ADORN = new Edit("box-adorn", STATES, "box-drawing lines may underline a section",
            "pats['nonalphanum7bit'] = '[!-/:-@[-`{-~]'", "pats['nonalphanum7bit'] = '[!-/:-@[-`{-~\\u2500]'");
    public static final Edit CASEFOLD = new Edit("casefold", NODES, "normalize names with casefold()",
            "    return ' '.join(name.lower().split())", "    return ' '.join(name.casefold().split())");
    public static final Edit ID_UNDERSCORE = new Edit("id-underscore", NODES, "make_id keeps '_' in ids",
            "_non_id_chars: re.Pattern[str] = re.compile('[^a-z0-9]+')",
            "_non_id_chars: re.Pattern[str] = re.compile('[^a-z0-9_]+')");
    public static final Edit STRIP_NAMES = new Edit("strip-names", NODES, "strip() names before splitting",
            "    return ' '.join(name.split())", "    return ' '.join(name.strip().split())");
    public static final Edit NO_UNDERSCORE_REF = new Edit("ref-no-underscore", STATES, "no '_' inside reference names",
            "simplename = r'(?:(?!_)\\w)+(?:[-._+:](?:(?!_)\\w)+)*'",
            "simplename = r'(?:(?!_)\\w)+(?:[-.+:](?:(?!_)\\w)+)*'");
    public static final Edit LOOSE_INLINE = new Edit("loose-inline", STATES, "inline markup may open before a space",
            "non_whitespace_after = r'(?!\\s)'", "non_whitespace_after = r''");
    public static final Edit DIGIT_IDS = new Edit("digit-ids", NODES, "ids may start with a digit",
            "_non_id_at_ends: re.Pattern[str] = re.compile('^[-0-9]+|-+$')",
            "_non_id_at_ends: re.Pattern[str] = re.compile('^[-]+|-+$')");

    /** A test run's outcome (the runner's last line; the first failure's name, or null). */
    public record Tests(int passed, int failed, int skipped, String firstFailure) {
        public String summary() {
            return passed + " passed, " + failed + " failed";
        }

        public boolean sameCounts(Tests o) {
            return passed == o.passed && failed == o.failed && skipped == o.skipped;
        }

        public String json() {
            return "{\"passed\":" + passed + ",\"failed\":" + failed + ",\"skipped\":" + skipped + "}";
        }
    }

    private static final Pattern RESULT = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed, (\\d+) skipped$");
    private static final Pattern FAILED = Pattern.compile("(?m)^FAILED (.*)$");

    /** The outcome the runner printed in {@code stdout}; null when it printed none (it crashed, or timed out). */
    public static Tests parseTests(String stdout) {
        Matcher m = RESULT.matcher(stdout);
        if (!m.find()) return null;
        Matcher f = FAILED.matcher(stdout);
        return new Tests(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                f.find() ? f.group(1) : null);
    }
}
