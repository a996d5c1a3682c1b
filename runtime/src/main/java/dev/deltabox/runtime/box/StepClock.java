package dev.deltabox.runtime.box;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one box operation's time went, step by step: each {@link #lap} closes the step that ran
 * since the previous one. Used by one thread for one operation (the one holding the box's lock);
 * the finished map is immutable.
 */
final class StepClock {

    private final Map<String, Duration> steps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the step {@code name} now (a name used twice adds up). */
    void lap(String name) {
        long now = System.nanoTime();
        steps.merge(name, Duration.ofNanos(now - last), Duration::plus);
        last = now;
    }

    /** Adds a step that ran alongside the others (its time is in theirs too), if it took any. */
    void add(String name, long nanos) {
        if (nanos > 0) steps.merge(name, Duration.ofNanos(nanos), Duration::plus);
    }

    Map<String, Duration> finish() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }
}
