/* Client stubs for the helper protocol: the only C the JVM calls for the helper. They hold
 * no state; the caller (one Java object per connection, one call at a time) owns the socket. */
#define _GNU_SOURCE
#include "deltabox_helper.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int dbh_connect(const char *socket_path)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	if (strlen(socket_path) >= sizeof(addr.sun_path))
		return -ENAMETOOLONG;
	strcpy(addr.sun_path, socket_path);
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		int e = errno;
		close(fd);
		return -e;
	}
	return fd;
}

int dbh_send(int sock, const struct dbh_request *request, const int *fds)
{
	if (request->nfds > DBH_MAX_FDS || request->data_len > DBH_DATA_MAX)
		return -EINVAL;
	char control[CMSG_SPACE(sizeof(int) * DBH_MAX_FDS)];
	memset(control, 0, sizeof(control));
	/* only the used part of data travels */
	struct iovec iov = { (void *)request, offsetof(struct dbh_request, data) + request->data_len };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (request->nfds > 0) {
		msg.msg_control = control;
		msg.msg_controllen = CMSG_SPACE(sizeof(int) * request->nfds);
		struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * request->nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * request->nfds);
	}
	ssize_t n;
	do
		n = sendmsg(sock, &msg, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : 0;
}

int dbh_call(int sock, const struct dbh_request *request, const int *fds,
	     struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
{
	int rc = dbh_send(sock, request, fds);
	return rc < 0 ? rc : dbh_receive(sock, reply, reply_fds, reply_fds_capacity);
}

int dbh_receive(int sock, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
{
	char control[CMSG_SPACE(sizeof(int) * DBH_MAX_FDS)];
	memset(reply, 0, sizeof(*reply));
	struct iovec iov = { reply, sizeof(*reply) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
			      .msg_controllen = sizeof(control) };
	ssize_t n;
	do
		n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	if (n == 0)
		return -ECONNRESET; /* the helper went away */
	if ((size_t)n != sizeof(*reply))
		return -EPROTO;
	uint32_t got = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		int *in = (int *)CMSG_DATA(c);
		for (int i = 0; i < count; i++) {
			if (got < (uint32_t)reply_fds_capacity)
				reply_fds[got++] = in[i];
			else
				close(in[i]); /* the caller did not make room: do not leak it */
		}
	}
	reply->nfds = got;
	return 0;
}

int dbh_close(int sock)
{
	return close(sock) < 0 ? -errno : 0;
}
