/*
 * ZTS stress harness (not shipped in the module): PHP's embed SAPI runs PHP
 * in NTHREADS threads. Each thread keeps allocating and freeing, including
 * huge blocks that the Zend MM maps and unmaps on its own, and in turn takes
 * dumps while the other threads carry on, so regions disappear under the
 * dumping thread. The embedding process loads rdump through php.ini
 * (PHPRC), with rdump.safe_read=1.
 *
 * Each thread writes one line per dump to RESULTS:
 *   <dump path> <expected eg address> <thread index>
 * where the expected address is this thread's executor_globals, computed
 * here from TSRM, independently of rdump. tests/zts/run validates them.
 *
 *   threads DIR ITERATIONS
 */
#include <sapi/embed/php_embed.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef ZTS
# error "this harness needs a ZTS build of PHP"
#endif

#define NTHREADS 4

static const char *dir;
static long iterations;
static pthread_barrier_t barrier;

/* The PHP each thread runs: churn memory, dump every NTHREADS-th turn,
 * every other dump through a snapshot child (one in flight per process:
 * the others are refused while one runs). */
static const char *churn_code =
	"$keep = [];"
	"for ($i = 0; $i < $iterations; $i++) {"
	"    $huge = str_repeat(chr(65 + $i % 26), (2 + $i % 5) << 20);"  /* 2-6 MiB: huge blocks, mmap/munmap */
	"    $keep[$i % 64] = array_fill(0, 256, str_repeat('k', 64) . $i);"
	"    $obj = new ArrayObject(range(0, 512));"
	"    if ($i % $nthreads === $thread) {"
	"        $path = sprintf('%s/t%d-%d.rdump', $dir, $thread, $i);"
	"        $bg = intdiv($i, $nthreads) % 2;"  /* every other dump in the background */
	"        if (@rdump_dump($path, false, (bool)$bg)) {"
	"            file_put_contents($dir . '/results', \"$path $eg $thread $bg\\n\", FILE_APPEND | LOCK_EX);"
	"        } elseif (!$bg || strpos(error_get_last()['message'], 'already being written') === false) {"
	"            echo \"dump failed: $path: \", error_get_last()['message'], \"\\n\";"
	"        }"
	"    }"
	"    unset($huge, $obj);"
	"}"
	/* then the last thread grows past rdump.near_limit (48M): the watcher
	 * thread must reach it, and its dump must be its own */
	"if ($thread === $nthreads - 1) {"
	"    $grow = [];"
	"    for ($k = 0; $k < 256; $k++) { $grow[] = str_repeat('z', (256 << 10) - 100); }"
	"    for ($k = 0; $k < 100 && !glob(\"$dir/near-*.rdump\"); $k++) { usleep(20000); }"
	"    foreach (glob(\"$dir/near-*.rdump\") as $p) { file_put_contents($dir . '/results', \"$p $eg $thread 0 near\\n\", FILE_APPEND | LOCK_EX); }"
	"    unset($grow);"
	"}";

static void *worker(void *arg)
{
	long id = (long)arg;
	volatile int ok = 0;

	(void)ts_resource(0);
	pthread_barrier_wait(&barrier);

	SG(options) |= SAPI_OPTION_NO_CHDIR;
	if (php_request_startup() == SUCCESS) {
		SG(headers_sent) = 1;
		SG(request_info).no_headers = 1;
		zend_first_try {
			char vars[512];
			uintptr_t eg = (uintptr_t)tsrm_get_ls_cache() + executor_globals_offset;

			snprintf(vars, sizeof(vars), "$thread = %ld; $nthreads = %d; $iterations = %ld; $dir = '%s'; $eg = %lu;",
				id, NTHREADS, iterations, dir, (unsigned long)eg);
			ok = zend_eval_string(vars, NULL, "vars") == SUCCESS
				&& zend_eval_string((char *)churn_code, NULL, "churn") == SUCCESS;
		} zend_end_try();
		php_request_shutdown(NULL);
	}
	ts_free_thread();
	return (void *)(long)ok;
}

int main(int argc, char **argv)
{
	pthread_t th[NTHREADS];
	int good = 0;
	long i;

	if (argc != 3) {
		fprintf(stderr, "usage: threads DIR ITERATIONS\n");
		return 2;
	}
	dir = argv[1];
	iterations = atol(argv[2]);
	if (php_embed_init(1, argv) != SUCCESS) {
		fprintf(stderr, "php_embed_init failed\n");
		return 1;
	}
	zend_eval_string("if (!extension_loaded('rdump') || ini_get('rdump.safe_read') !== '1') { echo \"rdump not loaded with safe_read=1\\n\"; exit(1); }", NULL, "check");
	pthread_barrier_init(&barrier, NULL, NTHREADS);
	for (i = 0; i < NTHREADS; i++) {
		pthread_create(&th[i], NULL, worker, (void *)i);
	}
	for (i = 0; i < NTHREADS; i++) {
		void *r;
		pthread_join(th[i], &r);
		good += (int)(long)r;
	}
	pthread_barrier_destroy(&barrier);
	php_embed_shutdown();
	printf("%d/%d threads finished\n", good, NTHREADS);
	return good == NTHREADS ? 0 : 1;
}
