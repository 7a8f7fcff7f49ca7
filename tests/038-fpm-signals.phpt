--TEST--
PHP-FPM and rdump.signal: SIGUSR1/SIGUSR2 are refused with one warning naming a signal that works (and SIGUSR2 still reloads the pool); with SIGRTMIN+1, whose default action would kill, no worker of a pool respawning after every request dies when signalled the instant it is born or 1 ms later, and each dumps; fresh idle workers of a non-root master with opcache.preload survive it too
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); if (!is_dir('/proc/self/task/' . getmypid())) die('skip needs /proc'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
file_put_contents("$dir/app.php", "<?php echo 'ok ', getmypid(), \"\\n\";");
$rt1 = 'SIGRTMIN+1';

/* The workers of FPM's master $pid. */
function workers($pid) {
    return array_map('intval', preg_split('/\s+/', trim((string)@file_get_contents("/proc/$pid/task/$pid/children")), -1, PREG_SPLIT_NO_EMPTY));
}

function fpm_log($dir) {
    return (string)@file_get_contents("$dir/fpm.log") . (string)@file_get_contents("$dir/fpm.out");
}

// 1. SIGUSR2 under FPM: one startup warning; the master keeps its own USR2 (reload).
// (display_errors off, as in production: FPM logs startup warnings then, and displays them into nowhere otherwise)
$master = rdump_test_fpm_start($dir, ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/usr2-%p.rdump", 'display_errors' => '0']);
$pid = proc_get_status($master)['pid'];
$log = fpm_log($dir);
echo 'SIGUSR2 refused, warned once: ', json_encode(substr_count($log, 'rdump.signal=SIGUSR2 is refused: PHP-FPM uses it in its master') === 1), "\n";
echo 'the warning names a signal that works: ', json_encode(strpos($log, 'use SIGWINCH or SIGRTMIN+1 under FPM') !== false), "\n";
exec("kill -USR2 $pid");
for ($i = 0; $i < 100 && strpos(fpm_log($dir), 'Reloading in progress') === false; $i++) {
    usleep(50000);
}
echo 'kill -USR2 on the master reloads the pool: ', json_encode(strpos(fpm_log($dir), 'Reloading in progress') !== false), "\n";
for ($i = 0, $ok = false; $i < 100 && !$ok; $i++) {
    usleep(50000);
    $ok = strpos((string)shell_exec(rdump_test_fcgi($dir, '')), 'ok ') !== false;
}
echo 'serving after the reload: ', json_encode($ok), "\n";
rdump_test_fpm_stop($master);

// 2. Respawn stress: pm.max_requests = 1, a stream of requests, each new
// worker signalled $delay us after it appears as a child of the master.
// A worker whose signal comes while it serves its only request can exit
// before the next VM interrupt check: no dump then, but never a death.
$watch = <<<'PHP'
<?php
list(, $master, $sig, $delay, $stop) = $argv;
$seen = [];
$sent = 0;
for ($until = microtime(true) + 120; microtime(true) < $until && !file_exists($stop); usleep(100)) {
    foreach (preg_split('/\s+/', trim((string)@file_get_contents("/proc/$master/task/$master/children")), -1, PREG_SPLIT_NO_EMPTY) as $pid) {
        if (!isset($seen[$pid])) {
            $seen[$pid] = true;
            if ($delay) {
                usleep((int)$delay);
            }
            $sent += posix_kill((int)$pid, (int)$sig) ? 1 : 0;
        }
    }
}
echo $sent;
PHP;
file_put_contents("$dir/watch.php", $watch);
$signo = (int)trim((string)shell_exec("bash -c 'kill -l RTMIN+1'"));
foreach ([0, 1000] as $delay) {
    $run = "$dir/respawn-$delay";
    mkdir($run);
    file_put_contents("$run/app.php", "<?php echo 'ok ', getmypid(), \"\\n\";");
    $master = rdump_test_fpm_start($run, ['rdump.signal' => $rt1, 'rdump.signal_dump' => '|/bin/dd of=/dev/null status=none',
        'rdump.signal_dump_min_interval' => '0', 'error_log' => "$run/php.log"], "pm.max_children = 2\npm.max_requests = 1\n");
    $pid = proc_get_status($master)['pid'];
    $watcher = popen(rdump_test_command("$dir/watch.php", rdump_test_ext_ini('posix'), [(string)$pid, (string)$signo, (string)$delay, "$run/stop"]), 'r');
    // 5 s of requests, and at least 45 of them (an emulator serves fewer per second)
    $served = 0;
    for ($t = microtime(true); (microtime(true) - $t < 5 || $served < 45) && microtime(true) - $t < 100;) {
        $served += strpos((string)shell_exec(rdump_test_fcgi($run, '')), 'ok ') !== false ? 1 : 0;
    }
    usleep(300000);
    touch("$run/stop");
    $sent = (int)stream_get_contents($watcher);
    pclose($watcher);
    rdump_test_fpm_stop($master);
    $killed = preg_match_all('/exited on signal/', fpm_log($run));
    $dumps = preg_match_all('/rdump: signal dump streamed to \S+ .*\(\d+ bytes\); consumer exited with status 0/', (string)@file_get_contents("$run/php.log"));
    printf("respawn, signal %s after birth: %s workers signalled, %d killed, %s\n", $delay ? '1 ms' : 'at once',
        $sent >= 40 ? 'at least 40' : "only $sent", $killed, $dumps >= 0.9 * $served && $served >= 40 ? 'at least 90% of them dumped' : "$dumps dumps for $served requests");
}

// 3. A non-root master with opcache.preload (rootless containers): fresh
// workers, idle, signalled before their first request.
if (!rdump_test_has_opcache()) {
    echo "no opcache in this PHP\n";
} else {
    $run = sys_get_temp_dir() . '/rdump-test-preload-' . getmypid();
    mkdir($run, 0755);
    register_shutdown_function(function () use ($run) { exec('rm -rf ' . escapeshellarg($run)); });
    file_put_contents("$run/app.php", "<?php echo 'ok ', getmypid(), ' ', class_exists('Preloaded', false) ? 'preloaded' : 'not preloaded', \"\\n\";");
    file_put_contents("$run/preload.php", '<?php class Preloaded {}');
    chown($run, 'nobody');
    $master = rdump_test_fpm_start($run, rdump_test_opcache_ini() + ['opcache.preload' => "$run/preload.php",
        'rdump.signal' => $rt1, 'rdump.signal_dump' => "$run/sig-%p.rdump"], "pm.max_children = 2\n",
        'setpriv --reuid=nobody --regid=nogroup --clear-groups');
    $pid = proc_get_status($master)['pid'];
    $owner = preg_match('/^Uid:\s+' . (int)trim(shell_exec('id -u nobody')) . '\s/m', (string)@file_get_contents("/proc/$pid/status")) ? 'nobody' : 'NOT nobody';
    for ($i = 0; $i < 100 && count(workers($pid)) < 2; $i++) {
        usleep(50000);
    }
    $fresh = workers($pid);
    sort($fresh);
    foreach ($fresh as $w) {
        exec("kill -$signo $w");
    }
    usleep(200000);
    $alive = workers($pid);
    sort($alive);
    $served = [];
    for ($i = 0; $i < 20 && count($served) < 2; $i++) {
        if (preg_match('/ok (\d+) (\w+)/', (string)shell_exec(rdump_test_fcgi($run, '')), $m)) {
            $served[$m[1]] = $m[2];
        }
    }
    $dumped = 0;
    foreach ($fresh as $w) {
        for ($i = 0; $i < 50 && !file_exists("$run/sig-$w.rdump"); $i++) {
            usleep(50000);
        }
        $d = rdump_test_open("$run/sig-$w.rdump");
        $dumped += is_array($d) && $d['header']['pid'] === $w;
    }
    rdump_test_fpm_stop($master);
    printf("non-root master with preload: master runs as %s, %d fresh workers signalled, %s, %s, %d dumped at their first request\n",
        $owner, count($fresh), $alive === $fresh ? 'all alive' : 'SOME DIED',
        array_values(array_unique($served)) === ['preloaded'] ? 'serving preloaded code' : json_encode($served), $dumped);
    foreach (rdump_test_check_dumps($run) as $problem) {
        echo "$problem\n";
    }
}
?>
--EXPECT--
SIGUSR2 refused, warned once: true
the warning names a signal that works: true
kill -USR2 on the master reloads the pool: true
serving after the reload: true
respawn, signal at once after birth: at least 40 workers signalled, 0 killed, at least 90% of them dumped
respawn, signal 1 ms after birth: at least 40 workers signalled, 0 killed, at least 90% of them dumped
non-root master with preload: master runs as nobody, 2 fresh workers signalled, all alive, serving preloaded code, 2 dumped at their first request
