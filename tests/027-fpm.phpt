--TEST--
PHP-FPM (pm=static, 4 workers): OOM requests dump at most rdump.oom_dump_max per worker, distinct valid files within the budget, normal requests keep working, FPM stops cleanly
--SKIPIF--
<?php require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
mkdir("$dir/dumps");
file_put_contents("$dir/app.php", <<<'PHP'
<?php
if (isset($_GET['oom'])) {
    $x = [];
    while (true) { $x[] = str_repeat('f', 1000); }
}
usleep(20000);
echo "ok ", getmypid();
PHP
);
// The guard skips a dump when the dumps already there plus the heap's size
// (~20 MiB here) exceed the budget; a dump is ~27 MiB. 60 MiB is mid-way
// between room for one more (27 + 20) and none (2 x 27 + 20), so two dumps
// fit and no third, NTS or ZTS.
$budget = 60 << 20;
$master = rdump_test_fpm_start($dir, [
    'memory_limit' => '24M',
    'display_errors' => '0',
    'log_errors' => '1',
    'rdump.oom_dump' => "$dir/dumps/oom-%p-%t.rdump",
    'rdump.oom_dump_max' => '1',
    'rdump.oom_dump_max_total' => (string)$budget,
]);
$worker_pids = array_map('intval', explode("\n", trim((string)shell_exec('pgrep -P ' . proc_get_status($master)['pid']))));
var_dump(count($worker_pids));

// A bounded burst: 12 OOM requests one after another, each with 3 normal
// requests running in parallel.
$ok = 0;
$normal_total = 0;
for ($round = 0; $round < 12; $round++) {
    $normal = [];
    for ($j = 0; $j < 3; $j++) {
        $normal[] = popen(rdump_test_fcgi($dir, ''), 'r');
    }
    $oom_out = shell_exec(rdump_test_fcgi($dir, 'oom=1'));
    foreach ($normal as $p) {
        $normal_total++;
        $ok += strpos(stream_get_contents($p), 'ok ') !== false ? 1 : 0;
        pclose($p);
    }
}
var_dump($ok === $normal_total);

// Dumps: distinct names, valid, at most one per worker, within the budget.
$dumps = rdump_test_dumps("$dir/dumps");
$per_pid = [];
$total = 0;
$valid = 0;
foreach ($dumps as $d) {
    preg_match('/^oom-(\d+)-\d+\.rdump$/', $d, $m);
    $per_pid[$m[1]] = (isset($per_pid[$m[1]]) ? $per_pid[$m[1]] : 0) + 1;
    $total += filesize("$dir/dumps/$d");
    $dump = rdump_test_open("$dir/dumps/$d");
    $valid += is_array($dump) && $dump['header']['pid'] === (int)$m[1] ? 1 : 0;
}
var_dump(count($dumps) >= 1, $valid === count($dumps), max($per_pid) <= 1, $total <= $budget);
// the budget stopped some workers: 4 workers x ~27 MiB would not fit in 60 MiB
var_dump(count($dumps) < 4);

// Normal requests still work after the burst.
$after = shell_exec(rdump_test_fcgi($dir, ''));
var_dump(strpos($after, 'ok ') !== false);

// FPM stops cleanly on SIGQUIT (graceful) and leaves no worker behind.
$s = rdump_test_fpm_stop($master);
var_dump($s['running'], $s['exitcode']);
$left = 0;
foreach ($worker_pids as $w) {
    $left += file_exists("/proc/$w") ? 1 : 0;
}
var_dump($left);
$log = file_get_contents("$dir/fpm.log");
var_dump(substr_count($log, 'rdump: OOM dump written to') === count($dumps));
?>
--EXPECT--
int(4)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
int(0)
bool(true)
