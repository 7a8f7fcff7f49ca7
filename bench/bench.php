<?php
/*
 * rdump benchmark; run through bench/run, which builds what it needs.
 *   php bench.php MODULE FLOOR_BINARY DIR [SIZES_MIB...]
 * Prints tables: dump time against the floor (write() of the same bytes)
 * and gcore, the idle opcache case, and the steady-state cost.
 */
list(, $module, $floor, $dir) = $argv;
$sizes = array_slice($argv, 4) ?: [16, 256, 1024];
$php = PHP_BINARY;
$opcache = ['zend_extension' => PHP_EXTENSION_DIR . '/opcache.so', 'opcache.enable' => '1', 'opcache.enable_cli' => '1', 'opcache.memory_consumption' => '128'];
const DUMPS = 5;

function cmd($php, array $ini, array $args)
{
    $c = escapeshellarg($php) . ' -n';
    foreach ($ini as $k => $v) {
        $c .= ' -d ' . escapeshellarg("$k=$v");
    }
    foreach ($args as $a) {
        $c .= ' ' . escapeshellarg($a);
    }
    return $c;
}

function median(array $v)
{
    sort($v);
    return $v[intdiv(count($v), 2)];
}

function mib($bytes)
{
    return sprintf('%.1f', $bytes / 1048576);
}

function start_child($php, array $ini, $mib)
{
    $proc = proc_open('exec ' . cmd($php, $ini + ['memory_limit' => '-1'], [__DIR__ . '/child.php', $mib]), [['pipe', 'r'], ['pipe', 'w'], ['file', '/dev/null', 'w']], $pipes);
    $ready = fgets($pipes[1]);
    if (!preg_match('/^ready (\d+)/', $ready, $m)) {
        throw new RuntimeException("child did not start: $ready");
    }
    return [$proc, $pipes, (int)$m[1]];
}

function dump_in_child(array $child, $path)
{
    fwrite($child[1][0], "dump $path\n");
    list(, $sec, $before, $after, $ok) = explode(' ', trim(fgets($child[1][1])));
    if (!$ok) {
        throw new RuntimeException("dump to $path failed");
    }
    clearstatcache();
    $st = stat($path);
    return ['sec' => (float)$sec, 'before' => (int)$before, 'after' => (int)$after, 'size' => $st['size'], 'alloc' => $st['blocks'] * 512];
}

function stop_child(array $child)
{
    fwrite($child[1][0], "quit\n");
    proc_close($child[0]);
}

function gcore_seconds($dir, $pid)
{
    if (!trim((string)shell_exec('command -v gcore'))) {
        return null;
    }
    $t = microtime(true);
    exec('gcore -o ' . escapeshellarg("$dir/core") . " $pid >/dev/null 2>&1", $out, $status);
    $sec = microtime(true) - $t;
    array_map('unlink', glob("$dir/core*"));
    return $status === 0 ? $sec : null;
}

function floor_seconds($floor, $dir, $bytes)
{
    $sec = (float)shell_exec(escapeshellarg($floor) . ' ' . escapeshellarg("$dir/floor.bin") . " $bytes");
    unlink("$dir/floor.bin");
    return $sec;
}

printf("rdump benchmark, %s, PHP %s %s, %s, dumps to %s\n\n", date('Y-m-d'), PHP_VERSION, PHP_ZTS ? 'ZTS' : 'NTS', php_uname('m'), $dir);
printf("%-16s %9s %9s %9s %9s %9s %9s %9s %7s %9s %7s\n", 'case', 'dump ms', 'size MiB', 'alloc MiB', 'RSS0 MiB', 'RSS1 MiB', 'floor ms', 'x floor', '', 'gcore ms', 'gcore/x');
foreach ($sizes as $mib) {
    foreach (['opcache off' => [], 'opcache on' => $opcache] as $label => $extra) {
        $child = start_child($php, ['extension' => $module] + $extra, $mib);
        // Dumps and floor runs alternate, each after a sync, so that both
        // meet the same page-cache and writeback state.
        $runs = [];
        $floors = [];
        for ($i = 0; $i < DUMPS; $i++) {
            exec('sync');
            $runs[] = dump_in_child($child, "$dir/bench.rdump");
            unlink("$dir/bench.rdump");
            exec('sync');
            $floors[] = floor_seconds($floor, $dir, end($runs)['size']);
        }
        $secs = array_column($runs, 'sec');
        $dump = median($secs);
        $r = $runs[array_search($dump, $secs, true)];
        $floor_sec = median($floors);
        exec('sync');
        $gcore = gcore_seconds($dir, $child[2]);
        stop_child($child);
        printf("%-16s %9.1f %9s %9s %9s %9s %9.1f %9.2f %7s %9s %7s\n", "{$mib}M $label", $dump * 1000, mib($r['size']), mib($r['alloc']),
            mib($r['before']), mib($r['after']), $floor_sec * 1000, $dump / $floor_sec, '',
            $gcore === null ? 'n/a' : sprintf('%.0f', $gcore * 1000), $gcore === null ? 'n/a' : sprintf('%.1f', $gcore / $dump));
    }
}

// Idle CLI process, opcache enabled with its 128 MiB reservation.
$child = start_child($php, ['extension' => $module] + $opcache, 0);
$runs = [];
for ($i = 0; $i < DUMPS; $i++) {
    $runs[] = dump_in_child($child, "$dir/idle.rdump");
    unlink("$dir/idle.rdump");
}
stop_child($child);
$growth = max(array_map(function ($r) { return $r['after'] - $r['before']; }, $runs));
printf("\nidle CLI, opcache.memory_consumption=128: dump %.1f ms (median of %d), %s MiB, RSS growth at most %s MiB  [targets: < 50 ms, < 16 MiB, <= 1 MiB]\n",
    median(array_column($runs, 'sec')) * 1000, DUMPS, mib(median(array_column($runs, 'size'))), mib(max(0, $growth)));

// Steady-state cost: the error-callback path and a tight loop, with and
// without the module loaded (median of 7 interleaved runs each, timed inside
// the process so that process start-up noise stays out).
$scripts = [
    '1,000,000 notices' => 'for ($i = 0; $i < 1000000; $i++) { trigger_error("n", E_USER_NOTICE); }',
    'tight loop' => '$s = 0; for ($i = 0; $i < 30000000; $i++) { $s += $i; }',
];
echo "\n";
foreach ($scripts as $name => $code) {
    $with = $without = [];
    for ($i = 0; $i < 7; $i++) {
        foreach ([true, false] as $loaded) {
            $ini = ['display_errors' => '0', 'log_errors' => '0', 'error_reporting' => (string)E_ALL];
            if ($loaded) {
                $ini = ['extension' => $module, 'rdump.oom_dump' => "$dir/never-%p.rdump"] + $ini;
            }
            $sec = (float)shell_exec(cmd($php, $ini, ['-r', '$t = hrtime(true); ' . $code . ' echo (hrtime(true) - $t) / 1e9;']));
            $loaded ? ($with[] = $sec) : ($without[] = $sec);
        }
    }
    printf("%-18s with rdump %7.1f ms, without %7.1f ms, ratio %.3f  [target: within 1%%]\n", $name, median($with) * 1000, median($without) * 1000, median($with) / median($without));
}

// The same comparison in instructions (callgrind counts them exactly, so this
// holds even on a busy machine), with a tenth of the work.
if (trim((string)shell_exec('command -v valgrind'))) {
    $small = [
        '100,000 notices' => 'for ($i = 0; $i < 100000; $i++) { trigger_error("n", E_USER_NOTICE); }',
        'tight loop / 10' => '$s = 0; for ($i = 0; $i < 3000000; $i++) { $s += $i; }',
    ];
    foreach ($small as $name => $code) {
        $count = [];
        foreach ([true, false] as $loaded) {
            $ini = ['display_errors' => '0', 'log_errors' => '0', 'error_reporting' => (string)E_ALL];
            if ($loaded) {
                $ini = ['extension' => $module, 'rdump.oom_dump' => "$dir/never-%p.rdump"] + $ini;
            }
            $out = shell_exec('valgrind --tool=callgrind --callgrind-out-file=/dev/null ' . cmd($php, $ini, ['-r', $code]) . ' 2>&1');
            preg_match('/Collected : (\d+)/', $out, $m);
            $count[$loaded] = (int)$m[1];
        }
        printf("%-18s instructions with rdump %d, without %d, ratio %.4f (whole process, start-up included)\n", $name, $count[true], $count[false], $count[true] / $count[false]);
    }
}
