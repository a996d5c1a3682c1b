/*
 * Boxes: isolated sets of Linux namespaces (mount, PID, UTS, IPC and, unless the host's network
 * is asked for, network) whose processes stay the helper's children.
 *
 * Why the helper makes them and not the JVM: the helper must be the parent of every box process
 * (it ptraces them, and template forks use CLONE_PARENT), and a process can only get a parent
 * outside its PID namespace by being cloned with CLONE_PARENT by a child of that parent. So:
 *
 *   helper ── clone(CLONE_VM) ──> intermediate ── clone(CLONE_PARENT | CLONE_NEW*) ──> box init (PID 1)
 *
 * With a parent box, whose PID namespace the new one must be a child of, the helper joins that
 * namespace for its children (setns CLONE_NEWPID) around the intermediate's clone: the
 * intermediate is born in it, as the kernel requires of a process that clones with
 * CLONE_NEWPID (its own namespace and its namespace for children must be the same one).
 *
 * The intermediate exits right after its clone; the init (a function of this binary, no exec)
 * pivots into the box's root, mounts a fresh /proc, a read-only /sys and a minimal /dev, sets
 * the hostname, brings up loopback, reports ready and then only reaps the orphans of the box,
 * forever. A box can be made in two requests (BOX_START, BOX_FINISH): the setup runs in those
 * processes while the helper serves other requests in between. With a
 * parent box, the new PID namespace is a child of the parent's: the kernel lets a process
 * clone only into its own PID namespace or a descendant (pidns_install), so that is what lets a
 * template of the parent box be rolled back into the new one (templates.c).
 *
 * The init's pid as the helper numbers it comes with its ready message: the setup channel is a
 * socketpair with SO_PASSCRED on the helper's end, and the kernel translates the sender's pid
 * into the receiver's PID namespace (the init's own getpid() says 1).
 *
 * A box is destroyed by killing its init: when PID 1 of a namespace dies the kernel kills every
 * other process in it (and in its descendant namespaces), and the mounts go with the last
 * process of the mount namespace. The init is in the helper's process table, so WAIT reports
 * its end and SIGNAL reaches it (from an ancestor namespace SIGKILL is always delivered, while
 * processes inside the box cannot kill their PID 1).
 *
 * Spawning into a box (spawn_enter_box) works the same way: a forked intermediate joins the
 * box's namespaces and root through the init's pidfd, then clones the real process with
 * CLONE_PARENT.
 *
 * Everything here runs on the helper's one thread; the box table is the helper's alone.
 */
#define _GNU_SOURCE
#include "helper.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_BOXES 256
/* a box sets itself up at a low priority: on a small machine the helper forking sessions into
 * the boxes made before it comes first (a fork of many boxes has several on their way) */
#define SETUP_NICE 10
#define BOX_NS_FLAGS (CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC)

struct box {
	pid_t init;  /* 0: free slot. Our child (CLONE_PARENT): the pid is ours until we reap it */
	int pidfd;
	int flags;   /* DBH_BOX_* */
};

static struct box boxes[MAX_BOXES];

static struct box *box_find(pid_t init)
{
	if (init <= 0)
		return NULL;
	for (int i = 0; i < MAX_BOXES; i++)
		if (boxes[i].init == init)
			return &boxes[i];
	return NULL;
}

int box_is(pid_t init)
{
	return box_find(init) != NULL;
}

int box_pidfd(pid_t init)
{
	struct box *b = box_find(init);
	return b ? b->pidfd : -1;
}

void boxes_ended(pid_t pid)
{
	struct box *b = box_find(pid);
	if (b) {
		close(b->pidfd);
		memset(b, 0, sizeof(*b));
	}
}

/* What the intermediate and the init tell the helper through the setup socket (one message each). */
struct box_msg {
	int32_t kind;  /* BOX_MSG_* */
	int32_t err;   /* errno, for BOX_MSG_ERROR */
	char text[200];
};

enum { BOX_MSG_READY = 1, BOX_MSG_ERROR = 2 };

static void msg_send(int fd, int kind, int err, const char *fmt, ...)
{
	struct box_msg m = { .kind = kind, .err = err };
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(m.text, sizeof(m.text), fmt, ap);
		va_end(ap);
	}
	(void)!send(fd, &m, sizeof(m), MSG_NOSIGNAL);
}

/* Reports a failed setup step with errno and exits: the box's namespaces die with the init. */
static __attribute__((noreturn)) void init_fail(int fd, const char *fmt, const char *arg)
{
	int e = errno;
	char step[160];
	snprintf(step, sizeof(step), fmt, arg);
	msg_send(fd, BOX_MSG_ERROR, e, "%s: %s", step, strerror(e));
	_exit(1);
}

static void path_in(char *out, size_t len, const char *root, const char *rel)
{
	snprintf(out, len, "%s/%s", root, rel);
}

/*
 * mount(2) on a directory of the box's tree, made first if the tree lacks it. Tried before any
 * mkdir: the root is a DeltaFS view, where each mkdir of an existing directory is a round trip
 * to the filesystem server.
 */
static int mount_on(const char *src, const char *path, const char *type, unsigned long flags, const char *data,
		    mode_t mode)
{
	int rc = mount(src, path, type, flags, data);
	if (rc < 0 && errno == ENOENT && (mkdir(path, mode) == 0 || errno == EEXIST))
		rc = mount(src, path, type, flags, data);
	return rc;
}

static const char *const host_devices[] = { "null", "zero", "full", "random", "urandom", "tty" };

/*
 * The minimal /dev: a tmpfs with nodes of the harmless host devices, a private devpts, shm.
 * Nodes, not bind mounts of the host's: the same devices for a box's root, at a fraction of
 * the cost of six more mounts per box.
 */
static void init_dev(int fd, const char *root)
{
	char dev[PATH_MAX], p[PATH_MAX + 32];
	path_in(dev, sizeof(dev), root, "dev");
	if (mount_on("tmpfs", dev, "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=755,size=1m", 0755) < 0)
		init_fail(fd, "mounting a tmpfs at %s", dev);
	mode_t was = umask(0);
	for (size_t i = 0; i < sizeof(host_devices) / sizeof(host_devices[0]); i++) {
		char host[64];
		struct stat st;
		snprintf(host, sizeof(host), "/dev/%s", host_devices[i]);
		snprintf(p, sizeof(p), "%s/%s", dev, host_devices[i]);
		if (stat(host, &st) < 0)
			init_fail(fd, "the host's %s, a device the box gets", host);
		if (!S_ISCHR(st.st_mode)) {
			errno = ENODEV;
			init_fail(fd, "the host's %s, a device the box gets", host);
		}
		if (mknod(p, S_IFCHR | 0666, st.st_rdev) < 0)
			init_fail(fd, "creating the device node %s", p);
	}
	umask(was);
	snprintf(p, sizeof(p), "%s/pts", dev);
	if (mkdir(p, 0755) < 0)
		init_fail(fd, "mkdir %s", p);
	if (mount("devpts", p, "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,ptmxmode=0666,mode=620") < 0)
		init_fail(fd, "mounting a new devpts instance at %s", p);
	snprintf(p, sizeof(p), "%s/shm", dev);
	if (mkdir(p, 01777) < 0)
		init_fail(fd, "mkdir %s", p);
	if (mount("tmpfs", p, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") < 0)
		init_fail(fd, "mounting a tmpfs at %s", p);
	static const char *const links[][2] = {
		{ "pts/ptmx", "ptmx" }, { "/proc/self/fd", "fd" }, { "/proc/self/fd/0", "stdin" },
		{ "/proc/self/fd/1", "stdout" }, { "/proc/self/fd/2", "stderr" },
	};
	for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", dev, links[i][1]);
		if (symlink(links[i][0], p) < 0)
			init_fail(fd, "symlink %s", p);
	}
}

static void loopback_up(int fd)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct ifreq ifr = { 0 };
	strcpy(ifr.ifr_name, "lo");
	if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
		init_fail(fd, "reading the flags of %s", "lo");
	ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
	if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
		init_fail(fd, "bringing %s up", "lo");
	close(s);
}

/* PID 1 of a new box. Never returns; exits only when a setup step fails. */
static __attribute__((noreturn)) void box_init(const char *root, const char *hostname, int new_net, int fd)
{
	char p[PATH_MAX];
	/* the helper is our parent (CLONE_PARENT): a box does not outlive its helper */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_SET_NAME, "box-init");
	/* all blocked: SIGCHLD is taken by sigwaitinfo below, the rest stays pending forever */
	sigset_t all;
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, NULL);
	/* nothing we mount may propagate back to the host */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		init_fail(fd, "making the box's mounts private%s", "");
	/* pivot_root needs the new root to be a mount point; recursive: mounts the caller put
	 * under the root come along */
	struct stat st;
	if (stat(root, &st) < 0)
		init_fail(fd, "box root '%s'", root);
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		init_fail(fd, "box root '%s'", root);
	}
	if (mount(root, root, NULL, MS_BIND | MS_REC, NULL) < 0)
		init_fail(fd, "binding the root %s onto itself", root);
	path_in(p, sizeof(p), root, "proc");
	/* mounted by PID 1 of the new namespace: it shows the box's processes only */
	if (mount_on("proc", p, "proc", MS_NOSUID | MS_NOEXEC | MS_NODEV, NULL, 0555) < 0)
		init_fail(fd, "mounting proc at %s", p);
	/* a read-only sysfs, as containers have: glibc's malloc reads the transparent huge page
	 * mode there (GLIBC_TUNABLES=glibc.malloc.hugetlb=1 does nothing without it), and tools
	 * read the CPUs and memory there. Best effort: a box without it still works. */
	path_in(p, sizeof(p), root, "sys");
	(void)mount_on("sysfs", p, "sysfs", MS_RDONLY | MS_NOSUID | MS_NOEXEC | MS_NODEV, NULL, 0555);
	init_dev(fd, root);
	/* pivot_root(".", "."): the old root ends up stacked on the new one, and the detach
	 * removes it; no directory for the old root is needed inside the box */
	if (chdir(root) < 0)
		init_fail(fd, "chdir %s", root);
	if (syscall(SYS_pivot_root, ".", ".") < 0)
		init_fail(fd, "pivot_root into %s", root);
	if (umount2(".", MNT_DETACH) < 0)
		init_fail(fd, "detaching the host's root%s", "");
	if (chdir("/") < 0)
		init_fail(fd, "chdir /%s", "");
	if (sethostname(hostname, strlen(hostname)) < 0)
		init_fail(fd, "sethostname %s", hostname);
	if (new_net)
		loopback_up(fd);
	int null = open("/dev/null", O_RDWR);
	if (null < 0)
		init_fail(fd, "opening /dev/null inside the box%s", "");
	for (int i = 0; i < 3; i++)
		dup2(null, i);
	/* nothing of the helper's (its socket, signalfd, other boxes' pipes) stays open in here */
	if (fd > 3)
		syscall(SYS_close_range, 3, fd - 1, 0);
	syscall(SYS_close_range, fd + 1, ~0U, 0);
	setpriority(PRIO_PROCESS, 0, 0);
	msg_send(fd, BOX_MSG_READY, 0, NULL);
	close(fd);

	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	for (;;) {
		/* orphans of the box are reparented to us; a blocked SIGCHLD stays pending, so one
		 * arriving between ECHILD and sigwaitinfo is not lost */
		if (waitpid(-1, NULL, __WALL) < 0 && errno == ECHILD)
			sigwaitinfo(&chld, NULL);
	}
}

/* One setup message and its sender's pid as we number it; -1 when every sender is gone. */
static int read_msg(int fd, struct box_msg *m, pid_t *sender)
{
	char control[CMSG_SPACE(sizeof(struct ucred))];
	struct iovec iov = { m, sizeof(*m) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
			      .msg_controllen = sizeof(control) };
	ssize_t n;
	while ((n = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (n != (ssize_t)sizeof(*m))
		return -1;
	*sender = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
			struct ucred u;
			memcpy(&u, CMSG_DATA(c), sizeof(u));
			*sender = u.pid;
		}
	return 0;
}

/*
 * The intermediate: clones the init with the box's new namespaces and CLONE_PARENT, so that the
 * init is the helper's child, then exits. It shares the helper's memory (CLONE_VM, see
 * mid_start) and runs on its own stack: it touches nothing but that stack (where its arguments
 * were copied) and its setup socket. A slot is the helper thread's while its tid is 0 (free),
 * the intermediate's (read only) while it runs.
 */
struct mid_stack {
	volatile pid_t tid; /* nonzero while an intermediate runs on it: the kernel zeroes it at its exit */
	int used;           /* its pages are mapped: given back once free (see mid_start) */
	int fd;
	int new_net;
	char root[PATH_MAX];
	char hostname[72];
	/* also the init's stack from its start on: it is born on a copy of it */
	char stack[128 * 1024] __attribute__((aligned(16)));
};

static int mid_main(void *arg)
{
	struct mid_stack *m = arg;
	setpriority(PRIO_PROCESS, 0, SETUP_NICE);
	unsigned long cf = CLONE_PARENT | SIGCHLD | BOX_NS_FLAGS | (m->new_net ? CLONE_NEWNET : 0);
	long pid = syscall(SYS_clone, cf, 0, 0, 0, 0);
	if (pid == 0)
		box_init(m->root, m->hostname, m->new_net, m->fd);
	if (pid < 0) /* (errno is the helper's too: the message may name the wrong reason, never the wrong box) */
		msg_send(m->fd, BOX_MSG_ERROR, errno, "clone with new namespaces: %s", strerror(errno));
	_exit(0);
}

/*
 * Starts the intermediate of a box. A fork would copy the helper's page tables, only for the
 * intermediate to drop them a moment later: with CLONE_VM it costs neither, and the init's clone
 * makes the one copy the init needs. Stacks are reused once their intermediate has exited
 * (CLONE_CHILD_CLEARTID); there are more than boxes can be on their way. Returns its pid, or -1
 * with errno.
 */
#define MID_STACKS 24
static struct mid_stack mid_stacks[MID_STACKS];

static pid_t mid_start(const char *root, const char *hostname, int new_net, int fd)
{
	struct mid_stack *m = NULL;
	for (int i = 0; i < MID_STACKS; i++) {
		struct mid_stack *f = &mid_stacks[i];
		if (f->tid)
			continue;
		/* the init copied what it needs: the pages of a free stack would only be copied again
		 * into every later init */
		if (f->used) {
			madvise(f->stack, sizeof(f->stack), MADV_DONTNEED);
			f->used = 0;
		}
		if (!m)
			m = f;
	}
	if (!m) {
		errno = EAGAIN;
		return -1;
	}
	m->tid = -1;
	m->used = 1;
	m->fd = fd;
	m->new_net = new_net;
	snprintf(m->root, sizeof(m->root), "%s", root);
	snprintf(m->hostname, sizeof(m->hostname), "%s", hostname);
	pid_t mid = clone(mid_main, m->stack + sizeof(m->stack), CLONE_VM | CLONE_CHILD_CLEARTID | SIGCHLD, m, NULL,
			  NULL, &m->tid);
	if (mid < 0)
		m->tid = 0;
	return mid;
}

/* The helper's own PID namespace, to return to after making a box inside another one. */
static int own_pidns(void)
{
	static int fd = -1;
	if (fd < 0)
		fd = open("/proc/self/ns/pid", O_RDONLY | O_CLOEXEC);
	return fd;
}

/*
 * A box on its way: its intermediate and init run, and the helper takes its ready message at
 * BOX_FINISH. Several can be on their way while the helper serves other requests (forks of
 * many boxes make the next boxes while sessions are forked into the last).
 */
#define MAX_PENDING 16
struct pending {
	int64_t ticket;   /* 0: free slot; the caller's name for it (a pid could be reused) */
	int sock;         /* the helper's end of the setup socket */
	int flags;
	char root[160];   /* for messages */
};
static struct pending pendings[MAX_PENDING];

/*
 * Checks a BOX_CREATE / BOX_START request and starts the box: its intermediate and init run
 * from here on by themselves. Returns the pending slot, or NULL with r saying why.
 */
static struct pending *box_start(const struct dbh_request *q, struct dbh_reply *r)
{
	int flags = (int)q->args[0];
	pid_t parent = (pid_t)q->args[1];
	struct box *pb = NULL;
	struct pending *pd = NULL;
	int sv[2] = { -1, -1 }, on = 1;
	if (q->data_len == 0 || q->data[q->data_len - 1] != '\0') {
		fail(r, EINVAL, "box data is not NUL-terminated");
		return NULL;
	}
	const char *root = q->data;
	size_t rootlen = strlen(root);
	const char *hostname = rootlen + 1 < q->data_len ? root + rootlen + 1 : "box";
	if (flags & ~DBH_BOX_HOST_NETWORK) {
		fail(r, EINVAL, "unknown box flags %#x", flags);
		return NULL;
	}
	/* whether it is a directory the init finds out (its first mount): a stat here would wait
	 * on DeltaFS for a view just made, on the helper's one thread */
	if (root[0] != '/' || rootlen >= PATH_MAX - 32) {
		fail(r, EINVAL, "box root '%s' is not an absolute path", root);
		return NULL;
	}
	if (!*hostname || strlen(hostname) > 64) {
		fail(r, EINVAL, "box hostname '%s' must have 1 to 64 characters", hostname);
		return NULL;
	}
	if (parent && !(pb = box_find(parent))) {
		fail(r, ESRCH, "parent box %d is not a box of this helper", parent);
		return NULL;
	}
	for (int i = 0; i < MAX_PENDING && !pd; i++)
		if (!pendings[i].ticket)
			pd = &pendings[i];
	int used = 0;
	for (int i = 0; i < MAX_BOXES; i++)
		used += boxes[i].init != 0;
	for (int i = 0; i < MAX_PENDING; i++)
		used += pendings[i].ticket != 0;
	if (!pd || used >= MAX_BOXES || !child_find(0)) {
		fail(r, EAGAIN, "too many boxes or processes under this helper");
		return NULL;
	}
	if (pb && own_pidns() < 0) {
		fail(r, errno, "opening the helper's PID namespace: %s", strerror(errno));
		return NULL;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0 ||
	    setsockopt(sv[0], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)) < 0) {
		fail(r, errno, "setup socket: %s", strerror(errno));
		goto fail;
	}
	if (pb && setns(pb->pidfd, CLONE_NEWPID) < 0) {
		fail(r, errno, "joining the PID namespace of parent box %d: %s", parent, strerror(errno));
		goto fail;
	}
	/* (sv[0] stays open in the intermediate and the init until the init's close_range) */
	pid_t mid = mid_start(root, hostname, !(flags & DBH_BOX_HOST_NETWORK), sv[1]);
	int mid_errno = errno;
	/* back to its own: never fails for the namespace a process is in; if it did, every later
	 * process of the helper would be born in that box, so the helper stops instead */
	if (pb && setns(own_pidns(), CLONE_NEWPID) < 0) {
		logf_("cannot return to its own PID namespace after making a box: %s; exiting", strerror(errno));
		_exit(1);
	}
	if (mid < 0) {
		fail(r, mid_errno, "fork of the box's intermediate: %s", strerror(mid_errno));
		goto fail;
	}
	close(sv[1]); /* the intermediate exits after its clone: the server loop reaps it */
	static int64_t tickets;
	*pd = (struct pending){ .ticket = ++tickets, .sock = sv[0], .flags = flags };
	snprintf(pd->root, sizeof(pd->root), "%s", root);
	return pd;
fail:
	for (int i = 0; i < 2; i++)
		if (sv[i] >= 0)
			close(sv[i]);
	return NULL;
}

/* Waits for a started box's ready message and answers the request with it (or why it failed). */
static void box_finish(int sock, struct pending *pd)
{
	struct dbh_reply r = { 0 };
	struct pending p = *pd;
	*pd = (struct pending){ 0 };
	struct box *b = NULL;
	struct box_msg m;
	pid_t init = 0;
	if (read_msg(p.sock, &m, &init) < 0) {
		fail(&r, EIO, "box %s: its setup processes died without a word", p.root);
		goto out;
	}
	if (m.kind != BOX_MSG_READY) {
		fail(&r, m.err, "box %s: %s", p.root, m.text); /* the sender exits; the server loop reaps it */
		goto out;
	}
	for (int i = 0; i < MAX_BOXES && !b; i++)
		if (!boxes[i].init)
			b = &boxes[i];
	int pidfd = init > 0 ? (int)syscall(SYS_pidfd_open, init, 0) : -1;
	int mine = pidfd >= 0 ? (int)syscall(SYS_pidfd_open, init, 0) : -1; /* the caller's copy */
	if (mine < 0 || !b) {
		fail(&r, !b ? EAGAIN : init > 0 ? errno : EPROTO, "box %s: no pidfd for its init %d: %s", p.root, init,
		     !b ? "too many boxes" : init > 0 ? strerror(errno) : "no credentials with its ready message");
		if (init > 0)
			kill(init, SIGKILL); /* not ours to track yet: the server loop reaps it */
		if (pidfd >= 0)
			close(pidfd);
		if (mine >= 0)
			close(mine);
		goto out;
	}
	*b = (struct box){ .init = init, .pidfd = pidfd, .flags = p.flags };
	child_add(init);
	r.values[0] = init;
	close(p.sock);
	send_reply(sock, &r, &mine, 1);
	close(mine);
	return;
out:
	close(p.sock);
	send_reply(sock, &r, NULL, 0);
}

void op_box_create(int sock, const struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	struct pending *pd = box_start(q, &r);
	if (pd)
		box_finish(sock, pd);
	else
		send_reply(sock, &r, NULL, 0);
}

void op_box_start(int sock, const struct dbh_request *q)
{
	struct dbh_reply r = { 0 };
	struct pending *pd = box_start(q, &r);
	if (pd)
		r.values[0] = pd->ticket;
	send_reply(sock, &r, NULL, 0);
}

void op_box_finish(int sock, const struct dbh_request *q)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pendings[i].ticket && pendings[i].ticket == q->args[0]) {
			box_finish(sock, &pendings[i]);
			return;
		}
	struct dbh_reply r = { 0 };
	fail(&r, ESRCH, "%lld is not a box on its way (BOX_START) under this helper", (long long)q->args[0]);
	send_reply(sock, &r, NULL, 0);
}

/*
 * In a freshly forked intermediate: joins every namespace of box `init` and its root. Returns
 * 0, or -errno with `err` saying which step failed. The caller then clones the real process
 * with CLONE_PARENT (the intermediate's own PID stays in the helper's namespace; its children
 * are born in the box's).
 */
int box_enter(pid_t init, int rootfd, char *err, size_t errlen)
{
	struct box *b = box_find(init);
	if (!b) {
		snprintf(err, errlen, "%d is not a box of this helper", init);
		return -ESRCH;
	}
	/* pidfd setns with several namespaces at once (Linux 5.8+): all or nothing */
	int ns = BOX_NS_FLAGS | CLONE_NEWNET;
	if (setns(b->pidfd, ns) < 0) {
		int e = errno;
		snprintf(err, errlen, "joining the namespaces of box %d: %s", init, strerror(e));
		return -e;
	}
	/* setns(CLONE_NEWNS) puts us at the namespace's topmost root; the box's root is what its
	 * init pivoted into, so take that explicitly */
	if (fchdir(rootfd) < 0 || chroot(".") < 0) {
		int e = errno;
		snprintf(err, errlen, "entering the root of box %d: %s", init, strerror(e));
		return -e;
	}
	return 0;
}
