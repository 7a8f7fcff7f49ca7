<?php
/*
 * rdump benchmark; run through bench/run, which builds what it needs.
 *   php bench.php MODULE FLOOR_BINARY DIR [SIZES_MIB...]
 * Prints tables: the synchronous dump against the floor (write() of the
 * same bytes, cold and warm) and gcore; the background dump (the caller's
 * pause, the writer's time); the idle opcache case; the PAGEMAP_SCAN cost of
 * a 1 TiB reservation; request latency of a PHP-FPM pool that is signalled
 * to dump; the steady-state cost.
 * the page cache a dump leaves (write-behind on and off); dump sizes of
 * heaps with dead memory (the live-heap refinement, scrubbing and
 * compaction on and off); the cost of the near-limit watcher; a dump into a
 * directory that holds 50,000 of another user's names.
 * RDUMP_BENCH_ONLY=dump,idle,scan,fpm,steady,writebehind,live,near,shared
 * picks sections (default: all).
 */
list(, $module, $floor, $dir) = $argv;
$sizes = array_slice($argv, 4) ?: [16, 256, 1024];
$php = PHP_BINARY;
$opcache = ['zend_extension' => PHP_EXTENSION_DIR . '/opcache.so', 'opcache.enable' => '1', 'opcache.enable_cli' => '1', 'opcache.memory_consumption' => '128'];
$ffi = ['extension' => [PHP_EXTENSION_DIR . '/ffi.so'], 'ffi.enable' => '1'];
$only = getenv('RDUMP_BENCH_ONLY') ? explode(',', getenv('RDUMP_BENCH_ONLY')) : null;
const ROUNDS = 5;

function section($name)
{
    global $only;
    return $only === null || in_array($name, $only, true);
}

/* A PHP command line; an INI value that is an array gives one -d each. */
function cmd($php, array $ini, array $args)
{
    $c = escapeshellarg($php) . ' -n';
    foreach ($ini as $k => $v) {
        foreach ((array)$v as $one) {
            $c .= ' -d ' . escapeshellarg("$k=$one");
        }
    }
    foreach ($args as $a) {
        $c .= ' ' . escapeshellarg($a);
    }
    return $c;
}

/* Two INI arrays into one; 'extension' lists are joined. */
function ini_merge(array $a, array $b)
{
    $r = $a + $b;
    if (isset($a['extension'], $b['extension'])) {
        $r['extension'] = array_merge((array)$a['extension'], (array)$b['extension']);
    }
    return $r;
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

function ms($sec, $format = '%.1f')
{
    return $sec === null ? 'n/a' : sprintf($format, $sec * 1000);
}

function start_child($php, array $ini, $mib, array $env = [])
{
    $proc = proc_open('exec ' . cmd($php, $ini + ['memory_limit' => '-1'], [__DIR__ . '/child.php', $mib]), [['pipe', 'r'], ['pipe', 'w'], ['file', '/dev/null', 'w']], $pipes,
        null, $env ? $env + getenv() : null);
    $ready = fgets($pipes[1]);
    if (!preg_match('/^ready (\d+)/', $ready, $m)) {
        throw new RuntimeException("child did not start: $ready");
    }
    return [$proc, $pipes, (int)$m[1]];
}

function ask_child(array $child, $line)
{
    fwrite($child[1][0], "$line\n");
    return explode(' ', trim(fgets($child[1][1])));
}

function dump_in_child(array $child, $path)
{
    list(, $sec, $before, $after, $ok) = ask_child($child, "dump $path");
    if (!$ok) {
        throw new RuntimeException("dump to $path failed");
    }
    clearstatcache();
    $st = stat($path);
    return ['sec' => (float)$sec, 'before' => (int)$before, 'after' => (int)$after, 'size' => $st['size'], 'alloc' => $st['blocks'] * 512];
}

function bgdump_in_child(array $child, $path)
{
    list(, $pause, $appeared, $exited, $ok) = ask_child($child, "bgdump $path");
    if (!$ok) {
        throw new RuntimeException("background dump to $path failed");
    }
    return ['pause' => (float)$pause, 'appeared' => (float)$appeared, 'exited' => (float)$exited];
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

/* [cold, warm] seconds: see floor.c. */
function floor_seconds($floor, $dir, $bytes)
{
    $out = explode(' ', trim((string)shell_exec(escapeshellarg($floor) . ' ' . escapeshellarg("$dir/floor.bin") . " $bytes")));
    @unlink("$dir/floor.bin");
    return [(float)$out[0], (float)$out[1]];
}

printf("rdump benchmark, %s, PHP %s %s, %s, kernel %s, dumps to %s\n", gmdate('Y-m-d H:i \U\T\C'), PHP_VERSION, PHP_ZTS ? 'ZTS' : 'NTS', php_uname('m'), php_uname('r'), $dir);

if (section('dump')) {
    // Each round: sync; a synchronous dump; the same again (its page cache
    // memory is the first one's, just freed); sync; the floor (cold, then
    // warm); sync; a bare fork() of the process; a background dump. So the
    // first dump and the cold floor, the second dump and the warm floor meet
    // the same page-cache state, and the background dump sits beside the
    // synchronous ones of the same process. Medians and, where it says so,
    // the worst of the ROUNDS rounds (ratios are taken per round).
    $cases = [];
    foreach ($sizes as $mib) {
        $cases["{$mib}M opcache off"] = [$mib, [], []];
        $cases["{$mib}M opcache on"] = [$mib, $opcache, []];
    }
    // zend_alloc in 2 MiB transparent huge pages: fork() copies one entry
    // per 2 MiB instead of one per 4 KiB page.
    $cases[max($sizes) . 'M huge pages'] = [max($sizes), [], ['USE_ZEND_ALLOC_HUGE_PAGES' => '1']];
    $sync_rows = $bg_rows = [];
    $rss_first = $rss_later = 0;
    foreach ($cases as $case => list($mib, $extra, $env)) {
        $child = start_child($php, ['extension' => $module] + $extra, $mib, $env);
        $runs = $again = $floors = $forks = $bgs = [];
        for ($i = 0; $i < ROUNDS; $i++) {
            exec('sync');
            $runs[] = dump_in_child($child, "$dir/bench.rdump");
            unlink("$dir/bench.rdump");
            $again[] = dump_in_child($child, "$dir/bench.rdump")['sec'];
            unlink("$dir/bench.rdump");
            exec('sync');
            $floors[] = floor_seconds($floor, $dir, end($runs)['size']);
            exec('sync');
            $forks[] = (float)ask_child($child, 'fork')[1];
            $bgs[] = bgdump_in_child($child, "$dir/bench-bg.rdump");
            unlink("$dir/bench-bg.rdump");
        }
        $secs = array_column($runs, 'sec');
        $dump = median($secs);
        $r = $runs[array_search($dump, $secs, true)];
        $cold = array_column($floors, 0);
        $warm = array_column($floors, 1);
        $x_cold = $x_warm = $again_warm = $pause_share = [];
        foreach ($runs as $i => $run) {
            $x_cold[] = $run['sec'] / $cold[$i];
            $x_warm[] = $run['sec'] / $warm[$i];
            $again_warm[] = $again[$i] / $warm[$i];
            $pause_share[] = $bgs[$i]['pause'] / min($run['sec'], $again[$i]);
            // The first dump of a process faults in rdump's code and buffers.
            if ($i === 0) {
                $rss_first = max($rss_first, $run['after'] - $run['before']);
            } else {
                $rss_later = max($rss_later, $run['after'] - $run['before']);
            }
        }
        exec('sync');
        $gcore = gcore_seconds($dir, $child[2]);
        stop_child($child);
        $sync_rows[] = sprintf("%-18s %8s %8s %8s %8s %8s %7.2f %7.2f %7.2f %7.2f %7.2f %8s %8s %7s", $case, ms($dump), ms(max($secs)), ms(median($again)),
            ms(median($cold)), ms(median($warm)), median($x_cold), median($x_warm), max($x_warm), median($again_warm), max($again_warm),
            mib($r['size']), $gcore === null ? 'n/a' : ms($gcore, '%.0f'), $gcore === null ? 'n/a' : sprintf('%.1f', $gcore / $dump));
        $pauses = array_column($bgs, 'pause');
        $writes = array_column($bgs, 'exited');
        $bg_rows[] = sprintf("%-18s %8s %8s %8s %8s %8s %8s %8s %8s %8s", $case, ms(median(array_map('min', $secs, $again))),
            min($forks) < 0 ? 'n/a' : ms(median($forks), '%.2f'), ms(median($pauses), '%.2f'), ms(max($pauses), '%.2f'),
            sprintf('%.2f', 100 * median($pause_share)), sprintf('%.2f', 100 * max($pause_share)),
            ms(median(array_column($bgs, 'appeared'))), ms(median($writes)), ms(max($writes)));
    }
    printf("\nSynchronous dump against the floor, %d rounds. floor: write() of the same bytes by a C helper, cold = its first write, warm = the\n"
        . "same bytes again in the same process (page cache memory just freed, reused); again: a second dump right after the first\n", ROUNDS);
    echo rtrim(sprintf("%-18s %8s %8s %8s %8s %8s %7s %7s %7s %7s %7s %8s %8s %7s", 'case', 'dump ms', 'dump ms', 'again ms', 'floor ms', 'floor ms',
        'dump/', 'dump/', 'dump/', 'again/', 'again/', 'size MiB', 'gcore ms', 'gcore/')), "\n";
    echo rtrim(sprintf("%-18s %8s %8s %8s %8s %8s %7s %7s %7s %7s %7s %8s %8s %7s", '', 'median', 'worst', 'median', 'cold', 'warm',
        'cold', 'warm', 'warm', 'warm', 'warm', '', '', 'dump')), "\n";
    echo rtrim(sprintf("%-18s %8s %8s %8s %8s %8s %7s %7s %7s %7s %7s %8s %8s %7s", '', '', '', '', 'median', 'median',
        'median', 'median', 'worst', 'median', 'worst', '', '', '')), "\n";
    echo implode("\n", $sync_rows), "\n";
    printf("RSS growth during a dump: the first of a process at most %s MiB, later ones at most %s MiB\n", mib(max(0, $rss_first)), mib(max(0, $rss_later)));
    printf("\nBackground dump (rdump_dump(\$path, false, true)) in the same processes, %d rounds: the caller's pause beside a bare fork() of the\n"
        . "same process, and the writer's time until the file is at \$path and until it exited. pause %% = pause / that round's faster synchronous dump\n", ROUNDS);
    printf("%-18s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n", 'case', 'sync ms', 'fork ms', 'pause ms', 'pause ms', 'pause %', 'pause %', 'file ms', 'exit ms', 'exit ms');
    printf("%-18s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n", '', 'median', 'median', 'median', 'worst', 'median', 'worst', 'median', 'median', 'worst');
    echo implode("\n", $bg_rows), "\n";
    echo "  [targets at 1 GiB: pause <= 5% of the synchronous dump and <= 20 ms]\n";
}

if (section('idle')) {
    // Idle CLI process, opcache enabled with its 128 MiB reservation.
    $child = start_child($php, ['extension' => $module] + $opcache, 0);
    $runs = [];
    for ($i = 0; $i < ROUNDS; $i++) {
        $runs[] = dump_in_child($child, "$dir/idle.rdump");
        unlink("$dir/idle.rdump");
    }
    stop_child($child);
    $growth = array_map(function ($r) { return $r['after'] - $r['before']; }, $runs);
    printf("\nidle CLI, opcache.memory_consumption=128: dump %.1f ms (median of %d), %s MiB, RSS growth %s MiB at the first dump, at most %s MiB later  [targets: < 50 ms, < 16 MiB, <= 1 MiB]\n",
        median(array_column($runs, 'sec')) * 1000, ROUNDS, mib(median(array_column($runs, 'size'))), mib(max(0, $growth[0])), mib(max(0, max(array_slice($growth, 1)))));
}

if (section('scan')) {
    // The cost of finding the populated pages: an idle process, then the
    // same process with a 1 TiB MAP_NORESERVE reservation of which one page
    // is touched, with rdump.pagemap_scan=1 (PAGEMAP_SCAN) and =0 (reads of
    // /proc/self/pagemap, 8 bytes per page).
    echo "\nPopulated-page scan: a 1 TiB MAP_NORESERVE reservation with one page touched (FFI), dump time (median of 3)\n";
    if (!file_exists(PHP_EXTENSION_DIR . '/ffi.so') && !extension_loaded('ffi')) {
        echo "  n/a: this PHP has no FFI\n";
    } else {
        $has_ini = trim((string)shell_exec(cmd($php, ['extension' => $module], ['-r', 'var_export(ini_get("rdump.pagemap_scan") !== false);'])));
        foreach (['1', '0'] as $scan) {
            if ($has_ini !== 'true') {
                echo "  TODO: rdump.pagemap_scan=$scan: this rdump build has no rdump.pagemap_scan INI entry yet\n";
                continue;
            }
            $child = start_child($php, ini_merge(['extension' => $module, 'rdump.pagemap_scan' => $scan], $ffi), 0);
            $times = [];
            foreach (['without' => null, 'with' => 'reserve'] as $what => $command) {
                if ($command && ask_child($child, $command)[1] === '0') {
                    echo "  mmap of 1 TiB failed\n";
                    break;
                }
                $runs = [];
                for ($i = 0; $i < 3; $i++) {
                    $runs[] = dump_in_child($child, "$dir/scan.rdump");
                    unlink("$dir/scan.rdump");
                }
                $times[$what] = median(array_column($runs, 'sec'));
                $size = median(array_column($runs, 'size'));
            }
            stop_child($child);
            if (count($times) === 2) {
                printf("  rdump.pagemap_scan=%s: %9.1f ms with the reservation, %6.1f ms without; the reservation costs %9.1f ms (dump %s MiB)\n",
                    $scan, $times['with'] * 1000, $times['without'] * 1000, ($times['with'] - $times['without']) * 1000, mib($size));
            }
        }
    }
}

/* ---- PHP-FPM: request latency while the workers are signalled to dump -- */

function fpm_binary()
{
    $candidates = [dirname(dirname(realpath(PHP_BINARY))) . '/sbin/php-fpm', '/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION];
    foreach ($candidates as $fpm) {
        if (is_executable($fpm)) {
            return $fpm;
        }
    }
    return null;
}

function fpm_workers($master_pid)
{
    $list = trim((string)@file_get_contents("/proc/$master_pid/task/$master_pid/children"));
    return $list === '' ? [] : array_map('intval', explode(' ', $list));
}

const FPM_WORKERS = 2;
const FPM_HOLD_MIB = 512;
const FPM_RATE = 200;
const FPM_COUNT = 1300;
const FPM_SIGNALS = '1,3,5';

/* Start php-fpm with rdump (signal dumps, background or not) and two
 * workers that each hold FPM_HOLD_MIB MiB; returns [process, master pid,
 * worker pids], or a string saying why not. */
function fpm_start($fpm, $module, $base, $background)
{
    $dir = "$base/fpm";
    @mkdir($dir);
    @mkdir("$dir/dumps");
    array_map('unlink', glob("$dir/held-*"));
    // PHP values do not outlive a request: the data a worker holds is C heap
    // (FFI, never freed), allocated by its first request.
    file_put_contents("$dir/app.php", '<?php
$held = __DIR__ . "/held-" . getmypid();
if (!file_exists($held)) {
    $c = FFI::cdef("void *malloc(size_t n); void *memset(void *s, int c, size_t n);");
    $c->memset($c->malloc(' . FPM_HOLD_MIB . ' << 20), 0x5a, ' . FPM_HOLD_MIB . ' << 20);
    touch($held);
}
$s = 0;
for ($i = 0; $i < 20000; $i++) {
    $s += $i;
}
echo "ok ", getmypid(), " ", $s;
');
    file_put_contents("$dir/fpm.conf", "[global]\npid = $dir/fpm.pid\nerror_log = $dir/fpm.log\ndaemonize = no\n\n"
        . "[bench]\nlisten = $dir/fpm.sock\nlisten.backlog = 2048\npm = static\npm.max_children = " . FPM_WORKERS . "\n"
        . "catch_workers_output = yes\nclear_env = no\n");
    @unlink("$dir/fpm.sock");
    $ini = ['extension' => [$module, PHP_EXTENSION_DIR . '/ffi.so'], 'ffi.enable' => '1', 'rdump.signal' => 'SIGWINCH',
        'rdump.signal_dump' => "$dir/dumps/%p-%t.rdump", 'rdump.signal_dump_min_interval' => '0', 'rdump.signal_dump_background' => $background ? '1' : '0'];
    $cmd = 'exec ' . escapeshellarg($fpm) . ' -n -R -F -y ' . escapeshellarg("$dir/fpm.conf");
    foreach ($ini as $k => $v) {
        foreach ((array)$v as $one) {
            $cmd .= ' -d ' . escapeshellarg("$k=$one");
        }
    }
    $proc = proc_open($cmd, [['file', '/dev/null', 'r'], ['file', "$dir/fpm.out", 'a'], ['file', "$dir/fpm.out", 'a']], $pipes);
    $master = proc_get_status($proc)['pid'];
    for ($i = 0; $i < 100 && !file_exists("$dir/fpm.sock"); $i++) {
        usleep(100000);
    }
    // Warm-up: requests until every worker has its data (each first
    // request takes a while, so the next one goes to another worker).
    for ($i = 0; $i < 10 && count(glob("$dir/held-*")) < FPM_WORKERS; $i++) {
        fpm_load($dir, 20, 20, '', []);
    }
    $workers = fpm_workers($master);
    if (count(glob("$dir/held-*")) < FPM_WORKERS || count($workers) !== FPM_WORKERS) {
        fpm_stop($proc);
        return 'the workers did not start or take their data; see ' . "$dir/fpm.log";
    }
    return [$proc, $master, $workers];
}

function fpm_load($dir, $rate, $count, $signal_at, array $pids)
{
    global $php;
    $out = shell_exec(cmd($php, ['extension' => PHP_EXTENSION_DIR . '/posix.so'], [__DIR__ . '/fpm-load.php', "$dir/fpm.sock", "$dir/app.php",
        $rate, $count, $signal_at, implode(',', $pids), "$dir/dumps"]));
    return json_decode((string)$out, true);
}

function fpm_stop($proc)
{
    $pid = proc_get_status($proc)['pid'];
    signal_pid($pid, 'QUIT');
    for ($i = 0; $i < 100 && proc_get_status($proc)['running']; $i++) {
        usleep(100000);
    }
    if (proc_get_status($proc)['running']) {
        foreach (fpm_workers($pid) as $w) {
            signal_pid($w, 'KILL');
        }
        proc_terminate($proc, 9);
    }
    proc_close($proc);
}

function signal_pid($pid, $signal)
{
    exec("kill -$signal " . (int)$pid . ' 2>/dev/null');
}

if (section('fpm')) {
    $fpm = fpm_binary();
    printf("\nPHP-FPM request latency: pm=static, %d workers holding %d MiB each, %d requests at %d/s (open loop, a connection each, unix socket);\n"
        . "SIGWINCH (rdump.signal_dump, rdump.signal_dump_min_interval=0) to every worker at %s s\n", FPM_WORKERS, FPM_HOLD_MIB, FPM_COUNT, FPM_RATE, FPM_SIGNALS);
    if (!$fpm || !file_exists(PHP_EXTENSION_DIR . '/ffi.so') || !file_exists(PHP_EXTENSION_DIR . '/posix.so')) {
        echo "  n/a: needs php-fpm, FFI and posix for this PHP\n";
    } else {
        printf("%-28s %8s %8s %8s %8s %7s %7s %7s\n", 'run', 'p50 ms', 'p99 ms', 'max ms', '>50 ms', 'errors', 'signals', 'dumps');
        $rows = [];
        foreach ([0 => ['undisturbed' => false, 'signal, synchronous dump' => true], 1 => ['signal, background dump' => true]] as $background => $runs) {
            $started = fpm_start($fpm, $module, $dir, $background);
            if (is_string($started)) {
                echo "  n/a: $started\n";
                continue;
            }
            list($proc, $master, $workers) = $started;
            foreach ($runs as $label => $signal) {
                $r = fpm_load("$dir/fpm", FPM_RATE, FPM_COUNT, $signal ? FPM_SIGNALS : '', $signal ? $workers : []);
                if (!$r) {
                    printf("%-28s failed\n", $label);
                    continue;
                }
                printf("%-28s %8s %8s %8s %8d %7d %7d %7d\n", $label, ms($r['p50'], '%.2f'), ms($r['p99'], '%.2f'), ms($r['max'], '%.1f'),
                    $r['over50ms'], $r['errors'], $r['signals'], $r['dumps']);
            }
            fpm_stop($proc);
        }
    }
}

if (section('steady')) {
    // Steady-state cost: the error-callback path and a tight loop, with and
    // without the module loaded (median of 7 interleaved runs each, timed
    // inside the process so that process start-up noise stays out).
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

    // The same comparison in instructions (callgrind counts them exactly, so
    // this holds even on a busy machine), with a tenth of the work.
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
}

/* The page cache (Cached of /proc/meminfo: dirty pages included), bytes. */
function page_cache()
{
    preg_match('/^Cached:\s+(\d+) kB/m', file_get_contents('/proc/meminfo'), $m);
    return (int)$m[1] * 1024;
}

if (section('writebehind')) {
    // A file dump's page cache is charged to the writer's cgroup: with
    // write-behind the dump sends each 8 MiB to disk and drops the window
    // before; without, it is left to the kernel. 1 GiB, 5 rounds each, after
    // a sync; the page cache the dump left once its call returned.
    $mib = max($sizes);
    printf("\nWrite-behind, %d MiB process, %d rounds each (after a sync): dump time and the page cache it leaves behind\n", $mib, ROUNDS);
    foreach (['1' => 'write_behind=1 (default)', '0' => 'write_behind=0'] as $on => $label) {
        $child = start_child($php, ['extension' => $module, 'rdump.write_behind' => $on], $mib);
        $t = $left = [];
        for ($i = 0; $i < ROUNDS; $i++) {
            exec('sync');
            $before = page_cache();
            $r = dump_in_child($child, "$dir/wb.rdump");
            $left[] = page_cache() - $before;
            $t[] = $r['sec'];
            unlink("$dir/wb.rdump");
        }
        stop_child($child);
        printf("  %-26s dump %7s ms median, %7s ms worst; page cache left: %7s MiB median, %7s MiB most (dump %s MiB)\n", $label,
            ms(median($t)), ms(max($t)), mib(median($left)), mib(max($left)), mib($r['size']));
    }
}

if (section('live')) {
    // What a dump holds of a heap with dead memory. Each case builds its
    // heap in one process, then dumps it: without the refinements, with each
    // in turn, with all of them, and in the background (whose writer
    // compacts and scrubs its own copy), compaction last (it changes the
    // process). 1: free pages and cached chunks out (rdump.skip_free_heap);
    // 3: freed slots zeroed, string slack as zeros, the dead stack out
    // (rdump.scrub_free); 2: zend_mm_gc() first (rdump.compact).
    $build = [
        '1% of 1.5 M strings kept, contiguous' => '$a = []; for ($i = 0; $i < 1500000; $i++) { $a[] = "s" . str_pad((string)$i, 20, "x"); } $a = array_slice($a, 0, 15000);',
        '1% of 1.5 M strings kept, scattered' => '$a = []; for ($i = 0; $i < 1500000; $i++) { $a[] = "s" . str_pad((string)$i, 20, "x"); } $k = []; foreach ($a as $i => $v) { if ($i % 100 === 0) { $k[] = $v; } } $a = $k; unset($k);',
        'large temporaries among small live ones' => 'mt_srand(1); $a = []; $t = []; for ($i = 0; $i < 200; $i++) { for ($k = 0; $k < 500; $k++) { $a[] = "live-$i-$k"; } $t[] = str_repeat("T", mt_rand(100 << 10, 1 << 20)); } $t = null;',
    ];
    $dumps = <<<'PHP'
$out = ['usage' => memory_get_usage(), 'real' => memory_get_usage(true)];
$runs = ['none' => [0, 0, 0], '1' => [1, 0, 0], '3' => [0, 1, 0], '1+3' => [1, 1, 0], 'background' => [1, 1, 0], '1+2+3' => [1, 1, 1]];
foreach ($runs as $name => list($skip, $scrub, $compact)) {
    ini_set('rdump.skip_free_heap', (string)$skip);
    ini_set('rdump.scrub_free', (string)$scrub);
    ini_set('rdump.compact', (string)$compact);
    $p = "$DIR/live.rdump";
    @unlink($p);
    $t = hrtime(true);
    rdump_dump($p, false, $name === 'background');
    $sec = (hrtime(true) - $t) / 1e9;
    if ($name === 'background') {
        for ($i = 0; $i < 3000 && !file_exists($p); $i++) { usleep(10000); }
        $sec = (hrtime(true) - $t) / 1e9;
    }
    clearstatcache();
    $out[$name] = [filesize($p), $sec];
}
echo json_encode($out);
PHP;
    $rows = [];
    foreach ($build as $case => $code) {
        // (error_log: the background writer's line is not a figure)
        $out = json_decode((string)shell_exec(cmd($php, ['extension' => $module, 'memory_limit' => '-1', 'error_log' => '/dev/null'],
            ['-r', $code . str_replace('$DIR', $dir, $dumps)])), true);
        $rows[$case] = $out;
    }
    // An FPM worker dumped at the request after a 200 MiB peak.
    $fpm = fpm_binary();
    if ($fpm && trim((string)shell_exec('command -v cgi-fcgi'))) {
        $base = "$dir/live-fpm";
        @mkdir($base);
        file_put_contents("$base/app.php", '<?php if (isset($_GET["peak"])) { $a = []; for ($i = 0; $i < 200; $i++) { $a[] = str_repeat("p", 1 << 20); } echo "peaked"; return; } ' . str_replace('$DIR', $dir, $dumps));
        file_put_contents("$base/fpm.conf", "[global]\npid = $base/fpm.pid\nerror_log = $base/fpm.log\ndaemonize = no\n[w]\nlisten = $base/fpm.sock\npm = static\npm.max_children = 1\nclear_env = no\n");
        $proc = proc_open('exec ' . cmd($fpm, ['extension' => $module, 'memory_limit' => '-1'], ['-R', '-F', '-y', "$base/fpm.conf"]), [['file', '/dev/null', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
        for ($i = 0; $i < 100 && !file_exists("$base/fpm.sock"); $i++) { usleep(50000); }
        $req = function ($q) use ($base) {
            return (string)shell_exec('SCRIPT_FILENAME=' . escapeshellarg("$base/app.php") . ' REQUEST_METHOD=GET QUERY_STRING=' . escapeshellarg($q)
                . ' cgi-fcgi -bind -connect ' . escapeshellarg("$base/fpm.sock") . ' 2>/dev/null');
        };
        $req('peak=1');
        $body = $req('');
        $rows['FPM worker, the request after a 200 MiB peak'] = json_decode(substr($body, strpos($body, '{')), true);
        proc_terminate($proc);
        proc_close($proc);
    }
    printf("\nDump size (MiB) and time (ms) of heaps with dead memory, against memory_get_usage() and memory_get_usage(true);\n"
        . "1 = free pages and cached chunks out, 3 = freed bytes zeroed, 2 = compacted first (zend_mm_gc); background = 1+2+3 in the writer's copy\n");
    printf("%-46s %7s %7s %15s %15s %15s %15s %15s %15s\n", 'case', 'usage', 'real', 'none', '1', '3', '1+3', 'background', '1+2+3');
    foreach ($rows as $case => $r) {
        if (!$r) {
            printf("%-46s failed\n", $case);
            continue;
        }
        $cells = '';
        foreach (['none', '1', '3', '1+3', 'background', '1+2+3'] as $k) {
            $cells .= sprintf(' %15s', sprintf('%.1f / %.0f', $r[$k][0] / 1048576, $r[$k][1] * 1000));
        }
        printf("%-46s %7s %7s%s\n", $case, mib($r['usage']), mib($r['real']), $cells);
    }
}

if (section('near')) {
    // The near-limit watcher raises the VM interrupt every 100 ms; the
    // check at the safe point reads the heap's size. A CPU-bound script with
    // it on (a limit it never reaches) against the module loaded without it:
    // median of 7 interleaved runs, timed inside the process; then
    // instructions under callgrind (a tenth of the work).
    $code = '$s = 0; for ($i = 0; $i < 30000000; $i++) { $s += $i; }';
    $on = ['rdump.near_limit' => '100G', 'rdump.near_limit_dump' => "$dir/never-%p.rdump"];
    $with = $without = [];
    for ($i = 0; $i < 7; $i++) {
        foreach ([true, false] as $watch) {
            $ini = ['extension' => $module] + ($watch ? $on : []);
            $sec = (float)shell_exec(cmd($php, $ini, ['-r', '$t = hrtime(true); ' . $code . ' echo (hrtime(true) - $t) / 1e9;']));
            $watch ? ($with[] = $sec) : ($without[] = $sec);
        }
    }
    printf("\nnear-limit watcher, tight loop: on %7.1f ms (best %7.1f), off %7.1f ms (best %7.1f), ratio %.3f median, %.3f best  [target: within 1%%]\n",
        median($with) * 1000, min($with) * 1000, median($without) * 1000, min($without) * 1000, median($with) / median($without), min($with) / min($without));
    if (trim((string)shell_exec('command -v valgrind'))) {
        $small = '$s = 0; for ($i = 0; $i < 3000000; $i++) { $s += $i; }';
        $count = [];
        foreach ([true, false] as $watch) {
            $out = shell_exec('valgrind --tool=callgrind --callgrind-out-file=/dev/null ' . cmd($php, ['extension' => $module] + ($watch ? $on : []), ['-r', $small]) . ' 2>&1');
            preg_match('/Collected : (\d+)/', $out, $m);
            $count[$watch] = (int)$m[1];
        }
        printf("near-limit watcher, tight loop / 10: instructions on %d, off %d, ratio %.4f (whole process; under valgrind the loop is slower, so more checks fall in it)\n",
            $count[true], $count[false], $count[true] / $count[false]);
    }
}

if (section('shared')) {
    // A dump into a directory that also holds 50,000 of another user's
    // temporary names and 50,000 of its *.rdump: each dump looks at 256
    // temporary names at most and opens none of another user's. An idle
    // process, 9 dumps each: median and worst, the first one apart (cold
    // directory cache).
    $empty = "$dir/shared-empty";
    $full = "$dir/shared-full";
    @mkdir($empty);
    @mkdir($full);
    if (count(scandir($full)) < 100002) {
        for ($i = 0; $i < 50000; $i++) {
            touch(sprintf("$full/.rdump-tmp-%016x", $i * 2654435761 % (1 << 48)), time() - 3600);
            touch("$full/other-$i.rdump");
        }
        exec('chown -R nobody ' . escapeshellarg($full));
    }
    $code = '$t = []; for ($i = 0; $i < 9; $i++) { $s = hrtime(true); rdump_dump($argv[1] . "/x.rdump"); $t[] = (hrtime(true) - $s) / 1e6; } echo json_encode($t);';
    echo "\n";
    foreach (['empty directory' => $empty, '50,000 + 50,000 names of another user' => $full] as $label => $d) {
        exec('echo 2 > /proc/sys/vm/drop_caches 2>/dev/null');
        $t = json_decode((string)shell_exec(cmd($php, ['extension' => $module], ['-r', $code, $d])), true);
        $first = array_shift($t);
        printf("dump of an idle process into a directory, %-38s first %6.1f ms, then %6.1f ms median, %6.1f ms worst\n", "$label:", $first, median($t), max($t));
        @unlink("$d/x.rdump");
    }
}
