/*
 * Internal declarations shared by the helper's source files:
 *   main.c      server loop, process table, spawn / wait / signal
 *   inject.c    ptrace: stopping a process and running syscalls inside it
 *   templates.c checkpoint / rollback / discard (template fork)
 *   inspect.c   what /proc says about a process (INSPECT, descriptor listings)
 *   pagemap.c   pages that differ between two templates
 *   boxes.c     namespaces: creating boxes, entering them
 *
 * Everything runs on the helper's one thread: no locking anywhere.
 */
#ifndef DELTABOX_HELPER_INTERNAL_H
#define DELTABOX_HELPER_INTERNAL_H

#include "deltabox_helper.h"

#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/user.h>

/* ---- main.c ---- */

void logf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fail(struct dbh_reply *r, int err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void send_reply(int sock, struct dbh_reply *r, const int *fds, int nfds);

/*
 * A process this helper started or rolled back to. PIDs are safe to use inside the helper:
 * every such process is our child, so its PID cannot be reused before we reap it. The runtime
 * only ever gets pidfds.
 */
struct child {
	pid_t pid;      /* 0: free slot */
	int ended;      /* reaped; code/status valid */
	int code;       /* CLD_EXITED, CLD_KILLED, CLD_DUMPED */
	int status;     /* exit status or signal */
	int waited_on;  /* the client is blocked in DBH_OP_WAIT for it */
	int forget;     /* replaced by a rollback: reap silently, never report */
	unsigned long stub; /* forked from a template: the call stub it inherited (see tracee_batch) */
	long nstid;     /* its pid in its innermost PID namespace; 0: not looked up yet */
};

struct child *child_find(pid_t pid);
struct child *child_add(pid_t pid); /* NULL when the table is full */

/* Whoever reaps a process (the server loop, or a ptrace wait that saw it die) reports it here. */
void process_ended(pid_t pid, int code, int status);

/* ---- inject.c ---- */

#define SIGSTASH_MAX 64

/* Signals taken out of a process while it was stopped, to be queued again later. */
struct sigstash {
	int n;
	siginfo_t info[SIGSTASH_MAX];
	unsigned char shared[SIGSTASH_MAX]; /* process-directed (else thread-directed) */
};

/*
 * A process under our ptrace, between ptrace-stops. After tracee_stop() or a new child's
 * first stop it sits in an event stop; after tracee_syscall() in a syscall-exit stop;
 * tracee_settle() brings it back to an event stop, the only stop from which restoring the
 * original registers makes the kernel restart an interrupted syscall correctly.
 */
struct tracee {
	pid_t pid;
	unsigned long syscall_insn;    /* address of a `syscall` instruction in its [vdso] */
	unsigned long scratch;         /* SCRATCH_SIZE bytes of its memory we may overwrite */
	struct user_regs_struct base;  /* registers injected syscalls start from */
	struct sigstash *stash;        /* where signals caught while injecting go (NULL: dropped) */
	int at_syscall_exit;           /* in a syscall-exit stop (else an event stop) */
	pid_t last_child;              /* the process the last injected clone() made */
	unsigned long stub;            /* its call stub (tracee_stub_map), 0: none, one injection per call */
	char err[200];                 /* explanation of the last failure */
};

#define SCRATCH_SIZE 4096

/* PTRACE_SEIZE + PTRACE_INTERRUPT until an event stop; signals met on the way go to t->stash. */
int tracee_seize_stop(struct tracee *t);
/* ...in two halves, so that several processes stop side by side: PTRACE_SEIZE + PTRACE_INTERRUPT, then the wait. */
int tracee_seize_begin(struct tracee *t);
int tracee_seize_wait(struct tracee *t);
/* The first stop of a child auto-attached by a traced clone(). */
int tracee_wait_new_child(struct tracee *t);
/*
 * Fills t->base, t->syscall_insn and t->scratch for a stopped tracee. With like != NULL (a
 * fork of that tracee: same address-space layout) only the registers are read.
 */
int tracee_prepare(struct tracee *t, const struct tracee *like);
/* Runs one syscall inside the tracee; *ret is its result (-errno on failure). */
int tracee_syscall(struct tracee *t, long *ret, long nr, long a0, long a1, long a2, long a3, long a4, long a5);
/* ...in two halves: begin returns once the syscall runs in the tracee, end waits for its exit.
 * The helper works on meanwhile (a checkpoint inspects the next process while one clones). */
int tracee_syscall_begin(struct tracee *t, long nr, long a0, long a1, long a2, long a3, long a4, long a5);
int tracee_syscall_end(struct tracee *t, long nr, long *ret);
/* clone() inside the tracee; *child is the new, auto-attached process (not yet waited for). */
int tracee_clone(struct tracee *t, unsigned long flags, unsigned long child_tid, pid_t *child);
int tracee_clone_begin(struct tracee *t, unsigned long flags, unsigned long child_tid);
int tracee_clone_end(struct tracee *t, pid_t *child);

/*
 * Runs `pid` (0: the helper) on CPU `cpu` alone, its affinity before in *was; -1 (and left as
 * it was) if it may not run there. A ptrace ping-pong between the helper and a process on the
 * same CPU is a context switch; across CPUs each hop wakes the other one (see pin_together).
 */
int affinity_pin(pid_t pid, int cpu, cpu_set_t *was);
void affinity_restore(pid_t pid, const cpu_set_t *was);

/*
 * One syscall of a batch (tracee_batch). The layout is the stub's: do not reorder. Bit i of
 * `indirect`: a[i] is the tracee address of an int (a descriptor received earlier in the batch,
 * a pid returned by an earlier call) whose value, sign-extended, is the argument.
 */
struct tracee_call {
	long nr;
	long a[6];
	long ret;       /* the result (-errno), or TRACEE_NOT_RUN */
	long indirect;
	long pad;
};
#define TRACEE_NOT_RUN (-0x7fffffffffffffffL)
#define TRACEE_CALL(nr_, a0, a1, a2) ((struct tracee_call){ .nr = (nr_), .a = { (a0), (a1), (a2) } })

/*
 * Runs calls[0..n) inside the tracee, in order, stopping after the first that fails; the table
 * goes to tracee address `table`. With a stub that is one resume and one stop for them all;
 * without, one injected syscall each. Returns how many succeeded (n: all; calls[i].ret says
 * why the next failed), or -errno when the tracee could not be driven (t->err). As after
 * tracee_syscall, tracee_settle comes before restoring its registers (a no-op after a stub,
 * whose last stop is a signal-delivery stop). A clone() in the batch is followed like
 * tracee_clone's (t->last_child).
 */
int tracee_batch(struct tracee *t, struct tracee_call *calls, int n, unsigned long table);
/* Room tracee_batch needs at `table` for n calls. */
#define TRACEE_BATCH_SIZE(n) ((size_t)(n) * sizeof(struct tracee_call))
/*
 * Gives the stopped tracee a call stub: one page, read and execute only, holding a copy of the
 * helper's stub code (sets t->stub). It is inherited by the tracee's forks. Only for a process
 * whose SIGTRAP is neither blocked nor ignored (tracee_stub_usable): the stub ends in int3,
 * and the kernel would unblock / reset a SIGTRAP it forces onto such a process.
 */
int tracee_stub_map(struct tracee *t);
/* 1 when the tracee's SIGTRAP is neither blocked nor ignored, and, with stub != 0, the page at
 * stub still holds the stub's code; 0 otherwise. */
int tracee_stub_usable(struct tracee *t, unsigned long stub);

/* From a syscall-exit stop back to an event stop (a no-op if already there). */
int tracee_settle(struct tracee *t);
int tracee_set_regs(struct tracee *t, const struct user_regs_struct *regs);
int tracee_detach(struct tracee *t);
int tracee_write(struct tracee *t, unsigned long addr, const void *buf, size_t len);
int tracee_read(struct tracee *t, unsigned long addr, void *buf, size_t len);
/* Queues the first n stashed signals inside the tracee again, with their original siginfo. */
int tracee_requeue_signals(struct tracee *t, const struct sigstash *s, int n);
/* Adds the tracee's pending-but-blocked signals (which fork does not copy) to s. */
int tracee_peek_pending(struct tracee *t, struct sigstash *s);

/* ---- templates.c ---- */

void op_checkpoint(int sock, const struct dbh_request *q);
void op_rollback(int sock, const struct dbh_request *q, int *fds, int nfds);
void op_discard(int sock, const struct dbh_request *q);
void op_diff_pages(int sock, const struct dbh_request *q, int *fds, int nfds);
void op_prepare_spare(int sock, const struct dbh_request *q, int *fds, int nfds);
void op_spares_taken(int sock, const struct dbh_request *q);
void op_dump_clone(int sock, const struct dbh_request *q, int *fds, int nfds);
/* a template or a spare (both held stopped under our ptrace) */
int template_is(pid_t pid);
/* Finishes the setup of one template checkpointed earlier (when the helper is idle); returns 0 if
 * none was pending. */
int templates_setup_one(void);
/* Whether a template's setup is pending. */
int templates_setup_pending(void);
/* How long the server waits for no request before it runs pending setups: the runtime's own
 * background work waits as long after an operation, to leave the CPU to what follows it. */
#define SETUP_QUIET_MS 5
void templates_ended(pid_t pid, int code, int status);
void templates_kill_all(void);
/* The template and spare tables; before any other templates_* call. 0 or -errno. */
int templates_init(void);

/* ---- inspect.c ---- */

struct inspection {
	int64_t v[8]; /* indexed by enum dbh_inspect_value */
};

/* What /proc/PID/status says that the helper uses. */
struct proc_status {
	long threads, seccomp, tracer;
	long nstid; /* its pid in its innermost PID namespace */
};

int read_status(pid_t pid, struct proc_status *out); /* 0 or -errno */
/* `quick`: only what decides whether fork can copy it (no seccomp mode, no tracer) */
int inspect_process(pid_t pid, int quick, struct inspection *out, char *err, size_t errlen);
int count_threads(pid_t pid);

/* An open regular file or directory whose description fork would share. */
struct saved_file {
	int fd;
	int flags;   /* open flags from fdinfo, O_CLOEXEC included */
	off_t pos;
	int is_dir;
};

/* Lists fds >= 3 that are regular files or directories; returns how many or -errno. */
int list_seekable_fds(pid_t pid, struct saved_file **out, char *err, size_t errlen);

/* ---- pagemap.c ---- */

int diff_pages(pid_t older, pid_t newer, int out_fd, int64_t *differ, int64_t *scanned,
	       char *err, size_t errlen);

/* ---- boxes.c ---- */

void op_box_create(int sock, const struct dbh_request *q);
void op_box_start(int sock, const struct dbh_request *q);
void op_box_finish(int sock, const struct dbh_request *q);
int box_is(pid_t init);
int box_pidfd(pid_t init); /* the box table's pidfd of the init (not the caller's), -1: no box */
void boxes_ended(pid_t pid);
/* In a forked intermediate: joins box `init`'s namespaces and its root (rootfd: /proc/INIT/root
 * opened before). 0 or -errno with err filled in. */
int box_enter(pid_t init, int rootfd, char *err, size_t errlen);

#endif
