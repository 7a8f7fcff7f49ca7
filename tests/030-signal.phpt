--TEST--
rdump.signal: a spinning child dumps on SIGUSR2 (marker in a local variable) and keeps running; signals coalesce; min interval; sleep() returns early
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1 (no VM interrupt before)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$child = <<<'PHP'
<?php
function work($dir) {
    $local = 'signal-marker-' . bin2hex(random_bytes(10));
    file_put_contents("$dir/marker", $local);
    file_put_contents("$dir/ready", getmypid());
    $n = 0;
    while (!file_exists("$dir/stop")) {
        $n++;
    }
    return $n;
}
work($argv[1]);
echo "done\n";
PHP;
file_put_contents("$dir/spin.php", $child);

/* Start the spinner, wait until it is in its loop; returns [proc, pid]. */
function start($dir, array $ini) {
    @unlink("$dir/ready");
    @unlink("$dir/stop");
    $proc = proc_open('exec ' . rdump_test_command("$dir/spin.php", $ini, [$dir]), [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out", 'w'], 2 => ['file', "$dir/err", 'w']], $pipes);
    for ($i = 0; $i < 100 && !file_exists("$dir/ready"); $i++) {
        usleep(50000);
    }
    usleep(100000);
    return [$proc, (int)file_get_contents("$dir/ready")];
}
function finish($dir, $proc) {
    touch("$dir/stop");
    for ($i = 0; $i < 100 && ($s = proc_get_status($proc))['running']; $i++) {
        usleep(50000);
    }
    proc_close($proc);
    return [$s['exitcode'], trim(file_get_contents("$dir/out"))];
}
function wait_for($pattern, $n) {
    for ($i = 0; $i < 100 && count(glob($pattern)) < $n; $i++) {
        usleep(50000);
    }
    usleep(200000);
    return glob($pattern);
}

$ini = ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/sig-%p-%t-%i.rdump", 'error_log' => "$dir/php.log"];
list($proc, $pid) = start($dir, $ini);
exec("kill -USR2 $pid");
$dumps = wait_for("$dir/sig-$pid-*.rdump", 1);
$dump = rdump_test_open($dumps[0]);
var_dump(count($dumps), is_array($dump), $dump['header']['pid'] === $pid);
var_dump(rdump_inspect_find($dump, file_get_contents("$dir/marker")) !== null);
var_dump(finish($dir, $proc));

// Three signals in a row before the child reaches a safe point: one dump
// (the name holds the time, so a second dump a second later would show).
list($proc, $pid) = start($dir, array_merge($ini, ['rdump.signal' => '12']));
exec("kill -USR2 $pid; kill -USR2 $pid; kill -USR2 $pid");
sleep(2);
var_dump(count(glob("$dir/sig-$pid-*.rdump")));
var_dump(finish($dir, $proc)[0]);

// min interval: a second signal well after the first dump is refused...
list($proc, $pid) = start($dir, array_merge($ini, ['rdump.signal' => 'USR2', 'rdump.signal_dump_min_interval' => '3600']));
exec("kill -USR2 $pid");
wait_for("$dir/sig-$pid-*.rdump", 1);
sleep(1);
exec("kill -USR2 $pid");
sleep(1);
var_dump(count(glob("$dir/sig-$pid-*.rdump")));
var_dump(finish($dir, $proc)[0]);
var_dump(strpos(file_get_contents("$dir/php.log"), 'signal dump skipped') !== false);
// ...and taken with an interval of 0 (the default is 60 s)
list($proc, $pid) = start($dir, array_merge($ini, ['rdump.signal' => 'sigusr2', 'rdump.signal_dump_min_interval' => '0']));
exec("kill -USR2 $pid");
wait_for("$dir/sig-$pid-*.rdump", 1);
sleep(1);
exec("kill -USR2 $pid");
var_dump(count(wait_for("$dir/sig-$pid-*.rdump", 2)));
var_dump(finish($dir, $proc)[0]);

// A child blocked in sleep(30) dumps promptly: sleep returns early.
$r = null;
$proc = proc_open('exec ' . rdump_test_command('-r', array_merge($ini, ['rdump.signal' => 'SIGRTMIN+2', 'rdump.signal_dump' => "$dir/sleep-%p.rdump"]),
    ['file_put_contents($argv[1], getmypid()); $t = microtime(true); sleep(30); printf("slept %d\n", microtime(true) - $t);', "$dir/sleeper"]),
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
for ($i = 0; $i < 100 && !file_exists("$dir/sleeper"); $i++) {
    usleep(50000);
}
usleep(200000);
$pid = (int)file_get_contents("$dir/sleeper");
$t = microtime(true);
exec("bash -c 'kill -s SIGRTMIN+2 $pid'");
$out = stream_get_contents($pipes[1]);
proc_close($proc);
var_dump(microtime(true) - $t < 5, trim($out));
var_dump(is_array(rdump_test_open("$dir/sleep-$pid.rdump")));
?>
--EXPECT--
int(1)
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(4) "done"
}
int(1)
int(0)
int(1)
int(0)
bool(true)
int(2)
int(0)
bool(true)
string(7) "slept 0"
bool(true)
