package dev.deltabox.runtime.cr;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits, with a deadline, for a child process to say on its stdout that it is ready.
 * The blocking read runs on a virtual thread so the deadline holds even if the child hangs.
 */
final class ReadySignal {

    /** Reads the readiness message from the child's stdout; may return null for "none". */
    interface Reader<T> {
        T read(InputStream stdout) throws IOException;
    }

    private ReadySignal() {}

    /** What {@code reader} read, or an IOException naming {@code what} if it timed out or failed. */
    static <T> T await(Process process, String what, long timeoutMs, Reader<T> reader) throws IOException {
        var ready = new CompletableFuture<T>();
        Thread.ofVirtual().start(() -> {
            try {
                ready.complete(reader.read(process.getInputStream()));
            } catch (IOException | RuntimeException e) {
                ready.completeExceptionally(e);
            }
        });
        try {
            return ready.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(what + " did not become ready within " + timeoutMs + " ms", e);
        }
    }
}
