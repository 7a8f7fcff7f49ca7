--TEST--
rdump.signal: a CLI script that exits while flooded with its dump signal exits normally every time (the handler must not outlive the module), with the default settings and with a long rdump.signal_dump_min_interval
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); if (!extension_loaded('posix') && !file_exists(PHP_EXTENSION_DIR . '/posix.so')) die('skip needs the posix extension for the flooder'); ?>
--FILE--
<?php
/*
 * The handler used to outlive the module: a SIGUSR2 flood while a short CLI
 * script exits crashed a few percent of the exits (SIGSEGV once the module
 * was unloaded). Expected: a signal that comes while PHP shuts down is
 * dropped, so every run exits with status 0 and its normal output. Each run:
 * the script says ready, waits until the flooder has sent its first signal,
 * does a little work and exits, while the flooder keeps sending until the
 * process is reaped. Each run has its own dump directory.
 */
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// Up to 200 runs per configuration, but at most about 15 s each: how fast a
// flooded process gets through its work depends on how fast the flooder's
// kill() calls come on this machine (1 to 40 ms per run seen on these VMs);
// at least 10 runs must fit.
$runs = 200;
$budget = 15.0;
$min_runs = 10;

// The flooder (no rdump): for each "pid go-file" line, SIGUSR2 to pid as
// fast as it can until the pid is gone (reaped), touching go-file after the
// first signal; then prints how many it sent, which says it is done.
file_put_contents("$dir/flooder.php", <<<'PHP'
<?php
while (($line = fgets(STDIN)) !== false) {
    list($pid, $go) = explode(' ', trim($line), 2);
    $n = 0;
    while (posix_kill((int)$pid, 12)) {
        if ($n++ === 0) {
            touch($go);
        }
    }
    echo "$n\n";
}
PHP
);
// The script: ready, waits until the flood is on, a little work, exits.
file_put_contents("$dir/script.php", <<<'PHP'
<?php
echo "ready\n";
for ($i = 0; $i < 100000 && !file_exists($argv[1]); $i++) {
    usleep(100);
}
$a = [];
for ($i = 0; $i < 10000; $i++) {
    $a[] = $i * 2;
}
echo file_exists($argv[1]) ? "done\n" : "no flood\n";
PHP
);

/* What $pipe gives until EOF (or the first line), at most until $deadline. */
function read_pipe($pipe, $deadline, $line = false)
{
    $buf = '';
    while (!feof($pipe) && microtime(true) < $deadline && !($line && strpos($buf, "\n") !== false)) {
        $r = [$pipe];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 100000)) {
            $buf .= (string)fread($pipe, $line ? 1 : 8192);
        }
    }
    return $buf;
}

function flood_runs($dir, $runs, array $ini, $budget, $min_runs)
{
    $started = microtime(true);
    static $config = 0;
    $config++;
    $flooder = proc_open('exec ' . rdump_test_command("$dir/flooder.php", rdump_test_ext_ini('posix'), [], false),
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$dir/flooder.err", 'a']], $fp);
    $bad = [];
    $dumped = 0;
    for ($r = 0; $r < $runs; $r++) {
        $run = "$dir/run-$config-$r";
        mkdir($run);
        $cmd = 'ulimit -c 0; exec ' . rdump_test_command("$dir/script.php", $ini + [
            'rdump.signal' => 'SIGUSR2',
            'rdump.signal_dump' => "$run/sig-%p.rdump",
            'error_log' => "$run/php.log",
        ], ["$run/go"]);
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$run/stderr", 'w']], $pipes);
        $pid = proc_get_status($proc)['pid'];
        $deadline = microtime(true) + 10;
        $out = read_pipe($pipes[1], $deadline, true);
        fwrite($fp[0], "$pid $run/go\n");
        $out .= read_pipe($pipes[1], $deadline);
        while (($s = proc_get_status($proc))['running'] && microtime(true) < $deadline) {
            usleep(100);
        }
        if ($s['running']) {
            proc_terminate($proc, 9);
        }
        fclose($pipes[1]);
        proc_close($proc);
        fgets($fp[1]); // the flooder is done with this pid
        if ($s['running'] || $s['signaled'] || $s['exitcode'] !== 0 || $out !== "ready\ndone\n") {
            $bad[] = ($s['running'] ? 'still running' : ($s['signaled'] ? 'killed by signal ' . $s['termsig'] : 'exit status ' . $s['exitcode']))
                . ', output ' . json_encode($out) . ', stderr ' . json_encode(substr((string)file_get_contents("$run/stderr"), 0, 200));
        }
        $dumped += file_exists("$run/sig-$pid.rdump") ? 1 : 0;
        array_map('unlink', glob("$run/*"));
        rmdir($run);
        if ($s['running'] || count($bad) >= 3) {
            break; // a hung run, or enough to show the defect
        }
        if (microtime(true) - $started > $budget && $r + 1 >= $min_runs) {
            $runs = $r + 1;
            break;
        }
    }
    fclose($fp[0]);
    proc_close($flooder);
    $counts = array_count_values(array_map(function ($b) { return preg_replace('/, output.*/', '', $b); }, $bad));
    return [
        'abnormal exits' => $counts ? $counts : 0,
        'details' => $bad,
        'runs that dumped' => $dumped === $runs && $runs >= $min_runs ? 'all' : "$dumped of $runs",
    ];
}

echo "-- default settings\n";
var_dump(flood_runs($dir, $runs, [], $budget, $min_runs));
echo "-- rdump.signal_dump_min_interval=3600\n";
var_dump(flood_runs($dir, $runs, ['rdump.signal_dump_min_interval' => '3600'], $budget, $min_runs));
?>
--EXPECT--
-- default settings
array(3) {
  ["abnormal exits"]=>
  int(0)
  ["details"]=>
  array(0) {
  }
  ["runs that dumped"]=>
  string(3) "all"
}
-- rdump.signal_dump_min_interval=3600
array(3) {
  ["abnormal exits"]=>
  int(0)
  ["details"]=>
  array(0) {
  }
  ["runs that dumped"]=>
  string(3) "all"
}
