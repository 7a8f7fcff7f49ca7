--TEST--
rdump's children never meet the program's own: a generic pcntl_wait()/pcntl_waitpid() cannot reap the writer (so rdump never reaps a pid it does not own, and proc_close() gets its child's status); no SIGCHLD cuts stream_select() or sleep() short; no zombie is left while the worker waits; with SIGCHLD ignored a consumer's exit status is logged as unknown, not as success
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip signal dumps need PHP 7.1'); if (!function_exists('pcntl_wait')) die('skip no pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$ini = rdump_test_ext_ini('posix') + ['error_log' => "$dir/php.log"];

// 1. Generic waits while a background writer runs, and after it exited.
$code = <<<'PHP'
<?php
$keep = str_repeat('w', 200 << 20);   // a writer that runs for a while
var_dump(rdump_dump($argv[1], false, true));
$writer = (int)trim((string)file_get_contents('/proc/self/task/' . getmypid() . '/children'));
echo 'pcntl_wait(): ', pcntl_wait($status, WNOHANG), "\n";
echo 'pcntl_waitpid(writer): ', pcntl_waitpid($writer, $status, WNOHANG), "\n";
echo 'blocking pcntl_wait(): ', pcntl_wait($status), "\n";     // nothing to wait for: -1 at once
for ($i = 0; $i < 200 && !file_exists($argv[1]); $i++) {
    usleep(50000);
}
usleep(200000);
// the writer's pid may be reused now; rdump must not reap what comes next
$p = proc_open('exit 7', [], $pipes);
echo 'proc_close(): ', proc_close($p), "\n";
$p = proc_open('sleep 0.2; exit 3', [], $pipes);
var_dump(rdump_dump($argv[1] . '.second'));   // a dump in between collects nothing that is not rdump's
echo 'proc_close(): ', proc_close($p), "\n";
PHP;
$r = rdump_test_run($dir, $code, $ini + ['memory_limit' => '-1'], '', ["$dir/bg.rdump"]);
echo $r['out'], "\n";
echo 'background dump: ', json_encode(is_array(rdump_test_open("$dir/bg.rdump"))), "\n";

// 2. Waits of an event loop while the writer finishes: stream_select() for
// 3 s and sleep(2) are not cut short; no zombie is left while they wait.
$code = <<<'PHP'
<?php
$keep = str_repeat('e', 64 << 20);
echo getmypid(), "\n";
var_dump(rdump_dump($argv[1], false, true));
$pipe = popen('sleep 10', 'r');      // never readable within the wait
$r = [$pipe];
$w = $e = null;
$t = microtime(true);
$n = stream_select($r, $w, $e, 3);
printf("stream_select: %s after %s\n", var_export($n, true), microtime(true) - $t >= 2.9 ? 'its whole 3 s' : sprintf('only %.2f s', microtime(true) - $t));
$t = microtime(true);
$left = sleep(2);
printf("sleep(2): returned %d after %s\n", $left, microtime(true) - $t >= 1.9 ? 'its whole 2 s' : sprintf('only %.2f s', microtime(true) - $t));
pclose($pipe);
PHP;
file_put_contents("$dir/loop.php", $code);
$proc = proc_open('exec ' . rdump_test_command("$dir/loop.php", $ini, ["$dir/loop.rdump"]), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$pid = (int)fgets($pipes[1]);
for ($i = 0; $i < 100 && !file_exists("$dir/loop.rdump"); $i++) {
    usleep(50000);
}
usleep(300000);
$zombies = 0;
foreach (preg_split('/\s+/', trim((string)@file_get_contents("/proc/$pid/task/$pid/children")), -1, PREG_SPLIT_NO_EMPTY) as $child) {
    $zombies += preg_match('/\) Z /', (string)@file_get_contents("/proc/$child/stat"));
}
echo "zombies while it waits: $zombies\n";
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($proc);

// 3. SIGCHLD ignored (common in daemons): the kernel reaps every child of
// such a process by itself, rdump's too, so a consumer's exit status cannot
// be known; the log says so instead of calling it a success.
file_put_contents("$dir/consume.sh", "cat >/dev/null\nexit 1\n");
$code = <<<'PHP'
<?php
pcntl_signal(SIGCHLD, SIG_IGN);
posix_kill(getmypid(), SIGUSR2);
for ($i = 0; $i < 1000; $i++) {}
echo "done\n";
PHP;
$r = rdump_test_run($dir, $code, $ini + ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "|/bin/sh $dir/consume.sh"]);
echo $r['out'], "\n";
echo preg_replace(['/^\[[^]]*\] /m', '/\(\d+ bytes\)/'], ['', '(N bytes)'], file_get_contents("$dir/php.log"));
?>
--EXPECTF--
bool(true)
pcntl_wait(): -1
pcntl_waitpid(writer): -1
blocking pcntl_wait(): -1
proc_close(): 7
bool(true)
proc_close(): 3
background dump: true
zombies while it waits: 0
bool(true)
stream_select: 0 after its whole 3 s
sleep(2): returned 0 after its whole 2 s
done
rdump: background dump written to %s/bg.rdump (N bytes)
rdump: background dump written to %s/loop.rdump (N bytes)
rdump: signal dump streamed to |/bin/sh %s/consume.sh (N bytes); consumer's exit status unknown: SIGCHLD is ignored in this process, so the kernel reaped it
