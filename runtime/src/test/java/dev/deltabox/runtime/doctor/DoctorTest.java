package dev.deltabox.runtime.doctor;

import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class DoctorTest {

    @Test
    void everyHardRequirementHoldsOnTheMachinesThisProjectRunsOn(@TempDir Path runtimeDir) {
        List<Check> checks = new Doctor(DeltaBoxHome.detect(), runtimeDir).run();
        Map<String, Check> byName = checks.stream().collect(Collectors.toMap(Check::name, c -> c));
        for (String name : List.of("JDK", "privileges", "/dev/fuse", "libfuse", "libcriu", "criu check",
                "deltabox-helper", "kernel", "FUSE passthrough", "PAGEMAP_SCAN", "pidfd", "clone3", "namespaces",
                "cgroups", "soft-dirty tracking")) {
            assertTrue(byName.containsKey(name), "doctor checks " + name);
        }
        List<Check> failed = checks.stream().filter(c -> c.status() == Check.Status.FAIL).toList();
        assertEquals(List.of(), failed);
        assertTrue(byName.get("libfuse").detail().startsWith("3.17."), byName.get("libfuse").detail());
        assertTrue(byName.get("libcriu").detail().startsWith("CRIU 4.2."), byName.get("libcriu").detail());
        checks.stream().filter(c -> c.status() == Check.Status.WARN || c.status() == Check.Status.FAIL)
                .forEach(c -> assertNotNull(c.fix(), c.name() + " says how to fix it"));
    }

    @Test
    void aHomeWithoutTheNativeToolchainFailsAndNamesTheSetupScript(@TempDir Path empty) {
        var home = new DeltaBoxHome(empty, empty.resolve(".native"));
        List<Check> checks = new Doctor(home, empty.resolve("run")).run();
        Check criu = checks.stream().filter(c -> c.name().equals("criu check")).findFirst().orElseThrow();
        assertEquals(Check.Status.FAIL, criu.status());
        assertTrue(criu.fix().contains("tools/setup/native.sh"), criu.fix());
        Check helper = checks.stream().filter(c -> c.name().equals("deltabox-helper")).findFirst().orElseThrow();
        assertEquals(Check.Status.FAIL, helper.status());
    }
}
