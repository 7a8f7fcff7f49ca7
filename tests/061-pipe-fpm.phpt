--TEST--
Commands under PHP-FPM: a burst of OOM requests streams one dump per worker into |/bin/dd and leaves no zombie; a signal dump with rdump.signal_dump_background streams through the snapshot child while the worker serves on
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
if (isset($_GET['oom'])) {
    $marker = 'fpm-pipe-marker-' . getmypid();
    $a = [];
    while (true) { $a[] = str_repeat('o', 1000); }
}
if (isset($_GET['spin'])) {
    $marker = 'fpm-bgpipe-marker-' . getmypid();
    file_put_contents($_GET['spin'], getmypid());
    $t = microtime(true);
    while (microtime(true) - $t < 2) {}
    echo "spun ", getmypid();
    return;
}
echo "ok ", getmypid();
PHP
);
$master = rdump_test_fpm_start($dir, ['memory_limit' => '32M', 'rdump.oom_dump' => "|/bin/dd of=$dir/oom-%p.rdump status=none",
    'rdump.signal' => 'SIGWINCH', 'rdump.signal_dump' => "|/bin/dd of=$dir/sig-%p.rdump status=none", 'rdump.signal_dump_background' => '1'],
    "pm.max_children = 2\n");
$procs = [];
for ($i = 0; $i < 6; $i++) {
    $procs[] = popen(rdump_test_fcgi($dir, 'oom=1'), 'r');
}
$fatal = 0;
foreach ($procs as $p) {
    $fatal += strpos(stream_get_contents($p), 'Allowed memory size') !== false ? 1 : 0;
    pclose($p);
}
echo "OOM requests answered with the fatal error: $fatal\n";
$workers = array_map('intval', explode("\n", trim(shell_exec('pgrep -P ' . proc_get_status($master)['pid']))));
$oom = glob("$dir/oom-*.rdump");
echo "dumps: ", count($oom), ", one per worker: ", json_encode(count($oom) <= count($workers) && count($oom) >= 1), "\n";
$valid = 0;
foreach ($oom as $f) {
    $pid = (int)substr(basename($f), 4);
    $d = rdump_test_open($f);
    $valid += is_array($d) && $d['header']['pid'] === $pid && rdump_inspect_find($d, "fpm-pipe-marker-$pid") !== null;
}
echo "valid with their worker's marker: ", json_encode($valid === count($oom)), "\n";

$spin = popen(rdump_test_fcgi($dir, 'spin=' . urlencode("$dir/busy")), 'r');
for ($i = 0; $i < 100 && !file_exists("$dir/busy"); $i++) {
    usleep(50000);
}
usleep(200000);
$worker = (int)file_get_contents("$dir/busy");
exec("kill -WINCH $worker");
echo "request went on: ", json_encode(strpos(stream_get_contents($spin), "spun $worker") !== false), "\n";
pclose($spin);
for ($i = 0; $i < 100 && trim((string)shell_exec('pgrep -x rdump-writer')) !== ''; $i++) {
    usleep(50000);
}
usleep(300000);
$d = rdump_test_open("$dir/sig-$worker.rdump");
echo "signal dump streamed, valid, marker: ", json_encode(is_array($d) && rdump_inspect_find($d, "fpm-bgpipe-marker-$worker") !== null), "\n";
$zombies = 0;
foreach ($workers as $w) {
    $zombies += (int)trim(shell_exec("ps -o stat= --ppid $w | grep -c Z"));
}
echo "zombies: $zombies\n";
echo "served after: ", json_encode(strpos(shell_exec(rdump_test_fcgi($dir, '')), 'ok ') !== false), "\n";
rdump_test_fpm_stop($master);
$log = file_get_contents("$dir/fpm.log") . file_get_contents("$dir/fpm.out");
echo "one streamed line per dump: ", json_encode(substr_count($log, 'dump streamed to |/bin/dd') === count($oom) + 1), ", unknown child: ", substr_count($log, 'unknown child'), "\n";
?>
--EXPECTF--
OOM requests answered with the fatal error: 6
dumps: %d, one per worker: true
valid with their worker's marker: true
request went on: true
signal dump streamed, valid, marker: true
zombies: 0
served after: true
one streamed line per dump: true, unknown child: 0
