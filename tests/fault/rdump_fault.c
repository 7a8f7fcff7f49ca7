/*
 * Test fixture: faults injected into a child PHP with LD_PRELOAD, chosen by
 * the environment variable RDUMP_FAULT (a comma-separated list):
 *
 *   no_tmpfile           open(O_TMPFILE) fails with EOPNOTSUPP, as on NFS,
 *                        vfat or old overlayfs (a seccomp filter: the kernel
 *                        refuses it, whoever asks)
 *   no_pagemap_scan      the PAGEMAP_SCAN ioctl fails with ENOTTY, as on
 *                        kernels before 6.7 (seccomp as well)
 *   no_close_range       close_range() fails with ENOSYS, as on kernels
 *                        before 5.9 (seccomp as well)
 *   clone_needs_sigchld  clone() of a process (no CLONE_VM) with an exit
 *                        signal of 0 fails with EINVAL, as under qemu-user
 *                        (seccomp as well; fork() and threads unchanged)
 *   scan_stale_walk_end  PAGEMAP_SCAN answers walk_end = the request's start
 *                        after a full answer, the worst a kernel that leaves
 *                        walk_end stale can do
 *   scan_out_of_order    PAGEMAP_SCAN's last range of an answer of two or
 *                        more repeats its first: an answer the dump's plan
 *                        must not trust
 *   stop_at_commit       the process stops itself (SIGSTOP) at its first
 *                        link or rename, i.e. when a dump is about to be put
 *                        in place: a test changes the directory meanwhile
 *
 * Built by scripts/test next to the module (rdump_fault.so); never loaded
 * outside the tests.
 *
 * SPDX-License-Identifier: MIT
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#if defined(__x86_64__)
# define FAULT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
# define FAULT_ARCH AUDIT_ARCH_AARCH64
#else
# error "unsupported architecture"
#endif

/* The kernel's own O_TMPFILE bit: glibc's __O_TMPFILE and O_TMPFILE
 * include O_DIRECTORY, which every open of a directory has. */
#define FAULT_O_TMPFILE_BIT 020000000

typedef struct {
	uint64_t size, flags, start, end, walk_end, vec, vec_len, max_pages;
	uint64_t category_inverted, category_mask, category_anyof_mask, return_mask;
} fault_scan_arg;

typedef struct {
	uint64_t start, end, categories;
} fault_page_region;

#define FAULT_PAGEMAP_SCAN _IOWR('f', 16, fault_scan_arg)

static int fault_stale_walk_end, fault_out_of_order, fault_stop_at_commit;

static int fault_wanted(const char *list, const char *name)
{
	size_t len = strlen(name);
	const char *p = list;

	while (p && *p) {
		if (strncmp(p, name, len) == 0 && (p[len] == ',' || p[len] == '\0')) {
			return 1;
		}
		p = strchr(p, ',');
		p = p ? p + 1 : NULL;
	}
	return 0;
}

#define FAULT_LOAD(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))
#define FAULT_ERRNO(e) BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (e))
#define FAULT_ALLOW BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

/* openat(..., flags & __O_TMPFILE) -> EOPNOTSUPP; (open too, where it exists) */
#ifndef __NR_close_range
# define __NR_close_range 436
#endif

static void fault_install_seccomp(int no_tmpfile, int no_scan, int no_close_range, int clone_needs_sigchld)
{
	struct sock_filter filter[] = {
		FAULT_LOAD(arch),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, FAULT_ARCH, 1, 0),
		FAULT_ALLOW,
		FAULT_LOAD(nr),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_openat, 0, 4),
		FAULT_LOAD(args[2]),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, no_tmpfile ? FAULT_O_TMPFILE_BIT : 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),
		FAULT_ERRNO(EOPNOTSUPP),
		FAULT_LOAD(nr),
#ifdef __NR_open
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_open, 0, 4),
		FAULT_LOAD(args[1]),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, no_tmpfile ? FAULT_O_TMPFILE_BIT : 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),
		FAULT_ERRNO(EOPNOTSUPP),
		FAULT_LOAD(nr),
#endif
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, no_close_range ? __NR_close_range : UINT32_MAX, 0, 1),
		FAULT_ERRNO(ENOSYS),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ioctl, 0, 3),
		FAULT_LOAD(args[1]),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, no_scan ? (uint32_t)FAULT_PAGEMAP_SCAN : UINT32_MAX, 0, 1),
		FAULT_ERRNO(ENOTTY),
		FAULT_LOAD(nr),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, clone_needs_sigchld ? __NR_clone : UINT32_MAX, 0, 4),
		FAULT_LOAD(args[0]),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, CLONE_VM | CSIGNAL),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1),
		FAULT_ERRNO(EINVAL),
		FAULT_ALLOW,
	};
	struct sock_fprog prog = {(unsigned short)(sizeof(filter) / sizeof(filter[0])), filter};

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
		static const char msg[] = "rdump_fault: cannot install the seccomp filter\n";
		if (write(2, msg, sizeof(msg) - 1) < 0) {
			/* nothing more to say */
		}
		_exit(99);
	}
}

__attribute__((constructor)) static void fault_init(void)
{
	const char *list = getenv("RDUMP_FAULT");
	int no_tmpfile, no_scan, no_close_range, clone_needs_sigchld;

	if (!list) {
		return;
	}
	no_tmpfile = fault_wanted(list, "no_tmpfile");
	no_scan = fault_wanted(list, "no_pagemap_scan");
	no_close_range = fault_wanted(list, "no_close_range");
	clone_needs_sigchld = fault_wanted(list, "clone_needs_sigchld");
	fault_stale_walk_end = fault_wanted(list, "scan_stale_walk_end");
	fault_out_of_order = fault_wanted(list, "scan_out_of_order");
	fault_stop_at_commit = fault_wanted(list, "stop_at_commit");
	if (no_tmpfile || no_scan || no_close_range || clone_needs_sigchld) {
		fault_install_seccomp(no_tmpfile, no_scan, no_close_range, clone_needs_sigchld);
	}
}

int ioctl(int fd, unsigned long request, ...)
{
	static int (*real_ioctl)(int, unsigned long, void *);
	__builtin_va_list ap;
	void *arg;
	int n;

	__builtin_va_start(ap, request);
	arg = __builtin_va_arg(ap, void *);
	__builtin_va_end(ap);
	if (!real_ioctl) {
		real_ioctl = (int (*)(int, unsigned long, void *))dlsym(RTLD_NEXT, "ioctl");
	}
	n = real_ioctl(fd, request, arg);
	if (request == FAULT_PAGEMAP_SCAN && n > 0) {
		fault_scan_arg *a = arg;
		fault_page_region *vec = (fault_page_region *)(uintptr_t)a->vec;

		if (fault_stale_walk_end && (uint64_t)n == a->vec_len) {
			a->walk_end = a->start;
		}
		if (fault_out_of_order && n >= 2) {
			vec[n - 1] = vec[0];
		}
	}
	return n;
}

/* stop_at_commit: once, at the first call (the snapshot child inherits
 * the flag, and stops itself). */
static void fault_commit_point(void)
{
	if (fault_stop_at_commit) {
		fault_stop_at_commit = 0;
		raise(SIGSTOP);
	}
}

int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
	static int (*real)(int, const char *, int, const char *, int);

	if (!real) {
		real = (int (*)(int, const char *, int, const char *, int))dlsym(RTLD_NEXT, "linkat");
	}
	fault_commit_point();
	return real(olddirfd, oldpath, newdirfd, newpath, flags);
}

int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
	static int (*real)(int, const char *, int, const char *);

	if (!real) {
		real = (int (*)(int, const char *, int, const char *))dlsym(RTLD_NEXT, "renameat");
	}
	fault_commit_point();
	return real(olddirfd, oldpath, newdirfd, newpath);
}

int rename(const char *oldpath, const char *newpath)
{
	static int (*real)(const char *, const char *);

	if (!real) {
		real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
	}
	fault_commit_point();
	return real(oldpath, newpath);
}
