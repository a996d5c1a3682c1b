package dev.deltabox.tools;

import java.util.Arrays;

/** The {@code deltabox} command line: dispatches to one subcommand. */
public final class Main {

    private static final String USAGE = """
            usage: deltabox COMMAND [ARGS]

            commands:
              demo [--quick] [--json]
                                the tour: an agent-like exploration of a real project in a box
                                (edits, test runs, checkpoints, rollbacks, a fork), then the
                                checkpoint tree and every latency (deltabox demo --help)
              bench [--quick] [--backends a,b] [--seed N] [--out DIR] [--update-readme] [--json]
                                a tree-search agent workload on DeltaBox and on the baselines
                                (copy+replay, CRIU with copy/overlayfs/btrfs), side by side:
                                checkpoint/rollback/fork latencies (deltabox bench --help)
              doctor [--json]   check every requirement of DeltaBox on this machine;
                                exits non-zero when a hard requirement is missing
              shell [OPTIONS]   an interactive session in a new box (or commands from a pipe),
                                with :checkpoint, :rollback, :fork, :tree (deltabox shell --help)
              fs ...            mount a DeltaFS view; checkpoint, roll back, list, unmount
                                (deltabox fs help)
              help              this text
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "bench" -> dev.deltabox.tools.bench.BenchCommand.run(rest, System.out, System.err);
            case "demo" -> DemoCommand.run(rest, System.out, System.err);
            case "doctor" -> DoctorCommand.run(rest);
            case "fs" -> FsCommand.run(rest, System.out, System.err);
            case "shell" -> ShellCommand.run(rest, System.in, System.out, System.err);
            default -> {
                System.err.println("deltabox: unknown command '" + args[0] + "'\n");
                System.err.print(USAGE);
                yield 2;
            }
        };
    }
}
