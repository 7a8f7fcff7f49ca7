--TEST--
Background dumps when fork() fails (RLIMIT_NPROC, as an unprivileged user: root ignores it): a clear warning and false, no file; signal dumps then log and drop (no synchronous fallback); a signal while a writer runs is logged and dropped
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); if (!trim((string)shell_exec('command -v setpriv')) || !trim((string)shell_exec('command -v prlimit'))) die('skip no setpriv/prlimit'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
chmod($dir, 0777);
// As nobody, with at most 1 process for that user: this PHP is the one.
$prefix = 'setpriv --reuid=nobody --regid=nogroup --clear-groups prlimit --nproc=1 --';
$r = rdump_test_run($dir, '<?php var_dump(rdump_dump($argv[1], false, true));', ['display_errors' => 'stdout'], $prefix, ["$dir/nproc.rdump"]);
echo trim($r['out']), "\n";
var_dump(rdump_test_dumps($dir));

// The same for a signal dump: the log says why, and nothing is written.
$r = rdump_test_run($dir, '<?php posix_kill(getmypid(), SIGUSR2); for ($i = 0; $i < 100000; $i++) {} echo "ran on\n";',
    rdump_test_ext_ini('posix') + ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/sig.rdump", 'rdump.signal_dump_background' => '1',
    'error_log' => "$dir/nproc.log"], $prefix);
echo trim($r['out']), "\n";
echo preg_replace('/^\[[^]]*\] /m', '', file_get_contents("$dir/nproc.log"));
var_dump(rdump_test_dumps($dir));

// A second signal while the writer of the first runs: logged, dropped, the worker runs on.
$code = <<<'PHP'
<?php
$keep = str_repeat('b', 512 << 20);
posix_kill(getmypid(), SIGUSR2);
for ($i = 0; $i < 1000; $i++) {}
posix_kill(getmypid(), SIGUSR2);
for ($i = 0; $i < 1000; $i++) {}
echo "ran on\n";
PHP;
$r = rdump_test_run($dir, $code, rdump_test_ext_ini('posix') + ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/sig-%t-%i-%p.rdump",
    'rdump.signal_dump_background' => '1', 'rdump.signal_dump_min_interval' => '0', 'memory_limit' => '-1', 'error_log' => "$dir/busy.log"]);
echo trim($r['out']), "\n";
echo preg_replace('/^\[[^]]*\] /m', '', file_get_contents("$dir/busy.log"));
var_dump(count(rdump_test_dumps($dir)));
?>
--EXPECTF--
Warning: rdump_dump(): Cannot write dump to "%s/nproc.rdump": cannot start the snapshot writer (fork): Resource temporarily unavailable in %s on line %d
bool(false)
array(0) {
}
ran on
rdump: signal dump to %s/sig.rdump failed: cannot start the snapshot writer (fork): Resource temporarily unavailable
array(0) {
}
ran on
rdump: signal dump to %s/sig-%s.rdump failed: a background dump is already being written
rdump: signal dump written to %s/sig-%s.rdump (%d bytes)
int(1)
