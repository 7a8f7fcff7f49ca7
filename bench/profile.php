<?php
/*
 * Where a dump's time goes, next to the floor's; run through bench/profile.
 *
 *   php profile.php run DIR MIB ROUNDS
 *     Holds MIB MiB of PHP data (as child.php does), then ROUNDS rounds of
 *     a synchronous dump and a "floor" in this same process: write() of the
 *     same number of bytes from a 64 MiB buffer (FFI) to a new file in DIR,
 *     in alternating order. Each file is unlinked after it was timed, so
 *     each write gets the page cache memory the previous one freed. Prints
 *     "phase NAME ROUND START_NS END_NS CPU_MS" lines (CLOCK_MONOTONIC).
 *
 *   php profile.php samples PHASES_FILE < perf-script-output
 *     Buckets `perf record -k CLOCK_MONOTONIC -e cpu-clock -g` samples by
 *     phase and by what the kernel was doing.
 *
 *   php profile.php orders PHASES_FILE < perf-script-output
 *     Counts the page allocations (kmem:mm_page_alloc) of each phase by
 *     order: the page cache folio sizes each write pattern produced.
 */
$mode = $argv[1];

require __DIR__ . '/item.php';

function cpu_ms()
{
    $r = getrusage();
    return ($r['ru_utime.tv_sec'] + $r['ru_stime.tv_sec']) * 1000 + ($r['ru_utime.tv_usec'] + $r['ru_stime.tv_usec']) / 1000;
}

if ($mode === 'run') {
    list(, , $dir, $mib, $rounds) = $argv;
    $strings = [];
    $objects = [];
    for ($i = 0; memory_get_usage() < ((int)$mib << 20); $i++) {
        if ($i % 2) {
            $strings[] = str_repeat('s', 1000) . $i;
        } else {
            $objects[] = new Item($i);
        }
    }
    $c = FFI::cdef('int open(const char *path, int flags, int mode); long write(int fd, const void *buf, size_t n); int close(int fd);'
        . ' void *malloc(size_t n); void *memset(void *s, int c, size_t n);', 'libc.so.6');
    $chunk = 64 << 20;
    $buf = $c->malloc($chunk);
    $c->memset($buf, 0x5a, $chunk);
    $size = 0;
    $phase = function ($name, $round, callable $fn) {
        $cpu = cpu_ms();
        $t = hrtime(true);
        $fn();
        printf("phase %s %d %d %d %.3f\n", $name, $round, $t, hrtime(true), cpu_ms() - $cpu);
    };
    $dump = function () use ($dir, &$size) {
        rdump_dump("$dir/profile.rdump") || exit(1);
        clearstatcache();
        $size = filesize("$dir/profile.rdump");
    };
    $floor = function () use ($c, $buf, $chunk, $dir, &$size) {
        $fd = $c->open("$dir/profile.floor", 01 | 0100 | 01000 /* O_WRONLY|O_CREAT|O_TRUNC */, 0600);
        for ($left = $size; $left > 0; $left -= $n) {
            $n = $c->write($fd, $buf, min($left, $chunk));
            $n > 0 || exit(1);
        }
        $c->close($fd);
    };
    $dump();    // the size for the floor; not timed
    unlink("$dir/profile.rdump");
    for ($r = 0; $r < (int)$rounds; $r++) {
        foreach ($r % 2 ? ['floor', 'dump'] : ['dump', 'floor'] as $name) {
            $phase($name, $r, $name === 'dump' ? $dump : $floor);
            unlink($name === 'dump' ? "$dir/profile.rdump" : "$dir/profile.floor");
        }
    }
    printf("size %d\n", $size);
    exit(0);
}

/* ---- Reading perf script output ---------------------------------------- */

$phases = [];
foreach (file($argv[2]) as $line) {
    if (preg_match('/^phase (\w+) (\d+) (\d+) (\d+) ([\d.]+)/', $line, $m)) {
        $phases[] = ['name' => $m[1], 'round' => (int)$m[2], 'start' => $m[3] / 1e9, 'end' => $m[4] / 1e9, 'cpu' => (float)$m[5], 'n' => []];
    }
}

function phase_at(array &$phases, $t)
{
    foreach ($phases as $i => $p) {
        if ($t >= $p['start'] && $t <= $p['end']) {
            return $i;
        }
    }
    return null;
}

/* What a sample was doing, from its call chain (leaf first). */
function bucket(array $frames)
{
    $chain = implode(' ', $frames);
    if (strpos($chain, 'pagemap_scan') !== false || strpos($chain, 'sys_ioctl') !== false || strpos($chain, 'pagemap_read') !== false) {
        return 'scan';
    }
    if (isset($frames[0]) && strncmp($frames[0], 'copy_', 5) === 0 || strpos($chain, 'rep_movs') !== false) {
        return 'copy';
    }
    if (strpos($chain, 'ksys_write') !== false) {
        return 'pagecache';
    }
    if (strpos($chain, 'entry_SYSCALL') !== false || strpos($chain, 'asm_exc_') !== false) {
        return 'other';
    }
    return 'user';
}

$stdin = fopen('php://stdin', 'r');
$t = null;
$frames = [];
$event = '';
$flush = function () use (&$t, &$frames, &$event, &$phases, $mode) {
    if ($t !== null && ($i = phase_at($phases, $t)) !== null) {
        $key = $mode === 'orders' ? (preg_match('/order=(\d+)/', $event, $m) ? (int)$m[1] : -1) : bucket($frames);
        $phases[$i]['n'][$key] = ($phases[$i]['n'][$key] ?? 0) + 1;
    }
    $t = null;
    $frames = [];
};
while (($line = fgets($stdin)) !== false) {
    if (trim($line) === '') {
        $flush();
    } elseif (preg_match('/\s(\d+\.\d+): /', $line, $m)) {
        $flush();
        $t = (float)$m[1];
        $event = $line;
    } elseif (preg_match('/^\s+[0-9a-f]+ ([^+\s]+)/', $line, $m)) {
        $frames[] = $m[1];
    }
}
$flush();

if ($mode === 'samples') {
    $period = (float)($argv[3] ?? 0.25);
    printf("%-6s %5s %8s %8s %8s %10s %8s %8s %8s\n", 'phase', 'round', 'wall ms', 'cpu ms', 'copy', 'pagecache', 'scan', 'other', 'user');
    foreach ($phases as $p) {
        $ms = function ($k) use ($p, $period) { return sprintf('%.1f', ($p['n'][$k] ?? 0) * $period); };
        printf("%-6s %5d %8.1f %8.1f %8s %10s %8s %8s %8s\n", $p['name'], $p['round'], ($p['end'] - $p['start']) * 1000, $p['cpu'],
            $ms('copy'), $ms('pagecache'), $ms('scan'), $ms('other'), $ms('user'));
    }
} else {
    foreach ($phases as $p) {
        ksort($p['n']);
        $parts = [];
        foreach ($p['n'] as $order => $n) {
            $parts[] = "order $order: $n";
        }
        printf("%-6s round %d  %s\n", $p['name'], $p['round'], implode(', ', $parts));
    }
}
