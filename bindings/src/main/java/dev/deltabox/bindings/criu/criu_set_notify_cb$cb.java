// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
package dev.deltabox.bindings.criu;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;

/**
 * {@snippet lang=c :
 * int (*cb)(char *, criu_notify_arg_t)
 * }
 */
public class criu_set_notify_cb$cb {

    criu_set_notify_cb$cb() {
        // Should not be called directly
    }

    /**
     * The function pointer signature, expressed as a functional interface
     */
    public interface Function {
        int apply(MemorySegment action, MemorySegment na);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.of(
        criu_h.C_INT,
        criu_h.C_POINTER,
        criu_h.C_POINTER
    );

    /**
     * The descriptor of this function pointer
     */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = criu_h.upcallHandle(criu_set_notify_cb$cb.Function.class, "apply", $DESC);

    /**
     * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
     * The lifetime of the returned segment is managed by {@code arena}
     */
    public static MemorySegment allocate(criu_set_notify_cb$cb.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /**
     * Invoke the upcall stub {@code funcPtr}, with given parameters
     */
    public static int invoke(MemorySegment funcPtr, MemorySegment action, MemorySegment na) {
        try {
            return (int) DOWN$MH.invokeExact(funcPtr, action, na);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
