package dev.deltabox.runtime.box;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scratch directories left by runtimes that died are removed; live ones are not. */
class BoxRuntimeTest {

    @TempDir
    Path root;

    @Test
    void aDeadRuntimesScratchGoesALiveOnesStays() throws Exception {
        // a dead runtime: its helper socket file is left, nobody listens (and an image in it)
        Path dead = Files.createDirectories(root.resolve("2147483646"));
        Files.createDirectories(dead.resolve("images/durable/1"));
        Files.write(dead.resolve("images/durable/1/pages-1.img"), new byte[4096]);
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(dead.resolve("helper-1-1.sock")));
        }
        // a runtime in another PID namespace whose PID is free here: its socket still answers
        Path elsewhere = Files.createDirectories(root.resolve("2147483645"));
        Path mine = Files.createDirectories(root.resolve(Long.toString(ProcessHandle.current().pid())));
        try (ServerSocketChannel live = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            live.bind(UnixDomainSocketAddress.of(elsewhere.resolve("helper-2-2.sock")));
            BoxRuntime.removeStaleRunDirs(root);
            assertFalse(Files.exists(dead), "the dead runtime's directory is removed");
            assertTrue(Files.isDirectory(elsewhere), "a runtime answering on its socket keeps its directory");
            assertTrue(Files.isDirectory(mine), "our own directory stays");
        }
    }
}
