/*
 * Process checkpoint by template fork.
 *
 * CHECKPOINT stops the live process, injects clone() into it and keeps the child — a
 * copy-on-write snapshot of its memory and kernel state — stopped under our ptrace forever:
 * the template. ROLLBACK injects clone() into the template and fixes the new child up before
 * letting it run as the new live process:
 *   - the registers of the live process at the checkpoint (restored in an event stop, so an
 *     interrupted read / nanosleep is restarted by the kernel, see inject.c);
 *   - glibc's cached tid in the TCB (CLONE_CHILD_SETTID) and its robust-futex list
 *     (set_robust_list): fork keeps the first stale and drops the second;
 *   - fresh stdin/stdout/stderr from the runtime (the template closed its copies of the live
 *     process's), and a private open file description, at the
 *     checkpoint-time offset, for every regular file and directory (fork shares descriptions,
 *     so children of one template would move each other's offsets);
 *   - the signals that were pending at the checkpoint (fork drops them), with their siginfo;
 *   - the parent-death signal (fork clears it): box processes die with the helper.
 * All clones use CLONE_PARENT: templates and their children are the helper's children, so
 * nothing piles up as zombies under a template.
 *
 * Descriptors reach the new child through a "mailbox": a SOCK_DGRAM socketpair created inside
 * each template at checkpoint time. The template's end is inherited by its children; the
 * helper keeps the other end (pidfd_getfd), sends the descriptors with SCM_RIGHTS, and the
 * child receives them by an injected recvmsg(). The helper opens the private file
 * descriptions itself from /proc/TEMPLATE/fd/N and seeks them, which saves three injected
 * syscalls per file over reopening inside the child.
 *
 * The syscalls a fork needs inside the template and the child run in batches through a call
 * stub (inject.c, tracee_batch): a page of code mapped into the template at its setup and
 * inherited by its forks, so that a fork into another box costs a handful of ptrace stops
 * instead of one pair per syscall (each stop is a round trip between two processes, tens of
 * microseconds on a busy small machine).
 */
#define _GNU_SOURCE
#include "helper.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_TEMPLATES 512
#define MAX_PASSED_FDS 250 /* under the kernel's SCM_MAX_FD (253) for one message */

struct template {
	pid_t pid;             /* 0: free slot. Our child: the pid is ours until we reap it */
	int pidfd;
	int dead;              /* killed from outside (e.g. from inside the box), or broken */
	char broken[232];      /* why its setup failed, when it did */
	int dead_code, dead_status;
	pid_t origin;          /* the live process it was taken from, for messages */
	struct user_regs_struct regs;  /* the live process's registers at the checkpoint */
	struct user_regs_struct tregs; /* the template's own: the base for syscalls injected into it */
	unsigned long syscall_insn, scratch;
	unsigned long stub;            /* its call stub (tracee_batch), inherited by its forks; 0: none */
	unsigned long stub_hint;       /* the stub the live process inherited from its own template */
	unsigned long tid_addr;        /* glibc's cached-tid slot, 0 if not found */
	unsigned long robust_head, robust_len;
	int mbox;              /* the template's end of the mailbox, as numbered inside it */
	int mbox_own;          /* the helper's copy of that end: drains a failed rollback */
	int mbox_peer;         /* the helper's sending end */
	int nfiles;
	struct saved_file *files;
	struct sigstash sigs;  /* pending at the checkpoint, re-delivered to every rollback */
	char *paths;           /* its cwd, then each file's path, as it sees them (NUL-separated);
	                          read at its first fork into another box: a template never changes */
	int setup_pending;     /* template_setup not run yet: see templates_setup_one */
};

/* The tables below are the helper's largest memory: kept out of its forks and box inits (see
 * templates_init). */
static struct template *templates; /* [MAX_TEMPLATES] */

#define MAX_SPARES 512 /* the pool's, and the session spares of boxes prepared for forks (Box.prepareForks) */

/*
 * A spare: a rollback's new process made ahead of time by DBH_OP_PREPARE_SPARE, fixed up but
 * for its stdio and held in a syscall-exit stop until a rollback hands it its stdio and
 * resumes it.
 */
struct spare {
	pid_t pid;             /* 0: free slot. Our child (CLONE_PARENT) */
	pid_t template;
	pid_t box;             /* the box it was forked into (0: the template's own) */
	int busy;              /* in use by the current request: keep the slot if it dies */
	int dead;
	int at_syscall_exit;
	int running;           /* let go with its stdio (DBH_SPARE_RUNNING): not ours to fix up any more */
	struct user_regs_struct base; /* the base for syscalls injected into it */
	struct sigstash caught; /* signals sent to it while it waited, re-queued when it runs */
};

static struct spare *spares; /* [MAX_SPARES] */

/*
 * Allocates the tables, marked MADV_DONTFORK: every box init is cloned from the helper's memory,
 * and no process made that way uses them; not copying them (their slots are scanned, so each
 * has pages mapped) saves that clone page-table copies and the helper copy-on-write faults.
 */
int templates_init(void)
{
	size_t t = sizeof(struct template) * MAX_TEMPLATES, s = sizeof(struct spare) * MAX_SPARES;
	void *a = mmap(NULL, t + s, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (a == MAP_FAILED)
		return -errno;
	if (madvise(a, t + s, MADV_DONTFORK) < 0) {
		int e = errno;
		munmap(a, t + s);
		return -e;
	}
	templates = a;
	spares = (struct spare *)((char *)a + t);
	return 0;
}

/* spare_find(0): a free slot */
static struct spare *spare_find(pid_t pid)
{
	if (pid < 0)
		return NULL;
	for (int i = 0; i < MAX_SPARES; i++)
		if (spares[i].pid == pid && (pid || !spares[i].busy))
			return &spares[i];
	return NULL;
}

static void spares_kill_of(pid_t template)
{
	for (int i = 0; i < MAX_SPARES; i++)
		if (spares[i].pid && (!template || spares[i].template == template)) {
			kill(spares[i].pid, SIGKILL); /* reaped by the server loop */
			memset(&spares[i], 0, sizeof(spares[i]));
		}
}

static struct template *template_find(pid_t pid)
{
	if (pid <= 0)
		return NULL;
	for (int i = 0; i < MAX_TEMPLATES; i++)
		if (templates[i].pid == pid)
			return &templates[i];
	return NULL;
}

static struct template *template_free_slot(void)
{
	for (int i = 0; i < MAX_TEMPLATES; i++)
		if (templates[i].pid == 0)
			return &templates[i];
	return NULL;
}

int template_is(pid_t pid)
{
	return template_find(pid) != NULL || (pid > 0 && spare_find(pid) != NULL);
}

void templates_ended(pid_t pid, int code, int status)
{
	struct spare *sp = pid > 0 ? spare_find(pid) : NULL;
	if (sp) {
		logf_("spare %d of template %d ended (%s %d)", pid, sp->template,
		      code == CLD_EXITED ? "exit" : "signal", status);
		if (sp->busy)
			sp->dead = 1;
		else
			memset(sp, 0, sizeof(*sp)); /* reaped: its pid may be reused */
		return;
	}
	struct template *t = template_find(pid);
	if (t && !t->dead) {
		logf_("template %d ended (%s %d) while held", pid, code == CLD_EXITED ? "exit" : "signal", status);
		t->dead = 1;
		t->dead_code = code;
		t->dead_status = status;
	}
}

static void template_free(struct template *t)
{
	if (t->pidfd >= 0)
		close(t->pidfd);
	if (t->mbox_own >= 0)
		close(t->mbox_own);
	if (t->mbox_peer >= 0)
		close(t->mbox_peer);
	free(t->files);
	free(t->paths);
	memset(t, 0, sizeof(*t));
}

/* Killed templates are reaped by the server loop like any other child. */
static void template_kill(struct template *t)
{
	if (!t->dead && syscall(SYS_pidfd_send_signal, t->pidfd, SIGKILL, NULL, 0) < 0)
		kill(t->pid, SIGKILL);
}

void templates_kill_all(void)
{
	spares_kill_of(0);
	for (int i = 0; i < MAX_TEMPLATES; i++)
		if (templates[i].pid) {
			template_kill(&templates[i]);
			template_free(&templates[i]);
		}
}

/* The process's tid as its own PID namespace numbers it: the value glibc caches. It never
 * changes, so a live process's is looked up once. */
static long own_tid(pid_t pid)
{
	struct child *c = child_find(pid);
	if (c && c->nstid > 0)
		return c->nstid;
	struct proc_status st;
	if (read_status(pid, &st) < 0)
		return pid;
	if (c)
		c->nstid = st.nstid;
	return st.nstid;
}

/*
 * Finds the TCB slot where the C library caches the thread's tid. fs_base points at the TCB;
 * glibc keeps the tid 16 bytes before the robust-list head it registers with the kernel, so
 * when get_robust_list() names a head near fs_base whose slot holds the tid, that is the
 * slot. Otherwise (another libc) we accept a single 4-byte word equal to the tid in the first
 * page after fs_base, and nothing when there are none or several.
 */
static void find_tid_slot(struct template *t, struct tracee *L, long tid)
{
	unsigned long fs = L->base.fs_base;
	void *head = NULL;
	size_t len = 0;
	if (syscall(SYS_get_robust_list, L->pid, &head, &len) == 0 && head) {
		t->robust_head = (unsigned long)head;
		t->robust_len = len;
	}
	if (!fs)
		return;
	unsigned long h = t->robust_head;
	if (h >= fs + 16 && h < fs + 8192) {
		int32_t v;
		if (tracee_read(L, h - 16, &v, sizeof(v)) == 0 && v == tid) {
			t->tid_addr = h - 16;
			return;
		}
	}
	int32_t words[1024];
	if (tracee_read(L, fs, words, sizeof(words)) < 0)
		return;
	unsigned long found = 0;
	int matches = 0;
	for (int i = 4; i < 1024; i++) /* past the TCB's self pointers */
		if (words[i] == tid) {
			found = fs + (unsigned long)i * 4;
			matches++;
		}
	if (matches == 1)
		t->tid_addr = found;
	else
		logf_("process %d: %d candidates for the cached-tid slot; rollbacks will not fix it", L->pid,
		      matches);
}

/* Leaves a live process as it was after a failed checkpoint: back in an event stop with its
 * original registers (when we had read them), then detached. */
static void release_live(struct tracee *L, int prepared)
{
	char why[sizeof(L->err)];
	memcpy(why, L->err, sizeof(why));
	if (prepared && (tracee_settle(L) < 0 || tracee_set_regs(L, &L->base) < 0))
		logf_("could not restore %d after a failed checkpoint: %s", L->pid, L->err);
	if (tracee_detach(L) < 0 && errno != ESRCH)
		logf_("could not detach from %d: %s", L->pid, L->err);
	memcpy(L->err, why, sizeof(why));
}

static void template_broken(struct template *t, const char *err);

/*
 * Takes the new template's first stop and its registers, right after the checkpoint's reply:
 * until then the server loop's reaping could consume that stop. The rest of its setup
 * (template_setup) waits until the helper is idle or the template is needed.
 */
static void template_first_stop(struct template *t)
{
	struct tracee T = { .pid = t->pid, .stash = NULL, .syscall_insn = t->syscall_insn, .scratch = t->scratch };
	/* its layout is the live process's, known already: only the registers are read */
	if (tracee_wait_new_child(&T) < 0 || tracee_prepare(&T, &T) < 0) {
		template_broken(t, T.err);
		return;
	}
	t->tregs = T.base;
	t->setup_pending = 1;
}

/*
 * Makes a new template ready for rollbacks, after template_first_stop: creates its descriptor
 * mailbox and lets go of the live process's stdio. Signals sent to a template are dropped: it
 * must stay what it was. On failure the template is killed and marked broken.
 */
static void template_setup(struct template *t)
{
	struct tracee T = { .pid = t->pid, .stash = NULL, .syscall_insn = t->syscall_insn, .scratch = t->scratch,
			    .base = t->tregs };
	long ret;
	int sv[2], rc;
	t->setup_pending = 0;
	if (t->dead)
		return; /* killed from outside meanwhile: rollbacks say so */
	if ((rc = tracee_syscall(&T, &ret, SYS_socketpair, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0,
				 (long)T.scratch, 0, 0)) < 0)
		goto broken;
	if (ret < 0) {
		rc = (int)ret;
		snprintf(T.err, sizeof(T.err), "socketpair() inside it: %s", strerror((int)-ret));
		goto broken;
	}
	if ((rc = tracee_read(&T, T.scratch, sv, sizeof(sv))) < 0)
		goto broken;
	t->mbox = sv[0];
	t->mbox_own = (int)syscall(SYS_pidfd_getfd, t->pidfd, sv[0], 0);
	t->mbox_peer = (int)syscall(SYS_pidfd_getfd, t->pidfd, sv[1], 0);
	if (t->mbox_own < 0 || t->mbox_peer < 0) {
		rc = -errno;
		snprintf(T.err, sizeof(T.err), "pidfd_getfd: %s", strerror(errno));
		goto broken;
	}
	/* The template lets go of the live process's stdio: the runtime's pipes to a killed live
	 * process reach EOF, and each rollback's fresh stdio lands on 0-2 without a dup3.
	 * It never runs user code again: it may stay in this syscall-exit stop, and the next
	 * injection starts from there. */
	if ((rc = tracee_syscall(&T, &ret, SYS_close, sv[1], 0, 0, 0, 0, 0)) < 0 ||
	    (rc = tracee_syscall(&T, &ret, SYS_close_range, 0, 2, 0, 0, 0, 0)) < 0)
		goto broken;
	/* The call stub its forks are fixed up through: the one the live process inherited, if
	 * it is still intact, else a new page. Without one every call is an injected syscall. */
	if (t->stub_hint && tracee_stub_usable(&T, t->stub_hint))
		t->stub = t->stub_hint;
	else if (tracee_stub_usable(&T, 0) && tracee_stub_map(&T) == 0)
		t->stub = T.stub;
	else
		logf_("template %d has no call stub (%s): its forks are fixed up one syscall at a time", t->pid,
		      T.err[0] ? T.err : "its SIGTRAP is blocked or ignored");
	return;
broken:
	template_broken(t, T.err);
}

/* A template whose setup failed: killed, and its rollbacks say why. */
static void template_broken(struct template *t, const char *err)
{
	t->setup_pending = 0;
	if (t->dead)
		return; /* killed from outside meanwhile: rollbacks say so */
	snprintf(t->broken, sizeof(t->broken), "could not be set up: %s", err);
	logf_("template %d %s", t->pid, t->broken);
	template_kill(t);
	t->dead = 1;
}

/* The template `pid` with its setup done: for every op that uses it (not discard). */
static struct template *template_ready(pid_t pid)
{
	struct template *t = template_find(pid);
	if (t && t->setup_pending)
		template_setup(t);
	return t;
}

int templates_setup_pending(void)
{
	for (int i = 0; i < MAX_TEMPLATES; i++)
		if (templates[i].pid > 0 && templates[i].setup_pending)
			return 1;
	return 0;
}

int templates_setup_one(void)
{
	for (int i = 0; i < MAX_TEMPLATES; i++)
		if (templates[i].pid > 0 && templates[i].setup_pending) {
			template_setup(&templates[i]);
			return 1;
		}
	return 0;
}

/*
 * One process of a CHECKPOINT request, from its stop to its reply. Several are taken side by
 * side: all are stopped at once, and the clone() of each runs in that process while the
 * helper inspects the next. All of them run on the helper's CPU meanwhile: on two CPUs the
 * clones could overlap, but every ptrace stop and resume would wake the other CPU, which cost
 * more here (sessions step P95 3.6 ms against 2.1 pinned, BoxBreakdown).
 */
struct taking {
	struct template *t;    /* NULL once failed (r says why) */
	struct tracee L;
	int prepared;          /* L.base holds its registers: a failure puts them back */
	int delivered;         /* signals taken out of it on the way in, to give back */
	int pinned;            /* runs on the helper's CPU until it is let go (so does its template
	                          until its first stop: pinned_template); affinity: before */
	int pinned_template;
	cpu_set_t affinity;
	struct dbh_reply r;
};

/* Gives the live process its own affinity back. */
static void taking_unpin(struct taking *k)
{
	if (k->pinned)
		affinity_restore(k->L.pid, &k->affinity);
	k->pinned = 0;
}

/* Fails a taking: its process goes on as it was, its template slot is freed. */
static void taking_fail(struct taking *k, int rc)
{
	fail(&k->r, -rc, "checkpoint of %d: %s", k->L.pid, k->L.err);
	release_live(&k->L, k->prepared);
	taking_unpin(k);
	if (k->t->pid > 0)
		kill(k->t->pid, SIGKILL); /* our child: the server loop reaps it */
	template_free(k->t);
	k->t = NULL;
}

/* Checks the process and asks it to stop; its stop is waited for later. */
static void taking_start(struct taking *k, pid_t pid, int cpu)
{
	struct child *c = child_find(pid);
	k->L = (struct tracee){ .pid = pid };
	k->t = NULL;
	if (!c || c->ended || pid <= 0) {
		fail(&k->r, ESRCH, "process %d is not a live process of this helper", pid);
		return;
	}
	if (box_is(pid)) {
		fail(&k->r, EINVAL, "process %d is a box's init, not a process to checkpoint", pid);
		return;
	}
	struct template *t = template_free_slot();
	if (!t) {
		fail(&k->r, EAGAIN, "too many templates (%d) under this helper", MAX_TEMPLATES);
		return;
	}
	*t = (struct template){ .pid = -1, .pidfd = -1, .mbox = -1, .mbox_own = -1, .mbox_peer = -1,
				.origin = pid, .stub_hint = c->stub };
	k->t = t;
	k->L.stash = &t->sigs;
	k->pinned = k->pinned_template = affinity_pin(pid, cpu, &k->affinity) == 0;
	int rc = tracee_seize_begin(&k->L);
	if (rc < 0)
		taking_fail(k, rc);
}

/*
 * Waits for the stop, looks at the process (refusing with ENOTSUP and the inspection, under
 * DBH_CHECKPOINT_IF_FORKABLE, what fork cannot copy), then starts its clone().
 */
static void taking_clone(struct taking *k, int only_forkable, int64_t unforkable_fds)
{
	struct template *t = k->t;
	struct tracee *L = &k->L;
	pid_t pid = L->pid;
	int rc;
	if ((rc = tracee_seize_wait(L)) < 0)
		goto fail;
	if (!only_forkable) { /* (with only_forkable: the inspection below says it) */
		int threads = count_threads(pid); /* stopped now: it cannot start another thread */
		if (threads != 1) {
			rc = threads < 0 ? threads : -ENOTSUP;
			snprintf(L->err, sizeof(L->err), "process %d has %d threads; fork copies only one (use CRIU)",
				 pid, threads);
			goto fail;
		}
	}
	if ((rc = tracee_prepare(L, NULL)) < 0)
		goto fail;
	k->prepared = 1;
	k->delivered = t->sigs.n; /* taken out of the live process on the way in: give them back */
	if (only_forkable) {
		/* inspected while stopped: nothing can change between the look and the clone */
		struct inspection in;
		if ((rc = inspect_process(pid, 1, &in, L->err, sizeof(L->err))) < 0)
			goto fail;
		if (in.v[DBH_INSPECT_THREADS] != 1 || in.v[DBH_INSPECT_CHILDREN] > 0 ||
		    in.v[DBH_INSPECT_SHARED_WRITABLE] > 0 || in.v[DBH_INSPECT_TIMERS] > 0 ||
		    (in.v[DBH_INSPECT_FD_KINDS] & unforkable_fds)) {
			if ((rc = tracee_requeue_signals(L, &t->sigs, k->delivered)) < 0)
				goto fail;
			release_live(L, k->prepared);
			taking_unpin(k);
			template_free(t);
			k->t = NULL;
			fail(&k->r, ENOTSUP, "process %d holds what fork cannot copy (see the inspection)", pid);
			/* all of it, for the caller's choice of what else to do */
			struct inspection full;
			char ignored[sizeof(L->err)];
			memcpy(k->r.values, inspect_process(pid, 0, &full, ignored, sizeof(ignored)) == 0 ? full.v : in.v,
			       sizeof(k->r.values));
			return;
		}
	}
	if ((rc = tracee_peek_pending(L, &t->sigs)) < 0)
		goto fail;
	find_tid_slot(t, L, own_tid(pid));
	t->regs = L->base;
	t->syscall_insn = L->syscall_insn;
	t->scratch = L->scratch;
	/* stopped: the offsets cannot move while we read them */
	t->nfiles = list_seekable_fds(pid, &t->files, L->err, sizeof(L->err));
	if (t->nfiles < 0) {
		rc = t->nfiles;
		t->nfiles = 0;
		goto fail;
	}
	if (t->nfiles > MAX_PASSED_FDS - 3) {
		rc = -ENOTSUP;
		snprintf(L->err, sizeof(L->err), "process %d has %d open files; at most %d can be re-opened (use CRIU)",
			 pid, t->nfiles, MAX_PASSED_FDS - 3);
		goto fail;
	}
	if ((rc = tracee_clone_begin(L, CLONE_PARENT | SIGCHLD, 0)) < 0)
		goto fail;
	return;
fail:
	taking_fail(k, rc);
}

/* Waits for the clone() to return, then lets the process go on. */
static void taking_finish(struct taking *k)
{
	struct template *t = k->t;
	struct tracee *L = &k->L;
	pid_t tpid = 0;
	int rc;
	if ((rc = tracee_clone_end(L, &tpid)) < 0)
		goto fail;
	t->pid = tpid;
	if ((rc = tracee_requeue_signals(L, &t->sigs, k->delivered)) < 0)
		goto fail;
	if ((rc = tracee_settle(L)) < 0 || (rc = tracee_set_regs(L, &L->base)) < 0 || (rc = tracee_detach(L)) < 0)
		goto fail;
	taking_unpin(k); /* (its template keeps the pin until its first stop: see op_checkpoint) */
	t->pidfd = (int)syscall(SYS_pidfd_open, tpid, 0);
	if (t->pidfd < 0) {
		fail(&k->r, errno, "checkpoint of %d: pidfd_open(%d): %s", L->pid, tpid, strerror(errno));
		kill(tpid, SIGKILL);
		template_free(t);
		k->t = NULL;
		return;
	}
	k->r.values[0] = tpid;
	k->r.values[1] = t->nfiles;
	k->r.values[2] = t->sigs.n;
	k->r.values[3] = t->tid_addr != 0;
	return;
fail:
	taking_fail(k, rc);
}

void op_checkpoint(int sock, const struct dbh_request *q)
{
	/* args[0], then args[3..5]: the processes, one reply each, in this order */
	pid_t pids[DBH_CHECKPOINT_MAX] = { (pid_t)q->args[0], (pid_t)q->args[3], (pid_t)q->args[4], (pid_t)q->args[5] };
	struct taking tk[DBH_CHECKPOINT_MAX];
	int n = 1, only_forkable = (q->args[1] & DBH_CHECKPOINT_IF_FORKABLE) != 0;
	while (n < DBH_CHECKPOINT_MAX && pids[n] > 0)
		n++;
	memset(tk, 0, sizeof(tk));
	/* All on this CPU (the one the request came in on: the caller waits on it) until the
	 * templates' first stops; see affinity_pin. */
	int cpu = sched_getcpu();
	cpu_set_t helper_affinity;
	if (affinity_pin(0, cpu, &helper_affinity) < 0)
		cpu = -1;
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < i; j++)
			if (pids[j] == pids[i]) {
				tk[i].L.pid = pids[i];
				fail(&tk[i].r, EINVAL, "process %d is named twice in one checkpoint", pids[i]);
				goto next;
			}
		taking_start(&tk[i], pids[i], cpu);
next:;
	}
	for (int i = 0; i < n; i++)
		if (tk[i].t)
			taking_clone(&tk[i], only_forkable, q->args[2]);
	for (int i = 0; i < n; i++)
		if (tk[i].t)
			taking_finish(&tk[i]);
	/* The live processes run again: answer now, and take the templates' first stops before
	 * the next request is read (a failure there is reported by the rollbacks that need it). */
	for (int i = 0; i < n; i++)
		send_reply(sock, &tk[i].r, tk[i].t ? &tk[i].t->pidfd : NULL, tk[i].t ? 1 : 0);
	for (int i = 0; i < n; i++)
		if (tk[i].t) {
			template_first_stop(tk[i].t);
			if (tk[i].t->pid > 0 && tk[i].pinned_template)
				affinity_restore(tk[i].t->pid, &tk[i].affinity);
		}
	if (cpu >= 0)
		affinity_restore(0, &helper_affinity);
}

/*
 * The scratch area of a template and its forks during a rollback: two receive buffers (the
 * files and stdio; the box's namespaces or a template's PID namespaces) and the call table.
 */
#define SCRATCH_RECV_FILES 0
#define SCRATCH_RECV_SMALL 1152 /* at most RECV_SMALL_MAX descriptors */
#define SCRATCH_DOT 1272        /* "." for chroot */
#define SCRATCH_CALLS 1280
#define BATCH_MAX ((int)((SCRATCH_SIZE - SCRATCH_CALLS) / sizeof(struct tracee_call)))
#define RECV_SMALL_MAX 4

/* What recvmsg() inside a tracee reads into: a message of one byte and `want` descriptors. */
struct recv_layout {
	struct msghdr msg;
	struct iovec iov;
	char byte[8];
	char control[CMSG_SPACE(sizeof(int) * MAX_PASSED_FDS)];
};
_Static_assert(offsetof(struct recv_layout, control) + CMSG_SPACE(sizeof(int) * MAX_PASSED_FDS) <= SCRATCH_RECV_SMALL,
	       "the files' receive buffer");
_Static_assert(SCRATCH_RECV_SMALL + offsetof(struct recv_layout, control) + CMSG_SPACE(sizeof(int) * RECV_SMALL_MAX) <=
	       SCRATCH_DOT, "the small receive buffer");

/*
 * Writes the header for a recvmsg() of `want` descriptors at tracee address `at` and returns
 * the call. The control data starts zeroed: a descriptor that did not arrive reads as 0, which
 * is closed in every template and fork (template_setup), so a call naming it fails.
 * `cmsg_flags`: MSG_CMSG_CLOEXEC for descriptors the process only uses for a moment; 0 for
 * ones install_fds places, so that stdio landing in place needs no further call.
 */
static int recv_call(struct tracee *C, unsigned long at, int mbox, int want, int cmsg_flags, struct tracee_call *out)
{
	struct recv_layout lay;
	size_t len = offsetof(struct recv_layout, control) + CMSG_SPACE(sizeof(int) * want);
	memset(&lay, 0, len);
	lay.iov.iov_base = (void *)(at + offsetof(struct recv_layout, byte));
	lay.iov.iov_len = 1;
	lay.msg.msg_iov = (struct iovec *)(at + offsetof(struct recv_layout, iov));
	lay.msg.msg_iovlen = 1;
	lay.msg.msg_control = (void *)(at + offsetof(struct recv_layout, control));
	lay.msg.msg_controllen = CMSG_SPACE(sizeof(int) * want);
	*out = TRACEE_CALL(SYS_recvmsg, mbox, (long)at, cmsg_flags | MSG_DONTWAIT);
	return tracee_write(C, at, &lay, len);
}

/* The tracee address of the i-th descriptor a recv_call at `at` received (for indirect arguments). */
static long recv_fd_at(unsigned long at, int i)
{
	return (long)(at + offsetof(struct recv_layout, control) + CMSG_LEN(0) + sizeof(int) * (size_t)i);
}

/* After the recv_call at `at` ran: the descriptors' numbers inside the tracee, all `want` of them. */
static int recv_collect(struct tracee *C, unsigned long at, int *got, int want)
{
	struct recv_layout lay;
	int rc = tracee_read(C, at, &lay, offsetof(struct recv_layout, control) + CMSG_SPACE(sizeof(int) * want));
	if (rc < 0)
		return rc;
	struct cmsghdr *cm = (struct cmsghdr *)lay.control;
	int n = 0;
	if (lay.msg.msg_controllen >= sizeof(*cm) && cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS)
		n = (int)((cm->cmsg_len - CMSG_LEN(0)) / sizeof(int));
	if (n != want || (lay.msg.msg_flags & MSG_CTRUNC)) {
		snprintf(C->err, sizeof(C->err), "process %d received %d of %d descriptors", C->pid, n, want);
		return -EPROTO;
	}
	memcpy(got, CMSG_DATA(cm), sizeof(int) * want);
	return 0;
}

/*
 * Runs calls[0..n) in the tracee, in batches of what its scratch area holds; 0, or the first
 * failure's -errno with C->err naming the call.
 */
static int run_calls(struct tracee *C, struct tracee_call *calls, int n)
{
	for (int off = 0; off < n; off += BATCH_MAX) {
		int k = n - off < BATCH_MAX ? n - off : BATCH_MAX;
		int ok = tracee_batch(C, calls + off, k, C->scratch + SCRATCH_CALLS);
		if (ok < 0)
			return ok;
		if (ok < k) {
			const struct tracee_call *c = &calls[off + ok];
			snprintf(C->err, sizeof(C->err), "syscall %ld(%ld, %ld, %ld) inside %d: %s", c->nr, c->a[0], c->a[1],
				 c->a[2], C->pid, strerror((int)-c->ret));
			return (int)c->ret;
		}
	}
	return 0;
}

static int inject_ok(struct tracee *C, long nr, long a0, long a1, long a2)
{
	struct tracee_call c = TRACEE_CALL(nr, a0, a1, a2);
	int rc = run_calls(C, &c, 1);
	return rc < 0 ? rc : (int)c.ret;
}

/*
 * Puts received descriptors at their numbers: got[i] becomes target[i]. One batch, after the
 * rare move a result decides: a descriptor that landed on a number another one must take
 * (only possible for 0-2, when the process had closed them) first goes elsewhere, one injected
 * fcntl each, its new number that call's result.
 */
static int install_fds(struct tracee *C, int *got, const int *target, const int *cloexec, int n)
{
	struct tracee_call c[2 * MAX_PASSED_FDS];
	int rc, k = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			if (j != i && got[i] == target[j] && got[i] != target[i]) {
				if ((rc = inject_ok(C, SYS_fcntl, got[i], F_DUPFD_CLOEXEC, 3)) < 0)
					return rc;
				got[i] = rc; /* the old number is replaced by the dup3 onto target[j] */
				break;
			}
	for (int i = 0; i < n; i++) {
		if (got[i] == target[i]) {
			/* in place, received without FD_CLOEXEC (no call for stdio, the usual case); the
			 * rare one that wants it gets it now, while the process is stopped */
			if (cloexec[i])
				c[k++] = TRACEE_CALL(SYS_fcntl, got[i], F_SETFD, FD_CLOEXEC);
			continue;
		}
		c[k++] = TRACEE_CALL(SYS_dup3, got[i], target[i], cloexec[i] ? O_CLOEXEC : 0);
		c[k++] = TRACEE_CALL(SYS_close, got[i], 0, 0);
	}
	return run_calls(C, c, k);
}

/*
 * A fork into another box (DBH_OP_ROLLBACK / PREPARE_SPARE with a target box): what the helper
 * opens for it. The new process must be born in the box's PID namespace, so the template itself
 * joins it for the clone (setns CLONE_NEWPID only sets the namespace of its future children; the
 * kernel allows the box's namespace because the box was made inside the template's) and goes
 * back to its own right after. The other namespaces, the root and the cwd are joined by the new
 * process itself before it runs: setns through the box init's pidfd, chroot to the root the init
 * pivoted into, fchdir to the template's cwd path inside that root.
 *
 * Known limits: the injected setns / chroot need CAP_SYS_ADMIN / CAP_SYS_CHROOT in the process
 * (box processes run as root today); pipes, sockets and other non-file descriptors of the
 * template are shared with the new process as in any rollback, but still lead to the source
 * box (a socket stays in the source box's network namespace); SysV IPC objects attached before
 * the checkpoint stay the source box's.
 */
struct into_box {
	pid_t init;        /* the target box's init */
	int pidfd;         /* the box table's pidfd of the init: not ours to close */
	int pidns;         /* the box's PID namespace */
	int own_pidns;     /* the template's, to go back to after the clone */
	int root;          /* the box's root as its init sees it */
	int cwd;           /* the template's cwd path, resolved inside that root */
	const char **paths; /* the template's files by path, as the template sees them (its strings) */
};

static void into_close(struct into_box *in)
{
	int *fd[] = { &in->pidns, &in->own_pidns, &in->root, &in->cwd };
	for (size_t i = 0; i < sizeof(fd) / sizeof(fd[0]); i++)
		if (*fd[i] >= 0)
			close(*fd[i]);
	free((void *)in->paths); /* the pointers; the strings are the template's */
	in->paths = NULL;
}

/* Opens `path` (absolute, as seen inside a box) below dirfd as if dirfd were the root: ".." and
 * symlinks cannot leave the box. */
static int open_in_root(int dirfd, const char *path, int flags)
{
	struct open_how how = { .flags = (uint64_t)flags, .resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS };
	return (int)syscall(SYS_openat2, dirfd, path, &how, sizeof(how));
}

/* A path the template sees: getcwd, or readlink of one of its descriptors, run inside it. */
static int template_path(struct tracee *T, int fd, char *out, size_t len)
{
	long ret;
	int rc;
	if (fd < 0) {
		rc = tracee_syscall(T, &ret, SYS_getcwd, (long)T->scratch, SCRATCH_SIZE, 0, 0, 0, 0);
	} else {
		char link[64];
		snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
		if ((rc = tracee_write(T, T->scratch, link, sizeof(link))) < 0)
			return rc;
		rc = tracee_syscall(T, &ret, SYS_readlinkat, AT_FDCWD, (long)T->scratch, (long)T->scratch + 64,
				    SCRATCH_SIZE - 64, 0, 0);
	}
	if (rc < 0)
		return rc;
	if (ret < 0) {
		snprintf(T->err, sizeof(T->err), "%s inside template %d: %s", fd < 0 ? "getcwd" : "readlink", T->pid,
			 strerror((int)-ret));
		return (int)ret;
	}
	size_t n = fd < 0 ? (size_t)ret - 1 /* getcwd counts the NUL */ : (size_t)ret;
	if (n + 1 > len) {
		snprintf(T->err, sizeof(T->err), "a path of template %d is too long", T->pid);
		return -ENAMETOOLONG;
	}
	if ((rc = tracee_read(T, T->scratch + (fd < 0 ? 0 : 64), out, n)) < 0)
		return rc;
	out[n] = '\0';
	/* not a path inside its root ("(unreachable)/..."), or a deleted file ("... (deleted)") */
	if (out[0] != '/' || (n > 10 && strcmp(out + n - 10, " (deleted)") == 0)) {
		snprintf(T->err, sizeof(T->err), "template %d's %s %.120s has no path to open in another box", T->pid,
			 fd < 0 ? "cwd" : "file", out);
		return -ENOENT;
	}
	return 0;
}

/* Reads t->paths (see struct template) from the stopped template T, once. */
static int template_paths(struct template *t, struct tracee *T)
{
	char path[PATH_MAX];
	size_t total = 0;
	char *buf = NULL;
	for (int i = -1; i < t->nfiles; i++) {
		int rc = template_path(T, i < 0 ? -1 : t->files[i].fd, path, sizeof(path));
		if (rc < 0) {
			free(buf);
			return rc;
		}
		size_t n = strlen(path) + 1;
		char *grown = realloc(buf, total + n);
		if (!grown) {
			free(buf);
			snprintf(T->err, sizeof(T->err), "out of memory");
			return -ENOMEM;
		}
		buf = grown;
		memcpy(buf + total, path, n);
		total += n;
	}
	t->paths = buf;
	return 0;
}

/* Opens what a fork of t into box `init` needs; T is the stopped template. */
static int into_open(struct template *t, struct tracee *T, pid_t init, struct into_box *in)
{
	char proc[64];
	int rc;
	*in = (struct into_box){ .init = init, .pidfd = box_pidfd(init), .pidns = -1, .own_pidns = -1, .root = -1,
				 .cwd = -1 };
	if (in->pidfd < 0) {
		snprintf(T->err, sizeof(T->err), "%d is not a box of this helper", init);
		return -ESRCH;
	}
	snprintf(proc, sizeof(proc), "/proc/%d/ns/pid", init);
	in->pidns = open(proc, O_RDONLY | O_CLOEXEC);
	snprintf(proc, sizeof(proc), "/proc/%d/ns/pid", t->pid);
	in->own_pidns = open(proc, O_RDONLY | O_CLOEXEC);
	snprintf(proc, sizeof(proc), "/proc/%d/root", init);
	in->root = open(proc, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (in->pidns < 0 || in->own_pidns < 0 || in->root < 0) {
		rc = -errno;
		snprintf(T->err, sizeof(T->err), "opening the namespaces of box %d and template %d: %s", init, t->pid,
			 strerror(errno));
		return rc;
	}
	if (!t->paths && (rc = template_paths(t, T)) < 0)
		return rc;
	const char *p = t->paths; /* the cwd, then the files */
	in->cwd = open_in_root(in->root, p, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (in->cwd < 0) {
		rc = -errno;
		snprintf(T->err, sizeof(T->err), "the template's cwd %.120s in box %d: %s", p, init, strerror(errno));
		return rc;
	}
	if (t->nfiles > 0) {
		in->paths = malloc(sizeof(char *) * (size_t)t->nfiles);
		if (!in->paths) {
			snprintf(T->err, sizeof(T->err), "out of memory");
			return -ENOMEM;
		}
		for (int i = 0; i < t->nfiles; i++) {
			p += strlen(p) + 1;
			in->paths[i] = p;
		}
	}
	return 0;
}

/*
 * Private descriptions of the template's files, opened by the helper at the checkpoint offsets.
 * With into (a fork into another box) each file is opened by its path inside that box's root
 * instead: the template's own files belong to its box's filesystem.
 */
static int open_private_files(struct template *t, const struct into_box *into, int *fds, char *err, size_t errlen)
{
	for (int i = 0; i < t->nfiles; i++) {
		const struct saved_file *f = &t->files[i];
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", t->pid, f->fd);
		int flags = f->is_dir ? O_RDONLY | O_DIRECTORY
				      : f->flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC);
		fds[i] = into ? open_in_root(into->root, into->paths[i], flags | O_CLOEXEC) : open(path, flags | O_CLOEXEC);
		if (fds[i] < 0) {
			int e = errno;
			if (into)
				snprintf(err, errlen, "re-opening fd %d of template %d as %s in box %d: %s", f->fd, t->pid,
					 into->paths[i], into->init, strerror(e));
			else
				snprintf(err, errlen, "re-opening fd %d of template %d: %s", f->fd, t->pid, strerror(e));
			while (--i >= 0)
				close(fds[i]);
			return -e;
		}
		if (!(flags & O_PATH))
			lseek(fds[i], f->pos, SEEK_SET);
	}
	return 0;
}

static int send_fds(int sock, const int *fds, int n)
{
	char control[CMSG_SPACE(sizeof(int) * MAX_PASSED_FDS)];
	memset(control, 0, sizeof(control));
	char byte = 0;
	struct iovec iov = { &byte, 1 };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
			      .msg_controllen = CMSG_SPACE(sizeof(int) * n) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int) * n);
	memcpy(CMSG_DATA(c), fds, sizeof(int) * n);
	return sendmsg(sock, &msg, MSG_DONTWAIT | MSG_NOSIGNAL) < 0 ? -errno : 0;
}

/* Empties the mailbox after a failed rollback, closing what it held. */
static void drain_mailbox(struct template *t)
{
	char control[CMSG_SPACE(sizeof(int) * MAX_PASSED_FDS)], byte;
	struct iovec iov = { &byte, 1 };
	for (;;) {
		struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
				      .msg_controllen = sizeof(control) };
		if (recvmsg(t->mbox_own, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) < 0)
			return;
		for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
			if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
				for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int); i++)
					close(((int *)CMSG_DATA(c))[i]);
	}
}

/* A template that cannot be trusted any more (left in another PID namespace, or its stub
 * failed): killed, and its rollbacks say why. */
static void template_lost(struct template *t, const char *why, const char *err)
{
	snprintf(t->broken, sizeof(t->broken), "%s: %.180s", why, err);
	logf_("template %d %s", t->pid, t->broken);
	template_kill(t);
	t->dead = 1;
}

/*
 * The template's clone(), in one batch. Into another box the template joins the box's PID
 * namespace for it (setns CLONE_NEWPID only sets the namespace of its future children; the
 * kernel allows the box's because the box was made inside the template's) and goes back to
 * its own right after; both namespaces come through the mailbox. tg[]: their numbers inside
 * the template, which the child inherits.
 */
static int template_clone(struct template *t, struct tracee *T, struct into_box *in, pid_t *cpid, int *tg)
{
	unsigned long small = T->scratch + SCRATCH_RECV_SMALL;
	unsigned long flags = CLONE_PARENT | SIGCHLD | (t->tid_addr ? CLONE_CHILD_SETTID : 0);
	struct tracee_call c[6];
	int k = 0, rc;
	if (in) {
		int pass[2] = { in->pidns, in->own_pidns };
		if ((rc = send_fds(t->mbox_peer, pass, 2)) < 0) {
			snprintf(T->err, sizeof(T->err), "sending namespaces to template %d: %s", t->pid, strerror(-rc));
			return rc;
		}
		if ((rc = recv_call(T, small, t->mbox, 2, MSG_CMSG_CLOEXEC, &c[k++])) < 0)
			return rc;
		c[k] = TRACEE_CALL(SYS_setns, recv_fd_at(small, 0), CLONE_NEWPID, 0);
		c[k++].indirect = 1;
	}
	int cloned = k;
	c[k++] = (struct tracee_call){ .nr = SYS_clone, .a = { (long)flags, 0, 0, (long)t->tid_addr, 0 } };
	if (in) {
		c[k] = TRACEE_CALL(SYS_setns, recv_fd_at(small, 1), CLONE_NEWPID, 0);
		c[k++].indirect = 1;
		c[k] = TRACEE_CALL(SYS_close, recv_fd_at(small, 0), 0, 0);
		c[k++].indirect = 1;
		c[k] = TRACEE_CALL(SYS_close, recv_fd_at(small, 1), 0, 0);
		c[k++].indirect = 1;
	}
	int ok = tracee_batch(T, c, k, T->scratch + SCRATCH_CALLS);
	*cpid = T->last_child;
	if (ok < 0) {
		template_lost(t, "failed during a fork", T->err);
		return ok;
	}
	if (in && ok > 0 && (rc = recv_collect(T, small, tg, 2)) < 0) {
		template_lost(t, "received the wrong namespaces", T->err);
		return rc;
	}
	if (ok >= cloned + 2 || (ok > cloned && !in)) {
		if (*cpid <= 0) {
			snprintf(T->err, sizeof(T->err), "clone() inside %d returned %ld but ptrace reported no new process",
				 t->pid, c[cloned].ret);
			return -EPROTO;
		}
		return 0; /* a failed close of a namespace descriptor only leaves it open */
	}
	if (ok == cloned + 1) {
		/* still in the box's PID namespace: the next rollbacks would fork into the wrong box */
		template_lost(t, "could not return to its PID namespace", strerror((int)-c[ok].ret));
		snprintf(T->err, sizeof(T->err), "template %d %.150s", t->pid, t->broken);
		return (int)c[ok].ret;
	}
	const struct tracee_call *f = &c[ok];
	if (in && ok == 1 && f->ret == -EINVAL)
		snprintf(T->err, sizeof(T->err),
			 "box %d's PID namespace is not inside template %d's (make the box with the template's box as its parent)",
			 in->init, t->pid);
	else
		snprintf(T->err, sizeof(T->err), "%s inside %d: %s", f->nr == SYS_clone ? "clone()" : f->nr == SYS_setns ? "setns()" : "recvmsg()",
			 t->pid, strerror((int)-f->ret));
	int err = (int)f->ret;
	if (in && ok >= 1) {
		/* the namespaces arrived: back to its own if it left, and they are closed */
		struct tracee_call undo[3] = { TRACEE_CALL(SYS_setns, tg[1], CLONE_NEWPID, 0), TRACEE_CALL(SYS_close, tg[0], 0, 0),
					       TRACEE_CALL(SYS_close, tg[1], 0, 0) };
		int from = ok == 1 ? 1 : 0;
		int done = tracee_batch(T, undo + from, 3 - from, T->scratch + SCRATCH_CALLS);
		if (from == 0 && done < 1)
			template_lost(t, "could not return to its PID namespace", done < 0 ? T->err : strerror((int)-undo[0].ret));
	}
	return err;
}

/*
 * Forks a child from the template and fixes it up. With stdio it gets everything but the final
 * resume (child_resume); without (a spare) also not its stdio, which it takes later by
 * spare_deliver. With into, it is forked into that box (see struct into_box): it joins the
 * box's other namespaces, the root the box's init pivoted into and the template's cwd path
 * inside that root itself, before it runs. *cpid is set as soon as the child exists: on
 * failure the caller kills it.
 *
 * The child's fix-up is two batches of syscalls (tracee_batch): the descriptors it must receive,
 * then everything that follows from their numbers.
 */
static int fork_child_into(struct template *t, struct tracee *C, const int *stdio, pid_t *cpid, struct into_box *into)
{
	struct tracee T = { .pid = t->pid, .syscall_insn = t->syscall_insn, .scratch = t->scratch, .base = t->tregs,
			    .stub = t->stub };
	int pass[MAX_PASSED_FDS], got[MAX_PASSED_FDS], target[MAX_PASSED_FDS], cloexec[MAX_PASSED_FDS], gotbox[3];
	int rc, nstd = stdio ? 3 : 0, n = nstd + t->nfiles, tg[2] = { -1, -1 };
	if ((into && (rc = into_open(t, &T, into->init, into)) < 0) || (rc = template_clone(t, &T, into, cpid, tg)) < 0) {
		memcpy(C->err, T.err, sizeof(C->err));
		return rc;
	}
	C->pid = *cpid;
	C->syscall_insn = t->syscall_insn;
	C->scratch = t->scratch;
	C->stub = t->stub;
	if ((rc = tracee_wait_new_child(C)) < 0 || (rc = tracee_prepare(C, &T)) < 0)
		return rc;

	/* descriptors: fresh stdio from the runtime, private files from the helper; then, into
	 * another box, the box's namespaces, its root and the cwd in it */
	for (int i = 0; i < nstd; i++) {
		pass[i] = stdio[i];
		target[i] = i;
		cloexec[i] = 0;
	}
	if ((rc = open_private_files(t, into, pass + nstd, C->err, sizeof(C->err))) < 0)
		return rc;
	for (int i = 0; i < t->nfiles; i++) {
		target[nstd + i] = t->files[i].fd;
		cloexec[nstd + i] = (t->files[i].flags & O_CLOEXEC) != 0;
	}
	rc = n > 0 ? send_fds(t->mbox_peer, pass, n) : 0;
	for (int i = nstd; i < n; i++)
		close(pass[i]); /* sent (or failed): the child has its own copies now */
	if (rc < 0) {
		snprintf(C->err, sizeof(C->err), "sending descriptors: %s", strerror(-rc));
		return rc;
	}
	if (into) {
		int box[3] = { into->pidfd, into->root, into->cwd };
		if ((rc = send_fds(t->mbox_peer, box, 3)) < 0) {
			snprintf(C->err, sizeof(C->err), "sending the box's descriptors: %s", strerror(-rc));
			return rc;
		}
	}
	/*
	 * One batch. The numbers the descriptors arrive at are read by the stub itself (indirect
	 * arguments): stdio lands on 0-2, closed in every template (template_setup) and so in its
	 * forks once the namespace descriptors inherited from the template are closed; the files
	 * land on free numbers, never on a target (each target is the template's open file, which
	 * the fork inherited), so dup3 + close puts each in place. Checked afterwards.
	 */
	struct tracee_call c[2 * MAX_PASSED_FDS + 24];
	int k = 0;
	unsigned long files = C->scratch + SCRATCH_RECV_FILES, small = C->scratch + SCRATCH_RECV_SMALL;
	for (int i = 0; into && i < 2; i++) /* the template's namespace descriptors came along with the fork */
		c[k++] = TRACEE_CALL(SYS_close, tg[i], 0, 0);
	if ((n > 0 && (rc = recv_call(C, files, t->mbox, n, 0, &c[k++])) < 0) ||
	    (into && (rc = recv_call(C, small, t->mbox, 3, MSG_CMSG_CLOEXEC, &c[k++])) < 0))
		return rc;
	for (int i = nstd; i < n; i++) {
		c[k] = TRACEE_CALL(SYS_dup3, recv_fd_at(files, i), target[i], cloexec[i] ? O_CLOEXEC : 0);
		c[k++].indirect = 1;
		c[k] = TRACEE_CALL(SYS_close, recv_fd_at(files, i), 0, 0);
		c[k++].indirect = 1;
	}
	if (into) {
		static const char dot[] = ".";
		if ((rc = tracee_write(C, C->scratch + SCRATCH_DOT, dot, sizeof(dot))) < 0)
			return rc;
		c[k] = TRACEE_CALL(SYS_setns, recv_fd_at(small, 0), CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET, 0);
		c[k++].indirect = 1;
		c[k] = TRACEE_CALL(SYS_fchdir, recv_fd_at(small, 1), 0, 0);
		c[k++].indirect = 1;
		c[k++] = TRACEE_CALL(SYS_chroot, (long)(C->scratch + SCRATCH_DOT), 0, 0);
		c[k] = TRACEE_CALL(SYS_fchdir, recv_fd_at(small, 2), 0, 0);
		c[k++].indirect = 1;
		for (int i = 0; i < 3; i++) {
			c[k] = TRACEE_CALL(SYS_close, recv_fd_at(small, i), 0, 0);
			c[k++].indirect = 1;
		}
	}
	/* a spare keeps the mailbox: its stdio comes through it at the rollback */
	if (stdio)
		c[k++] = TRACEE_CALL(SYS_close, t->mbox, 0, 0);
	if (t->robust_head)
		c[k++] = TRACEE_CALL(SYS_set_robust_list, (long)t->robust_head, (long)t->robust_len, 0);
	/* fork clears the parent-death signal: the new process dies with the helper, as spawned ones do */
	c[k++] = TRACEE_CALL(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0);
	if ((rc = run_calls(C, c, k)) < 0 || (n > 0 && (rc = recv_collect(C, files, got, n)) < 0) ||
	    (into && (rc = recv_collect(C, small, gotbox, 3)) < 0))
		return rc;
	int misplaced = 0;
	for (int i = 0; i < nstd; i++)
		misplaced |= got[i] != target[i];
	if (misplaced && (rc = install_fds(C, got, target, cloexec, nstd)) < 0)
		return rc; /* (never seen: a template whose 0-2 were open) */
	return tracee_requeue_signals(C, &t->sigs, t->sigs.n);
}

/* fork_child_into, into box `box` (0: the template's own namespaces). */
static int fork_child(struct template *t, struct tracee *C, const int *stdio, pid_t *cpid, pid_t box)
{
	if (!box)
		return fork_child_into(t, C, stdio, cpid, NULL);
	struct into_box in = { .pidns = -1, .own_pidns = -1, .root = -1, .cwd = -1, .init = box };
	int rc = fork_child_into(t, C, stdio, cpid, &in);
	into_close(&in);
	return rc;
}

/*
 * Lets a fixed-up child run as the checkpoint's process. The checkpoint's registers are set in
 * an event stop: the kernel restarts an interrupted syscall when the process leaves that stop.
 * (PTRACE_DETACH from a syscall-exit stop would happen to do it too, as detach raises
 * TIF_SIGPENDING; the event stop does not depend on that detail of the detach path.)
 */
static int child_resume(struct template *t, struct tracee *C)
{
	int rc;
	if ((rc = tracee_requeue_signals(C, C->stash, C->stash->n)) < 0 || (rc = tracee_settle(C)) < 0 ||
	    (rc = tracee_set_regs(C, &t->regs)) < 0 || (rc = tracee_detach(C)) < 0)
		return rc;
	return 0;
}

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The rollback's share of a spare's work: stdio onto 0-2 through the mailbox, then resume.
 * *stdio_ns: how long the stdio hand-over took. */
static int spare_deliver(struct template *t, struct tracee *C, const int *stdio, int64_t *stdio_ns)
{
	static const int target[3] = { 0, 1, 2 }, cloexec[3] = { 0, 0, 0 };
	struct tracee_call c[2];
	int got[3], rc, k = 0;
	unsigned long files = C->scratch + SCRATCH_RECV_FILES;
	int64_t t0 = now_ns();
	if ((rc = send_fds(t->mbox_peer, stdio, 3)) < 0) {
		snprintf(C->err, sizeof(C->err), "sending descriptors: %s", strerror(-rc));
		return rc;
	}
	/* one batch: the stdio lands on 0-2 (closed in every template and fork), nothing to move */
	if ((rc = recv_call(C, files, t->mbox, 3, 0, &c[k++])) < 0)
		return rc;
	c[k++] = TRACEE_CALL(SYS_close, t->mbox, 0, 0);
	if ((rc = run_calls(C, c, k)) < 0 || (rc = recv_collect(C, files, got, 3)) < 0)
		return rc;
	if ((rc = install_fds(C, got, target, cloexec, 3)) < 0)
		return rc;
	*stdio_ns = now_ns() - t0;
	return child_resume(t, C);
}

void op_rollback(int sock, const struct dbh_request *q, int *fds, int nfds)
{
	struct dbh_reply r = { 0 };
	pid_t tpid = (pid_t)q->args[0], replace = (pid_t)q->args[1], spid = (pid_t)q->args[2];
	pid_t box = (pid_t)q->args[3];
	struct template *t = template_ready(tpid);
	struct sigstash caught = { 0 }; /* sent to the new process while we fixed it up */
	struct tracee C = { 0 };
	int rc, warm = 0;
	int64_t t0 = now_ns(), stdio_ns = 0;
	pid_t cpid = 0;
	if (nfds != 3) {
		fail(&r, EINVAL, "rollback needs 3 descriptors (stdin, stdout, stderr), got %d", nfds);
		goto out;
	}
	if (!t) {
		fail(&r, ESRCH, "%d is not a template of this helper", tpid);
		goto out;
	}
	if (t->dead && t->broken[0]) {
		fail(&r, EOWNERDEAD, "template %d %s", tpid, t->broken);
		goto out;
	}
	if (t->dead) {
		fail(&r, EOWNERDEAD, "template %d is gone (%s %d): it was killed from outside", tpid,
		     t->dead_code == CLD_EXITED ? "exit" : "signal", t->dead_status);
		goto out;
	}
	if (!child_find(0)) {
		fail(&r, EAGAIN, "too many processes under this helper");
		goto out;
	}
	if (box && !box_is(box)) {
		fail(&r, ESRCH, "%d is not a box of this helper", box);
		goto out;
	}

	struct spare *sp = spid > 0 ? spare_find(spid) : NULL;
	if (sp && sp->template == tpid && sp->box == box && !sp->running) {
		sp->busy = 1; /* its slot outlives a death on the way (templates_ended) */
		C = (struct tracee){ .pid = sp->pid, .stash = &sp->caught, .syscall_insn = t->syscall_insn,
				     .scratch = t->scratch, .base = sp->base, .at_syscall_exit = sp->at_syscall_exit,
				     .stub = t->stub };
		if (spare_deliver(t, &C, fds, &stdio_ns) == 0) {
			cpid = sp->pid;
			warm = 1;
		} else {
			/* killed from inside the box, most likely: the template can still fork */
			logf_("spare %d of template %d failed (%s); forking from the template", sp->pid, tpid, C.err);
			if (!sp->dead)
				kill(sp->pid, SIGKILL);
			drain_mailbox(t);
		}
		memset(sp, 0, sizeof(*sp));
	}
	if (!warm) {
		C = (struct tracee){ .stash = &caught };
		if ((rc = fork_child(t, &C, fds, &cpid, box)) < 0 || (rc = child_resume(t, &C)) < 0)
			goto fail_c;
	}

	struct child *slot = child_add(cpid);
	slot->forget = (q->args[4] & DBH_ROLLBACK_UNWAITED) != 0;
	slot->stub = t->stub; /* its own checkpoints' templates reuse it */
	int pidfd = (int)syscall(SYS_pidfd_open, cpid, 0);
	if (pidfd < 0) {
		fail(&r, errno, "pidfd_open(%d): %s", cpid, strerror(errno));
		kill(cpid, SIGKILL);
		slot->forget = 1;
		goto close_fds;
	}
	r.values[0] = cpid;
	r.values[1] = warm;
	r.values[2] = now_ns() - t0;
	r.values[3] = stdio_ns;
	send_reply(sock, &r, &pidfd, 1);
	close(pidfd);
	/* The replaced process dies after the reply; its exit is reaped by the server loop and
	 * reported to nobody. At the lowest priority its page-table teardown (~1 ms at 50 MB)
	 * yields the CPU to the caller on a small machine. */
	struct child *old = replace > 0 ? child_find(replace) : NULL;
	if (old && old->ended)
		*old = (struct child){ 0 };
	else if (old) {
		old->forget = 1;
		setpriority(PRIO_PROCESS, (id_t)old->pid, 19);
		kill(old->pid, SIGKILL);
	}
	goto close_fds;

fail_c:
	fail(&r, -rc, "rollback to template %d: %s", tpid, C.err);
	if (cpid > 0)
		kill(cpid, SIGKILL); /* our child (CLONE_PARENT): the server loop reaps it */
	drain_mailbox(t);
out:
	send_reply(sock, &r, NULL, 0);
close_fds:
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
}

/* Copies a page onto itself in the spare: the copy-on-write fault is taken now, by us. */
static int touch_page(pid_t pid, unsigned long addr)
{
	static char page[4096];
	struct iovec local = { page, sizeof(page) }, remote = { (void *)addr, sizeof(page) };
	if (process_vm_readv(pid, &local, 1, &remote, 1, 0) != (ssize_t)sizeof(page))
		return 0;
	return process_vm_writev(pid, &local, 1, &remote, 1, 0) == (ssize_t)sizeof(page);
}

/* The hot set: the checkpoint's stack top, then the pages written between older and t. */
static int prefault(struct template *t, struct template *older, pid_t spare, int max)
{
	int done = 0;
	unsigned long sp = t->regs.rsp & ~4095UL;
	for (unsigned long a = sp - 2 * 4096; a <= sp + 4096 && done < max; a += 4096)
		done += touch_page(spare, a);
	if (!older || older->dead || done >= max)
		return done;
	int memfd = memfd_create("deltabox-hot-pages", MFD_CLOEXEC);
	int64_t differ = 0, scanned = 0;
	char err[160];
	if (memfd < 0 || diff_pages(older->pid, t->pid, memfd, &differ, &scanned, err, sizeof(err)) < 0) {
		if (memfd >= 0)
			close(memfd);
		return done;
	}
	uint64_t addr[512];
	for (off_t off = 0; done < max;) {
		ssize_t n = pread(memfd, addr, sizeof(addr), off);
		if (n <= 0)
			break;
		off += n;
		for (ssize_t i = 0; i < n / 8 && done < max; i++)
			done += touch_page(spare, (unsigned long)addr[i]);
	}
	close(memfd);
	return done;
}

void op_prepare_spare(int sock, const struct dbh_request *q, int *fds, int nfds)
{
	struct dbh_reply r = { 0 };
	struct template *t = template_ready((pid_t)q->args[0]);
	struct template *older = q->args[1] > 0 ? template_ready((pid_t)q->args[1]) : NULL;
	struct spare *sp = spare_find(0);
	struct tracee C = { 0 };
	pid_t cpid = 0;
	int rc, pidfd = -1;
	int running = (q->args[4] & DBH_SPARE_RUNNING) != 0;
	if (running != (nfds == 3) || (running && q->args[3])) {
		fail(&r, EINVAL, "a running spare takes 3 descriptors (stdin, stdout, stderr) and no box; "
		     "another none (got %d)", nfds);
		goto out;
	}
	if (!t || t->dead) {
		fail(&r, t ? EOWNERDEAD : ESRCH, "%lld is not a live template of this helper%s",
		     (long long)q->args[0], t && t->broken[0] ? t->broken : "");
		goto out;
	}
	if (!sp) {
		fail(&r, EAGAIN, "too many spares (%d) under this helper", MAX_SPARES);
		goto out;
	}
	if (q->args[3] && !box_is((pid_t)q->args[3])) {
		fail(&r, ESRCH, "%lld is not a box of this helper", (long long)q->args[3]);
		goto out;
	}
	memset(sp, 0, sizeof(*sp));
	sp->busy = 1; /* taken while pid is still 0 */
	C.stash = &sp->caught;
	if ((rc = fork_child(t, &C, running ? fds : NULL, &cpid, (pid_t)q->args[3])) < 0) {
		fail(&r, -rc, "spare of template %d: %s", t->pid, C.err);
		if (cpid > 0)
			kill(cpid, SIGKILL);
		drain_mailbox(t);
		memset(sp, 0, sizeof(*sp));
		goto out;
	}
	sp->pid = cpid;
	sp->template = t->pid;
	sp->box = (pid_t)q->args[3];
	sp->base = C.base;
	sp->at_syscall_exit = C.at_syscall_exit;
	r.values[0] = cpid;
	r.values[1] = prefault(t, older, cpid, q->args[2] > 0 ? (int)q->args[2] : 0);
	if (running && !sp->dead) {
		/* let go: it goes back to waiting on its (new) stdin, as the checkpoint's process did */
		if ((rc = child_resume(t, &C)) < 0 || (pidfd = (int)syscall(SYS_pidfd_open, cpid, 0)) < 0) {
			fail(&r, rc < 0 ? -rc : errno, "letting spare %d of template %d go: %s", cpid, t->pid,
			     rc < 0 ? C.err : strerror(errno));
			kill(cpid, SIGKILL); /* reaped by the server loop */
			sp->busy = 0;
			if (sp->dead)
				memset(sp, 0, sizeof(*sp)); /* reaped already: its slot goes now */
			else
				sp->running = 1; /* its slot goes when it is reaped */
			goto out;
		}
		sp->running = 1;
	}
	sp->busy = 0;
	if (sp->dead) { /* killed while we touched its pages */
		fail(&r, ESRCH, "spare %d of template %d was killed while it was made", cpid, t->pid);
		memset(sp, 0, sizeof(*sp));
	}
out:
	send_reply(sock, &r, pidfd >= 0 && r.error == 0 ? &pidfd : NULL, pidfd >= 0 && r.error == 0 ? 1 : 0);
	if (pidfd >= 0)
		close(pidfd);
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
}

void op_spares_taken(int sock, const struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	for (int i = 0; i < 8 && q->args[i] > 0; i++) {
		struct spare *sp = spare_find((pid_t)q->args[i]);
		if (!sp || !sp->running)
			continue; /* ended already (reaped as a spare), or not one */
		struct child *c = child_add(sp->pid);
		if (!c)
			continue; /* no slot: it stays a spare's, reaped silently all the same */
		c->forget = 1;
		struct template *t = template_find(sp->template);
		c->stub = t ? t->stub : 0; /* its own checkpoints' templates reuse it */
		memset(sp, 0, sizeof(*sp));
	}
	send_reply(sock, &r, NULL, 0);
}

void op_discard(int sock, const struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	struct template *t = template_find((pid_t)q->args[0]);
	struct spare *sp = q->args[0] > 0 ? spare_find((pid_t)q->args[0]) : NULL;
	if (sp) {
		kill(sp->pid, SIGKILL); /* reaped by the server loop */
		memset(sp, 0, sizeof(*sp));
	} else if (!t) {
		fail(&r, ESRCH, "%lld is not a template or spare of this helper", (long long)q->args[0]);
	} else {
		spares_kill_of(t->pid);
		template_kill(t); /* reaped by the server loop, off this request's path */
		template_free(t);
	}
	send_reply(sock, &r, NULL, 0);
}

void op_diff_pages(int sock, const struct dbh_request *q, int *fds, int nfds)
{
	struct dbh_reply r = { 0 };
	struct template *a = template_ready((pid_t)q->args[0]), *b = template_ready((pid_t)q->args[1]);
	if (!a || !b || a->dead || b->dead) {
		fail(&r, ESRCH, "%lld and %lld must both be live templates of this helper",
		     (long long)q->args[0], (long long)q->args[1]);
	} else if (nfds > 1) {
		fail(&r, EINVAL, "diff takes at most one descriptor, got %d", nfds);
	} else {
		int64_t differ, scanned;
		int rc = diff_pages(a->pid, b->pid, nfds ? fds[0] : -1, &differ, &scanned, r.message,
				    sizeof(r.message));
		if (rc < 0) {
			r.error = -rc;
		} else {
			r.values[0] = differ;
			r.values[1] = scanned;
		}
	}
	send_reply(sock, &r, NULL, 0);
}

/*
 * A clone of the template for an external dumper (CRIU): forked and fixed up like a rollback's
 * new process (private files, the given stdio, tid, robust list, pending signals), with the
 * checkpoint's registers put back, then let go stopped. CRIU cannot seize a process that we
 * trace; this clone's only tracer is us, and once detached it sits in a group stop (SIGSTOP
 * queued before the detach), before any user code ran. CRIU reads its registers there and
 * turns an interrupted syscall into a restart itself.
 */
void op_dump_clone(int sock, const struct dbh_request *q, int *fds, int nfds)
{
	struct dbh_reply r = { 0 };
	struct template *t = template_ready((pid_t)q->args[0]);
	struct sigstash caught = { 0 };
	struct tracee C = { .stash = &caught };
	pid_t cpid = 0;
	int rc;
	if (nfds != 3 && nfds != 4) {
		fail(&r, EINVAL, "dump clone needs 3 descriptors (stdin, stdout, stderr) and an optional page list, got %d",
		     nfds);
		goto out;
	}
	if (!t || t->dead) {
		fail(&r, t ? EOWNERDEAD : ESRCH, "%lld is not a live template of this helper%s", (long long)q->args[0],
		     t && t->broken[0] ? t->broken : "");
		goto out;
	}
	if ((rc = fork_child(t, &C, fds, &cpid, 0)) < 0 || (rc = tracee_requeue_signals(&C, C.stash, C.stash->n)) < 0 ||
	    (rc = tracee_settle(&C)) < 0 || (rc = tracee_set_regs(&C, &t->regs)) < 0)
		goto fail_c;
	int64_t dirty = 0, scanned = 0;
	if (nfds == 4 &&
	    (rc = diff_pages(t->pid, cpid, fds[3], &dirty, &scanned, C.err, sizeof(C.err))) < 0)
		goto fail_c;
	if (kill(cpid, SIGSTOP) < 0) {
		rc = -errno;
		snprintf(C.err, sizeof(C.err), "SIGSTOP %d: %s", cpid, strerror(errno));
		goto fail_c;
	}
	if ((rc = tracee_detach(&C)) < 0)
		goto fail_c;
	int pidfd = (int)syscall(SYS_pidfd_open, cpid, 0);
	if (pidfd < 0) {
		fail(&r, errno, "pidfd_open(%d): %s", cpid, strerror(errno));
		kill(cpid, SIGKILL);
		goto out;
	}
	r.values[0] = cpid;
	r.values[1] = dirty;
	send_reply(sock, &r, &pidfd, 1);
	close(pidfd);
	goto close_fds;
fail_c:
	fail(&r, -rc, "dump clone of template %d: %s", t->pid, C.err);
	if (cpid > 0)
		kill(cpid, SIGKILL); /* our child (CLONE_PARENT): the server loop reaps it */
	drain_mailbox(t);
out:
	send_reply(sock, &r, NULL, 0);
close_fds:
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
}
