package dev.deltabox.bindings;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Proves the committed bindings against the real C headers instead of trusting them.
 *
 * <p>For every package listed by a manifest in {@code conformance/*.conf}, this test reads the
 * binding classes themselves (struct layouts, their hard-coded {@code $OFFSET} constants, the
 * header class's constants and functions), writes a C program that prints what the compiler
 * says about the same names, compiles it against the real headers, and fails on any
 * difference. A function the headers do not declare fails the compilation.
 *
 * <p>Manifest directives: {@code package P}, {@code define NAME VALUE}, {@code include <h>},
 * {@code cflags ...} ({@code @NATIVE@} = the native prefix, {@code @REPO@} = the repository),
 * {@code type CLASS = C spelling} (default {@code struct CLASS}), {@code skip-constant NAME}.
 */
class LayoutConformanceTest {

    record Manifest(String name, String pkg, List<String> preamble, List<String> cflags,
                    Map<String, String> cTypes, Set<String> skippedConstants) {}

    record JavaFacts(Map<String, Long> expected, List<String> cStatements, List<String> functions) {}

    @TestFactory
    Stream<DynamicTest> everyBoundPackageMatchesItsHeaders() throws Exception {
        Path dir = Path.of(LayoutConformanceTest.class.getResource("/conformance").toURI());
        List<Manifest> manifests = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".conf")).sorted().toList()) manifests.add(parse(p));
        }
        // No package of bindings goes unproved: each one needs a manifest.
        Set<String> covered = new TreeSet<>();
        manifests.forEach(m -> covered.add(m.pkg()));
        assertEquals(bindingPackages(), covered, "binding packages vs conformance manifests");
        return manifests.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> check(m)));
    }

    private static Set<String> bindingPackages() throws Exception {
        String root = LayoutConformanceTest.class.getPackageName();
        var url = LayoutConformanceTest.class.getClassLoader().getResource(root.replace('.', '/'));
        Set<String> pkgs = new TreeSet<>();
        // the main classes directory (test classes live in the same package name elsewhere)
        for (var e = LayoutConformanceTest.class.getClassLoader().getResources(root.replace('.', '/')); e.hasMoreElements(); ) {
            Path d = Path.of(e.nextElement().toURI());
            try (var sub = Files.list(d)) {
                sub.filter(Files::isDirectory).forEach(p -> pkgs.add(root + "." + p.getFileName()));
            }
        }
        assertTrue(url != null && !pkgs.isEmpty(), "no binding packages found under " + root);
        return pkgs;
    }

    private static Manifest parse(Path file) throws IOException {
        String pkg = null;
        List<String> preamble = new ArrayList<>();
        List<String> cflags = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> skipped = new TreeSet<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] kv = line.split("\\s+", 2);
            String arg = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "package" -> pkg = arg;
                case "define" -> preamble.add("#define " + arg);
                case "include" -> preamble.add("#include " + arg);
                case "cflags" -> cflags.addAll(List.of(substitute(arg).split("\\s+")));
                case "type" -> {
                    String[] t = arg.split("=", 2);
                    types.put(t[0].strip(), t[1].strip());
                }
                case "skip-constant" -> skipped.add(arg);
                default -> fail(file + ": unknown directive '" + kv[0] + "'");
            }
        }
        assertTrue(pkg != null, file + ": no 'package' directive");
        return new Manifest(file.getFileName().toString(), pkg, preamble, cflags, types, skipped);
    }

    private static String substitute(String s) {
        return s.replace("@NATIVE@", nativePrefix().toString()).replace("@REPO@", repo().toString());
    }

    private static Path repo() {
        return Path.of(System.getProperty("deltabox.home", "..")).toAbsolutePath().normalize();
    }

    private static Path nativePrefix() {
        String env = System.getenv("DELTABOX_NATIVE");
        Path p = env != null ? Path.of(env) : repo().resolve(".native");
        assertTrue(Files.isDirectory(p.resolve("include")),
                "native prefix " + p + " has no headers: run tools/setup/native.sh first");
        return p;
    }

    private static void check(Manifest m) throws Exception {
        List<Class<?>> classes = bindingClasses(m.pkg());
        assertTrue(!classes.isEmpty(), "no binding classes in package " + m.pkg());
        JavaFacts facts = collect(m, classes);

        Path work = Files.createTempDirectory("deltabox-conformance-");
        try {
            Path src = work.resolve("probe.c");
            Files.writeString(src, cProgram(m, facts));
            Path exe = work.resolve("probe");
            List<String> cc = new ArrayList<>(List.of("cc", "-std=gnu11", "-w",
                    "-Werror=implicit-function-declaration", "-o", exe.toString(), src.toString()));
            cc.addAll(m.cflags());
            String compileOut = run(cc, work);
            assertTrue(Files.exists(exe), m.name() + ": the C probe does not compile against the headers "
                    + "(a bound function or name the headers do not declare?):\n" + compileOut);
            Map<String, Long> actual = parseProbeOutput(run(List.of(exe.toString()), work));

            List<String> diffs = new ArrayList<>();
            facts.expected().forEach((key, javaValue) -> {
                Long cValue = actual.get(key);
                if (cValue == null) diffs.add(key + ": C printed nothing");
                else if (!cValue.equals(javaValue)) diffs.add(key + ": Java " + javaValue + ", C " + cValue);
            });
            if (!diffs.isEmpty()) {
                fail(m.name() + ": " + diffs.size() + " difference(s) between the bindings and the C headers:\n  "
                        + String.join("\n  ", diffs));
            }
            assertEquals(facts.expected().size(), actual.size(), "C printed facts Java did not ask for");
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Top-level classes of the package, read from the compiled classes directory. */
    private static List<Class<?>> bindingClasses(String pkg) throws Exception {
        var url = LayoutConformanceTest.class.getClassLoader().getResource(pkg.replace('.', '/'));
        assertTrue(url != null && url.getProtocol().equals("file"), "package " + pkg + " not found on the class path");
        List<Class<?>> out = new ArrayList<>();
        try (var files = Files.list(Path.of(url.toURI()))) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".class") && !n.contains("$")) {
                    out.add(Class.forName(pkg + "." + n.substring(0, n.length() - ".class".length())));
                }
            }
        }
        return out;
    }

    private static JavaFacts collect(Manifest m, List<Class<?>> classes) throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        List<String> stmts = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        for (Class<?> c : classes) {
            Method layoutMethod = staticNoArg(c, "layout");
            if (layoutMethod != null && MemoryLayout.class.isAssignableFrom(layoutMethod.getReturnType())) {
                collectStruct(m, c, (GroupLayout) layoutMethod.invoke(null), expected, stmts);
            } else if (c.getSimpleName().endsWith("_h")) {
                collectHeader(m, c, expected, stmts, functions);
            }
        }
        return new JavaFacts(expected, stmts, functions);
    }

    private static void collectStruct(Manifest m, Class<?> c, GroupLayout layout,
                                      Map<String, Long> expected, List<String> stmts) throws Exception {
        String cls = c.getSimpleName();
        String cType = m.cTypes().getOrDefault(cls, "struct " + cls);
        expected.put("sizeof " + cls, layout.byteSize());
        stmts.add("P(\"sizeof " + cls + "\", sizeof(" + cType + "));");
        for (MemoryLayout member : layout.memberLayouts()) {
            if (member instanceof PaddingLayout || member.name().isEmpty()) continue;
            String f = member.name().get();
            if (f.startsWith("$")) continue; // anonymous member: covered by the size and its neighbours
            long layoutOffset = layout.byteOffset(groupElement(f));
            expected.put("offsetof " + cls + "." + f, layoutOffset);
            stmts.add("P(\"offsetof " + cls + "." + f + "\", offsetof(" + cType + ", " + f + "));");
            if (member.byteSize() > 0) { // a flexible array member (size 0 in Java) has no sizeof in C
                expected.put("sizeof " + cls + "." + f, member.byteSize());
                stmts.add("P(\"sizeof " + cls + "." + f + "\", sizeof(((" + cType + " *)0)->" + f + "));");
            }
            // jextract also hard-codes each offset as a constant: it must agree with C too.
            Method offset = staticNoArg(c, f + "$offset");
            if (offset != null) {
                expected.put("$OFFSET " + cls + "." + f, (Long) offset.invoke(null));
                stmts.add("P(\"$OFFSET " + cls + "." + f + "\", offsetof(" + cType + ", " + f + "));");
            }
        }
    }

    private static void collectHeader(Manifest m, Class<?> c, Map<String, Long> expected,
                                      List<String> stmts, List<String> functions) throws Exception {
        for (Method method : c.getDeclaredMethods()) {
            String n = method.getName();
            if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isStatic(method.getModifiers())) continue;
            if (n.endsWith("$address")) {
                functions.add(n.substring(0, n.length() - "$address".length()));
                continue;
            }
            if (n.contains("$") || method.getParameterCount() != 0) continue;
            if (hasMethod(c, n + "$descriptor")) continue; // a function without parameters
            Class<?> t = method.getReturnType();
            if (t != int.class && t != long.class) continue; // string macros are not compared
            if (m.skippedConstants().contains(n)) continue;
            long javaValue = ((Number) method.invoke(null)).longValue();
            if (t == int.class) {
                // jextract types a macro int when it fits 32 bits, signed or not: compare those bits
                // and separately require that the C value does fit.
                expected.put("const " + n, javaValue & 0xffffffffL);
                stmts.add("P(\"const " + n + "\", (long long)(" + n + ") & 0xffffffffLL);");
                expected.put("fits32 " + n, 1L);
                stmts.add("P(\"fits32 " + n + "\", (long long)(" + n + ") >= -2147483648LL && (long long)(" + n
                        + ") <= 4294967295LL);");
            } else {
                expected.put("const " + n, javaValue);
                stmts.add("P(\"const " + n + "\", (long long)(" + n + "));");
            }
        }
        for (Class<?> nested : c.getDeclaredClasses()) { // variadic functions are nested invoker classes
            if (hasMethod(nested, "makeInvoker")) functions.add(nested.getSimpleName());
        }
        functions.sort(null);
    }

    private static String cProgram(Manifest m, JavaFacts facts) {
        StringBuilder sb = new StringBuilder();
        sb.append("/* generated by LayoutConformanceTest for ").append(m.name()).append(" */\n");
        m.preamble().forEach(l -> sb.append(l).append('\n'));
        sb.append("#include <stddef.h>\n#include <stdio.h>\n");
        sb.append("#define P(key, value) printf(\"%s=%lld\\n\", key, (long long)(value))\n");
        sb.append("int main(void) {\n");
        // every bound function must be declared by the headers (sizeof: no reference to link)
        facts.functions().forEach(f -> sb.append("  (void)sizeof(&").append(f).append(");\n"));
        facts.cStatements().forEach(s -> sb.append("  ").append(s).append('\n'));
        sb.append("  return 0;\n}\n");
        return sb.toString();
    }

    private static Map<String, Long> parseProbeOutput(String out) {
        Map<String, Long> facts = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) facts.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
        }
        return facts;
    }

    private static String run(List<String> cmd, Path dir) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + cmd);
        return out;
    }

    private static Method staticNoArg(Class<?> c, String name) {
        try {
            Method m = c.getDeclaredMethod(name);
            return Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean hasMethod(Class<?> c, String name) {
        for (Method m : c.getDeclaredMethods()) if (m.getName().equals(name)) return true;
        return false;
    }
}
