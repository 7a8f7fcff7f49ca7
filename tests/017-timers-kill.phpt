--TEST--
A dump in progress is not cut short by max_execution_time (its hard timeout included): the file is complete and the timeout fires after it; a writer killed with SIGKILL mid-dump leaves nothing behind
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip hard_timeout needs PHP 7.1'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// 1 GiB takes about 1-3 s to write here: the soft timeout (1 s) fires while
// it is written, and with hard_timeout=1 the old writer was killed (exit 124)
// one second later, leaving a partial temporary file.
$code = <<<'PHP'
<?php
$s = str_repeat('x', 1 << 30);
set_time_limit(1);
$t = microtime(true);
while (microtime(true) - $t < 0.9) {}
echo "dumping\n";
$ok = rdump_dump($argv[1]);
echo "returned ", json_encode($ok), "\n";
while (true) {}
PHP;
$r = rdump_test_run($dir, $code, ["memory_limit" => "-1", "hard_timeout" => "1", "display_errors" => "stdout", "max_execution_time" => "0"], "", ["$dir/child-1.rdump"]);
echo preg_replace('/^(PHP )?Fatal error: +/m', 'Fatal error: ', $r['out']), "\nexit ", $r['status'], "\n";
$size = filesize("$dir/child-1.rdump") ?: 0;
var_dump(file_get_contents("$dir/child-1.rdump", false, null, 0, 8) === "RDUMP\0\0\0", $size > (1 << 30));
var_dump(rdump_test_leftovers($dir, ['child-1.php', 'child-1.rdump']));
unlink("$dir/child-1.rdump");

// SIGKILL in the middle of writing: no file at the path, no temporary file.
$kill = <<<'PHP'
<?php
$s = str_repeat('y', 1 << 30);
echo "dumping\n";
rdump_dump($argv[1]);
echo "finished\n";
PHP;
file_put_contents("$dir/kill.php", $kill);
$proc = proc_open('exec ' . rdump_test_command("$dir/kill.php", ['memory_limit' => '-1'], ["$dir/killed.rdump"]), [1 => ['pipe', 'w']], $pipes);
echo fgets($pipes[1]);
// Kill once the file being written (named or O_TMPFILE: the writer's only
// big open file) holds 64 MiB of the 1 GiB: a fixed delay can outlast the
// whole dump (300 ms did on PHP 7.4 and 8.5 here). Its size grows during the
// one write() of the 1 GiB string, unlike the writer's wchar. (stat(1): ZTS
// PHP resolves /proc/<pid>/fd/N by hand and cannot stat a deleted file.)
$pid = proc_get_status($proc)['pid'];
for ($i = 0; $i < 2000; $i++) {
    $sizes = array_map('intval', explode("\n", trim((string)shell_exec("stat -L -c %s /proc/$pid/fd/* 2>/dev/null"))));
    if (max($sizes) > 64 << 20) {
        break;
    }
}
proc_terminate($proc, 9);
echo stream_get_contents($pipes[1]);
proc_close($proc);
var_dump(rdump_test_leftovers($dir, ['child-1.php', 'kill.php']));
?>
--EXPECTF--
dumping
%AFatal error: Maximum execution time of 1 second exceeded in %s on line %d
exit 255
bool(true)
bool(true)
array(0) {
}
dumping
array(0) {
}
