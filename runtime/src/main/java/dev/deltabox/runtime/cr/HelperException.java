package dev.deltabox.runtime.cr;

/** The helper refused an operation (with its errno and explanation) or went away. */
public class HelperException extends RuntimeException {
    private final int errno;

    public HelperException(int errno, String message) {
        super(message);
        this.errno = errno;
    }

    /** The positive errno behind the failure, or 0 when there is none. */
    public int errno() {
        return errno;
    }
}
