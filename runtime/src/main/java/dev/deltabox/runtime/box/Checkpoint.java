package dev.deltabox.runtime.box;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A checkpoint of a whole box: its files (a frozen DeltaFS layer) and its sessions (one process
 * checkpoint each), taken together. {@code id} is unique within the box's state directory and
 * shared by the boxes forked from it; {@code parent} 0 is the box as created.
 *
 * @param took how long the checkpoint took (zero for checkpoints read back from disk)
 * @param sessions how each session was checkpointed ("fork" or "criu", with the reason)
 */
public record Checkpoint(long id, long parent, String name, Instant time, Duration took, Map<String, String> sessions) {

    /** "ID" or "ID (NAME)". */
    public String label() {
        return name == null ? Long.toString(id) : id + " (" + name + ")";
    }
}
