package dev.deltabox.runtime.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A base directory, a state directory and a mount point under one temporary root. */
final class MountFixture implements AutoCloseable {
    final Path root;
    final Path base;
    final Path state;
    final Path mnt;
    DeltaMount mount;

    MountFixture(Path root) throws IOException {
        this.root = root;
        base = Files.createDirectories(root.resolve("base"));
        state = root.resolve("state");
        mnt = Files.createDirectories(root.resolve("mnt"));
    }

    DeltaMount mount() {
        return mount(true);
    }

    DeltaMount mount(boolean passthrough) {
        mount = DeltaMount.options(base, state, mnt).passthrough(passthrough).mount();
        return mount;
    }

    DeltaMount remount(long at) {
        mount.close();
        mount = DeltaMount.options(base, state, mnt).at(at).mount();
        return mount;
    }

    Path m(String rel) {
        return mnt.resolve(rel);
    }

    @Override
    public void close() {
        if (mount != null) mount.close();
    }
}
