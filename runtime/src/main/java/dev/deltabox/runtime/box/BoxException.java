package dev.deltabox.runtime.box;

/** A box operation failed; the message says what happened and what to do. The box is as it was. */
public class BoxException extends RuntimeException {

    public BoxException(String message) {
        super(message);
    }

    public BoxException(String message, Throwable cause) {
        super(message, cause);
    }
}
