/*
 * deltabox_helper.h — the wire protocol between the DeltaBox runtime (Java, through FFM) and
 * deltabox-helper, the single-threaded process that owns the box's processes (it is their
 * parent and subreaper, and holds checkpoint templates under ptrace).
 *
 * Transport: a SOCK_SEQPACKET Unix socket; one request at a time; every request gets exactly
 * one reply (a CHECKPOINT of several processes: one per process). File descriptors travel beside a message as SCM_RIGHTS. All structs are
 * fixed-size and have the same layout on both sides (one host, one ABI), which the project's
 * layout conformance test checks against the Java bindings.
 */
#ifndef DELTABOX_HELPER_H
#define DELTABOX_HELPER_H

#include <stdint.h>

#define DBH_PROTOCOL_VERSION 9
#define DBH_DATA_MAX 8192  /* bytes of op-specific data in a request */
#define DBH_MAX_FDS 8      /* descriptors beside one message */
#define DBH_MESSAGE_MAX 256
#define DBH_CHECKPOINT_MAX 4 /* processes one DBH_OP_CHECKPOINT takes together */

enum dbh_op {
	DBH_OP_HELLO = 1,  /* -> values[0] protocol version, values[1] helper pid */
	DBH_OP_SPAWN = 2,  /* data: cwd \0 argv... \0 \0 env... \0 \0 ; fds: stdin, stdout, stderr
	                      and up to DBH_MAX_FDS-3 more, which become fds 3, 4, ...;
	                      args[0] box init pid (0: none): the process runs inside that box's
	                      namespaces and root, cwd is a path inside the box; args[1] nice
	                      value 1..19 for background work (0: the helper's)
	                      -> values[0] pid; one fd back: the child's pidfd */
	DBH_OP_WAIT = 3,   /* args[0] pid -> values[0] si_code (CLD_EXITED, CLD_KILLED, CLD_DUMPED),
	                      values[1] exit status or signal; replies when the process has ended */
	DBH_OP_SIGNAL = 4, /* args[0] pid, args[1] signal number, args[2] flags (DBH_SIGNAL_*) */
	DBH_OP_INSPECT = 5, /* args[0] pid (a live process or a template) -> values[] as
	                       enum dbh_inspect_value says; read from /proc, the process is not stopped */
	DBH_OP_CHECKPOINT = 6, /* args[0] live pid, args[1] DBH_CHECKPOINT_* flags, args[2] with
	                          DBH_CHECKPOINT_IF_FORKABLE: DBH_FD_* kinds fork cannot copy;
	                          args[3..5] more live pids to take together (0: no more; up to
	                          DBH_CHECKPOINT_MAX in all): they are stopped at once and cloned
	                          side by side, and each gets its own reply, in order, succeeding
	                          or failing on its own
	                          -> values[0] template id (the template's pid),
	                          values[1] private file descriptions it will give each rollback,
	                          values[2] pending signals it will re-deliver, values[3] 1 if glibc's
	                          cached-tid slot was found (else rollbacks cannot fix it);
	                          one fd back: the template's pidfd. Refused with ENOTSUP and
	                          values[] as DBH_OP_INSPECT's when DBH_CHECKPOINT_IF_FORKABLE finds
	                          what fork cannot copy */
	DBH_OP_ROLLBACK = 7,   /* args[0] template id, args[1] live pid to kill and forget (0: none),
	                          args[2] spare id made by DBH_OP_PREPARE_SPARE for this template (0:
	                          none; a spare that is gone is skipped, not an error);
	                          args[3] box init pid (0: the template's own namespaces): the new
	                          process lands in that box's namespaces and root, at the template's cwd
	                          path; the box's PID namespace must be inside the template's (made
	                          by DBH_OP_BOX_CREATE with the template's box as parent);
	                          args[4] DBH_ROLLBACK_* flags;
	                          fds: the new process's stdin, stdout, stderr
	                          -> values[0] pid of the new live process, values[1] 1 if it was the
	                          spare, 0 if forked from the template now, values[2] nanoseconds the
	                          helper spent on it, values[3] of which handing a spare its stdio;
	                          one fd back: its pidfd */
	DBH_OP_DISCARD = 8,    /* args[0] template id (its spares go with it) or spare id: killed and
	                          reaped by the helper */
	DBH_OP_DIFF_PAGES = 9, /* args[0] older template id, args[1] newer template id (a later
	                          checkpoint of the same live process); optional fd: receives the
	                          start address of every page of the newer template that differs, as
	                          native-endian uint64 -> values[0] pages that differ, values[1] pages
	                          looked at */
	DBH_OP_PREPARE_SPARE = 10, /* args[0] template id; args[1] an older template of the same live
	                          process (0: none): the pages that differ between the two are the hot
	                          set, copied into the spare ahead of time (copy-on-write faults taken
	                          now, not after the rollback), at most args[2] pages of them.
	                          Forks a spare from the template and fixes it up like a rollback's new
	                          process, all but the stdio and the final resume; it stays stopped
	                          under ptrace until a DBH_OP_ROLLBACK names it; args[3] box init pid
	                          (0: none) as DBH_OP_ROLLBACK's: a rollback takes the spare only
	                          into the same box. With DBH_SPARE_RUNNING in args[4] (and no box)
	                          and fds stdin, stdout, stderr, the spare gets its stdio now and is
	                          let go: it waits on its stdin like the checkpoint's process, and a
	                          rollback takes it with no request (DBH_OP_SPARES_TAKEN says so later)
	                          -> values[0] spare id (its pid), values[1] pages copied ahead; a
	                          running spare: one fd back, its pidfd */
	DBH_OP_DUMP_CLONE = 11, /* args[0] template id; fds: the clone's stdin, stdout, stderr, and
	                          optionally a fourth that receives the start address of every page
	                          the fix-up wrote in the clone (differs from the template), as
	                          native-endian uint64. Forks a clone from the template, fixes it up
	                          like a rollback's new process, puts the checkpoint's registers back
	                          and lets it go stopped (SIGSTOP, no tracer): for an external dumper
	                          (CRIU) to seize. It is the helper's child, not a live process of
	                          its: the dumper kills it, or the caller does
	                          -> values[0] clone pid, values[1] fix-up pages; one fd back: its pidfd */
	DBH_OP_ADOPT = 12,     /* args[0] pid of a child of the helper that is none of its processes
	                          (e.g. restored by a criu swrk with restore-sibling): it becomes a
	                          live process of the helper (checkpoint, rollback, wait) */
	DBH_OP_BOX_CREATE = 13, /* args[0] DBH_BOX_* flags, args[1] parent box init pid (0: none; else
	                          the new box's PID namespace is a child of the parent box's, so that
	                          templates of the parent can be rolled back into it);
	                          data: root directory (host path) \0 hostname \0.
	                          Makes new mount, PID, UTS, IPC (and network) namespaces whose PID 1,
	                          the box init, is the helper's child: root pivoted to the directory,
	                          fresh /proc, a minimal /dev, loopback up. The init only reaps orphans.
	                          Killing it (SIGKILL) kills every process of the box and drops its
	                          mounts: that is how a box is destroyed (WAIT reports its end)
	                          -> values[0] init pid; one fd back: the init's pidfd */
	DBH_OP_BOX_START = 14,  /* as DBH_OP_BOX_CREATE, but answered as soon as the box's setup
	                          runs on its own -> values[0] its ticket, for DBH_OP_BOX_FINISH */
	DBH_OP_BOX_FINISH = 15, /* args[0] a ticket of DBH_OP_BOX_START: waits until that box is ready
	                          -> as DBH_OP_BOX_CREATE's reply. Every started box must be finished
	                          (then destroyed if unwanted) */
	DBH_OP_SPARES_TAKEN = 16, /* args[0..7] pids of running spares (0 ends the list) that the caller
	                          took as live processes: reaped silently when they end, as a
	                          rollback's (DBH_ROLLBACK_UNWAITED); no longer spares to discard */
};

/* DBH_OP_SIGNAL's flags */
#define DBH_SIGNAL_FORGET 0x1 /* no WAIT will come: reap it silently when it ends, freeing its slot */
#define DBH_CHECKPOINT_IF_FORKABLE 0x1 /* inspect the stopped process first; refuse (ENOTSUP) if it
                                          has threads, children, shared writable mappings, POSIX
                                          timers or a descriptor of a kind in args[2] */
#define DBH_ROLLBACK_UNWAITED 0x1 /* no WAIT will come for the new process: reaped silently when it
                                     ends, so the caller may kill it by its pidfd, no SIGNAL needed */

#define DBH_SPARE_RUNNING 0x1 /* DBH_OP_PREPARE_SPARE: stdio now, let go (see there) */

/* DBH_OP_BOX_CREATE's flags */
#define DBH_BOX_HOST_NETWORK 0x1  /* keep the host's network namespace (else: only loopback) */

/* DBH_OP_INSPECT's values[] */
enum dbh_inspect_value {
	DBH_INSPECT_THREADS = 0,        /* threads in the process */
	DBH_INSPECT_SECCOMP = 1,        /* 0 none, 1 strict, 2 filter */
	DBH_INSPECT_TRACER = 2,         /* pid of its tracer, 0 when not traced */
	DBH_INSPECT_SHARED_WRITABLE = 3, /* MAP_SHARED writable mappings (fork does not snapshot them) */
	DBH_INSPECT_FD_KINDS = 4,       /* DBH_FD_* bits of the kinds of open descriptors */
	DBH_INSPECT_TIMERS = 5,         /* POSIX timers (fork drops them) */
	DBH_INSPECT_CHILDREN = 6,       /* child processes (fork copies one process, not a tree) */
	DBH_INSPECT_FDS = 7,            /* open descriptors */
};

/* Kinds of descriptors in DBH_INSPECT_FD_KINDS */
#define DBH_FD_REGULAR    0x1
#define DBH_FD_DIRECTORY  0x2
#define DBH_FD_PIPE       0x4
#define DBH_FD_SOCKET     0x8
#define DBH_FD_CHAR       0x10   /* character device: tty, /dev/null, ... */
#define DBH_FD_BLOCK      0x20
#define DBH_FD_EVENTFD    0x40
#define DBH_FD_EPOLL      0x80
#define DBH_FD_TIMERFD    0x100
#define DBH_FD_SIGNALFD   0x200
#define DBH_FD_INOTIFY    0x400
#define DBH_FD_PIDFD      0x800
#define DBH_FD_MEMFD      0x1000  /* shared memory: not snapshotted by fork */
#define DBH_FD_OTHER      0x2000  /* any other anonymous inode (io_uring, userfaultfd, fanotify, ...) */

struct dbh_request {
	uint32_t op;       /* enum dbh_op */
	uint32_t nfds;     /* descriptors sent beside this request */
	int64_t args[6];   /* op-specific integers */
	uint32_t data_len; /* bytes of data used */
	uint32_t reserved; /* zero */
	char data[DBH_DATA_MAX];
};

struct dbh_reply {
	int32_t error;     /* 0, or a positive errno saying why the op failed */
	uint32_t nfds;     /* descriptors received beside this reply */
	int64_t values[8]; /* op-specific results */
	char message[DBH_MESSAGE_MAX]; /* NUL-terminated explanation when error != 0 */
};

/* Client stubs (libdeltabox_helper.so). Each returns 0 or a negative errno; op failures are
 * reported in reply->error, transport failures by the return value. */
int dbh_connect(const char *socket_path);
/* Sends a request without waiting: its reply is read by dbh_receive (the caller may work meanwhile). */
int dbh_send(int sock, const struct dbh_request *request, const int *fds);
/* dbh_send, then dbh_receive of the (first) reply. */
int dbh_call(int sock, const struct dbh_request *request, const int *fds,
	     struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity);
/* The next reply of a request answered by several (dbh_call reads the first). */
int dbh_receive(int sock, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity);
int dbh_close(int sock);

#endif
