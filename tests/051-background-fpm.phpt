--TEST--
PHP-FPM with rdump.signal_dump_background: SIGWINCH to a busy worker gives a dump while the request runs on; no zombie, no "unknown child"; FPM as PID 1 of its own pid namespace; a worker that exits (pm.max_requests) while its writer runs leaves a complete dump
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)');
if (trim((string)shell_exec('unshare --pid --fork --mount-proc true 2>&1 && echo ok')) !== 'ok') die('skip cannot create a pid namespace'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$base = rdump_test_dir();
$app = <<<'PHP'
<?php
if (isset($_GET['work'])) {
    $keep = str_repeat('w', 192 << 20);
    $marker = 'fpm-bg-marker-' . getmypid();
    file_put_contents($_GET['work'], getmypid());
    if (isset($_GET['self'])) {
        shell_exec('kill -WINCH ' . getmypid());
    }
    $t = microtime(true);
    while (microtime(true) - $t < (float)$_GET['secs']) {}
    printf("worked %d %.1f\n", getmypid(), microtime(true) - $t);
    return;
}
if (isset($_GET['zombies'])) {
    echo "zombies ", trim(shell_exec('ps -eo stat= | grep -c "^Z"')), "\n";
    return;
}
echo "ok ", getmypid();
PHP;
$ini = ['rdump.signal' => 'SIGWINCH', 'rdump.signal_dump_background' => '1',
    'rdump.signal_dump_min_interval' => '0', 'memory_limit' => '-1'];

function wait_file($f) {
    for ($i = 0; $i < 200 && !file_exists($f); $i++) {
        usleep(50000);
    }
    return file_exists($f);
}
function wait_no_writer() {
    for ($i = 0; $i < 200 && trim((string)shell_exec('pgrep -x rdump-writer')) !== ''; $i++) {
        usleep(50000);
    }
}
function report($dir, $pid) {
    $dump = rdump_test_open("$dir/sig-$pid.rdump");
    echo "  dump valid, its pid, marker: ", json_encode([is_array($dump), is_array($dump) && $dump['header']['pid'] === $pid,
        is_array($dump) && rdump_inspect_find($dump, "fpm-bg-marker-$pid") !== null]), "\n";
    $log = file_get_contents("$dir/fpm.log") . file_get_contents("$dir/fpm.out");
    echo "  unknown child lines: ", substr_count($log, 'unknown child'), ", exited on signal: ", substr_count($log, 'exited on signal'), "\n";
    echo "  written line: ", json_encode(strpos($log, "rdump: signal dump written to $dir/sig-$pid.rdump") !== false), "\n";
    echo "  leftovers: ", json_encode(array_values(preg_grep('/^\.rdump-tmp-/', scandir($dir)))), "\n";
}

// A: an ordinary pool; the signal comes from outside while the request works.
$dir = "$base/a";
mkdir($dir);
file_put_contents("$dir/app.php", $app);
$master = rdump_test_fpm_start($dir, $ini + ['rdump.signal_dump' => "$dir/sig-%p.rdump"], "pm.max_children = 2\n");
$work = popen(rdump_test_fcgi($dir, 'secs=3&work=' . urlencode("$dir/busy")), 'r');
wait_file("$dir/busy");
usleep(300000);
$worker = (int)file_get_contents("$dir/busy");
exec("kill -WINCH $worker");
$appeared = wait_file("$dir/sig-$worker.rdump") ? microtime(true) : INF;
$out = stream_get_contents($work);
pclose($work);
echo "A: dump appeared while the request ran: ", json_encode($appeared < microtime(true)), "\n";
echo "  request finished: ", json_encode(strpos($out, "worked $worker") !== false), "\n";
wait_no_writer();
usleep(300000);
echo "  zombies of the worker: ", trim(shell_exec("ps -o stat= --ppid $worker | grep -c Z")), "\n";
$s = rdump_test_fpm_stop($master);
report($dir, $worker);

// B: FPM as PID 1 of its own pid namespace, pm.max_requests = 1: the worker
// signals itself (pids are the namespace's), and exits after the request
// while its writer may still run.
$dir = "$base/b";
mkdir($dir);
file_put_contents("$dir/app.php", $app);
$master = rdump_test_fpm_start($dir, $ini + ['rdump.signal_dump' => "$dir/sig-%p.rdump"],
    "pm.max_children = 1\npm.max_requests = 1\n", 'unshare --pid --fork --mount-proc');
$out = shell_exec(rdump_test_fcgi($dir, 'secs=0.2&self=1&work=' . urlencode("$dir/busy")));
$worker = (int)file_get_contents("$dir/busy");
echo "B: worker pid in its namespace: $worker\n";
echo "  request finished: ", json_encode(strpos($out, "worked $worker") !== false), "\n";
wait_file("$dir/sig-$worker.rdump");
usleep(500000);
echo "  zombies in the namespace: ", trim(shell_exec(rdump_test_fcgi($dir, 'zombies=1') . ' | grep zombies')), "\n";
$inner = (int)trim(shell_exec('pgrep -P ' . (int)proc_get_status($master)['pid']));
exec("kill -QUIT $inner");
for ($i = 0; $i < 100 && proc_get_status($master)['running']; $i++) {
    usleep(100000);
}
report($dir, $worker);
echo "  respawned worker seen: ", json_encode(substr_count(file_get_contents("$dir/fpm.log"), 'exited with code 0') >= 1), "\n";
?>
--EXPECT--
A: dump appeared while the request ran: true
  request finished: true
  zombies of the worker: 0
  dump valid, its pid, marker: [true,true,true]
  unknown child lines: 0, exited on signal: 0
  written line: true
  leftovers: []
B: worker pid in its namespace: 2
  request finished: true
  zombies in the namespace: zombies 0
  dump valid, its pid, marker: [true,true,true]
  unknown child lines: 0, exited on signal: 0
  written line: true
  leftovers: []
  respawned worker seen: true
