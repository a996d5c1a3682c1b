package dev.deltabox.runtime.doctor;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.CriuService;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.NativeLibraries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import static dev.deltabox.runtime.doctor.Check.*;

/**
 * Checks every requirement of DeltaBox on this machine, one {@link Check} each, by using the
 * real thing where that is cheap (loading the libraries, asking CRIU, starting the helper,
 * opening /dev/fuse, calling pidfd_open and clone3) and the kernel's config otherwise.
 */
public final class Doctor {

    private static final String SETUP = "tools/setup/native.sh";
    private static final String BUILD = "tools/mvn -q -DskipTests package";

    private final DeltaBoxHome home;
    private final Path runtimeDir;
    private final Map<String, String> kernelConfig;

    public Doctor(DeltaBoxHome home, Path runtimeDir) {
        this.home = home;
        this.runtimeDir = runtimeDir;
        this.kernelConfig = readKernelConfig();
    }

    public List<Check> run() {
        Map<String, Supplier<Check>> checks = new java.util.LinkedHashMap<>();
        checks.put("JDK", this::jdk);
        checks.put("privileges", this::privileges);
        checks.put("/dev/fuse", this::devFuse);
        checks.put("libfuse", this::libfuse);
        checks.put("libcriu", this::libcriu);
        checks.put("criu check", this::criuCheck);
        checks.put("deltabox-helper", this::helper);
        checks.put("kernel", this::kernel);
        checks.put("FUSE passthrough", this::fusePassthrough);
        checks.put("PAGEMAP_SCAN", this::pagemapScan);
        checks.put("userfaultfd", this::userfaultfd);
        checks.put("pidfd", this::pidfd);
        checks.put("clone3", this::clone3);
        checks.put("namespaces", this::namespaces);
        checks.put("cgroups", this::cgroups);
        checks.put("soft-dirty tracking", this::softDirty);
        List<Check> out = new ArrayList<>();
        checks.forEach((name, check) -> {
            try {
                out.add(check.get());
            } catch (RuntimeException | LinkageError e) {
                out.add(fail(name, "the check itself failed: " + e, "report this with the output above"));
            }
        });
        return out;
    }

    Check jdk() {
        Runtime.Version v = Runtime.version();
        String where = System.getProperty("java.home");
        return v.feature() >= 22
                ? ok("JDK", v + " at " + where)
                : fail("JDK", v + " at " + where + " is older than 22 (FFM API)",
                        "install a JDK >= 22 or set DELTABOX_JAVA_HOME; the launchers look under /usr/lib/jvm");
    }

    Check privileges() {
        long euid = libc_h.geteuid();
        if (euid == 0) return ok("privileges", "root (uid 0)");
        long capEff = capabilities();
        String[] needed = {"CAP_SYS_ADMIN:21", "CAP_SYS_PTRACE:19", "CAP_CHECKPOINT_RESTORE:40", "CAP_SETUID:7",
                "CAP_SETGID:6", "CAP_NET_ADMIN:12", "CAP_SYS_RESOURCE:24", "CAP_KILL:5"};
        List<String> missing = new ArrayList<>();
        for (String n : needed) {
            int bit = Integer.parseInt(n.substring(n.indexOf(':') + 1));
            if ((capEff & (1L << bit)) == 0) missing.add(n.substring(0, n.indexOf(':')));
        }
        return missing.isEmpty()
                ? ok("privileges", "uid " + euid + " with the needed capabilities")
                : fail("privileges", "uid " + euid + " lacks " + String.join(", ", missing),
                        "run as root (sudo), or grant those capabilities");
    }

    private static long capabilities() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) return Long.parseUnsignedLong(line.substring(7).strip(), 16);
            }
        } catch (IOException e) {
            // fall through: no capabilities known
        }
        return 0;
    }

    Check devFuse() {
        Path fuse = Path.of("/dev/fuse");
        if (!Files.exists(fuse)) {
            return fail("/dev/fuse", "missing", "modprobe fuse (or mknod /dev/fuse c 10 229); in a container, pass --device /dev/fuse");
        }
        try (var ch = Files.newByteChannel(fuse, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return ok("/dev/fuse", "present and opens read-write");
        } catch (IOException e) {
            return fail("/dev/fuse", "cannot open: " + e.getMessage(), "run as root, or chmod 0666 /dev/fuse");
        }
    }

    Check libfuse() {
        try {
            String v = NativeLibraries.loadFuse(home);
            return ok("libfuse", v + " at " + home.libfuse() + " (bindings: " + NativeLibraries.FUSE_SERIES + "x)");
        } catch (RuntimeException e) {
            return fail("libfuse", e.getMessage(), SETUP);
        }
    }

    Check libcriu() {
        try {
            NativeLibraries.loadCriu(home);
        } catch (RuntimeException e) {
            return fail("libcriu", e.getMessage(), SETUP);
        }
        try (CriuService criu = CriuService.start(home, runtimeDir)) {
            int v = criu.requireBindingsVersion();
            return ok("libcriu", "CRIU " + v / 10000 + "." + v / 100 % 100 + "." + v % 100
                    + " answers through libcriu's service mode (" + home.libcriu() + ")");
        } catch (IOException | RuntimeException e) {
            return fail("libcriu", e.getMessage(), SETUP);
        }
    }

    Check criuCheck() {
        Path criu = home.criuBinary();
        if (!Files.isExecutable(criu)) return fail("criu check", "no criu at " + criu, SETUP);
        try {
            Process p = new ProcessBuilder(criu.toString(), "check").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return fail("criu check", "timed out", "run '" + criu + " check' by hand to see why");
            }
            String last = out.isEmpty() ? "" : out.lines().reduce((a, b) -> b).orElse("");
            return p.exitValue() == 0 && out.contains("Looks good")
                    ? ok("criu check", last)
                    : fail("criu check", "exit " + p.exitValue() + ": " + last,
                            "run '" + criu + " check' to see what the kernel lacks");
        } catch (IOException e) {
            return fail("criu check", e.getMessage(), SETUP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("criu check", "interrupted", "run again");
        }
    }

    Check helper() {
        try (HelperClient helper = HelperClient.start(home, runtimeDir)) {
            long[] hello = helper.hello();
            return ok("deltabox-helper", "protocol " + hello[0] + ", answered from pid " + hello[1]);
        } catch (IOException | RuntimeException e) {
            return fail("deltabox-helper", e.getMessage(), BUILD);
        }
    }

    Check kernel() {
        String release = System.getProperty("os.version");
        int[] v = kernelVersion(release);
        return v[0] > 6 || (v[0] == 6 && v[1] >= 9)
                ? ok("kernel", "Linux " + release)
                : warn("kernel", "Linux " + release + " is older than 6.9: no FUSE passthrough",
                        "use a 6.9+ kernel for passthrough reads and writes");
    }

    Check fusePassthrough() {
        return configFeature("FUSE passthrough", "CONFIG_FUSE_PASSTHROUGH", "fuse_passthrough_open",
                "data I/O is served from Java instead (slower)");
    }

    Check pagemapScan() {
        // The ioctl has no config option of its own (it came with 6.7 under PROC_PAGE_MONITOR).
        if (kallsymsHas("do_pagemap_scan")) return ok("PAGEMAP_SCAN", "kernel has do_pagemap_scan");
        int[] v = kernelVersion(System.getProperty("os.version"));
        boolean recent = v[0] > 6 || (v[0] == 6 && v[1] >= 7);
        return recent && "y".equals(kernelConfig.get("CONFIG_PROC_PAGE_MONITOR"))
                ? ok("PAGEMAP_SCAN", "Linux >= 6.7 with CONFIG_PROC_PAGE_MONITOR=y")
                : warn("PAGEMAP_SCAN", "not available: dirty pages are found by comparing page frame numbers only",
                        "use a 6.7+ kernel with CONFIG_PROC_PAGE_MONITOR=y");
    }

    Check userfaultfd() {
        return configFeature("userfaultfd", "CONFIG_USERFAULTFD", "__x64_sys_userfaultfd",
                "write-protect tracking is unavailable");
    }

    private Check configFeature(String name, String option, String symbol, String consequence) {
        String value = kernelConfig.get(option);
        if (value != null) {
            return value.equals("y") || value.equals("m")
                    ? ok(name, option + "=" + value)
                    : warn(name, option + " is not set: " + consequence, "use a kernel built with " + option + "=y");
        }
        if (kallsymsHas(symbol)) return ok(name, "kernel exports " + symbol + " (no kernel config to read)");
        return warn(name, "cannot tell (no /proc/config.gz, no " + symbol + " in /proc/kallsyms): " + consequence,
                "use a kernel built with " + option + "=y");
    }

    Check pidfd() {
        int fd = libc_h.pidfd_open(libc_h.getpid(), 0);
        if (fd < 0) return fail("pidfd", "pidfd_open failed", "use a kernel >= 5.3");
        libc_h.close(fd);
        return ok("pidfd", "pidfd_open works");
    }

    Check clone3() {
        // clone3(NULL, 0) is refused with EINVAL by a kernel that has clone3, ENOSYS otherwise.
        FunctionDescriptor desc = libc_h.syscall.baseDescriptor().appendArgumentLayouts(libc_h.C_POINTER, libc_h.C_LONG);
        MethodHandle syscall = Errno.capturing(libc_h.syscall.address(), desc, Linker.Option.firstVariadicArg(1));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Errno.allocate(arena);
            long rc = (long) syscall.invokeExact(state, (long) libc_h.SYS_clone3(), MemorySegment.NULL, 0L);
            int errno = Errno.of(state);
            if (rc < 0 && errno == libc_h.EINVAL()) return ok("clone3", "available");
            return fail("clone3", "clone3 probe returned " + rc + " errno " + errno,
                    "use a kernel >= 5.3");
        } catch (Throwable t) {
            return fail("clone3", "probe failed: " + t, "report this");
        }
    }

    Check namespaces() {
        String[] kinds = {"mnt", "pid", "uts", "ipc", "net", "cgroup", "user"};
        List<String> missing = new ArrayList<>();
        for (String k : kinds) if (!Files.exists(Path.of("/proc/self/ns", k))) missing.add(k);
        return missing.isEmpty()
                ? ok("namespaces", String.join(", ", kinds))
                : fail("namespaces", "missing: " + String.join(", ", missing),
                        "use a kernel with CONFIG_" + missing.getFirst().toUpperCase() + "_NS=y");
    }

    Check cgroups() {
        List<String> v1 = new ArrayList<>();
        String v2 = null;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
                String[] f = line.split(" ");
                if (f.length < 4) continue;
                if (f[2].equals("cgroup2")) v2 = f[1];
                if (f[2].equals("cgroup")) {
                    for (String opt : f[3].split(",")) if (opt.equals("memory") || opt.equals("pids")) v1.add(opt + "@" + f[1]);
                }
            }
        } catch (IOException e) {
            return warn("cgroups", "cannot read /proc/mounts: " + e.getMessage(), "mount /proc");
        }
        String v2Controllers = "";
        if (v2 != null) {
            try {
                v2Controllers = Files.readString(Path.of(v2, "cgroup.controllers")).strip();
            } catch (IOException ignored) {
                // an unreadable cgroup2 root just has no controllers for us
            }
        }
        boolean v2Usable = v2Controllers.contains("memory") && v2Controllers.contains("pids");
        String detail = "v1 " + (v1.isEmpty() ? "none" : String.join(" ", v1)) + "; v2 "
                + (v2 == null ? "not mounted" : "at " + v2 + " controllers [" + v2Controllers + "]");
        return v2Usable || v1.size() >= 2
                ? ok("cgroups", detail + " (memory and pids limits available)")
                : warn("cgroups", detail + ": memory/pids limits unavailable", "mount the memory and pids controllers");
    }

    Check softDirty() {
        String v = kernelConfig.get("CONFIG_MEM_SOFT_DIRTY");
        if ("y".equals(v)) return ok("soft-dirty tracking", "on (CONFIG_MEM_SOFT_DIRTY=y)");
        return note("soft-dirty tracking", "OFF on this kernel (CONFIG_MEM_SOFT_DIRTY "
                + (v == null ? "unknown" : "not set") + "): CRIU --track-mem incremental dumps do not work; "
                + "DeltaBox finds changed pages by comparing page frames of consecutive templates instead");
    }

    private static int[] kernelVersion(String release) {
        String[] p = release.split("[.-]");
        try {
            return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        } catch (RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    private static boolean kallsymsHas(String symbol) {
        try (var lines = Files.lines(Path.of("/proc/kallsyms"))) {
            return lines.anyMatch(l -> l.endsWith(" " + symbol));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static Map<String, String> readKernelConfig() {
        Map<String, String> config = new HashMap<>();
        Path gz = Path.of("/proc/config.gz");
        Path plain = Path.of("/boot/config-" + System.getProperty("os.version"));
        try (InputStream in = Files.exists(gz) ? new GZIPInputStream(Files.newInputStream(gz))
                : Files.exists(plain) ? Files.newInputStream(plain) : null) {
            if (in == null) return config;
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.startsWith("CONFIG_") && eq > 0) config.put(line.substring(0, eq), line.substring(eq + 1));
                else if (line.startsWith("# CONFIG_") && line.endsWith(" is not set")) {
                    config.put(line.substring(2, line.indexOf(' ', 2)), "n");
                }
            }
        } catch (IOException e) {
            // no config: features are judged from /proc/kallsyms instead
        }
        return config;
    }
}
