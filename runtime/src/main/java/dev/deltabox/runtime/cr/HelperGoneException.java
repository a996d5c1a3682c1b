package dev.deltabox.runtime.cr;

/**
 * The helper process went away (crashed, was killed) or its connection broke: every process and
 * template it held is gone with it. Nothing is retried; a caller that wants to go on starts a
 * new helper.
 */
public final class HelperGoneException extends HelperException {
    public HelperGoneException(int errno, String message) {
        super(errno, message);
    }
}
