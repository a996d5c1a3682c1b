/*
 * deltabox-helper: the single-threaded process that owns a DeltaBox's processes.
 *
 * Why a process of its own: ptrace stops belong to one OS thread, any JVM thread calling
 * waitpid (the JDK's process reaper) could steal them, and a crash here must not take the
 * JVM down. It is the subreaper and the parent of every process it spawns, of every template
 * (templates.c) and of every process rolled back from one.
 *
 * Lifetime: it serves exactly one runtime connection. When that connection closes (the
 * runtime closed it or died), it kills every process and template it holds and exits. If
 * nobody connects within DBH_CONNECT_TIMEOUT_MS it exits too. Templates are traced with
 * PTRACE_O_EXITKILL, so even a crash of the helper cannot leave them running.
 *
 * This file: the server loop, the process table, spawn / wait / signal / inspect.
 *
 * Usage: deltabox-helper SOCKET_PATH   (prints "ready PID" on stdout once it listens)
 */
#define _GNU_SOURCE
#include "helper.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#define DBH_CONNECT_TIMEOUT_MS 30000
#define MAX_CHILDREN 1024
#define BACKGROUND_NICE 10
/* Requests are served above the normal priority: each is on its caller's path, and on a small
 * machine the box setups, the JVM's compilers and the boxes' own work would otherwise keep the
 * helper waiting for a CPU as long as it runs. What it starts gets the normal one (or lower). */
#define SERVING_NICE -5

static struct child children[MAX_CHILDREN];
static int client_sock = -1; /* the one runtime connection */

void logf_(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "deltabox-helper[%d]: ", getpid());
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void send_reply(int sock, struct dbh_reply *r, const int *fds, int nfds)
{
	char control[CMSG_SPACE(sizeof(int) * DBH_MAX_FDS)];
	memset(control, 0, sizeof(control));
	struct iovec iov = { r, sizeof(*r) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	r->nfds = nfds;
	if (nfds > 0) {
		msg.msg_control = control;
		msg.msg_controllen = CMSG_SPACE(sizeof(int) * nfds);
		struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * nfds);
	}
	while (sendmsg(sock, &msg, MSG_NOSIGNAL) < 0 && errno == EINTR)
		;
}

void fail(struct dbh_reply *r, int err, const char *fmt, ...)
{
	va_list ap;
	r->error = err;
	va_start(ap, fmt);
	vsnprintf(r->message, sizeof(r->message), fmt, ap);
	va_end(ap);
}

struct child *child_find(pid_t pid)
{
	for (int i = 0; i < MAX_CHILDREN; i++)
		if (children[i].pid == pid)
			return &children[i];
	return NULL;
}

struct child *child_add(pid_t pid)
{
	struct child *c = child_find(0);
	if (c)
		*c = (struct child){ .pid = pid };
	return c;
}

static void wait_result(struct dbh_reply *r, struct child *c)
{
	r->values[0] = c->code;
	r->values[1] = c->status;
	c->pid = 0; /* reported once: forget it */
}

/* Splits "a\0b\0\0" at *pos into a NULL-terminated vector; advances *pos past the empty string. */
static int split_strings(const struct dbh_request *q, uint32_t *pos, char **out, int cap)
{
	int n = 0;
	while (*pos < q->data_len && q->data[*pos] != '\0') {
		if (n == cap - 1)
			return -1;
		out[n++] = (char *)&q->data[*pos];
		*pos += strnlen(&q->data[*pos], q->data_len - *pos) + 1;
	}
	if (*pos >= q->data_len)
		return -1;
	(*pos)++;
	out[n] = NULL;
	return n;
}

/*
 * fork() for a process that must run inside box `box`: returns 0 in that process, its pid (as
 * the helper numbers it) in the helper, or -1 with r filled in. A forked intermediate joins the
 * box (box_enter) and clones the process with CLONE_PARENT, so it is the helper's child, born
 * in the box's PID namespace; the intermediate reports its pid through a pipe and exits.
 */
static pid_t spawn_in_box(pid_t box, struct dbh_reply *r)
{
	struct { int32_t pid; int32_t err; char text[200]; } m = { 0 };
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/root", box);
	/* opened here, in the host's view: after setns the intermediate sees the box's /proc */
	int rootfd = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
	int pidpipe[2];
	if (rootfd < 0) {
		fail(r, errno, "opening the root of box %d: %s", box, strerror(errno));
		return -1;
	}
	if (pipe2(pidpipe, O_CLOEXEC) < 0) {
		fail(r, errno, "pipe2: %s", strerror(errno));
		close(rootfd);
		return -1;
	}
	pid_t mid = fork();
	if (mid == 0) {
		close(pidpipe[0]);
		int rc = box_enter(box, rootfd, m.text, sizeof(m.text));
		if (rc == 0) {
			long pid = syscall(SYS_clone, CLONE_PARENT | SIGCHLD, 0, 0, 0, 0);
			if (pid == 0) {
				close(pidpipe[1]);
				close(rootfd);
				return 0;
			}
			if (pid < 0) {
				rc = -errno;
				snprintf(m.text, sizeof(m.text), "clone inside box %d: %s", box, strerror(errno));
			}
			m.pid = (int32_t)pid;
		}
		m.err = -rc;
		(void)!write(pidpipe[1], &m, sizeof(m));
		_exit(0);
	}
	close(rootfd);
	close(pidpipe[1]);
	if (mid < 0) {
		fail(r, errno, "fork: %s", strerror(errno));
		close(pidpipe[0]);
		return -1;
	}
	ssize_t n;
	while ((n = read(pidpipe[0], &m, sizeof(m))) < 0 && errno == EINTR)
		;
	close(pidpipe[0]);
	while (waitpid(mid, NULL, 0) < 0 && errno == EINTR)
		;
	if (n != (ssize_t)sizeof(m)) {
		fail(r, EIO, "spawn into box %d: the intermediate process died", box);
		return -1;
	}
	if (m.err) {
		fail(r, m.err, "spawn into box %d: %s", box, m.text);
		return -1;
	}
	return m.pid;
}

static void op_spawn(int sock, struct dbh_request *q, int *fds, int nfds)
{
	struct dbh_reply r = { 0 };
	char *argv[512], *envp[512];
	uint32_t pos = 0;
	if (nfds < 3) {
		fail(&r, EINVAL, "spawn needs at least 3 descriptors (stdin, stdout, stderr), got %d", nfds);
		goto out;
	}
	if (q->data_len == 0 || q->data[q->data_len - 1] != '\0') {
		fail(&r, EINVAL, "spawn data is not NUL-terminated");
		goto out;
	}
	const char *cwd = q->data;
	pos = strlen(cwd) + 1;
	if (split_strings(q, &pos, argv, 512) < 1 || split_strings(q, &pos, envp, 512) < 0) {
		fail(&r, EINVAL, "spawn data is not 'cwd argv.. env..' with at least one argument");
		goto out;
	}
	if (!child_find(0)) {
		fail(&r, EAGAIN, "too many processes (%d) under this helper", MAX_CHILDREN);
		goto out;
	}
	pid_t box = (pid_t)q->args[0];
	if (box && !box_is(box)) {
		fail(&r, ESRCH, "%d is not a box of this helper", box);
		goto out;
	}
	int errpipe[2];
	if (pipe2(errpipe, O_CLOEXEC) < 0) {
		fail(&r, errno, "pipe2: %s", strerror(errno));
		goto out;
	}
	pid_t pid = box ? spawn_in_box(box, &r) : fork();
	if (pid < 0) {
		if (!box)
			fail(&r, errno, "fork: %s", strerror(errno));
		close(errpipe[0]);
		close(errpipe[1]);
		goto out;
	}
	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGPIPE, SIG_DFL);
		/* box processes do not outlive their helper (templates: PTRACE_O_EXITKILL) */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		/* its own session: CRIU refuses a tree whose session leader is outside
		 * its pid namespace, as the caller's leader is under a container runner */
		if (setsid() < 0)
			goto child_fail;
		/* descriptor i becomes fd i (0-2: stdio; more, e.g. for criu swrk: 3, 4, ...). Moved
		 * above every target first, so that none is overwritten before it is placed. */
		for (int i = 0; i < nfds; i++)
			if ((fds[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, DBH_MAX_FDS)) < 0)
				goto child_fail;
		for (int i = 0; i < nfds; i++)
			if (dup2(fds[i], i) < 0)
				goto child_fail;
		if (*cwd && chdir(cwd) < 0)
			goto child_fail;
		/* the helper's own priority is not for what it starts */
		if (setpriority(PRIO_PROCESS, 0, q->args[1] > 0 && q->args[1] <= 19 ? (int)q->args[1] : 0) < 0)
			goto child_fail;
		execvpe(argv[0], argv, envp);
child_fail:;
		int e = errno;
		(void)!write(errpipe[1], &e, sizeof(e));
		_exit(127);
	}
	close(errpipe[1]);
	int child_errno = 0;
	ssize_t n;
	while ((n = read(errpipe[0], &child_errno, sizeof(child_errno))) < 0 && errno == EINTR)
		;
	close(errpipe[0]);
	if (n > 0) {
		/* exec failed: the child exits 127; reap it here so it never shows up in WAIT */
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		fail(&r, child_errno, "cannot start '%s' in '%s': %s", argv[0], *cwd ? cwd : ".",
		     strerror(child_errno));
		goto out;
	}
	child_add(pid);
	int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	r.values[0] = pid;
	if (pidfd < 0) {
		fail(&r, errno, "pidfd_open: %s", strerror(errno));
		kill(pid, SIGKILL);
		goto out;
	}
	send_reply(sock, &r, &pidfd, 1);
	close(pidfd);
	goto close_fds;
out:
	send_reply(sock, &r, NULL, 0);
close_fds:
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
}

/* Returns 1 if the reply is deferred until the process ends. */
static int op_wait(int sock, struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	struct child *c = q->args[0] > 0 ? child_find((pid_t)q->args[0]) : NULL;
	if (!c) {
		fail(&r, ESRCH, "process %lld is not one of this helper's", (long long)q->args[0]);
	} else if (!c->ended) {
		c->waited_on = 1;
		return 1;
	} else {
		wait_result(&r, c);
	}
	send_reply(sock, &r, NULL, 0);
	return 0;
}

static void op_signal(int sock, struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	struct child *c = q->args[0] > 0 ? child_find((pid_t)q->args[0]) : NULL;
	if (!c)
		fail(&r, ESRCH, "process %lld is not one of this helper's", (long long)q->args[0]);
	else if (!c->ended && kill(c->pid, (int)q->args[1]) < 0)
		fail(&r, errno, "kill(%d, %lld): %s", c->pid, (long long)q->args[1], strerror(errno));
	else if (q->args[2] & DBH_SIGNAL_FORGET) {
		if (c->ended)
			*c = (struct child){ 0 }; /* reaped already: free the slot now */
		else
			c->forget = 1;
	}
	send_reply(sock, &r, NULL, 0);
}

void process_ended(pid_t pid, int code, int status)
{
	boxes_ended(pid); /* a box init: its pid may be reused from now on */
	if (template_is(pid)) {
		templates_ended(pid, code, status);
		return;
	}
	struct child *c = child_find(pid);
	if (!c)
		return; /* an orphan we adopted as subreaper, or a discarded template */
	if (c->forget) {
		*c = (struct child){ 0 };
		return;
	}
	c->ended = 1;
	c->code = code;
	c->status = status;
	if (c->waited_on) {
		struct dbh_reply r = { 0 };
		wait_result(&r, c);
		send_reply(client_sock, &r, NULL, 0);
	}
}

static void reap(void)
{
	for (;;) {
		siginfo_t si = { 0 };
		/* For a traced child this would also return ptrace stops; every stop of ours is
		 * consumed by the ptrace code that caused it, so only exits should come here. */
		if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG) < 0 || si.si_pid == 0)
			return;
		if (si.si_code == CLD_EXITED || si.si_code == CLD_KILLED || si.si_code == CLD_DUMPED)
			process_ended(si.si_pid, si.si_code, si.si_status);
	}
}

/* A child of ours that we did not start (a criu swrk restored it as our child): ours from now on. */
static void op_adopt(int sock, struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	pid_t pid = (pid_t)q->args[0];
	char path[64], buf[512];
	int ppid = -1;
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	FILE *f = pid > 0 ? fopen(path, "re") : NULL;
	if (f) {
		if (fgets(buf, sizeof(buf), f)) {
			char *p = strrchr(buf, ')'); /* the command name may hold anything */
			if (p)
				sscanf(p + 1, " %*c %d", &ppid);
		}
		fclose(f);
	}
	struct child *c = pid > 0 ? child_find(pid) : NULL;
	if (c && !c->ended) {
		/* already ours */
	} else if (ppid != getpid() || template_is(pid)) {
		fail(&r, ESRCH, "process %d is not a child of this helper (parent %d)", pid, ppid);
	} else if (!child_add(pid)) {
		fail(&r, EAGAIN, "too many processes under this helper");
	}
	send_reply(sock, &r, NULL, 0);
}

static void op_inspect(int sock, struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	pid_t pid = (pid_t)q->args[0];
	struct child *c = pid > 0 ? child_find(pid) : NULL;
	struct inspection in;
	if ((!c || c->ended) && !template_is(pid)) {
		fail(&r, ESRCH, "process %d is not one of this helper's", pid);
	} else {
		int rc = inspect_process(pid, 0, &in, r.message, sizeof(r.message));
		if (rc < 0)
			r.error = -rc;
		else
			memcpy(r.values, in.v, sizeof(r.values));
	}
	send_reply(sock, &r, NULL, 0);
}

static void kill_all(void)
{
	templates_kill_all();
	for (int i = 0; i < MAX_CHILDREN; i++)
		if (children[i].pid && !children[i].ended)
			kill(children[i].pid, SIGKILL);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s SOCKET_PATH\n", argv[0]);
		return 2;
	}
	int rc = templates_init();
	if (rc < 0) {
		logf_("cannot allocate the template tables: %s", strerror(-rc));
		return 1;
	}
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	signal(SIGPIPE, SIG_IGN);
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	int sigfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);

	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	if (strlen(argv[1]) >= sizeof(addr.sun_path)) {
		logf_("socket path too long: %s", argv[1]);
		return 2;
	}
	strcpy(addr.sun_path, argv[1]);
	int lsock = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	unlink(argv[1]);
	if (lsock < 0 || bind(lsock, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(lsock, 1) < 0) {
		logf_("cannot listen on %s: %s", argv[1], strerror(errno));
		return 1;
	}
	printf("ready %d\n", getpid());
	fflush(stdout);

	struct pollfd lp = { lsock, POLLIN, 0 };
	if (poll(&lp, 1, DBH_CONNECT_TIMEOUT_MS) <= 0) {
		logf_("no runtime connected within %d ms; exiting", DBH_CONNECT_TIMEOUT_MS);
		unlink(argv[1]);
		return 1;
	}
	int sock = accept4(lsock, NULL, NULL, SOCK_CLOEXEC);
	client_sock = sock;
	close(lsock);
	unlink(argv[1]); /* one client only: nobody else can connect from now on */
	if (sock < 0) {
		logf_("accept: %s", strerror(errno));
		return 1;
	}

	setpriority(PRIO_PROCESS, 0, SERVING_NICE);
	static struct dbh_request q;
	int waiting = 0; /* a WAIT reply is outstanding: do not read the next request yet */
	int quiet = 0; /* no request came for SETUP_QUIET_MS: pending template setups run */
	for (;;) {
		struct pollfd p[2] = { { sigfd, POLLIN, 0 }, { sock, waiting ? 0 : POLLIN, 0 } };
		/* New templates are finished once nothing has been asked for a while: a request that
		 * closely follows a checkpoint (a rollback to an earlier one, say) must not wait behind
		 * a setup (about a millisecond each). One that is needed sooner is finished then. */
		int ready = poll(p, 2, 0);
		if (ready == 0 && templates_setup_pending()) {
			if (!quiet)
				ready = poll(p, 2, SETUP_QUIET_MS);
			if (ready == 0) {
				quiet = 1;
				/* idle-time work: not above the boxes' own */
				setpriority(PRIO_PROCESS, 0, 0);
				templates_setup_one();
				setpriority(PRIO_PROCESS, 0, SERVING_NICE);
				continue;
			}
		}
		if (ready == 0)
			ready = poll(p, 2, -1);
		if (ready < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (p[0].revents & POLLIN) {
			struct signalfd_siginfo si;
			while (read(sigfd, &si, sizeof(si)) > 0)
				;
			reap();
			if (waiting) {
				waiting = 0;
				for (int i = 0; i < MAX_CHILDREN; i++)
					if (children[i].pid && children[i].waited_on)
						waiting = 1;
			}
		}
		if (p[1].revents & (POLLHUP | POLLERR))
			break;
		if (!(p[1].revents & POLLIN))
			continue;

		int fds[DBH_MAX_FDS];
		int nfds = 0;
		char control[CMSG_SPACE(sizeof(int) * DBH_MAX_FDS)];
		struct iovec iov = { &q, sizeof(q) };
		struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
				      .msg_controllen = sizeof(control) };
		memset(&q, 0, offsetof(struct dbh_request, data));
		ssize_t n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
		quiet = 0;
		if (n == 0)
			break; /* the runtime closed the connection */
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
			if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
				for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int); i++)
					if (nfds < DBH_MAX_FDS)
						fds[nfds++] = ((int *)CMSG_DATA(c))[i];
		struct dbh_reply r = { 0 };
		if ((size_t)n < offsetof(struct dbh_request, data) || q.data_len > DBH_DATA_MAX ||
		    (size_t)n != offsetof(struct dbh_request, data) + q.data_len) {
			fail(&r, EPROTO, "malformed request (%zd bytes)", n);
			send_reply(sock, &r, NULL, 0);
		} else if (q.op == DBH_OP_SPAWN) {
			op_spawn(sock, &q, fds, nfds);
			nfds = 0; /* op_spawn closed them */
		} else if (q.op == DBH_OP_HELLO) {
			r.values[0] = DBH_PROTOCOL_VERSION;
			r.values[1] = getpid();
			send_reply(sock, &r, NULL, 0);
		} else if (q.op == DBH_OP_WAIT) {
			waiting = op_wait(sock, &q);
		} else if (q.op == DBH_OP_SIGNAL) {
			op_signal(sock, &q);
		} else if (q.op == DBH_OP_INSPECT) {
			op_inspect(sock, &q);
		} else if (q.op == DBH_OP_CHECKPOINT) {
			op_checkpoint(sock, &q);
		} else if (q.op == DBH_OP_ROLLBACK) {
			op_rollback(sock, &q, fds, nfds);
			nfds = 0; /* op_rollback closed them */
		} else if (q.op == DBH_OP_DISCARD) {
			op_discard(sock, &q);
		} else if (q.op == DBH_OP_BOX_CREATE) {
			op_box_create(sock, &q);
		} else if (q.op == DBH_OP_BOX_START) {
			op_box_start(sock, &q);
		} else if (q.op == DBH_OP_BOX_FINISH) {
			op_box_finish(sock, &q);
		} else if (q.op == DBH_OP_ADOPT) {
			op_adopt(sock, &q);
		} else if (q.op == DBH_OP_DUMP_CLONE) {
			setpriority(PRIO_PROCESS, 0, BACKGROUND_NICE);
			op_dump_clone(sock, &q, fds, nfds);
			setpriority(PRIO_PROCESS, 0, SERVING_NICE);
			nfds = 0; /* op_dump_clone closed them */
		} else if (q.op == DBH_OP_DIFF_PAGES || q.op == DBH_OP_PREPARE_SPARE) {
			/* Background work (the runtime's warm thread): at a low priority, so that on a
			 * small machine it does not take the CPU from the caller a rollback just returned to. */
			setpriority(PRIO_PROCESS, 0, BACKGROUND_NICE);
			if (q.op == DBH_OP_DIFF_PAGES)
				op_diff_pages(sock, &q, fds, nfds);
			else
				op_prepare_spare(sock, &q, fds, nfds);
			if (q.op == DBH_OP_PREPARE_SPARE)
				nfds = 0; /* op_prepare_spare closed them */
			setpriority(PRIO_PROCESS, 0, SERVING_NICE);
		} else if (q.op == DBH_OP_SPARES_TAKEN) {
			op_spares_taken(sock, &q);
		} else {
			fail(&r, EOPNOTSUPP, "unknown op %u (protocol %d)", q.op, DBH_PROTOCOL_VERSION);
			send_reply(sock, &r, NULL, 0);
		}
		for (int i = 0; i < nfds; i++)
			close(fds[i]);
	}
	kill_all();
	return 0;
}
