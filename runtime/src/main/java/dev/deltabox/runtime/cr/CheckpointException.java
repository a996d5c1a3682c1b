package dev.deltabox.runtime.cr;

/** A process checkpoint, rollback or discard did not happen; {@link #reason()} says why in a word. */
public final class CheckpointException extends RuntimeException {

    public enum Reason {
        /** Template fork cannot copy this process faithfully (threads, ...): it needs CRIU. */
        NOT_FORKABLE,
        /** The live process is gone (or was never one of ours). */
        PROCESS_GONE,
        /** The template is gone: discarded, or killed from outside (e.g. from inside the box). */
        TEMPLATE_GONE,
        /** The helper process went away, and every process and template with it. */
        HELPER_GONE,
        /** Anything else; the message has the helper's explanation. */
        FAILED
    }

    private final Reason reason;

    public CheckpointException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
