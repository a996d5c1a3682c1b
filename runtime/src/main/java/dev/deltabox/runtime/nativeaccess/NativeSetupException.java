package dev.deltabox.runtime.nativeaccess;

/** A native library or binary is missing or is not the version DeltaBox was built for. */
public class NativeSetupException extends RuntimeException {
    public NativeSetupException(String message) {
        super(message);
    }

    public NativeSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
