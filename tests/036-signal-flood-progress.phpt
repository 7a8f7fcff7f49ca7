--TEST--
rdump.signal: a flood of the dump signal does not starve a worker holding 64 MiB: signals during a dump ask for no other, and with the default settings one dump is all the flood gets
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); if (!extension_loaded('posix') && !file_exists(PHP_EXTENSION_DIR . '/posix.so')) die('skip needs the posix extension for the flooder'); if (!is_dir('/proc/self/fd')) die('skip needs /proc'); ?>
--FILE--
<?php
/*
 * Signals that came while a dump was being written used to ask for another
 * dump at once, and signal dumps had no minimum interval by default: under a
 * flood (every ~1 ms, 3 s) a worker holding 64 MiB did nothing but dump
 * until the flood ended. Measured on this machine first: the work unflooded
 * and the slowest of three dumps. Expected with the default settings: one
 * dump, and the flooded worker done within its work + 2 dumps + a margin, in
 * CPU time (0.5 s margin; immune to other tests running beside) and in wall
 * time (1 s margin). With rdump.signal_dump_min_interval=0: fewer dumps than
 * signals and the work done at most about one dump after the flood ends; and
 * a burst of signals during one dump gives no second dump.
 */
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();

// The worker holds 64 MiB. "calibrate": iterations of the work loop in 0.5 s;
// "dump": the slowest of three rdump_dump() onto one path (as a flood
// replaces its dump); "work N": ready, then N iterations;
// "spin": ready, then loops until the stop file exists. Times are
// "wall cpu" in seconds, cpu being this process's user + system time.
file_put_contents("$dir/worker.php", <<<'PHP'
<?php
$held = str_repeat('w', 64 << 20);
function cpu() {
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_stime.tv_sec'] + ($r['ru_utime.tv_usec'] + $r['ru_stime.tv_usec']) / 1e6;
}
$t = microtime(true);
$c = cpu();
switch ($argv[1]) {
case 'calibrate':
    $n = 0;
    while (microtime(true) - $t < 0.5) {
        for ($i = 0, $x = 0; $i < 100000; $i++) { $x += $i; }
        $n += 100000;
    }
    echo $n, "\n";
    exit;
case 'dump':
    $max = [0, 0];
    for ($k = 0; $k < 3; $k++) {
        $t = microtime(true);
        $c = cpu();
        rdump_dump($argv[2]);
        $max = [max($max[0], microtime(true) - $t), max($max[1], cpu() - $c)];
    }
    printf("%.3f %.3f\n", $max[0], $max[1]);
    exit;
case 'work':
    $n = (int)$argv[2];
    echo "ready\n";
    $t = microtime(true);
    $c = cpu();
    for ($i = 0, $x = 0; $i < $n; $i++) { $x += $i; }
    break;
case 'spin':
    echo "ready\n";
    while (!file_exists($argv[2]) && microtime(true) - $t < 30) {}
    break;
}
printf("%.3f %.3f\n", microtime(true) - $t, cpu() - $c);
PHP
);
// The flooder (no rdump). "flood PID": SIGUSR2 every ~1 ms for 3 s or
// until the pid is gone; "burst PID K": K SIGUSR2 at once. Then it prints
// how many it sent.
file_put_contents("$dir/flooder.php", <<<'PHP'
<?php
while (($line = fgets(STDIN)) !== false) {
    list($what, $pid, $k) = explode(' ', trim($line) . ' 0');
    $t = microtime(true);
    $n = 0;
    if ($what === 'burst') {
        while ($n < $k && posix_kill((int)$pid, 12)) {
            $n++;
        }
    }
    while ($what === 'flood' && microtime(true) - $t < 3 && posix_kill((int)$pid, 12)) {
        $n++;
        usleep(1000);
    }
    echo "$n\n";
}
PHP
);
$flooder = proc_open('exec ' . rdump_test_command("$dir/flooder.php", rdump_test_ext_ini('posix'), [], false),
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$dir/flooder.err", 'a']], $fp);

/* Run the worker; returns [proc, stdout] once it said ready (or at once). */
function worker($dir, array $args, array $ini = [])
{
    $proc = proc_open('exec ' . rdump_test_command("$dir/worker.php", $ini, $args),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$dir/worker.err", 'a']], $pipes);
    if (in_array($args[0], ['work', 'spin'], true)) {
        fgets($pipes[1]);
    }
    return [$proc, $pipes[1]];
}

/* Its "wall cpu" line, as two floats, after it exits. */
function times($proc, $out)
{
    $line = trim(stream_get_contents($out));
    proc_close($proc);
    return array_map('floatval', explode(' ', $line)) + [0, 0];
}

function signal_ini($dir, $name, array $ini = [])
{
    @mkdir("$dir/$name");
    return $ini + ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/$name/sig-%p.rdump", 'error_log' => "$dir/$name.log"];
}

/* Dumps a signal run wrote, by its log. */
function dumps_logged($dir, $name)
{
    return substr_count((string)@file_get_contents("$dir/$name.log"), 'signal dump written');
}

$n = (int)times(...worker($dir, ['calibrate']))[0];
list($work_wall, $work_cpu) = times(...worker($dir, ['work', $n], signal_ini($dir, 'quiet')));
list($dump_wall, $dump_cpu) = times(...worker($dir, ['dump', "$dir/one.rdump"]));
var_dump(is_array(rdump_test_open("$dir/one.rdump")), dumps_logged($dir, 'quiet'));
$report = sprintf('work %.3fs (cpu %.3fs), one dump %.3fs (cpu %.3fs)', $work_wall, $work_cpu, $dump_wall, $dump_cpu);

/* The worker doing the same work under a 3 s flood: [wall, cpu, signals sent, dumps]. */
function flooded($dir, $fp, $n, $name, array $ini)
{
    list($proc, $out) = worker($dir, ['work', $n], signal_ini($dir, $name, $ini));
    $pid = proc_get_status($proc)['pid'];
    fwrite($fp[0], "flood $pid\n");
    list($wall, $cpu) = times($proc, $out);
    $sent = (int)fgets($fp[1]);
    return [$wall, $cpu, $sent, dumps_logged($dir, $name), $pid];
}

echo "-- default settings: one dump, then the flood is ignored\n";
list($wall, $cpu, $sent, $dumps, $pid) = flooded($dir, $fp, $n, 'default', []);
$detail = sprintf('%s; flooded (%d signals): %.3fs (cpu %.3fs), %d dump(s)', $report, $sent, $wall, $cpu, $dumps);
var_dump($dumps === 1 ?: $detail);
$dump = rdump_test_open("$dir/default/sig-$pid.rdump");
var_dump(is_array($dump) && $dump['header']['pid'] === $pid);
var_dump($sent > 100 ?: $detail);
var_dump($cpu <= $work_cpu + 2 * $dump_cpu + 0.5 ?: $detail);
var_dump($wall <= $work_wall + 2 * $dump_wall + 1.0 ?: $detail);

// Dumps follow each other while the flood lasts (3 s), fewer than the
// signals; the work is done at the latest one dump after the flood ends.
echo "-- rdump.signal_dump_min_interval=0: fewer dumps than signals, and progress\n";
list($wall, $cpu, $sent, $dumps) = flooded($dir, $fp, $n, 'zero', ['rdump.signal_dump_min_interval' => '0']);
$detail = sprintf('%s; flooded (%d signals): %.3fs (cpu %.3fs), %d dump(s)', $report, $sent, $wall, $cpu, $dumps);
var_dump($dumps >= 1 && $dumps < $sent ?: $detail);
var_dump($wall <= $work_wall + 3 + 2 * $dump_wall + 1.0 ?: $detail);

// Deterministic: one signal starts a dump; while that dump is being written
// (the worker holds a file open in the dump directory, before and after the
// burst) five more arrive. They must not ask for a second dump: the worker,
// told to stop once the first dump is logged, exits with one dump.
echo "-- five signals while a dump is being written: no second dump\n";
function dump_open($pid, $in)
{
    $in = realpath($in);
    foreach ((array)@scandir("/proc/$pid/fd") as $fd) {
        if (is_numeric($fd) && strpos((string)@readlink("/proc/$pid/fd/$fd"), "$in/") === 0) {
            return true;
        }
    }
    return false;
}
for ($attempt = 1; $attempt <= 3; $attempt++) {
    $name = "burst-$attempt";
    list($proc, $out) = worker($dir, ['spin', "$dir/$name.stop"], signal_ini($dir, $name, ['rdump.signal_dump_min_interval' => '0']));
    $pid = proc_get_status($proc)['pid'];
    fwrite($fp[0], "burst $pid 1\n");
    fgets($fp[1]);
    for ($i = 0; $i < 10000 && !dump_open($pid, "$dir/$name"); $i++) {
        usleep(500);
    }
    $before = dump_open($pid, "$dir/$name");
    fwrite($fp[0], "burst $pid 5\n");
    $during = (int)fgets($fp[1]) === 5 && $before && dump_open($pid, "$dir/$name");
    for ($i = 0; $i < 1000 && dumps_logged($dir, $name) < 1; $i++) {
        usleep(10000);
    }
    touch("$dir/$name.stop");
    times($proc, $out);
    if ($during) {
        break;
    }
}
var_dump($during, dumps_logged($dir, $name));
fclose($fp[0]);
proc_close($flooder);
?>
--EXPECT--
bool(true)
int(0)
-- default settings: one dump, then the flood is ignored
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
-- rdump.signal_dump_min_interval=0: fewer dumps than signals, and progress
bool(true)
bool(true)
-- five signals while a dump is being written: no second dump
bool(true)
int(1)
