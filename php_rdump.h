/*
 * rdump: write the calling PHP process's own memory to an RDUMP v3 file
 * that reli (reliforp/reli-prof) analyses offline.
 *
 * SPDX-License-Identifier: MIT
 */

#ifndef PHP_RDUMP_H
#define PHP_RDUMP_H

extern zend_module_entry rdump_module_entry;
#define phpext_rdump_ptr &rdump_module_entry

#include <signal.h>

#define PHP_RDUMP_VERSION "0.3.0"
#define RDUMP_FORMAT_VERSION 3

#if defined(ZTS) && defined(COMPILE_DL_RDUMP)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* Guard state of one kind of automatic dump (OOM, timeout, signal), per
 * worker process (per thread under ZTS). */
typedef struct _rdump_guard_state {
	zend_long taken;
	time_t last;
	zend_bool skip_logged;      /* an interval skip was logged since the last dump */
} rdump_guard_state;

ZEND_BEGIN_MODULE_GLOBALS(rdump)
	zend_bool safe_read;
	zend_bool pagemap_scan;
	zend_bool write_behind;
	zend_bool skip_free_heap;   /* leave the heap's free pages and cached chunks out */
	zend_bool scrub_free;       /* no freed bytes: freed slots zeroed, string slack as zeros, dead stack out */
	zend_bool compact;          /* zend_mm_gc() before a synchronous dump */

	/* rdump.oom_dump* INI entries */
	char *oom_dump;
	zend_bool oom_dump_full;
	zend_long oom_dump_max;
	zend_long oom_dump_min_interval;
	uint64_t oom_dump_max_total;
	zend_bool oom_dump_max_total_invalid;  /* fail closed: no budget-guarded dumps */
	zend_bool oom_dump_marker;

	/* rdump_set_oom_dump() override for the current request. A fixed buffer,
	 * not a zend_string: it is read on the OOM path, where nothing may be
	 * allocated and the request's memory may be in any state. */
	zend_bool oom_override;
	zend_bool oom_override_full;
	char oom_override_path[MAXPATHLEN];

	/* rdump.timeout_dump*, rdump.signal* INI entries */
	char *timeout_dump;
	zend_bool timeout_dump_full;
	char *signal;
	char *signal_dump;
	zend_bool signal_dump_full;
	zend_bool signal_dump_background;
	zend_long pipe_timeout;
	zend_long signal_dump_min_interval;

	/* rdump.near_* INI entries: a share of memory_limit (in hundredths of
	 * a percent) or a size; a share of the cgroup's limit */
	char *near_limit_dump;
	zend_bool near_limit_dump_full;
	zend_bool near_limit_dump_background;
	uint32_t near_limit_share;
	uint64_t near_limit_bytes;
	uint32_t near_cgroup_share;
	zend_long near_limit_interval;
	zend_long near_limit_dump_max;
	zend_long near_limit_dump_min_interval;

	rdump_guard_state oom_guard;
	rdump_guard_state timeout_guard;
	rdump_guard_state signal_guard;

	/* Set by the signal handler, consumed at the next VM interrupt. */
	volatile sig_atomic_t signal_pending;
	/* Set by the near-limit watcher thread, likewise; its entry for this
	 * thread (rdump.c, rdump_watched) */
	volatile sig_atomic_t near_pending;
	void *near_watched;
	/* the stack frame of rdump's entry point while a dump is taken */
	uintptr_t entry_frame;
ZEND_END_MODULE_GLOBALS(rdump)

ZEND_EXTERN_MODULE_GLOBALS(rdump)

#define RDUMP_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(rdump, v)

#endif /* PHP_RDUMP_H */
