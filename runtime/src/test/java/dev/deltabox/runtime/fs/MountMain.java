package dev.deltabox.runtime.fs;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** A mount in its own JVM (for crash tests): mounts, serves control requests, prints "ready". */
public final class MountMain {
    public static void main(String[] args) throws Exception {
        DeltaMount m = DeltaMount.options(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).mount();
        CountDownLatch done = new CountDownLatch(1);
        ControlServer control = ControlServer.start(m, done::countDown);
        System.out.println("ready");
        System.out.flush();
        done.await();
        control.close();
        m.close();
    }
}
