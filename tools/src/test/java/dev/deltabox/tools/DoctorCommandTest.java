package dev.deltabox.tools;

import dev.deltabox.runtime.doctor.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DoctorCommandTest {

    @Test
    void doctorPassesOnThisMachineAndPrintsOneLinePerRequirement() {
        String out = captureStdout(() -> assertEquals(0, Main.run(new String[] {"doctor"})));
        assertTrue(out.lines().anyMatch(l -> l.matches("OK +libfuse +3\\.17\\..*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("OK +criu check +Looks good.*")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("soft-dirty tracking")), out);
        assertTrue(out.endsWith("doctor: DeltaBox can run here\n"), out);
    }

    @Test
    void aMissingHardRequirementMakesDoctorExitNonZero(@TempDir Path emptyHome) {
        String old = System.getProperty("deltabox.home");
        System.setProperty("deltabox.home", emptyHome.toString());
        try {
            String out = captureStdout(() -> assertEquals(1, Main.run(new String[] {"doctor"})));
            assertTrue(out.lines().anyMatch(l -> l.matches("FAIL +criu check +no criu at .*")), out);
            assertTrue(out.contains("fix: tools/setup/native.sh"), out);
        } finally {
            System.setProperty("deltabox.home", old);
        }
    }

    @Test
    void aFailureIsShownWithItsFixAndMakesTheCommandFail() {
        var checks = List.of(Check.ok("JDK", "25"), Check.fail("criu check", "no criu at /x", "tools/setup/native.sh"));
        String text = DoctorCommand.toText(checks, true);
        assertTrue(text.contains("FAIL  criu check  no criu at /x\n"), text);
        assertTrue(text.contains("fix: tools/setup/native.sh"), text);
        assertTrue(text.endsWith("doctor: a hard requirement is missing (FAIL above)\n"), text);
    }

    @Test
    void jsonOutputIsMachineReadable() {
        var checks = List.of(Check.ok("JDK", "25 \"Temurin\""), Check.warn("kernel", "old\nkernel", "upgrade"));
        assertEquals("{\"ok\":true,\"checks\":[{\"name\":\"JDK\",\"status\":\"OK\",\"detail\":\"25 \\\"Temurin\\\"\",\"fix\":null},"
                + "{\"name\":\"kernel\",\"status\":\"WARN\",\"detail\":\"old\\nkernel\",\"fix\":\"upgrade\"}]}\n",
                DoctorCommand.toJson(checks, false));
    }

    @Test
    void unknownCommandsAndOptionsAreRefusedWithUsage() {
        assertEquals(2, Main.run(new String[] {"frobnicate"}));
        assertEquals(2, Main.run(new String[] {"doctor", "--verbose"}));
        assertEquals(0, Main.run(new String[] {"help"}));
    }

    private static String captureStdout(Runnable r) {
        PrintStream old = System.out;
        var buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString();
    }
}
