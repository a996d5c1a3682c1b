/*
 * Pages that differ between two templates of the same live process, without soft-dirty bits.
 *
 * Both templates are copy-on-write forks of one live process. A page the live process did not
 * write between the two checkpoints is still the same physical frame in both; a written page
 * was copied, so its frame differs. Comparing the PFNs that /proc/PID/pagemap reports (root
 * only) finds exactly the written pages, transparent huge pages included.
 *
 * A page counts as differing when the newer template has it and the older has another frame
 * or none, when the newer one lost a page the older had (unmapped, MADV_DONTNEED), or when
 * either is swapped out (no frame to compare). The injected-syscall scratch area below each
 * template's stack pointer is written by the helper, so its page always shows up.
 */
#define _GNU_SOURCE
#include "helper.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PM_PRESENT (1ULL << 63)
#define PM_SWAPPED (1ULL << 62)
#define PM_PFN_MASK ((1ULL << 55) - 1)
#define CHUNK 4096 /* pagemap entries read at once */

static int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int differs(uint64_t older, uint64_t newer)
{
	int op = (older & PM_PRESENT) != 0, np = (newer & PM_PRESENT) != 0;
	if ((older | newer) & PM_SWAPPED)
		return 1;
	if (op && np)
		return (older & PM_PFN_MASK) != (newer & PM_PFN_MASK);
	return op != np;
}

int diff_pages(pid_t older, pid_t newer, int out_fd, int64_t *differ, int64_t *scanned,
	       char *err, size_t errlen)
{
	char path[64];
	long page = sysconf(_SC_PAGESIZE);
	int rc = 0;
	*differ = *scanned = 0;
	snprintf(path, sizeof(path), "/proc/%d/maps", newer);
	FILE *maps = fopen(path, "re");
	snprintf(path, sizeof(path), "/proc/%d/pagemap", newer);
	int pm_new = open(path, O_RDONLY | O_CLOEXEC);
	snprintf(path, sizeof(path), "/proc/%d/pagemap", older);
	int pm_old = open(path, O_RDONLY | O_CLOEXEC);
	uint64_t *a = malloc(CHUNK * sizeof(uint64_t));
	uint64_t *b = malloc(CHUNK * sizeof(uint64_t));
	uint64_t *out = malloc(CHUNK * sizeof(uint64_t));
	if (!maps || pm_new < 0 || pm_old < 0 || !a || !b || !out) {
		rc = -(errno ? errno : ENOMEM);
		snprintf(err, errlen, "cannot read the page maps of %d and %d: %s", older, newer, strerror(-rc));
		goto out;
	}
	char line[512];
	while (fgets(line, sizeof(line), maps)) {
		unsigned long start, end;
		int name_at = 0;
		int whole_line = strchr(line, '\n') != NULL;
		if (sscanf(line, "%lx-%lx %*s %*s %*s %*s %n", &start, &end, &name_at) < 2)
			continue;
		/* the vsyscall page is not in the page tables */
		int skip = name_at && strncmp(line + name_at, "[vsyscall]", 10) == 0;
		while (!whole_line && fgets(line, sizeof(line), maps))
			whole_line = strchr(line, '\n') != NULL;
		if (skip)
			continue;
		for (unsigned long addr = start; addr < end;) {
			size_t n = (end - addr) / page;
			if (n > CHUNK)
				n = CHUNK;
			off_t at = (off_t)(addr / page) * 8;
			ssize_t got_new = pread(pm_new, b, n * 8, at);
			ssize_t got_old = pread(pm_old, a, n * 8, at);
			if (got_new != (ssize_t)(n * 8)) {
				rc = got_new < 0 ? -errno : -EIO;
				snprintf(err, errlen, "reading the page map of %d at %#lx: %s", newer, addr,
					 strerror(-rc));
				goto out;
			}
			/* the older template may not map this range at all: then every page differs */
			if (got_old < 0)
				got_old = 0;
			memset((char *)a + got_old, 0, n * 8 - (size_t)got_old);
			size_t k = 0;
			for (size_t i = 0; i < n; i++)
				if (differs(a[i], b[i]))
					out[k++] = addr + i * (unsigned long)page;
			*differ += (int64_t)k;
			*scanned += (int64_t)n;
			if (out_fd >= 0 && k > 0 && (rc = write_all(out_fd, out, k * sizeof(uint64_t))) < 0) {
				snprintf(err, errlen, "writing the page list: %s", strerror(-rc));
				goto out;
			}
			addr += n * (unsigned long)page;
		}
	}
out:
	if (maps)
		fclose(maps);
	if (pm_new >= 0)
		close(pm_new);
	if (pm_old >= 0)
		close(pm_old);
	free(a);
	free(b);
	free(out);
	return rc;
}
