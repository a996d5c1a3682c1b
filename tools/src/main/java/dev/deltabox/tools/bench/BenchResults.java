package dev.deltabox.tools.bench;

import java.util.List;
import java.util.Map;

/**
 * What one {@code deltabox bench} run measured: the model written as JSON, plotted and turned
 * into the README's results section. Immutable.
 */
public record BenchResults(Machine machine, String command, String startedUtc, List<Scenario> scenarios) {

    /** The machine the run was on, as the README describes it. */
    public record Machine(String cpu, int cores, long memoryBytes, String kernel, String os, String jdk,
                          String scratchFs) {}

    /** One workload (e.g. "tree-search", "fan-out") run against every backend. */
    public record Scenario(String name, String description, Map<String, String> parameters,
                           List<BackendResult> backends) {}

    /**
     * One backend on one scenario. {@code stateSeconds} is the time spent in checkpoint,
     * rollback and fork (state management); {@code trajectorySeconds} the whole scenario's wall
     * time, state management included. {@code latencies} maps an event kind ("checkpoint",
     * "rollback", "fork") to its samples. {@code error} is null when the backend completed.
     */
    public record BackendResult(String backend, String description, double trajectorySeconds,
                                double stateSeconds, Map<String, Latencies> latencies, String error) {
        public double stateShare() {
            return trajectorySeconds > 0 ? stateSeconds / trajectorySeconds : Double.NaN;
        }
    }

    /** Latency samples of one event kind, in milliseconds, in the order they were taken. */
    public record Latencies(List<Double> samplesMs) {
        public int n() { return samplesMs.size(); }
        public double p50() { return percentile(50); }
        public double p95() { return percentile(95); }
        public double p99() { return percentile(99); }
        public double mean() { return samplesMs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN); }

        /** Nearest-rank percentile; NaN when there are no samples. */
        public double percentile(double p) {
            if (samplesMs.isEmpty()) return Double.NaN;
            double[] sorted = samplesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
