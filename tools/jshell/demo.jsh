// DeltaBox API walk-through, step by step. Run it with: tools/jshell-demo
// Each step prints what it does; the box lives in a temporary state directory.
import dev.deltabox.runtime.box.*;
import java.nio.file.*;
import java.time.Duration;

void step(String what) { System.out.println("\n== " + what); }
void show(ExecResult r) { System.out.print(r.stdout()); System.out.print(r.stderr()); System.out.println("   (exit " + r.exitCode() + ", " + r.duration().toMillis() + " ms)"); }

step("1. Create a box: the host's / as a read-only base, private namespaces, a bash session")
Path state = Files.createTempDirectory("deltabox-demo-")
Box box = Box.create(new BoxOptions().stateDir(state).hostname("demo"))
show(box.exec("hostname; pwd; echo \"pid $$ of $(ls /proc | grep -c '^[0-9]') processes in the box\""))

step("2. The session persists: cwd, variables and functions survive between calls")
box.exec("mkdir -p project && cd project && GREETING=hello && greet() { echo \"$GREETING, $1\"; }")
show(box.exec("pwd; greet world"))

step("3. Write files from the host (confined to the box) and from inside")
box.files().writeString("/workspace/project/notes.txt", "first line\n")
show(box.exec("echo second line >> notes.txt; cat notes.txt"))

step("4. Checkpoint files and processes together")
Checkpoint start = box.checkpoint("start")
System.out.printf("checkpoint %s in %.2f ms%n", start.label(), start.took().toNanos() / 1e6)

step("5. Break things: delete the file, change the variable, redefine the function")
show(box.exec("rm notes.txt; GREETING=goodbye; greet() { echo broken; }; greet world; ls"))

step("6. Roll back: the file, the variable and the function are back")
long t0 = System.nanoTime()
box.rollback(start)
System.out.printf("rollback in %.2f ms%n", (System.nanoTime() - t0) / 1e6)
show(box.exec("greet world; cat notes.txt"))

step("7. Fork: three independent boxes from the checkpoint, each writes its own file")
List<Box> kids = box.fork(start, 3)
for (int i = 0; i < kids.size(); i++) kids.get(i).exec("echo child " + i + " > mine.txt");
for (Box k : kids) show(k.exec("hostname; cat mine.txt; greet fork"))
show(box.exec("ls"))

step("8. The checkpoint tree")
box.tree().forEach(c -> System.out.println("  " + c.label() + " parent " + c.parent() + " at " + c.time()))

step("9. Close: sessions end, mounts go; the state directory keeps every checkpoint")
kids.forEach(Box::close)
box.close()
System.out.println("state kept in " + state)
/exit
