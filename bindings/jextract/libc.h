/*
 * The single header jextract parses for dev.deltabox.bindings.libc (see libc.args).
 * Target: x86-64 Linux, glibc 2.36 (Debian bookworm) with its Linux 6.1 UAPI headers.
 * Only declarations named by --include-* options in libc.args end up in the bindings.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>          /* open, openat, fcntl, fallocate, O_*, AT_*, F_*, FALLOC_FL_* */
#include <unistd.h>         /* read, write, pread, close, dup3, pipe2, syscall, sysconf, ... */
#include <sys/stat.h>       /* struct stat, fstat, fstatat, statx, S_IF*, UTIME_*, STATX_* */
#include <sys/statvfs.h>    /* struct statvfs, statvfs, fstatvfs */
#include <stdio.h>          /* renameat2, RENAME_* */
#include <dirent.h>         /* getdents64 */
#include <sys/xattr.h>      /* *xattr, XATTR_* */
#include <sys/file.h>       /* flock, LOCK_* */
#include <sys/mount.h>      /* mount, umount2, MS_*, MNT_*, OPEN_TREE_* */
#include <linux/openat2.h>  /* struct open_how, RESOLVE_* (openat2 by syscall: no glibc wrapper) */
#include <sched.h>          /* unshare, setns, CLONE_NEW* */
#include <sys/prctl.h>      /* prctl, PR_* */
#include <signal.h>         /* kill, SIG* */
#include <sys/syscall.h>    /* SYS_* */
#include <poll.h>           /* struct pollfd, poll, POLL* */
#include <sys/utsname.h>    /* struct utsname, uname */
#include <string.h>         /* strerror */
#include <sys/mman.h>       /* memfd_create, MFD_*, process_madvise */
#include <sys/pidfd.h>      /* pidfd_open, pidfd_send_signal */
#include <sys/wait.h>       /* waitid, P_*, W* */
#include <sys/eventfd.h>    /* eventfd, EFD_* */
#include <limits.h>         /* PATH_MAX */
#include <stdlib.h>         /* free */

/*
 * With __USE_GNU, glibc declares the address parameter of bind/connect/accept/... as a GNU
 * transparent union (__SOCKADDR_ARG / __CONST_SOCKADDR_ARG), which jextract would bind as a
 * union passed by value. Parse <sys/socket.h> without __USE_GNU so they are plain
 * `struct sockaddr *` (the same ABI: the union is passed as its first member, a pointer),
 * and declare the GNU-only accept4 here with the prototype from <sys/socket.h>.
 * <sys/socket.h> and its bits are included for the first time here; nothing above uses them.
 */
#undef __USE_GNU
#include <sys/socket.h>     /* socket, bind, sendmsg, struct msghdr, struct cmsghdr, SOCK_*, SCM_* */
#define __USE_GNU 1
extern int accept4 (int __fd, struct sockaddr *__restrict __addr,
                    socklen_t *__restrict __addr_len, int __flags);

#include <sys/un.h>         /* struct sockaddr_un */
