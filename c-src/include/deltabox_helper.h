/*
 * deltabox_helper.h — the wire protocol between the DeltaBox runtime (Java, through FFM) and
 * deltabox-helper, the single-threaded process that owns the box's processes (it is their
 * parent and subreaper, and later holds checkpoint templates under ptrace).
 *
 * Transport: a SOCK_SEQPACKET Unix socket; one request at a time; every request gets exactly
 * one reply. File descriptors travel beside a message as SCM_RIGHTS. All structs are
 * fixed-size and have the same layout on both sides (one host, one ABI), which the project's
 * layout conformance test checks against the Java bindings.
 */
#ifndef DELTABOX_HELPER_H
#define DELTABOX_HELPER_H

#include <stdint.h>

#define DBH_PROTOCOL_VERSION 1
#define DBH_DATA_MAX 8192  /* bytes of op-specific data in a request */
#define DBH_MAX_FDS 8      /* descriptors beside one message */
#define DBH_MESSAGE_MAX 256

enum dbh_op {
	DBH_OP_HELLO = 1,  /* -> values[0] protocol version, values[1] helper pid */
	DBH_OP_SPAWN = 2,  /* data: cwd \0 argv... \0 \0 env... \0 \0 ; fds: stdin, stdout, stderr
	                      -> values[0] pid; one fd back: the child's pidfd */
	DBH_OP_WAIT = 3,   /* args[0] pid -> values[0] si_code (CLD_EXITED, CLD_KILLED, CLD_DUMPED),
	                      values[1] exit status or signal; replies when the process has ended */
	DBH_OP_SIGNAL = 4, /* args[0] pid, args[1] signal number */
};

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
	int64_t values[6]; /* op-specific results */
	char message[DBH_MESSAGE_MAX]; /* NUL-terminated explanation when error != 0 */
};

/* Client stubs (libdeltabox_helper.so). Each returns 0 or a negative errno; op failures are
 * reported in reply->error, transport failures by the return value. */
int dbh_connect(const char *socket_path);
int dbh_call(int sock, const struct dbh_request *request, const int *fds,
	     struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity);
int dbh_close(int sock);

#endif
