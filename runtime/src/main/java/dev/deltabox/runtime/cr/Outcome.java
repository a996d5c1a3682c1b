package dev.deltabox.runtime.cr;

/**
 * One process's part of a checkpoint of several taken together: its result, or why it has none.
 * The others' results stand either way.
 */
public record Outcome<T>(T value, CheckpointException failure) {

    public static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> failed(CheckpointException failure) {
        return new Outcome<>(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }

    /** The value, or the failure thrown. */
    public T orThrow() {
        if (failure != null) throw failure;
        return value;
    }
}
