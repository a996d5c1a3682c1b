/*
 * Running syscalls inside another process by ptrace, without its cooperation.
 *
 * The method: stop the process in an event stop (PTRACE_INTERRUPT), save its registers, point
 * its instruction pointer at a `syscall` instruction in its [vdso] with the syscall's number
 * and arguments in registers and orig_rax = -1 (so the kernel does not try to restart what
 * the process was doing), and step it through the syscall's entry and exit stops.
 *
 * Getting back: an interrupted syscall (a blocked read, nanosleep) must be restarted by the
 * kernel, never emulated. The kernel restarts only on the way out of signal handling, so from
 * the last syscall-exit stop we PTRACE_INTERRUPT + PTRACE_CONT into an event stop inside
 * get_signal() and restore the original registers there; when the process resumes, the
 * kernel sees orig_rax and -ERESTART* in rax and restarts the syscall (with its restart block
 * for nanosleep) exactly as after a stop signal.
 */
#define _GNU_SOURCE
#include "helper.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define TRACE_OPTIONS (PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_EXITKILL)

enum stop_kind { STOP_EVENT, STOP_SYSCALL, STOP_FORK, STOP_STUB_DONE };

/*
 * The call stub (tracee_batch): copied into a tracee, it runs a table of syscalls there without
 * a ptrace stop between them, then stops on its int3. rbx: the table (struct tracee_call[]),
 * r12: how many. Position-independent; uses no stack (the tracee's red zone stays intact).
 */
__asm__(".pushsection .text\n"
	".globl dbh_stub_begin\n"
	".globl dbh_stub_end\n"
	"dbh_stub_begin:\n"
	"1:	mov 64(%rbx), %rcx\n"      /* the indirect mask */
	"	xor %edx, %edx\n"
	"2:	test $1, %cl\n"
	"	jz 3f\n"
	"	mov 8(%rbx,%rdx,8), %rax\n"
	"	movslq (%rax), %rax\n"     /* the int that address holds */
	"	mov %rax, 8(%rbx,%rdx,8)\n"
	"3:	shr $1, %rcx\n"
	"	inc %edx\n"
	"	cmp $6, %edx\n"
	"	jb 2b\n"
	"	mov 0(%rbx), %rax\n"
	"	mov 8(%rbx), %rdi\n"
	"	mov 16(%rbx), %rsi\n"
	"	mov 24(%rbx), %rdx\n"
	"	mov 32(%rbx), %r10\n"
	"	mov 40(%rbx), %r8\n"
	"	mov 48(%rbx), %r9\n"
	"	syscall\n"
	"	mov %rax, 56(%rbx)\n"
	"	cmp $-4095, %rax\n"       /* -errno: stop here */
	"	jae 4f\n"
	"	add $80, %rbx\n"
	"	dec %r12\n"
	"	jnz 1b\n"
	"4:	int3\n"
	"dbh_stub_end:\n"
	".popsection\n");
extern const unsigned char dbh_stub_begin[], dbh_stub_end[];

#define STUB_SIZE ((size_t)(dbh_stub_end - dbh_stub_begin))
_Static_assert(sizeof(struct tracee_call) == 80, "the stub's table layout");

static int errf(struct tracee *t, int err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->err, sizeof(t->err), fmt, ap);
	va_end(ap);
	return -err;
}

/*
 * Waits for the tracee's next stop that is not a signal-delivery stop. Signal-delivery stops
 * (a signal arriving while we work) are stashed, and the tracee is resumed with `resume`
 * without the signal: it gets the signal again later, when it is itself again.
 * Returns an enum stop_kind, or -errno (-ESRCH: it died, and was reported as ended).
 */
static int next_stop(struct tracee *t, int resume, int *stopsig)
{
	for (;;) {
		int st;
		if (waitpid(t->pid, &st, __WALL) < 0) {
			if (errno == EINTR)
				continue;
			return errf(t, errno, "waitpid(%d): %s", t->pid, strerror(errno));
		}
		if (WIFEXITED(st)) {
			process_ended(t->pid, CLD_EXITED, WEXITSTATUS(st));
			return errf(t, ESRCH, "process %d exited (status %d)", t->pid, WEXITSTATUS(st));
		}
		if (WIFSIGNALED(st)) {
			process_ended(t->pid, WCOREDUMP(st) ? CLD_DUMPED : CLD_KILLED, WTERMSIG(st));
			return errf(t, ESRCH, "process %d was killed by signal %d", t->pid, WTERMSIG(st));
		}
		if (!WIFSTOPPED(st))
			continue;
		int sig = WSTOPSIG(st);
		int event = (unsigned)st >> 16;
		if (stopsig)
			*stopsig = sig;
		if (event == PTRACE_EVENT_STOP)
			return STOP_EVENT;
		if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_CLONE || event == PTRACE_EVENT_VFORK)
			return STOP_FORK;
		if (sig == (SIGTRAP | 0x80))
			return STOP_SYSCALL;
		if (event == 0 && t->stub && (sig == SIGTRAP || sig == SIGSEGV || sig == SIGBUS || sig == SIGILL)) {
			struct user_regs_struct r;
			if (ptrace(PTRACE_GETREGS, t->pid, 0, &r) == 0 && r.rip >= t->stub && r.rip <= t->stub + STUB_SIZE) {
				if (sig == SIGTRAP && r.rip == t->stub + STUB_SIZE)
					return STOP_STUB_DONE;
				/* its page was changed by the process itself: no more batches through it */
				unsigned long stub = t->stub;
				t->stub = 0;
				return errf(t, EFAULT, "signal %d in the call stub at %#lx of %d: its page was changed", sig,
					    stub, t->pid);
			}
		}
		if (event == 0) {
			siginfo_t si;
			if (t->stash && t->stash->n < SIGSTASH_MAX &&
			    ptrace(PTRACE_GETSIGINFO, t->pid, 0, &si) == 0) {
				t->stash->info[t->stash->n] = si;
				t->stash->shared[t->stash->n] = 0;
				t->stash->n++;
			} else if (!t->stash) {
				logf_("signal %d to template %d dropped: templates stay frozen", sig, t->pid);
			}
		}
		if (ptrace(resume, t->pid, 0, 0) < 0)
			return errf(t, errno, "resuming %d: %s", t->pid, strerror(errno));
	}
}

int tracee_seize_begin(struct tracee *t)
{
	t->at_syscall_exit = 0;
	if (ptrace(PTRACE_SEIZE, t->pid, 0, TRACE_OPTIONS) < 0)
		return errf(t, errno, "PTRACE_SEIZE %d: %s%s", t->pid, strerror(errno),
			    errno == EPERM ? " (is another tracer attached?)" : "");
	if (ptrace(PTRACE_INTERRUPT, t->pid, 0, 0) < 0)
		return errf(t, errno, "PTRACE_INTERRUPT %d: %s", t->pid, strerror(errno));
	return 0;
}

int tracee_seize_wait(struct tracee *t)
{
	int sig = 0;
	int k = next_stop(t, PTRACE_CONT, &sig);
	if (k < 0)
		return k;
	if (k != STOP_EVENT)
		return errf(t, EPROTO, "process %d made an unexpected ptrace stop (%d)", t->pid, k);
	if (sig != SIGTRAP) /* a group-stop: SIGSTOP / SIGTSTP had stopped it before we came */
		return errf(t, EBUSY, "process %d is stopped by job control (signal %d)", t->pid, sig);
	return 0;
}

int tracee_seize_stop(struct tracee *t)
{
	int rc = tracee_seize_begin(t);
	return rc < 0 ? rc : tracee_seize_wait(t);
}

int tracee_wait_new_child(struct tracee *t)
{
	t->at_syscall_exit = 0;
	int k = next_stop(t, PTRACE_CONT, NULL);
	if (k < 0)
		return k;
	if (k != STOP_EVENT)
		return errf(t, EPROTO, "new process %d made an unexpected first stop (%d)", t->pid, k);
	return 0;
}

/* Offset of a `syscall` instruction (0f 05) in the vDSO image; every 64-bit process maps the
 * same image, so the helper's own copy tells where it is in any tracee's. */
static long vdso_syscall_offset(void)
{
	static long cached = -2;
	if (cached != -2)
		return cached;
	cached = -1;
	const unsigned char *base = (const unsigned char *)getauxval(AT_SYSINFO_EHDR);
	if (!base)
		return cached;
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	size_t size = 0;
	for (int i = 0; i < eh->e_phnum; i++) {
		const Elf64_Phdr *ph = (const Elf64_Phdr *)(base + eh->e_phoff + (size_t)i * eh->e_phentsize);
		if (ph->p_type == PT_LOAD && ph->p_offset + ph->p_filesz > size)
			size = ph->p_offset + ph->p_filesz;
	}
	for (size_t i = 0; i + 1 < size; i++)
		if (base[i] == 0x0f && base[i + 1] == 0x05) {
			cached = (long)i;
			break;
		}
	return cached;
}

static unsigned long vdso_base_of(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/auxv", pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	Elf64_auxv_t aux[64];
	ssize_t n = read(fd, aux, sizeof(aux));
	close(fd);
	for (ssize_t i = 0; n > 0 && i < n / (ssize_t)sizeof(aux[0]); i++)
		if (aux[i].a_type == AT_SYSINFO_EHDR)
			return aux[i].a_un.a_val;
	return 0;
}

int tracee_prepare(struct tracee *t, const struct tracee *like)
{
	if (ptrace(PTRACE_GETREGS, t->pid, 0, &t->base) < 0)
		return errf(t, errno, "PTRACE_GETREGS %d: %s", t->pid, strerror(errno));
	if (like) {
		t->syscall_insn = like->syscall_insn;
		t->scratch = like->scratch;
		return 0;
	}
	long off = vdso_syscall_offset();
	unsigned long vdso = vdso_base_of(t->pid);
	if (off < 0 || !vdso)
		return errf(t, ENOTSUP, "process %d has no [vdso] to borrow a syscall instruction from", t->pid);
	t->syscall_insn = vdso + (unsigned long)off;
	unsigned char insn[2];
	if (tracee_read(t, t->syscall_insn, insn, 2) < 0 || insn[0] != 0x0f || insn[1] != 0x05)
		return errf(t, ENOTSUP, "process %d's [vdso] is not the kernel's 64-bit image", t->pid);
	/* Below the x86-64 red zone the stack is dead: safe to overwrite with syscall arguments.
	 * The main stack is mapped well below the pointer (the kernel maps 128 KiB up front). */
	t->scratch = (t->base.rsp - 128 - SCRATCH_SIZE) & ~63UL;
	return 0;
}

/* After a fork event stop of an injected clone(): notes the new process and resumes with `resume`. */
static int fork_followed(struct tracee *t, int resume)
{
	unsigned long child = 0;
	ptrace(PTRACE_GETEVENTMSG, t->pid, 0, &child);
	t->last_child = (pid_t)child;
	if (ptrace(resume, t->pid, 0, 0) < 0)
		return errf(t, errno, "resuming %d after its fork: %s", t->pid, strerror(errno));
	return 0;
}

/* The next syscall stop of an injected syscall, noting the pid of a process it forks on the way. */
static int syscall_stop(struct tracee *t, long nr)
{
	for (;;) {
		int k = next_stop(t, PTRACE_SYSCALL, NULL);
		if (k < 0)
			return k;
		if (k == STOP_FORK) {
			if ((k = fork_followed(t, PTRACE_SYSCALL)) < 0)
				return k;
			continue;
		}
		if (k != STOP_SYSCALL)
			return errf(t, EPROTO, "process %d stopped unexpectedly during syscall %ld", t->pid, nr);
		return 0;
	}
}

int tracee_syscall_begin(struct tracee *t, long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
	struct user_regs_struct r = t->base;
	r.rip = t->syscall_insn;
	r.rax = nr;
	r.orig_rax = -1; /* no restart of whatever the tracee was doing before */
	r.rdi = a0;
	r.rsi = a1;
	r.rdx = a2;
	r.r10 = a3;
	r.r8 = a4;
	r.r9 = a5;
	if (ptrace(PTRACE_SETREGS, t->pid, 0, &r) < 0)
		return errf(t, errno, "PTRACE_SETREGS %d: %s", t->pid, strerror(errno));
	int rc;
	if (ptrace(PTRACE_SYSCALL, t->pid, 0, 0) < 0)
		return errf(t, errno, "PTRACE_SYSCALL %d: %s", t->pid, strerror(errno));
	if ((rc = syscall_stop(t, nr)) < 0) /* its entry */
		return rc;
	if (ptrace(PTRACE_SYSCALL, t->pid, 0, 0) < 0)
		return errf(t, errno, "PTRACE_SYSCALL %d: %s", t->pid, strerror(errno));
	return 0;
}

int tracee_syscall_end(struct tracee *t, long nr, long *ret)
{
	struct user_regs_struct r;
	int rc = syscall_stop(t, nr); /* its exit */
	if (rc < 0)
		return rc;
	t->at_syscall_exit = 1;
	if (ptrace(PTRACE_GETREGS, t->pid, 0, &r) < 0)
		return errf(t, errno, "PTRACE_GETREGS %d: %s", t->pid, strerror(errno));
	*ret = (long)r.rax;
	return 0;
}

int tracee_syscall(struct tracee *t, long *ret, long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
	int rc = tracee_syscall_begin(t, nr, a0, a1, a2, a3, a4, a5);
	return rc < 0 ? rc : tracee_syscall_end(t, nr, ret);
}

int tracee_clone_begin(struct tracee *t, unsigned long flags, unsigned long child_tid)
{
	t->last_child = 0;
	/* x86-64 clone(flags, stack, parent_tid, child_tid, tls); stack 0: the child uses a copy
	 * of the parent's, at the same address */
	return tracee_syscall_begin(t, SYS_clone, (long)flags, 0, 0, (long)child_tid, 0, 0);
}

int tracee_clone_end(struct tracee *t, pid_t *child)
{
	long ret;
	int rc = tracee_syscall_end(t, SYS_clone, &ret);
	if (rc < 0)
		return rc;
	if (ret < 0)
		return errf(t, (int)-ret, "clone() inside %d failed: %s", t->pid, strerror((int)-ret));
	/* clone() returns the pid as the tracee's PID namespace numbers it (inside a box: not ours);
	 * the fork event reports it as ours */
	if (t->last_child <= 0)
		return errf(t, EPROTO, "clone() inside %d returned %ld but ptrace reported no new process", t->pid,
			    ret);
	*child = t->last_child;
	return 0;
}

int tracee_clone(struct tracee *t, unsigned long flags, unsigned long child_tid, pid_t *child)
{
	int rc = tracee_clone_begin(t, flags, child_tid);
	return rc < 0 ? rc : tracee_clone_end(t, child);
}

int tracee_settle(struct tracee *t)
{
	if (!t->at_syscall_exit)
		return 0;
	if (ptrace(PTRACE_INTERRUPT, t->pid, 0, 0) < 0 || ptrace(PTRACE_CONT, t->pid, 0, 0) < 0)
		return errf(t, errno, "interrupting %d after a syscall: %s", t->pid, strerror(errno));
	int k = next_stop(t, PTRACE_CONT, NULL);
	if (k < 0)
		return k;
	if (k != STOP_EVENT)
		return errf(t, EPROTO, "process %d did not come back to an event stop (%d)", t->pid, k);
	t->at_syscall_exit = 0;
	return 0;
}

int tracee_set_regs(struct tracee *t, const struct user_regs_struct *regs)
{
	if (ptrace(PTRACE_SETREGS, t->pid, 0, regs) < 0)
		return errf(t, errno, "PTRACE_SETREGS %d: %s", t->pid, strerror(errno));
	return 0;
}

int tracee_detach(struct tracee *t)
{
	if (ptrace(PTRACE_DETACH, t->pid, 0, 0) < 0)
		return errf(t, errno, "PTRACE_DETACH %d: %s", t->pid, strerror(errno));
	return 0;
}

int tracee_write(struct tracee *t, unsigned long addr, const void *buf, size_t len)
{
	struct iovec local = { (void *)buf, len }, remote = { (void *)addr, len };
	ssize_t n = process_vm_writev(t->pid, &local, 1, &remote, 1, 0);
	if (n != (ssize_t)len)
		return errf(t, n < 0 ? errno : EFAULT, "writing %zu bytes at %#lx in %d: %s", len, addr, t->pid,
			    n < 0 ? strerror(errno) : "short write");
	return 0;
}

int tracee_read(struct tracee *t, unsigned long addr, void *buf, size_t len)
{
	struct iovec local = { buf, len }, remote = { (void *)addr, len };
	ssize_t n = process_vm_readv(t->pid, &local, 1, &remote, 1, 0);
	if (n != (ssize_t)len)
		return errf(t, n < 0 ? errno : EFAULT, "reading %zu bytes at %#lx in %d: %s", len, addr, t->pid,
			    n < 0 ? strerror(errno) : "short read");
	return 0;
}

int tracee_requeue_signals(struct tracee *t, const struct sigstash *s, int n)
{
	if (n <= 0)
		return 0;
	/* the pid to name is the tracee's own, as its PID namespace numbers it */
	long self;
	int rc = tracee_syscall(t, &self, SYS_getpid, 0, 0, 0, 0, 0, 0);
	if (rc < 0)
		return rc;
	for (int i = 0; i < n && i < s->n; i++) {
		const siginfo_t *si = &s->info[i];
		if ((rc = tracee_write(t, t->scratch, si, sizeof(*si))) < 0)
			return rc;
		long ret;
		/* sent by the process to itself, the kernel accepts any si_code: the siginfo (sender,
		 * value) arrives as it was first sent */
		if (s->shared[i])
			rc = tracee_syscall(t, &ret, SYS_rt_sigqueueinfo, self, si->si_signo, (long)t->scratch, 0, 0, 0);
		else
			rc = tracee_syscall(t, &ret, SYS_rt_tgsigqueueinfo, self, self, si->si_signo, (long)t->scratch, 0, 0);
		if (rc < 0)
			return rc;
		if (ret < 0)
			logf_("re-queueing signal %d in %d failed: %s", si->si_signo, t->pid, strerror((int)-ret));
	}
	return 0;
}

int tracee_peek_pending(struct tracee *t, struct sigstash *s)
{
	for (int shared = 0; shared < 2; shared++) {
		int room = SIGSTASH_MAX - s->n;
		if (room <= 0)
			break;
		struct __ptrace_peeksiginfo_args a = {
			.off = 0, .flags = shared ? PTRACE_PEEKSIGINFO_SHARED : 0, .nr = room,
		};
		long n = ptrace(PTRACE_PEEKSIGINFO, t->pid, &a, &s->info[s->n]);
		if (n < 0)
			return errf(t, errno, "PTRACE_PEEKSIGINFO %d: %s", t->pid, strerror(errno));
		for (long i = 0; i < n; i++)
			s->shared[s->n + i] = (unsigned char)shared;
		s->n += (int)n;
	}
	return 0;
}

/* calls[0..n) one injected syscall each: for a tracee without a stub. */
static int batch_injected(struct tracee *t, struct tracee_call *calls, int n)
{
	for (int i = 0; i < n; i++) {
		struct tracee_call *c = &calls[i];
		long a[6];
		for (int j = 0; j < 6; j++) {
			a[j] = c->a[j];
			if (c->indirect & (1L << j)) {
				int v;
				int rc = tracee_read(t, (unsigned long)c->a[j], &v, sizeof(v));
				if (rc < 0)
					return rc;
				a[j] = v;
			}
		}
		int rc = c->nr == SYS_clone ? tracee_clone_begin(t, (unsigned long)a[0], (unsigned long)a[3])
					    : tracee_syscall_begin(t, c->nr, a[0], a[1], a[2], a[3], a[4], a[5]);
		if (rc < 0 || (rc = tracee_syscall_end(t, c->nr, &c->ret)) < 0)
			return rc;
		if ((unsigned long)c->ret >= -4095UL)
			return i;
	}
	return n;
}

/*
 * The batch's resume and stop are a ping-pong between the helper and the tracee: on two CPUs
 * each hop wakes the other CPU (tens of microseconds in a VM whose idle vCPU must be woken),
 * on one it is a context switch (a few). So for the batch both run on the helper's current
 * CPU; their own affinities come back after it (and a process the batch cloned, which
 * inherited the narrowed one, gets the tracee's).
 */
struct pinned {
	int ok;
	cpu_set_t helper, tracee; /* their affinities before */
};

int affinity_pin(pid_t pid, int cpu, cpu_set_t *was)
{
	if (cpu < 0 || sched_getaffinity(pid, sizeof(*was), was) < 0 || !CPU_ISSET(cpu, was))
		return -1;
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	return sched_setaffinity(pid, sizeof(one), &one) < 0 ? -1 : 0;
}

void affinity_restore(pid_t pid, const cpu_set_t *was)
{
	sched_setaffinity(pid, sizeof(*was), was);
}

static void pin_together(pid_t tracee, struct pinned *p)
{
	int cpu = sched_getcpu();
	p->ok = 0;
	if (affinity_pin(0, cpu, &p->helper) < 0)
		return;
	if (affinity_pin(tracee, cpu, &p->tracee) < 0) {
		affinity_restore(0, &p->helper);
		return;
	}
	p->ok = 1;
}

static void unpin(pid_t tracee, struct pinned *p)
{
	if (!p->ok)
		return;
	affinity_restore(tracee, &p->tracee);
	affinity_restore(0, &p->helper);
	p->ok = 0;
}

/* calls[0..n) through the stub, the table already at `table`: one resume, one stop. */
static int batch_run(struct tracee *t, struct tracee_call *calls, int n, unsigned long table)
{
	int rc;
	struct user_regs_struct r = t->base;
	r.rip = t->stub;
	r.rbx = table;
	r.r12 = (unsigned long)n;
	r.orig_rax = -1; /* no restart of whatever the tracee was doing before */
	if (ptrace(PTRACE_SETREGS, t->pid, 0, &r) < 0)
		return errf(t, errno, "PTRACE_SETREGS %d: %s", t->pid, strerror(errno));
	if (ptrace(PTRACE_CONT, t->pid, 0, 0) < 0)
		return errf(t, errno, "PTRACE_CONT %d: %s", t->pid, strerror(errno));
	for (;;) {
		int k = next_stop(t, PTRACE_CONT, NULL);
		if (k < 0)
			return k;
		if (k == STOP_STUB_DONE)
			break;
		if (k != STOP_FORK)
			return errf(t, EPROTO, "process %d stopped unexpectedly in its call stub (%d)", t->pid, k);
		if ((k = fork_followed(t, PTRACE_CONT)) < 0)
			return k;
	}
	/* in the int3's signal-delivery stop: resuming with no signal drops it, and registers set
	 * here are restored as from an event stop */
	t->at_syscall_exit = 0;
	if ((rc = tracee_read(t, table, calls, TRACEE_BATCH_SIZE(n))) < 0)
		return rc;
	int ok = 0;
	while (ok < n && calls[ok].ret != TRACEE_NOT_RUN && (unsigned long)calls[ok].ret < -4095UL)
		ok++;
	return ok;
}

int tracee_batch(struct tracee *t, struct tracee_call *calls, int n, unsigned long table)
{
	for (int i = 0; i < n; i++)
		calls[i].ret = TRACEE_NOT_RUN;
	t->last_child = 0;
	if (n <= 0)
		return 0;
	if (!t->stub)
		return batch_injected(t, calls, n);
	int rc;
	if ((rc = tracee_write(t, table, calls, TRACEE_BATCH_SIZE(n))) < 0)
		return rc;
	struct pinned pin;
	pin_together(t->pid, &pin);
	rc = batch_run(t, calls, n, table);
	if (pin.ok && t->last_child > 0)
		sched_setaffinity(t->last_child, sizeof(pin.tracee), &pin.tracee);
	unpin(t->pid, &pin);
	return rc;
}

int tracee_stub_usable(struct tracee *t, unsigned long stub)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", t->pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	int seen = 0;
	unsigned long long trap = 0; /* SIGTRAP's bit of the blocked and ignored masks */
	while (fgets(line, sizeof(line), f)) {
		unsigned long long mask;
		if (sscanf(line, "SigBlk: %llx", &mask) == 1 || sscanf(line, "SigIgn: %llx", &mask) == 1) {
			seen++;
			trap |= mask & (1ULL << (SIGTRAP - 1));
		}
	}
	fclose(f);
	if (seen != 2 || trap)
		return 0;
	if (!stub)
		return 1;
	unsigned char code[256];
	if (STUB_SIZE > sizeof(code) || tracee_read(t, stub, code, STUB_SIZE) < 0)
		return 0;
	return memcmp(code, dbh_stub_begin, STUB_SIZE) == 0;
}

int tracee_stub_map(struct tracee *t)
{
	long addr, ret;
	int rc = tracee_syscall(t, &addr, SYS_mmap, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (rc < 0)
		return rc;
	if ((unsigned long)addr >= -4095UL)
		return errf(t, (int)-addr, "mmap() of a stub page inside %d: %s", t->pid, strerror((int)-addr));
	if ((rc = tracee_write(t, (unsigned long)addr, dbh_stub_begin, STUB_SIZE)) < 0 ||
	    (rc = tracee_syscall(t, &ret, SYS_mprotect, addr, 4096, PROT_READ | PROT_EXEC, 0, 0, 0)) < 0)
		return rc;
	if (ret < 0)
		return errf(t, (int)-ret, "mprotect() of the stub page inside %d: %s", t->pid, strerror((int)-ret));
	/* named in /proc/PID/maps where the kernel supports it: whoever looks knows what it is */
	static const char name[] = "deltabox-stub";
	if (tracee_write(t, t->scratch, name, sizeof(name)) == 0)
		(void)tracee_syscall(t, &ret, SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, addr, 4096, (long)t->scratch, 0);
	t->stub = (unsigned long)addr;
	return 0;
}
