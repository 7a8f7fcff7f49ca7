--TEST--
rdump.near_limit: a CLI worker that grows past 80% of memory_limit (or past a size) gets exactly one valid dump, with a log line naming the usage and the limit, and finishes normally; the count and interval guards hold; a share of memory_limit = -1 is refused at startup; the check never cuts a stream_select() short
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip near-limit dumps need PHP 7.1 (no VM interrupt before)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// Grows by 1 MiB every 10 ms to about 60 MiB of heap (memory_limit 72M: 80% is 57.6 MiB), holds it, ends.
$grow = <<<'PHP'
<?php
$a = [];
for ($i = 0; $i < 60; $i++) {
    for ($k = 0; $k < 4; $k++) {
        $a[] = str_repeat('n', (256 << 10) - 100);
    }
    usleep(10000);
}
usleep(500000);
echo "finished at ", intdiv(memory_get_usage(true), 1 << 20), " MiB\n";
PHP;
$runs = [
    'near_limit=80%' => ['rdump.near_limit' => '80%'],
    'near_limit=40M' => ['rdump.near_limit' => '40M'],
    // (three dumps within a second: %t gives them one name, the last one stays)
    'near_limit=40M, near_limit_dump_max=3' => ['rdump.near_limit' => '40M', 'rdump.near_limit_dump_max' => '3', 'rdump.near_limit_dump_min_interval' => '0'],
    'near_limit=40M, max=0, min_interval=3600' => ['rdump.near_limit' => '40M', 'rdump.near_limit_dump_max' => '0',
        'rdump.near_limit_dump_min_interval' => '3600'],
    'near_limit=40M, background' => ['rdump.near_limit' => '40M', 'rdump.near_limit_dump_background' => '1'],
];
foreach ($runs as $label => $ini) {
    $d = "$dir/" . md5($label);
    mkdir($d);
    $r = rdump_test_run($dir, $grow, $ini + ['memory_limit' => '72M', 'rdump.near_limit_dump' => "$d/near-%p-%t-%i.rdump",
        'error_log' => "$d/php.log"]);
    $dumps = glob("$d/*.rdump");
    $valid = count(array_filter($dumps, function ($f) { return is_array(rdump_test_open($f)); }));
    // (three dumps in one run may span a second boundary: one %t name or two)
    if (strpos($label, 'dump_max=3') !== false && $valid === count($dumps) && ($valid === 1 || $valid === 2)) {
        echo "$label: exit $r[status], ", trim($r['out']), ", 1 or 2 names, every dump valid\n";
    } else {
        echo "$label: exit $r[status], ", trim($r['out']), ", $valid valid dump(s) of ", count($dumps), "\n";
    }
    foreach (file("$d/php.log") as $line) {
        echo '  ', preg_replace(['/^\[[^]]*\] /', '/[\d.]+ MiB/', '/ \S+\.rdump /', '/\(\d+ bytes\)/', '/\d+s ago/'], ['', 'N MiB', ' PATH ', '(N bytes)', 'Ns ago'], $line);
    }
}

// A command template: the one-at-a-time lock is this user's file in /tmp.
// Another user's file of that name there (made ahead, world-writable, and
// held) is not ours: the dump goes ahead. (As the daemon user: no other
// test dumps as it.)
$uid = (int)trim((string)shell_exec('id -u daemon 2>/dev/null'));
$lock = "/tmp/.rdump-near-limit-$uid";
if ($uid > 0 && posix_getuid_or_root() === 0) {
    @unlink($lock);
    touch($lock);
    chown($lock, 'nobody');
    chmod($lock, 0666);
    $held = fopen($lock, 'r');
    flock($held, LOCK_EX);
    register_shutdown_function(function () use ($lock) { @unlink($lock); });
    chmod($dir, 0777);
    mkdir("$dir/cmd", 0777);
    chmod("$dir/cmd", 0777);
    $r = rdump_test_run($dir, $grow, ['memory_limit' => '72M', 'rdump.near_limit' => '40M',
        'rdump.near_limit_dump' => "|/bin/dd of=$dir/cmd/near.rdump status=none", 'error_log' => "$dir/cmd/php.log"],
        'setpriv --reuid=daemon --regid=daemon --clear-groups');
    echo "command, another user's lock file held in /tmp: exit $r[status], ", trim($r['out']), ', ',
        is_array(rdump_test_open("$dir/cmd/near.rdump")) ? 'a valid dump' : 'NO dump', "\n";
    echo '  ', preg_replace(['/^\[[^]]*\] /', '/[\d.]+ MiB/', '/\(\d+ bytes\)/'], ['', 'N MiB', '(N bytes)'], (string)file_get_contents("$dir/cmd/php.log"));
    fclose($held);
    unlink($lock);
} else {
    echo "command, another user's lock file held in /tmp: needs root and a daemon user\n";
}

// memory_limit = -1: no share of it to reach.
$r = rdump_test_run($dir, '<?php echo "ran\n";', ['memory_limit' => '-1', 'rdump.near_limit' => '80%', 'rdump.near_limit_dump' => "$dir/x.rdump",
    'display_startup_errors' => '1', 'display_errors' => 'stdout']);
echo "memory_limit=-1: ", str_replace("\n", ' | ', trim($r['out'])), "\n";

// The check raises the VM interrupt ten times a second and sends no signal:
// a stream_select() with a 3 s timeout waits its 3 s.
$r = rdump_test_run($dir, '<?php
$pipe = popen("sleep 10", "r");
$rd = [$pipe]; $w = $e = null;
$t = microtime(true);
$n = stream_select($rd, $w, $e, 3);
printf("stream_select: %s after %s\n", var_export($n, true), microtime(true) - $t >= 2.9 ? "its whole 3 s" : sprintf("only %.2f s", microtime(true) - $t));
pclose($pipe);', ['rdump.near_limit' => '500M', 'rdump.near_limit_interval' => '10', 'rdump.near_limit_dump' => "$dir/y.rdump"]);
echo $r['out'], "\n";

// It shares the VM interrupt with max_execution_time and pcntl's signals:
// both still act, on time.
$r = rdump_test_run($dir, '<?php $t = microtime(true); register_shutdown_function(function () use ($t) {
    printf("timeout after %s\n", microtime(true) - $t < 1.8 ? "about 1 s" : "TOO LONG"); });
while (true) {}', ['max_execution_time' => '1', 'rdump.near_limit' => '500M', 'rdump.near_limit_interval' => '10',
    'rdump.near_limit_dump' => "$dir/z.rdump", 'display_errors' => 'stdout']);
echo preg_replace('/ in \S+ on line \d+/', '', trim($r['out'])), "\n";
{
    $r = rdump_test_run($dir, '<?php pcntl_async_signals(true); pcntl_signal(SIGALRM, function () { echo "alarm handled\n"; exit(0); });
pcntl_alarm(1); $t = microtime(true); while (microtime(true) - $t < 5) {} echo "no alarm\n";', ['rdump.near_limit' => '500M', 'rdump.near_limit_interval' => '10',
        'rdump.near_limit_dump' => "$dir/z.rdump"]);
    echo trim($r['out']), "\n";
}

// Settings are checked like the others.
foreach (['rdump.near_limit' => ['abc', '150%', '0%', '-5%'], 'rdump.near_cgroup_limit' => ['400M', '101%'], 'rdump.near_limit_interval' => ['5', '60001']] as $key => $values) {
    foreach ($values as $v) {
        $r = rdump_test_run($dir, '<?php echo ini_get("' . $key . '"), "\n";', [$key => $v, 'display_startup_errors' => '1', 'display_errors' => 'stdout']);
        echo "$key=$v: ", str_replace("\n", ' | ', trim($r['out'])), "\n";
    }
}
?>
--EXPECTF--
near_limit=80%: exit 0, finished at %d MiB, 1 valid dump(s) of 1
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
near_limit=40M: exit 0, finished at %d MiB, 1 valid dump(s) of 1
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
near_limit=40M, near_limit_dump_max=3: exit 0, finished at %d MiB, 1 or 2 names, every dump valid
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
near_limit=40M, max=0, min_interval=3600: exit 0, finished at %d MiB, 1 valid dump(s) of 1
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump skipped: last one was Ns ago (rdump.near_limit_dump_min_interval=3600); further skips before the interval ends are not logged
near_limit=40M, background: exit 0, finished at %d MiB, 1 valid dump(s) of 1
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump written to PATH (N bytes)
command, another user's lock file held in /tmp: exit 0, finished at %d MiB, a valid dump
  rdump: near-limit (Zend heap N MiB, memory_limit N MiB, rdump.near_limit N MiB) dump streamed to |/bin/dd of=%s/cmd/near.rdump status=none (N bytes); consumer exited with status 0
memory_limit=-1: %AWarning: PHP Startup: rdump.near_limit=80.00% is refused: memory_limit is -1 (no limit), of which there is no share to reach; set a size (rdump.near_limit = 400M) or rdump.near_cgroup_limit in Unknown on line 0 | ran
stream_select: 0 after its whole 3 s
%AFatal error: Maximum execution time of 1 second exceeded
timeout after about 1 s
alarm handled
rdump.near_limit=abc: %AWarning: PHP Startup: Invalid rdump.near_limit value "abc": expected a share of memory_limit such as 80%, or a size such as 400M, or 0 for off; off in Unknown on line 0 | 0
rdump.near_limit=150%: %AWarning: PHP Startup: Invalid rdump.near_limit value "150%": expected a share of memory_limit such as 80%, or a size such as 400M, or 0 for off; off in Unknown on line 0 | 0
rdump.near_limit=0%: %AWarning: PHP Startup: Invalid rdump.near_limit value "0%": expected a share of memory_limit such as 80%, or a size such as 400M, or 0 for off; off in Unknown on line 0 | 0
rdump.near_limit=-5%: %AWarning: PHP Startup: Invalid rdump.near_limit value "-5%": expected a share of memory_limit such as 80%, or a size such as 400M, or 0 for off; off in Unknown on line 0 | 0
rdump.near_cgroup_limit=400M: %AWarning: PHP Startup: Invalid rdump.near_cgroup_limit value "400M": expected a share of the cgroup's limit such as 90%, or 0 for off; off in Unknown on line 0 | 0
rdump.near_cgroup_limit=101%: %AWarning: PHP Startup: Invalid rdump.near_cgroup_limit value "101%": expected a share of the cgroup's limit such as 90%, or 0 for off; off in Unknown on line 0 | 0
rdump.near_limit_interval=5: %AWarning: PHP Startup: Invalid rdump.near_limit_interval value "5": expected a whole number from 10 to 60000; the default stays in force in Unknown on line 0 | 100
rdump.near_limit_interval=60001: %AWarning: PHP Startup: Invalid rdump.near_limit_interval value "60001": expected a whole number from 10 to 60000; the default stays in force in Unknown on line 0 | 100
