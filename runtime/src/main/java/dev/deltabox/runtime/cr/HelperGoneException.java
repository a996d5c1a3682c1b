package dev.deltabox.runtime.cr;

/**
 * The helper process went away (crashed, was killed) or its connection broke during a request:
 * every process and template it held is gone with it, and the request is not retried. The
 * {@link HelperClient} has started a new helper by then (and logged why): later requests go to it.
 */
public final class HelperGoneException extends HelperException {
    public HelperGoneException(int errno, String message) {
        super(errno, message);
    }
}
