--TEST--
A command consumer starts with the stream on stdin and no descriptor of the worker's (a worker holding 1,100 of them, up to number 1108), with close_range() and on a kernel without it (before 5.9: each descriptor /proc/self/fd lists is closed, as in the snapshot writer)
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip signal dumps need PHP 7.1'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// The consumer records its own descriptors, then reads the stream. The
// worker holds 1,100 open files, numbers far above 1024 among them.
file_put_contents("$dir/fds.sh", 'ls /proc/$$/fd >"$1"; cat >/dev/null');
$code = <<<'PHP'
<?php
$held = [];
for ($i = 0; $i < 1100; $i++) {
    $held[] = fopen('/dev/null', 'r');
}
posix_kill(getmypid(), SIGUSR2);
for ($i = 0; $i < 1000; $i++) {}
var_dump(rdump_dump($argv[1], false, true));
for ($i = 0; $i < 100 && !file_exists($argv[1]); $i++) {
    usleep(50000);
}
echo "held: ", count($held), "\n";
PHP;
foreach (['close_range()' => '', 'no close_range()' => 'no_close_range'] as $label => $faults) {
    $d = "$dir/" . ($faults ?: 'close_range');
    mkdir($d);
    $ini = rdump_test_ext_ini('posix') + ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "|/bin/sh $dir/fds.sh $d/consumer-fds.txt",
        'error_log' => "$d/php.log"];
    $r = rdump_test_run($dir, $code, $ini, 'ulimit -n 2048; ' . ($faults ? rdump_test_fault($faults) : ''), ["$d/bg.rdump"]);
    echo "$label:\n", $r['out'], "\n";
    $fds = array_map('intval', explode("\n", trim((string)@file_get_contents("$d/consumer-fds.txt"))));
    sort($fds);
    // the shell's own descriptors are below 20 (dash keeps one at 10)
    echo '  consumer: ', implode(' ', array_filter($fds, function ($fd) { return $fd < 3; })), ', worker descriptors: ',
        count(array_filter($fds, function ($fd) { return $fd >= 20; })), "\n";
    echo '  background dump: ', json_encode(is_array(rdump_test_open("$d/bg.rdump"))), "\n";
}
?>
--EXPECT--
close_range():
bool(true)
held: 1100
  consumer: 0 1 2, worker descriptors: 0
  background dump: true
no close_range():
bool(true)
held: 1100
  consumer: 0 1 2, worker descriptors: 0
  background dump: true
