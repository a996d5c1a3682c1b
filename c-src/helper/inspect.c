/*
 * What /proc says about a process: enough for the runtime to choose between template fork and
 * CRIU (INSPECT), and the open files whose descriptions a fork would share.
 */
#define _GNU_SOURCE
#include "helper.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int errf(char *err, size_t errlen, int e, const char *what, pid_t pid)
{
	snprintf(err, errlen, "%s of process %d: %s", what, pid, strerror(e));
	return -e;
}

int count_threads(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	DIR *d = opendir(path);
	if (!d)
		return -errno;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

/* Counts the pids listed in every thread's children file. */
static int count_children(pid_t pid)
{
	char path[96];
	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	DIR *d = opendir(path);
	if (!d)
		return -errno;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%d/children", pid, atoi(e->d_name));
		FILE *f = fopen(path, "re");
		if (!f)
			continue;
		long child;
		while (fscanf(f, "%ld", &child) == 1)
			n++;
		fclose(f);
	}
	closedir(d);
	return n;
}

static int fd_kind(int fddir, const char *name)
{
	char link[256];
	ssize_t n = readlinkat(fddir, name, link, sizeof(link) - 1);
	if (n < 0)
		return 0; /* closed meanwhile */
	link[n] = '\0';
	if (strncmp(link, "socket:", 7) == 0)
		return DBH_FD_SOCKET;
	if (strncmp(link, "pipe:", 5) == 0)
		return DBH_FD_PIPE;
	if (strncmp(link, "/memfd:", 7) == 0)
		return DBH_FD_MEMFD;
	if (strncmp(link, "anon_inode:", 11) == 0 || strncmp(link, "pidfd:", 6) == 0) {
		const char *k = strchr(link, ':') + 1;
		if (strcmp(k, "[eventfd]") == 0)
			return DBH_FD_EVENTFD;
		if (strcmp(k, "[eventpoll]") == 0)
			return DBH_FD_EPOLL;
		if (strcmp(k, "[timerfd]") == 0)
			return DBH_FD_TIMERFD;
		if (strcmp(k, "[signalfd]") == 0)
			return DBH_FD_SIGNALFD;
		if (strcmp(k, "inotify") == 0)
			return DBH_FD_INOTIFY;
		if (strcmp(k, "[pidfd]") == 0 || link[0] == 'p')
			return DBH_FD_PIDFD;
		return DBH_FD_OTHER;
	}
	if (link[0] != '/')
		return DBH_FD_OTHER;
	struct stat st;
	if (fstatat(fddir, name, &st, 0) < 0)
		return DBH_FD_OTHER; /* e.g. a file on a mount we cannot see */
	switch (st.st_mode & S_IFMT) {
	case S_IFREG: return DBH_FD_REGULAR;
	case S_IFDIR: return DBH_FD_DIRECTORY;
	case S_IFCHR: return DBH_FD_CHAR;
	case S_IFBLK: return DBH_FD_BLOCK;
	case S_IFIFO: return DBH_FD_PIPE;
	case S_IFSOCK: return DBH_FD_SOCKET;
	default: return DBH_FD_OTHER;
	}
}

int inspect_process(pid_t pid, struct inspection *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof(*out));
	char path[64], line[512];

	int threads = count_threads(pid);
	if (threads < 0)
		return errf(err, errlen, -threads, "threads", pid);
	out->v[DBH_INSPECT_THREADS] = threads;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return errf(err, errlen, errno, "status", pid);
	while (fgets(line, sizeof(line), f)) {
		long v;
		if (sscanf(line, "Seccomp: %ld", &v) == 1)
			out->v[DBH_INSPECT_SECCOMP] = v;
		else if (sscanf(line, "TracerPid: %ld", &v) == 1)
			out->v[DBH_INSPECT_TRACER] = v;
	}
	fclose(f);

	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	if (!(f = fopen(path, "re")))
		return errf(err, errlen, errno, "maps", pid);
	while (fgets(line, sizeof(line), f)) {
		char perms[8];
		if (sscanf(line, "%*x-%*x %7s", perms) == 1 && perms[1] == 'w' && perms[3] == 's')
			out->v[DBH_INSPECT_SHARED_WRITABLE]++;
		/* a long path: skip the rest of the line */
		while (!strchr(line, '\n') && fgets(line, sizeof(line), f))
			;
	}
	fclose(f);

	snprintf(path, sizeof(path), "/proc/%d/fd", pid);
	int fddir = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fddir < 0)
		return errf(err, errlen, errno, "descriptors", pid);
	DIR *d = fdopendir(fddir);
	if (!d) {
		close(fddir);
		return errf(err, errlen, errno, "descriptors", pid);
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		out->v[DBH_INSPECT_FDS]++;
		out->v[DBH_INSPECT_FD_KINDS] |= fd_kind(dirfd(d), e->d_name);
	}
	closedir(d);

	/* /proc/PID/timers lists POSIX timers ("ID: n" each); itimers are not visible anywhere */
	snprintf(path, sizeof(path), "/proc/%d/timers", pid);
	if ((f = fopen(path, "re"))) {
		while (fgets(line, sizeof(line), f))
			if (strncmp(line, "ID:", 3) == 0)
				out->v[DBH_INSPECT_TIMERS]++;
		fclose(f);
	}

	int children = count_children(pid);
	out->v[DBH_INSPECT_CHILDREN] = children < 0 ? 0 : children;
	return 0;
}

int list_seekable_fds(pid_t pid, struct saved_file **out, char *err, size_t errlen)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/fd", pid);
	int fddir = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fddir < 0)
		return errf(err, errlen, errno, "descriptors", pid);
	DIR *d = fdopendir(fddir);
	if (!d) {
		close(fddir);
		return errf(err, errlen, errno, "descriptors", pid);
	}
	int n = 0, cap = 0;
	struct saved_file *files = NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		int fd = atoi(e->d_name);
		if (fd < 3)
			continue; /* stdio: every rollback gets fresh descriptors from the runtime */
		int kind = fd_kind(dirfd(d), e->d_name);
		if (kind != DBH_FD_REGULAR && kind != DBH_FD_DIRECTORY)
			continue;
		char info[64], line[256];
		snprintf(info, sizeof(info), "/proc/%d/fdinfo/%d", pid, fd);
		FILE *f = fopen(info, "re");
		if (!f)
			continue;
		long long pos = 0;
		unsigned int flags = 0;
		while (fgets(line, sizeof(line), f)) {
			sscanf(line, "pos: %lld", &pos);
			sscanf(line, "flags: %o", &flags);
		}
		fclose(f);
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			struct saved_file *bigger = realloc(files, sizeof(*files) * cap);
			if (!bigger) {
				free(files);
				closedir(d);
				return errf(err, errlen, ENOMEM, "descriptors", pid);
			}
			files = bigger;
		}
		files[n++] = (struct saved_file){ .fd = fd, .flags = (int)flags, .pos = pos,
						  .is_dir = kind == DBH_FD_DIRECTORY };
	}
	closedir(d);
	*out = files;
	return n;
}
