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
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

static int errf(char *err, size_t errlen, int e, const char *what, pid_t pid)
{
	snprintf(err, errlen, "%s of process %d: %s", what, pid, strerror(e));
	return -e;
}

int read_status(pid_t pid, struct proc_status *out)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	/* one read: the kernel formats the whole file (about 1.5 KiB) at once */
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	int e = errno;
	close(fd);
	if (n <= 0)
		return n < 0 ? -e : -ESRCH;
	buf[n] = '\0';
	*out = (struct proc_status){ .threads = -1, .nstid = pid };
	for (char *line = buf; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
		if (strncmp(line, "Threads:", 8) == 0)
			out->threads = strtol(line + 8, NULL, 10);
		else if (strncmp(line, "Seccomp:", 8) == 0)
			out->seccomp = strtol(line + 8, NULL, 10);
		else if (strncmp(line, "TracerPid:", 10) == 0)
			out->tracer = strtol(line + 10, NULL, 10);
		else if (strncmp(line, "NSpid:", 6) == 0) {
			char *p = line + 6, *end;
			for (long v; (v = strtol(p, &end, 10)), end != p && *p != '\n'; p = end)
				out->nstid = v; /* the last one is the innermost namespace's */
		}
	}
	if (out->threads < 0)
		return -ENOTSUP;
	return 0;
}

int count_threads(pid_t pid)
{
	/* a task directory links 2 + one per thread: a stat, where status formats ~60 lines */
	char path[64];
	struct stat sb;
	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	if (stat(path, &sb) < 0)
		return -errno;
	if (sb.st_nlink >= 3)
		return (int)sb.st_nlink - 2;
	struct proc_status st;
	int rc = read_status(pid, &st);
	return rc < 0 ? rc : (int)st.threads;
}

/* Counts the pids in a children file of /proc. */
static int count_in(const char *path)
{
	char buf[512];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	int n = 0, in_number = 0;
	ssize_t got;
	while ((got = read(fd, buf, sizeof(buf))) > 0)
		for (ssize_t i = 0; i < got; i++) {
			int digit = buf[i] >= '0' && buf[i] <= '9';
			if (digit && !in_number)
				n++;
			in_number = digit;
		}
	close(fd);
	return n;
}

/* Counts the pids listed in every thread's children file. */
static int count_children(pid_t pid, int threads)
{
	char path[96];
	if (threads == 1) { /* the usual case: no directory listing */
		snprintf(path, sizeof(path), "/proc/%d/task/%d/children", pid, pid);
		return count_in(path);
	}
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
		n += count_in(path);
	}
	closedir(d);
	return n;
}

/*
 * PROCMAP_QUERY (Linux 6.11) asks /proc/PID/maps for the first mapping at or after an address
 * with given permissions, without formatting the whole file. Not in this C library's headers.
 */
#define PROCMAP_QUERY_IOCTL 0xC0686611UL /* _IOWR('f', 17, struct procmap_query) */
#define PROCMAP_QUERY_VMA_WRITABLE 0x02
#define PROCMAP_QUERY_VMA_SHARED 0x08
#define PROCMAP_QUERY_COVERING_OR_NEXT_VMA 0x10
struct procmap_query {
	uint64_t size, query_flags, query_addr;
	uint64_t vma_start, vma_end, vma_flags, vma_page_size, vma_offset, inode;
	uint32_t dev_major, dev_minor, vma_name_size, build_id_size;
	uint64_t vma_name_addr, build_id_addr;
};
_Static_assert(sizeof(struct procmap_query) == 104, "struct procmap_query is the kernel's");

/* Mappings that are shared and writable (a fork would share them with the template), or -errno. */
static long count_shared_writable(pid_t pid)
{
	char path[64], line[512];
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	long n = 0;
	struct procmap_query q = { .size = sizeof(q),
				   .query_flags = PROCMAP_QUERY_COVERING_OR_NEXT_VMA | PROCMAP_QUERY_VMA_WRITABLE |
						  PROCMAP_QUERY_VMA_SHARED };
	for (;;) {
		if (ioctl(fd, PROCMAP_QUERY_IOCTL, &q) == 0) {
			n++;
			q.query_addr = q.vma_end;
			continue;
		}
		if (errno == ENOENT) { /* no more */
			close(fd);
			return n;
		}
		if (errno != ENOTTY && errno != EINVAL && errno != EOPNOTSUPP) {
			int e = errno;
			close(fd);
			return -e;
		}
		break; /* an older kernel: read the text */
	}
	FILE *f = fdopen(fd, "re");
	if (!f) {
		int e = errno;
		close(fd);
		return -e;
	}
	n = 0;
	while (fgets(line, sizeof(line), f)) {
		char perms[8];
		if (sscanf(line, "%*x-%*x %7s", perms) == 1 && perms[1] == 'w' && perms[3] == 's')
			n++;
		/* a long path: skip the rest of the line */
		while (!strchr(line, '\n') && fgets(line, sizeof(line), f))
			;
	}
	fclose(f);
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

int inspect_process(pid_t pid, int quick, struct inspection *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof(*out));
	char path[64], line[512];

	struct proc_status st = { 0 };
	int rc = quick ? count_threads(pid) : read_status(pid, &st);
	if (rc < 0)
		return errf(err, errlen, -rc, quick ? "threads" : "status", pid);
	if (quick)
		st.threads = rc;
	out->v[DBH_INSPECT_THREADS] = st.threads;
	out->v[DBH_INSPECT_SECCOMP] = st.seccomp;
	out->v[DBH_INSPECT_TRACER] = st.tracer;

	long shared = count_shared_writable(pid);
	if (shared < 0)
		return errf(err, errlen, (int)-shared, "maps", pid);
	out->v[DBH_INSPECT_SHARED_WRITABLE] = shared;

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
	FILE *f;
	if ((f = fopen(path, "re"))) {
		while (fgets(line, sizeof(line), f))
			if (strncmp(line, "ID:", 3) == 0)
				out->v[DBH_INSPECT_TIMERS]++;
		fclose(f);
	}

	int children = count_children(pid, st.threads);
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
