package dev.deltabox.runtime.nativeaccess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class NativeLibrariesTest {

    @Test
    void loadsTheProjectsLibfuseAndItIsTheSeriesTheBindingsWereMadeFor() {
        String version = NativeLibraries.loadFuse(DeltaBoxHome.detect());
        assertTrue(version.startsWith("3.17."), version);
    }

    @Test
    void loadsLibcriuWithTheApiTheBindingsDescribe() {
        assertDoesNotThrow(() -> NativeLibraries.loadCriu(DeltaBoxHome.detect()));
    }

    @Test
    void aMissingPrefixIsAnErrorThatSaysHowToFixIt(@TempDir Path empty) {
        var home = new DeltaBoxHome(empty, empty.resolve("no-native"));
        var e = assertThrows(NativeSetupException.class, () -> DeltaBoxHome.require(home.libfuse(), "libfuse 3.17",
                "run tools/setup/native.sh"));
        assertTrue(e.getMessage().contains(home.libfuse().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("tools/setup/native.sh"), e.getMessage());
    }

    @Test
    void aFileThatIsNotTheLibraryIsRefusedNamingTheFile(@TempDir Path fakeHome) throws Exception {
        Path lib = fakeHome.resolve(".native/lib/libcriu.so.2");
        Files.createDirectories(lib.getParent());
        Files.writeString(lib, "not an ELF file");
        var home = new DeltaBoxHome(fakeHome, fakeHome.resolve(".native"));
        // Either it cannot be loaded, or (another test loaded the real one first) the JVM
        // refuses a second libcriu: both name the file that was asked for.
        var e = assertThrows(NativeSetupException.class, () -> NativeLibraries.loadCriu(home));
        assertTrue(e.getMessage().contains(lib.toString()), e.getMessage());
    }
}
