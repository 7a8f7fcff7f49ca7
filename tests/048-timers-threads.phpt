--TEST--
A second thread in the process (FFI, an extension's worker thread) does not defeat the timer hold: max_execution_time's process-wide timer, whose signal that thread would take, is stopped during the dump and re-armed after it; the dump is complete and the timeout fires after it (on ZTS with per-thread timers, PHP 8.1+, the timer is aimed at the PHP thread, so the other thread never takes it; the outcome must be the same)
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip hard_timeout needs PHP 7.1'); if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// The thread runs pause(): any signal the kernel gives it (SIGPROF, with
// PHP's handler) ends it; before the fix the first SIGPROF went there, the
// hard timeout then fired during the dump and the process exited 124.
$code = <<<'PHP'
<?php
// (before glibc 2.34 these are in libpthread and libdl; after, those are stubs of libc)
$pt = FFI::cdef('typedef unsigned long pthread_t;
    int pthread_create(pthread_t *t, void *attr, void *start_routine, void *arg);', 'libpthread.so.0');
$dl = FFI::cdef('void *dlsym(void *handle, const char *name);', 'libdl.so.2');
$thread = $pt->new('pthread_t');
$pause = $dl->dlsym(null, 'pause');
echo "thread: ", $pt->pthread_create(FFI::addr($thread), null, $pause, null) === 0 ? 'started' : 'failed', "\n";
$s = str_repeat('x', 1 << 30);
set_time_limit(1);
$t = microtime(true);
while (microtime(true) - $t < 0.9) {}
echo "dumping\n";
$ok = rdump_dump($argv[1]);
echo "returned ", json_encode($ok), "\n";
while (true) {}
PHP;
$r = rdump_test_run($dir, $code, rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'memory_limit' => '-1', 'hard_timeout' => '1',
    'display_errors' => 'stdout', 'max_execution_time' => '0'], '', ["$dir/dump.rdump"]);
echo preg_replace('/^(PHP )?Fatal error: +/m', 'Fatal error: ', $r['out']), "\nexit ", $r['status'], "\n";
$d = rdump_test_open("$dir/dump.rdump", true);
echo is_array($d) ? 'complete dump of ' . ($d['file_size'] > (1 << 30) ? 'more than 1 GiB' : 'LESS than 1 GiB') : $d, "\n";
unlink("$dir/dump.rdump");
?>
--EXPECTF--
thread: started
dumping
returned true
%AFatal error: Maximum execution time of 1 second exceeded in %s on line %d
exit 255
complete dump of more than 1 GiB
