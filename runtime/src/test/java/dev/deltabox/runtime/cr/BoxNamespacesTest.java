package dev.deltabox.runtime.cr;

import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Boxes on real namespaces: each box's root is a non-recursive bind mount of the host's "/"
 * (so the host's /proc, /dev and other mounts do not show through), with a host directory bound
 * at /srv as the box's own work directory. What is checked is what a box user relies on: the
 * box's processes only, its hostname, loopback-only network, no host files outside the root,
 * working /dev, template fork/rollback staying in the box, rollback into another box, and
 * destroy killing everything.
 */
// A hang guard (a pipe read that never returns), never a latency bound.
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoxNamespacesTest {

    private static final List<String> PYTHON = List.of("/usr/bin/python3", "-i", "-u", "-q");
    private static final List<String> SHELL = List.of("/bin/sh");
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");
    private static final Path WORK = Path.of("/srv");

    @TempDir
    Path dir;

    private HelperClient helper;
    private ForkCheckpointer cr;
    private final Deque<Path> mounts = new ArrayDeque<>(); // unmounted last-first
    private final List<BoxNamespaces> boxes = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        helper = HelperClient.start(DeltaBoxHome.detect(), dir.resolve("run"));
        cr = new ForkCheckpointer(helper);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            cr.close();
        } catch (CheckpointException e) {
            // a process already gone with its box
        }
        for (BoxNamespaces b : boxes) b.destroy();
        raw.forEach(LiveProcess::close); // killed with their boxes
        helper.close();
        while (!mounts.isEmpty()) {
            Path m = mounts.pop();
            if (run("umount", m.toString()) != 0) run("umount", "-l", m.toString());
        }
        String table = Files.readString(Path.of("/proc/mounts"));
        assertFalse(table.contains(dir.toString()), "a test mount was left behind:\n" + table);
    }

    /** A box root: the host's "/" bound non-recursively, with {@code work} (a host directory) at /srv. */
    private Path root(String name, Path work) throws IOException {
        Path root = Files.createDirectories(dir.resolve(name));
        mount(root, "--bind", "/", root.toString());
        mount(null, "--make-private", root.toString());
        Path srv = root.resolve(WORK.toString().substring(1));
        mount(srv, "--bind", work.toString(), srv.toString());
        return root;
    }

    private void mount(Path mountPoint, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("mount"));
        cmd.addAll(List.of(args));
        assertEquals(0, run(cmd.toArray(String[]::new)), "mount " + String.join(" ", args));
        if (mountPoint != null) mounts.push(mountPoint);
    }

    private static int run(String... cmd) throws IOException {
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private Path work(String name, String who) throws IOException {
        Path w = Files.createDirectories(dir.resolve(name));
        Files.writeString(w.resolve("who"), who + "\n");
        return w;
    }

    private BoxNamespaces box(Path root, String hostname, boolean hostNetwork, BoxNamespaces parent) {
        BoxNamespaces b = BoxNamespaces.create(helper, root, hostname, hostNetwork, parent);
        boxes.add(b);
        return b;
    }

    private ReplSession shell(BoxNamespaces box) {
        return new ReplSession(cr.spawn(SHELL, ENV, WORK, box));
    }

    private ReplSession python(BoxNamespaces box) {
        ReplSession py = new ReplSession(cr.spawn(PYTHON, ENV, WORK, box));
        assertEquals("ready", py.ask("print('ready')"));
        return py;
    }

    @Test
    void aShellInABoxSeesOnlyTheBox() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        Path hostOnly = Path.of("/dev/shm/deltabox-boxtest-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.writeString(hostOnly, "host\n");
        try {
            ReplSession sh = shell(a);
            assertEquals("box-init", sh.sh("cat /proc/1/comm"), "PID 1 is the box init");
            int procs = Integer.parseInt(sh.sh("ls /proc | grep -c '^[0-9]'"));
            assertTrue(procs <= 5, "only the box's processes in /proc, saw " + procs);
            long helperPid = helper.hello()[1];
            assertEquals("absent", sh.sh("test -e /proc/" + helperPid + " && echo present || echo absent"));
            assertEquals("boxa", sh.sh("cat /proc/sys/kernel/hostname"));
            assertEquals("/srv", sh.sh("pwd"));
            assertEquals("A", sh.sh("cat who"), "the work directory bound into the root");
            assertEquals("lo", sh.sh("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | paste -sd, -"),
                    "only loopback");
            assertEquals("hidden", sh.sh("test -e " + hostOnly + " && echo visible || echo hidden"),
                    "a host tmpfs outside the root");
            assertEquals("ok", sh.sh("echo x > /dev/null && echo ok"));
            assertEquals("4", sh.sh("head -c 4 /dev/zero | wc -c"));
            assertEquals("16", sh.sh("head -c 16 /dev/urandom | wc -c"));
            assertEquals("pts/ptmx", sh.sh("readlink /dev/ptmx"));
            assertEquals("0", sh.sh("ls /dev/pts | grep -vc ptmx"), "a private devpts: no host terminals");
            assertEquals("0", sh.sh("echo $PPID"), "its parent, the helper, is outside the box");
            // the 19th field of /proc/PID/stat is the nice value: neither the helper's (it serves
            // at a higher priority) nor the one the box was set up at (lower) is passed on
            assertEquals("0 0", sh.sh("echo $(cut -d' ' -f19 /proc/1/stat) $(cut -d' ' -f19 /proc/$$/stat)"));
        } finally {
            Files.deleteIfExists(hostOnly);
        }
    }

    @Test
    void loopbackWorksAndHostNetworkIsOptIn() throws Exception {
        Path root = root("rootA", work("workA", "A"));
        BoxNamespaces isolated = box(root, "iso", false, null);
        ReplSession py = python(isolated);
        assertEquals("ok", py.ask("import socket\ns = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()\n"
                + "c = socket.create_connection(s.getsockname(), timeout=5); print('ok')"), "loopback is up");
        assertEquals("['lo']", py.ask("print([n for _, n in socket.if_nameindex()])"));

        BoxNamespaces shared = box(root, "hostnet", true, null);
        ReplSession sh = shell(shared);
        long hostIfaces;
        try (Stream<String> lines = Files.lines(Path.of("/proc/net/dev"))) {
            hostIfaces = lines.skip(2).count();
        }
        assertEquals(String.valueOf(hostIfaces), sh.sh("tail -n +3 /proc/net/dev | wc -l"), "the host's interfaces");
        assertEquals("hostnet", sh.sh("cat /proc/sys/kernel/hostname"), "still its own UTS namespace");
    }

    @Test
    void pythonForkedAndRolledBackInABoxStaysInIt() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        ReplSession py = python(a);
        String ns = py.ask("import os, socket; print(os.readlink('/proc/self/ns/pid'), os.readlink('/proc/self/ns/mnt'))");
        py.run("x = 'checkpointed'; f = open('who')");
        ForkCheckpointer.Template t = cr.checkpoint(py.p);
        py.run("x = 'changed'; os.chdir('/')");
        ReplSession back = new ReplSession(cr.rollback(t, py.p));
        assertEquals("checkpointed /srv boxa A", back.ask("print(x, os.getcwd(), socket.gethostname(), f.read().strip())"));
        assertEquals(ns, back.ask("print(os.readlink('/proc/self/ns/pid'), os.readlink('/proc/self/ns/mnt'))"),
                "the same PID and mount namespaces");
        assertEquals("box-init", back.ask("print(open('/proc/1/comm').read().strip())"));
        int pid = Integer.parseInt(back.ask("print(os.getpid())"));
        assertTrue(pid < 20, "numbered inside the box: " + pid);
    }

    @Test
    void aTemplateRollsBackIntoAChildBox() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        BoxNamespaces b = box(root("rootB", work("workB", "B")), "boxb", false, a);
        Files.writeString(dir.resolve("workB").resolve("only-in-b"), "b\n");
        ReplSession py = python(a);
        py.run("import os, socket\nx = {'k': [1, 2, 3]}\nf = open('who')");
        String nsA = py.ask("print(os.readlink('/proc/self/ns/pid'), os.readlink('/proc/self/ns/uts'), "
                + "os.readlink('/proc/self/ns/net'))");
        ForkCheckpointer.Template t = cr.checkpoint(py.p);
        py.run("x['k'].append(4)");

        ReplSession inB = new ReplSession(cr.rollback(t, null, b).process());
        assertEquals("boxb /srv [1, 2, 3] B True", inB.ask(
                "print(socket.gethostname(), os.getcwd(), x['k'], f.read().strip(), os.path.exists('only-in-b'))"),
                "B's hostname and files, the template's cwd path and objects, its open file re-opened in B");
        String nsB = inB.ask("print(os.readlink('/proc/self/ns/pid'), os.readlink('/proc/self/ns/uts'), "
                + "os.readlink('/proc/self/ns/net'))");
        for (int i = 0; i < 3; i++) {
            assertNotEquals(nsA.split(" ")[i], nsB.split(" ")[i], "namespace " + i + " is B's: " + nsA + " / " + nsB);
        }
        assertEquals("box-init 2", inB.ask("print(open('/proc/1/comm').read().strip(), "
                + "len([d for d in os.listdir('/proc') if d.isdigit()]))"), "B's init and itself only");

        assertEquals("boxa [1, 2, 3, 4] A False", py.ask(
                "print(socket.gethostname(), x['k'], open('who').read().strip(), os.path.exists('only-in-b'))"),
                "A's process is untouched");
        // and the template still forks into its own box afterwards
        ReplSession again = new ReplSession(cr.rollback(t, null, (BoxNamespaces) null).process());
        assertEquals("boxa [1, 2, 3] " + nsA, again.ask("print(socket.gethostname(), x['k'], "
                + "os.readlink('/proc/self/ns/pid'), os.readlink('/proc/self/ns/uts'), os.readlink('/proc/self/ns/net'))"));
    }

    @Test
    void forksOfForksChainThroughNestedBoxes() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "box0", false, null);
        ReplSession py = python(a);
        py.run("import os, socket\nhistory = ['box0']");
        BoxNamespaces current = a;
        for (int gen = 1; gen <= 3; gen++) {
            ForkCheckpointer.Template t = cr.checkpoint(py.p);
            BoxNamespaces next = box(root("root" + gen, work("work" + gen, "W" + gen)), "box" + gen, false, current);
            py = new ReplSession(cr.rollback(t, null, next).process());
            py.run("history.append(socket.gethostname())");
            current = next;
        }
        assertEquals("['box0', 'box1', 'box2', 'box3'] W3 /srv", py.ask("print(history, open('who').read().strip(), os.getcwd())"));
        // and within the last box, a checkpoint and rollback stay there
        ForkCheckpointer.Template t = cr.checkpoint(py.p);
        py.run("history.clear()");
        ReplSession back = new ReplSession(cr.rollback(t, py.p));
        assertEquals("box3 4", back.ask("print(socket.gethostname(), len(history))"));
    }

    @Test
    void aSpareMadeForAChildBoxIsTakenOnlyIntoThatBox() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        BoxNamespaces b = box(root("rootB", work("workB", "B")), "boxb", false, a);
        ReplSession py = python(a);
        py.run("import os, socket\nx = 7");
        ForkCheckpointer.Template t = cr.checkpoint(py.p);

        HelperClient.Spare forB = helper.prepareSpare(t.id(), 0, 0, b.initPid());
        HelperClient.RolledBack intoA = rollbackRaw(t, forB.id(), 0);
        assertFalse(intoA.warm(), "a spare for B is not used for a rollback into A's namespaces");
        HelperClient.RolledBack intoB = rollbackRaw(t, forB.id(), b.initPid());
        assertTrue(intoB.warm(), "the spare made for B");
        ReplSession inB = new ReplSession(raw.getLast());
        assertEquals("boxb 7 /srv B", inB.ask("print(socket.gethostname(), x, os.getcwd(), open('who').read().strip())"));
        ReplSession inA = new ReplSession(raw.getFirst());
        assertEquals("boxa 7", inA.ask("print(socket.gethostname(), x)"));

        // what a fork into another box costs the helper, beside one within the box
        HelperClient.RolledBack same = rollbackRaw(t, 0, 0), cross = rollbackRaw(t, 0, b.initPid());
        System.out.printf("helper time: rollback within the box %.2f ms, into the child box %.2f ms%n",
                same.helperNanos() / 1e6, cross.helperNanos() / 1e6);
    }

    private final List<LiveProcess> raw = new ArrayList<>();

    /** A rollback through HelperClient directly (spares into a box are not in ForkCheckpointer). */
    private HelperClient.RolledBack rollbackRaw(ForkCheckpointer.Template t, long spare, long box) {
        StdioPipes io = StdioPipes.create();
        HelperClient.RolledBack r = helper.rollback(t.id(), 0, spare, box, io.childIn, io.childOut, io.childErr);
        LiveProcess p = io.adopt(r.pid(), r.pidfd());
        raw.add(p);
        return r;
    }

    @Test
    void destroyKillsEveryProcessOfTheBoxAndItsMounts() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        ReplSession sh = shell(a);
        // an orphan (reparented to the box init) and a template of a python
        sh.send("(sleep 1000 &) ; echo started");
        assertEquals("started", sh.line());
        ReplSession py = python(a);
        ForkCheckpointer.Template t = cr.checkpoint(py.p);
        String pidNs = Files.readSymbolicLink(Path.of("/proc/" + a.initPid() + "/ns/pid")).toString();
        String mntNs = Files.readSymbolicLink(Path.of("/proc/" + a.initPid() + "/ns/mnt")).toString();
        assertTrue(processesIn(pidNs, "pid") >= 4, "init, shell, sleep, python, template");

        a.destroy();
        assertFalse(a.isAlive());
        assertEquals(0, processesIn(pidNs, "pid"), "no process left in the box's PID namespace");
        assertEquals(0, processesIn(mntNs, "mnt"), "nothing holds its mount namespace: its mounts are gone");
        assertFalse(sh.p.isAlive());
        assertFalse(py.p.isAlive());
        CheckpointException e = assertThrows(CheckpointException.class, () -> cr.rollback(t, null));
        assertEquals(CheckpointException.Reason.TEMPLATE_GONE, e.reason());
    }

    @Test
    void retiringABoxKeepsTheBoxesMadeInsideIt() throws Exception {
        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        BoxNamespaces b = box(root("rootB", work("workB", "B")), "boxb", false, a);
        ReplSession sh = shell(a);
        sh.send("(sleep 1000 &) ; echo started");
        assertEquals("started", sh.line());
        ReplSession py = python(a);
        py.run("import socket\nx = 5");
        ForkCheckpointer.Template t = cr.checkpoint(py.p);
        ReplSession inB = new ReplSession(cr.rollback(t, null, b).process());

        assertTrue(a.retire() >= 4, "shell, sleep, python, template");
        String pidNs = Files.readSymbolicLink(Path.of("/proc/" + a.initPid() + "/ns/pid")).toString();
        assertEquals(1, processesIn(pidNs, "pid"), "only A's init is left in A's own PID namespace");
        assertTrue(a.isAlive());
        assertEquals("boxb 5", inB.ask("print(socket.gethostname(), x)"), "B's process runs on");

        a.destroy();
        assertFalse(b.isAlive(), "a box dies with the box it was made inside");
    }

    /**
     * Boxes started together (BOX_START) set themselves up while the helper serves other
     * requests; each is then finished into a box of its own. A failed setup is reported by the
     * finish, and a started box that is discarded leaves no process behind.
     */
    @Test
    void boxesStartedTogetherAreEachTheirOwn() throws Exception {
        List<BoxNamespaces.Pending> started = new ArrayList<>();
        for (String n : List.of("a", "b", "c")) {
            started.add(BoxNamespaces.start(helper, root("root" + n, work("work" + n, n.toUpperCase())), "box" + n, false,
                    null));
        }
        BoxNamespaces.Pending missing = BoxNamespaces.start(helper, dir.resolve("no-such-root"), "x", false, null);
        BoxNamespaces.Pending unwanted = BoxNamespaces.start(helper, root("rootd", work("workd", "D")), "boxd", false, null);
        // another request in between: the helper is not held up by the boxes' setup
        assertEquals(helper.pid(), helper.hello()[1]);
        for (int i = 0; i < 3; i++) {
            BoxNamespaces b = started.get(i).finish();
            boxes.add(b);
            String n = List.of("a", "b", "c").get(i);
            ReplSession sh = shell(b);
            assertEquals("box" + n, sh.sh("hostname"));
            assertEquals(n.toUpperCase(), sh.sh("cat who"));
        }
        assertThrows(IllegalStateException.class, () -> started.get(0).finish(), "finished once only");
        HelperException failed = assertThrows(HelperException.class, missing::finish);
        assertTrue(failed.getMessage().contains("No such file"), failed.getMessage());
        unwanted.discard();
        long hp = helper.pid();
        String inits = sh("for c in $(cat /proc/" + hp + "/task/" + hp + "/children); do cat /proc/$c/comm; done"
                + " | grep -c box-init || true");
        assertEquals("3", inits, "the helper's children: the three finished boxes' inits only");
        HelperException unknown = assertThrows(HelperException.class, () -> helper.finishBox(999_999));
        assertTrue(unknown.getMessage().contains("not a box on its way"), unknown.getMessage());
    }

    private static String sh(String script) throws IOException {
        Process p = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void badInputIsAClearError() throws Exception {
        HelperException missing = assertThrows(HelperException.class,
                () -> BoxNamespaces.create(helper, dir.resolve("no-such-root"), "x", false, null));
        assertTrue(missing.getMessage().contains("No such file"), missing.getMessage());

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        HelperException notDir = assertThrows(HelperException.class,
                () -> BoxNamespaces.create(helper, file, "x", false, null));
        assertTrue(notDir.getMessage().contains("Not a directory"), notDir.getMessage());

        // a root without /srv to bind: the helper creates /proc and /dev mount points only
        Path bare = Files.createDirectories(dir.resolve("bare"));
        mount(bare, "-t", "tmpfs", "-o", "ro", "tmpfs", bare.toString());
        HelperException ro = assertThrows(HelperException.class,
                () -> BoxNamespaces.create(helper, bare, "x", false, null));
        assertTrue(ro.getMessage().contains("proc"), "names the failed step: " + ro.getMessage());

        HelperException unknown = assertThrows(HelperException.class,
                () -> helper.spawn(SHELL, ENV, null, 0, 1, 2, 999_999));
        assertTrue(unknown.getMessage().contains("not a box"), unknown.getMessage());
        assertThrows(HelperException.class, () -> helper.createBox(dir, "x", false, 999_999), "unknown parent box");

        BoxNamespaces a = box(root("rootA", work("workA", "A")), "boxa", false, null);
        BoxNamespaces other = box(root("rootB", work("workB", "B")), "other", false, null);
        CheckpointException noExec = assertThrows(CheckpointException.class,
                () -> cr.spawn(List.of("/no/such/program"), ENV, WORK, a));
        assertTrue(noExec.getMessage().contains("cannot start"), noExec.getMessage());
        CheckpointException noCwd = assertThrows(CheckpointException.class,
                () -> cr.spawn(SHELL, ENV, Path.of("/no/such/dir"), a));
        assertTrue(noCwd.getMessage().contains("No such file"), noCwd.getMessage());
        ReplSession py = python(a);
        ForkCheckpointer.Template t = cr.checkpoint(py.p);
        CheckpointException sideways = assertThrows(CheckpointException.class, () -> cr.rollback(t, null, other));
        assertTrue(sideways.getMessage().contains("not inside"), sideways.getMessage());
        // the failed attempt left the template whole
        ReplSession back = new ReplSession(cr.rollback(t, null));
        assertEquals("boxa", back.ask("import socket; print(socket.gethostname())"));
        CheckpointException init = assertThrows(CheckpointException.class,
                () -> cr.checkpoint(new LiveProcess(a.initPid(), -1, -1, -1, -1)));
        assertTrue(init.getMessage().contains("box's init"), init.getMessage());
    }

    /** Host processes whose namespace of {@code kind} is {@code ns}. */
    private static long processesIn(String ns, String kind) throws IOException {
        long n = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) continue;
                try {
                    if (Files.readSymbolicLink(p.resolve("ns").resolve(kind)).toString().equals(ns)) n++;
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        }
        return n;
    }
}
