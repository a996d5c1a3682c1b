package dev.deltabox.tools;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.BoxException;
import dev.deltabox.runtime.box.BoxOptions;
import dev.deltabox.runtime.box.Checkpoint;
import dev.deltabox.runtime.box.ExecResult;
import dev.deltabox.runtime.box.SessionEndedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deltabox shell}: an interactive session in a box, or commands from a pipe. A line is a
 * bash command run in the box's persistent session, unless it starts with ':' —
 * {@code :checkpoint [NAME]}, {@code :rollback ID|NAME}, {@code :fork ID|NAME N},
 * {@code :use BOX}, {@code :boxes}, {@code :tree}, {@code :help}, {@code :quit}.
 * With --json every result is one JSON object per line, for scripts.
 *
 * <p>Single-threaded: the calling thread owns every box it makes and closes them at the end.
 */
final class ShellCommand {

    static final String USAGE = """
            usage: deltabox shell [--base DIR] [--state DIR] [--host-network] [--timeout SECONDS] [--json]
              reads commands from the terminal or a pipe; each line runs in the box's bash session.
              :checkpoint [NAME]     checkpoint files and processes; prints the id and the time taken
              :rollback ID|NAME      roll files and processes back to a checkpoint
              :fork ID|NAME N        N new boxes starting from a checkpoint (see :boxes, :use)
              :use BOX               send the next commands to another box (from :boxes)
              :boxes                 the boxes of this shell
              :tree                  the checkpoint tree
              :restart               a fresh bash session (after `exit`); files stay as they are
              :quit                  close every box (the state directory keeps the checkpoints)
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final Duration timeout;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private Box box;

    private ShellCommand(PrintStream out, PrintStream err, boolean json, Duration timeout) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.timeout = timeout;
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        BoxOptions o = new BoxOptions();
        boolean json = false;
        Duration timeout = Duration.ofSeconds(60);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> o.base(Path.of(value(args, ++i, "--base DIR")));
                case "--state" -> o.stateDir(Path.of(value(args, ++i, "--state DIR")));
                case "--host-network" -> o.hostNetwork(true);
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value(args, ++i, "--timeout SECONDS")));
                case "--json" -> json = true;
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    err.println("deltabox shell: unknown option '" + args[i] + "'\n");
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        ShellCommand sh = new ShellCommand(out, err, json, timeout);
        try {
            sh.box = Box.create(o);
        } catch (RuntimeException e) {
            err.println("deltabox shell: cannot create the box: " + e.getMessage());
            return 1;
        }
        sh.boxes.put(sh.box.id(), sh.box);
        try {
            return sh.loop(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), System.console() != null);
        } finally {
            // forks first: a box's namespaces outlive it while boxes forked from it run
            List<Box> all = new ArrayList<>(sh.boxes.values());
            for (int i = all.size() - 1; i >= 0; i--) all.get(i).close();
        }
    }

    private static String value(String[] args, int i, String what) {
        if (i >= args.length) throw new IllegalArgumentException("missing value: " + what);
        return args[i];
    }

    private int loop(BufferedReader in, boolean interactive) {
        if (interactive && !json) {
            out.println("box " + box.id() + " (state " + box.stateDir() + "); :help for commands, :quit or Ctrl-D to leave");
        }
        int last = 0;
        while (true) {
            if (interactive && !json) {
                out.print("[" + box.id() + "]$ ");
                out.flush();
            }
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                err.println("deltabox shell: cannot read input: " + e.getMessage());
                return 1;
            }
            if (line == null) return last;
            if (line.isBlank()) continue;
            try {
                if (line.startsWith(":")) {
                    if (!meta(line.substring(1).trim().split("\\s+"))) return last;
                    last = 0;
                } else {
                    last = command(line);
                }
            } catch (SessionEndedException e) {
                last = 1;
                String msg = e.getMessage() + "; :rollback to a checkpoint, or :restart for a fresh session";
                if (json) out.println("{\"error\":" + Json.quote(msg) + ",\"stdout\":" + Json.quote(e.stdout())
                        + ",\"stderr\":" + Json.quote(e.stderr()) + "}");
                else {
                    out.print(e.stdout());
                    err.print(e.stderr());
                    err.println("error: " + msg);
                }
            } catch (BoxException | IllegalArgumentException | IllegalStateException e) {
                last = 1;
                if (json) out.println("{\"error\":" + Json.quote(e.getMessage()) + "}");
                else err.println("error: " + e.getMessage());
            }
        }
    }

    private int command(String line) {
        ExecResult r = box.exec(line, timeout);
        if (json) {
            out.println("{\"box\":" + Json.quote(box.id()) + ",\"exit\":" + r.exitCode() + ",\"millis\":"
                    + r.duration().toMillis() + ",\"timedOut\":" + r.timedOut() + ",\"stdout\":" + Json.quote(r.stdout())
                    + ",\"stderr\":" + Json.quote(r.stderr()) + "}");
        } else {
            out.print(r.stdout());
            err.print(r.stderr());
            if (r.timedOut()) err.println("(timed out after " + timeout.toSeconds() + " s; interrupted)");
            out.flush();
            err.flush();
        }
        return r.exitCode();
    }

    /** Runs a ':' command; false means quit. */
    private boolean meta(String[] w) {
        switch (w[0]) {
            case "checkpoint", "cp" -> {
                if (w.length > 2) throw new IllegalArgumentException("usage: :checkpoint [NAME]");
                Checkpoint c = box.checkpoint(w.length == 2 ? w[1] : null);
                report("checkpoint", c, c.took());
            }
            case "rollback", "rb" -> {
                if (w.length != 2) throw new IllegalArgumentException("usage: :rollback ID|NAME");
                Box.Rollback r = box.rollback(w[1]);
                report("rollback", r.checkpoint(), r.took());
            }
            case "fork" -> {
                if (w.length != 3) throw new IllegalArgumentException("usage: :fork ID|NAME N");
                long t0 = System.nanoTime();
                List<Box> kids = box.fork(w[1], Integer.parseInt(w[2]));
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                List<String> ids = new ArrayList<>();
                for (Box k : kids) {
                    boxes.put(k.id(), k);
                    ids.add(k.id());
                }
                if (json) {
                    out.println("{\"fork\":" + Json.quote(w[1]) + ",\"boxes\":[" + String.join(",", ids.stream().map(Json::quote).toList())
                            + "],\"millis\":" + String.format("%.3f", took.toNanos() / 1e6) + "}");
                } else {
                    out.printf("forked %d boxes from %s in %.1f ms: %s (:use BOX to switch)%n", kids.size(), w[1],
                            took.toNanos() / 1e6, String.join(" ", ids));
                }
            }
            case "use" -> {
                if (w.length != 2 || !boxes.containsKey(w[1])) {
                    throw new IllegalArgumentException("usage: :use BOX, one of " + boxes.keySet());
                }
                box = boxes.get(w[1]);
                if (json) out.println("{\"use\":" + Json.quote(box.id()) + "}");
            }
            case "boxes" -> {
                if (json) out.println("{\"boxes\":[" + String.join(",", boxes.keySet().stream().map(Json::quote).toList()) + "]}");
                else boxes.keySet().forEach(id -> out.println((id.equals(box.id()) ? "* " : "  ") + id));
            }
            case "tree" -> tree();
            case "restart" -> {
                box.restartSession("bash");
                if (json) out.println("{\"restart\":\"bash\"}");
                else out.println("bash session restarted (files unchanged)");
            }
            case "help" -> out.print(USAGE);
            case "quit", "exit", "q" -> {
                return false;
            }
            default -> throw new IllegalArgumentException("unknown command ':" + w[0] + "' (:help lists them)");
        }
        return true;
    }

    private void report(String what, Checkpoint c, Duration took) {
        if (json) {
            out.println("{\"" + what + "\":" + c.id() + ",\"name\":" + (c.name() == null ? "null" : Json.quote(c.name()))
                    + ",\"millis\":" + String.format("%.3f", took.toNanos() / 1e6) + "}");
        } else {
            out.printf("%s %s in %.2f ms%n", what, c.label(), took.toNanos() / 1e6);
        }
    }

    private void tree() {
        List<Checkpoint> all = box.tree();
        if (json) {
            List<String> items = new ArrayList<>();
            for (Checkpoint c : all) {
                items.add("{\"id\":" + c.id() + ",\"parent\":" + c.parent() + ",\"name\":"
                        + (c.name() == null ? "null" : Json.quote(c.name())) + ",\"time\":" + Json.quote(c.time().toString()) + "}");
            }
            out.println("{\"tree\":[" + String.join(",", items) + "],\"current\":" + box.current() + "}");
            return;
        }
        Map<Long, List<Checkpoint>> kids = new LinkedHashMap<>();
        for (Checkpoint c : all) kids.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
        out.println("0 (created)" + (box.current() == 0 ? "  <- here" : ""));
        print(kids, 0, "  ");
    }

    private void print(Map<Long, List<Checkpoint>> kids, long parent, String indent) {
        for (Checkpoint c : kids.getOrDefault(parent, List.of())) {
            out.println(indent + c.label() + (c.id() == box.current() ? "  <- here" : ""));
            print(kids, c.id(), indent + "  ");
        }
    }
}
