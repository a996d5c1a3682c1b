package dev.deltabox.runtime.fs;

/** A DeltaFS operation that cannot be done; the message says why and what to do. */
public class DeltaFsException extends RuntimeException {
    public DeltaFsException(String message) {
        super(message);
    }

    public DeltaFsException(String message, Throwable cause) {
        super(message, cause);
    }
}
