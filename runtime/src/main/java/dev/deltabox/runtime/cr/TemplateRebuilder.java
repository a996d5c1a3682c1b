package dev.deltabox.runtime.cr;

import java.util.concurrent.CompletionStage;

/**
 * Rebuilds the live process of a checkpoint whose template is gone — evicted from the
 * {@link TemplatePool}, or killed from inside the box (anything in the box's PID namespace can
 * {@code kill -9} it). {@link DurableImages} rebuilds it from the checkpoint's durable, incremental
 * CRIU image; a pool without a rebuilder fails such a rollback with
 * {@link CheckpointException.Reason#TEMPLATE_GONE}.
 *
 * <p>Called by the pool on the rolling-back caller's thread, with the pool's lock held: it must
 * not call back into the pool.
 */
@FunctionalInterface
public interface TemplateRebuilder {

    /**
     * A new, running live process in the state of checkpoint {@code checkpointId}, with fresh
     * stdio pipes; {@code whyGone} says what became of the template. Throws
     * {@link CheckpointException} ({@code TEMPLATE_GONE} when there is nothing to rebuild from).
     */
    LiveProcess rebuild(long checkpointId, String whyGone);

    /**
     * Told of each new checkpoint while its template (and its parent's, when still held) is
     * alive, so that the rebuilder can take what it will need (a durable image) in the
     * background. Called with the pool's lock held: it must not block. {@code parentId} is 0
     * and {@code parent} null for a checkpoint without a parent template.
     */
    default void checkpointed(long checkpointId, ForkCheckpointer.Template template, long parentId,
                              ForkCheckpointer.Template parent) {
    }

    /**
     * Completes once the rebuilder no longer needs checkpoint {@code checkpointId}'s template
     * (its durable image is written, or failed); null when it does not need it. Until then the
     * pool does not evict the template. Called with the pool's lock held: it must not block.
     */
    default CompletionStage<?> templateNeededUntil(long checkpointId) {
        return null;
    }

    /** The checkpoint was discarded: what was kept to rebuild it may go. With the pool's lock held. */
    default void discarded(long checkpointId) {
    }

    /**
     * Whether the rebuilder can rebuild {@code checkpointId} (it has its durable image). The pool
     * evicts only templates it can rebuild (below its hard cap), and rolls back to a checkpoint it
     * does not know (made before a restart of the runtime, its image found on disk) when it can.
     */
    default boolean canRebuild(long checkpointId) {
        return false;
    }

    /** The highest checkpoint id the rebuilder keeps anything for (0: none); the pool numbers new ones after it. */
    default long lastCheckpointId() {
        return 0;
    }
}
