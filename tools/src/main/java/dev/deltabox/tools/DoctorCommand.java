package dev.deltabox.tools;

import dev.deltabox.runtime.doctor.Check;
import dev.deltabox.runtime.doctor.Doctor;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;

import java.nio.file.Path;
import java.util.List;

/** {@code deltabox doctor [--json]}: one line per requirement; exit 1 if a hard one is missing. */
final class DoctorCommand {

    private DoctorCommand() {}

    static int run(String[] args) {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) json = true;
            else {
                System.err.println("deltabox doctor: unknown option '" + a + "' (only --json)");
                return 2;
            }
        }
        Path runtimeDir = Path.of(System.getProperty("java.io.tmpdir"), "deltabox-doctor");
        List<Check> checks = new Doctor(DeltaBoxHome.detect(), runtimeDir).run();
        boolean failed = checks.stream().anyMatch(c -> c.status() == Check.Status.FAIL);
        System.out.print(json ? toJson(checks, failed) : toText(checks, failed));
        return failed ? 1 : 0;
    }

    static String toText(List<Check> checks, boolean failed) {
        int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        StringBuilder sb = new StringBuilder();
        for (Check c : checks) {
            sb.append(String.format("%-5s %-" + width + "s  %s%n", c.status(), c.name(), c.detail()));
            if (c.fix() != null) sb.append(String.format("%-5s %-" + width + "s  fix: %s%n", "", "", c.fix()));
        }
        sb.append(failed ? "doctor: a hard requirement is missing (FAIL above)\n" : "doctor: DeltaBox can run here\n");
        return sb.toString();
    }

    static String toJson(List<Check> checks, boolean failed) {
        StringBuilder sb = new StringBuilder("{\"ok\":").append(!failed).append(",\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"name\":").append(Json.quote(c.name()))
              .append(",\"status\":").append(Json.quote(c.status().name()))
              .append(",\"detail\":").append(Json.quote(c.detail()))
              .append(",\"fix\":").append(c.fix() == null ? "null" : Json.quote(c.fix())).append('}');
        }
        return sb.append("]}\n").toString();
    }
}
