package dev.deltabox.runtime.nativeaccess;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * errno for libc calls. jextract's handles do not capture it, and reading errno after the
 * call is unreliable (the JVM may run C code in between), so this builds handles from a
 * binding's address and descriptor that capture errno into a caller-owned segment passed
 * as an extra first argument.
 */
public final class Errno {

    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE_LAYOUT.varHandle(groupElement("errno"));
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");

    private Errno() {}

    /** A handle like the binding's, taking a capture segment ({@link #allocate}) first. */
    public static MethodHandle capturing(MemorySegment address, FunctionDescriptor descriptor, Linker.Option... more) {
        Linker.Option[] options = new Linker.Option[more.length + 1];
        options[0] = CAPTURE;
        System.arraycopy(more, 0, options, 1, more.length);
        return Linker.nativeLinker().downcallHandle(address, descriptor, options);
    }

    /** A capture segment; one per thread or per call site owner (it is written by each call). */
    public static MemorySegment allocate(Arena arena) {
        return arena.allocate(CAPTURE_LAYOUT);
    }

    /** The errno the last call through a capturing handle left in {@code state}. */
    public static int of(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }
}
