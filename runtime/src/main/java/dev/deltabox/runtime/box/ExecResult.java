package dev.deltabox.runtime.box;

import java.time.Duration;

/**
 * What one {@link Session#exec} gave back.
 *
 * <p>{@code stdout} and {@code stderr} are the command's two streams, complete and separate,
 * decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD). {@code exitCode} is the shell's
 * {@code $?} after the command (python: 0, 1 for an uncaught exception, 130 for
 * KeyboardInterrupt). {@code timedOut}: the timeout expired and the command was stopped;
 * {@code interrupted}: {@link Session#interrupt} (or {@link Session#close}) stopped it; the
 * exit code is then the one the stop gave (130 for SIGINT, 137 for SIGKILL, as bash reports).
 * {@code truncated}: a stream went past {@link Session#MAX_OUTPUT_BYTES}; only its first bytes
 * are kept.
 */
public record ExecResult(int exitCode, String stdout, String stderr, Duration duration,
                         boolean timedOut, boolean interrupted, boolean truncated) {

    public boolean ok() {
        return exitCode == 0 && !timedOut && !interrupted;
    }
}
