package dev.deltabox.tools.bench;

import dev.deltabox.tools.Json;
import dev.deltabox.tools.bench.BenchResults.BackendResult;
import dev.deltabox.tools.bench.BenchResults.Latencies;
import dev.deltabox.tools.bench.BenchResults.Machine;
import dev.deltabox.tools.bench.BenchResults.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link BenchResults} as pretty JSON and back. The JSON holds every field of the records, every
 * sample included, plus what a reader would otherwise recompute: n, p50, p95, p99 and mean per
 * latency kind and the state share per backend. {@link #read} ignores those derived fields, so
 * a written file reads back into records equal to the ones written.
 *
 * <p>JSON has no NaN or infinity: such a number is written as {@code null} and read back as NaN.
 *
 * <p>Threads: stateless static methods; each call owns its builders and parser.
 */
public final class BenchJson {

    private BenchJson() {}

    public static String write(BenchResults results) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("machine");
        writeMachine(w, results.machine());
        w.name("command").string(results.command());
        w.name("startedUtc").string(results.startedUtc());
        w.name("scenarios").beginArray();
        for (Scenario s : results.scenarios()) writeScenario(w, s);
        w.endArray();
        w.endObject();
        return w.toString() + "\n";
    }

    private static void writeMachine(JsonWriter w, Machine m) {
        if (m == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("cpu").string(m.cpu());
        w.name("cores").number(m.cores());
        w.name("memoryBytes").number(m.memoryBytes());
        w.name("kernel").string(m.kernel());
        w.name("os").string(m.os());
        w.name("jdk").string(m.jdk());
        w.name("scratchFs").string(m.scratchFs());
        w.endObject();
    }

    private static void writeScenario(JsonWriter w, Scenario s) {
        w.beginObject();
        w.name("name").string(s.name());
        w.name("description").string(s.description());
        w.name("parameters").beginObject();
        for (Map.Entry<String, String> e : s.parameters().entrySet()) w.name(e.getKey()).string(e.getValue());
        w.endObject();
        w.name("backends").beginArray();
        for (BackendResult b : s.backends()) writeBackend(w, b);
        w.endArray();
        w.endObject();
    }

    private static void writeBackend(JsonWriter w, BackendResult b) {
        w.beginObject();
        w.name("backend").string(b.backend());
        w.name("description").string(b.description());
        w.name("error").string(b.error());
        w.name("trajectorySeconds").number(b.trajectorySeconds());
        w.name("stateSeconds").number(b.stateSeconds());
        w.name("stateShare").number(b.stateShare());
        w.name("latencies").beginObject();
        for (Map.Entry<String, Latencies> e : b.latencies().entrySet()) {
            Latencies l = e.getValue();
            w.name(e.getKey()).beginObject();
            w.name("n").number(l.n());
            w.name("p50").number(l.p50());
            w.name("p95").number(l.p95());
            w.name("p99").number(l.p99());
            w.name("mean").number(l.mean());
            w.name("samplesMs").inlineNumbers(l.samplesMs());
            w.endObject();
        }
        w.endObject();
        w.endObject();
    }

    /** Parses what {@link #write} wrote (any JSON of the same shape); derived fields are ignored. */
    public static BenchResults read(String json) {
        Object root = new Parser(json).parseDocument();
        Map<String, Object> o = object(root, "results");
        List<Scenario> scenarios = new ArrayList<>();
        for (Object s : array(o.get("scenarios"), "scenarios")) scenarios.add(readScenario(object(s, "scenario")));
        return new BenchResults(readMachine(o.get("machine")), string(o, "command"), string(o, "startedUtc"),
                List.copyOf(scenarios));
    }

    private static Machine readMachine(Object value) {
        if (value == null) return null;
        Map<String, Object> m = object(value, "machine");
        return new Machine(string(m, "cpu"), (int) number(m.get("cores")), (long) number(m.get("memoryBytes")),
                string(m, "kernel"), string(m, "os"), string(m, "jdk"), string(m, "scratchFs"));
    }

    private static Scenario readScenario(Map<String, Object> s) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, Object> parametersJson = object(s.get("parameters"), "parameters");
        for (String name : parametersJson.keySet()) parameters.put(name, string(parametersJson, name));
        List<BackendResult> backends = new ArrayList<>();
        for (Object b : array(s.get("backends"), "backends")) backends.add(readBackend(object(b, "backend")));
        return new Scenario(string(s, "name"), string(s, "description"), parameters, List.copyOf(backends));
    }

    private static BackendResult readBackend(Map<String, Object> b) {
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object(b.get("latencies"), "latencies").entrySet()) {
            List<Double> samples = new ArrayList<>();
            for (Object x : array(object(e.getValue(), e.getKey()).get("samplesMs"), "samplesMs")) samples.add(number(x));
            latencies.put(e.getKey(), new Latencies(List.copyOf(samples)));
        }
        return new BackendResult(string(b, "backend"), string(b, "description"),
                number(b.get("trajectorySeconds")), number(b.get("stateSeconds")), latencies, string(b, "error"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new IllegalArgumentException("bench JSON: " + what + " is not an object: " + value);
    }

    private static List<?> array(Object value, String what) {
        if (value instanceof List<?> l) return l;
        throw new IllegalArgumentException("bench JSON: " + what + " is not an array: " + value);
    }

    /** A string field; absent or null reads as null. */
    private static String string(Map<String, Object> object, String field) {
        Object value = object.get(field);
        if (value == null || value instanceof String) return (String) value;
        throw new IllegalArgumentException("bench JSON: " + field + " is not a string: " + value);
    }

    private static double number(Object value) {
        if (value == null) return Double.NaN; // how write() spells NaN and infinities
        if (value instanceof Double d) return d;
        throw new IllegalArgumentException("bench JSON: not a number: " + value);
    }

    /** Indented output; arrays of numbers stay on one line so samples do not take a line each. */
    private static final class JsonWriter {
        private final StringBuilder out = new StringBuilder();
        private int depth;
        private boolean first = true;   // no value yet in the current object or array
        private boolean afterName;      // a name was written; its value follows on the same line

        JsonWriter beginObject() { open('{'); return this; }
        JsonWriter endObject() { close('}'); return this; }
        JsonWriter beginArray() { open('['); return this; }
        JsonWriter endArray() { close(']'); return this; }

        JsonWriter name(String name) {
            separate();
            out.append(Json.quote(name)).append(": ");
            afterName = true;
            return this;
        }

        JsonWriter string(String s) { value(s == null ? "null" : Json.quote(s)); return this; }
        JsonWriter number(long n) { value(Long.toString(n)); return this; }
        JsonWriter number(double d) { value(numberText(d)); return this; }
        JsonWriter nullValue() { value("null"); return this; }

        JsonWriter inlineNumbers(List<Double> numbers) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < numbers.size(); i++) sb.append(i == 0 ? "" : ", ").append(numberText(numbers.get(i)));
            value(sb.append(']').toString());
            return this;
        }

        private static String numberText(double d) {
            // Double.toString round-trips exactly and its forms (1.0, 1.0E-5) are valid JSON numbers
            return Double.isFinite(d) ? Double.toString(d) : "null";
        }

        private void value(String text) {
            separate();
            out.append(text);
        }

        private void open(char bracket) {
            separate();
            out.append(bracket);
            depth++;
            first = true;
        }

        private void close(char bracket) {
            depth--;
            if (!first) newline();
            out.append(bracket);
            first = false;
        }

        /** Before a name, or a value not preceded by a name: comma and new line as needed. */
        private void separate() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (depth == 0) return;
            if (!first) out.append(',');
            newline();
            first = false;
        }

        private void newline() {
            out.append('\n').append("  ".repeat(depth));
        }

        @Override public String toString() { return out.toString(); }
    }

    /** A recursive-descent parser to Map (insertion-ordered), List, String, Double, Boolean and null. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) { this.text = text; }

        Object parseDocument() {
            Object value = parseValue();
            skipSpace();
            if (pos != text.length()) throw error("trailing text");
            return value;
        }

        private Object parseValue() {
            skipSpace();
            if (pos >= text.length()) throw error("unexpected end");
            char c = text.charAt(pos);
            return switch (c) {
                case '{' -> parseObject();
                case '[' -> parseArray();
                case '"' -> parseString();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> parseNumber();
            };
        }

        private Map<String, Object> parseObject() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = parseString();
                skipSpace();
                expect(':');
                map.put(key, parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> parseArray() {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String parseString() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) throw error("unterminated string");
                char c = text.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= text.length()) throw error("unterminated escape");
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) throw error("short \\u escape");
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Double parseNumber() {
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) pos++;
            if (start == pos) throw error("unexpected character '" + text.charAt(pos) + "'");
            try {
                return Double.valueOf(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("bad number " + text.substring(start, pos));
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) throw error("expected " + word);
            pos += word.length();
            return value;
        }

        private void expect(char c) {
            if (peek() != c) throw error("expected '" + c + "'");
            pos++;
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("bench JSON: " + what + " at offset " + pos);
        }
    }
}
