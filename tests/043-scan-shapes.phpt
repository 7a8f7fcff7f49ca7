--TEST--
Populated-page scan on production shapes: mappings with 600, 5,000 and 100,000 separately populated ranges and 30,001 mappings give exactly the touched pages, with PAGEMAP_SCAN, with pagemap reads, on a kernel without PAGEMAP_SCAN, with a stale walk_end and with an answer out of order (refused, logged once)
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
ini_set('memory_limit', '1G');  // the expected pages of 100,000 ranges, on PHP 7 too
$dir = rdump_test_dir();

// The child maps, per entry of $argv[1], a private anonymous area of 2n+1
// pages and touches its n odd pages (every other page: n ranges, the edges
// untouched so that no neighbour joins a region), and one area of 2m+1
// pages whose odd pages are touched and whose even pages are made read-only
// (2m+1 mappings). It prints the layout, then dumps once per path in
// $argv[3] ("1" PAGEMAP_SCAN, "0" pagemap reads), switching with ini_set.
$code = <<<'PHP'
<?php
$libc = FFI::cdef('void *mmap(void *a, size_t l, int p, int f, int fd, long o);
    int mprotect(uintptr_t a, size_t l, int p); long sysconf(int name);', 'libc.so.6');
$ps = $libc->sysconf(30 /* _SC_PAGESIZE */);
$mapped = [];  // FFI: a cast shares its source's storage, which must stay alive
$map = function ($pages) use ($libc, &$mapped) {
    $mapped[] = $libc->mmap(null, $pages * $GLOBALS['ps'], 3, 0x22, -1, 0);
    return $libc->cast('char *', end($mapped));
};
$layout = ['ps' => $ps, 'areas' => [], 'maps' => null];
foreach (array_map('intval', explode(',', $argv[1])) as $n) {
    $p = $map(2 * $n + 1);
    for ($i = 0; $i < $n; $i++) {
        $p[(2 * $i + 1) * $ps] = 'x';
    }
    $layout['areas'][] = [$libc->cast('uintptr_t', $p)->cdata, $n];
}
$m = (int)$argv[2];
$p = $map(2 * $m + 1);
$base = $libc->cast('uintptr_t', $p)->cdata;
for ($i = 0; $i <= 2 * $m; $i++) {
    if ($i % 2) {
        $p[$i * $ps] = 'y';
    } else {
        $libc->mprotect($base + $i * $ps, $ps, 1 /* PROT_READ */);
    }
}
$layout['maps'] = [$base, $m];
echo json_encode($layout), "\n";
foreach (str_split($argv[3]) as $k => $scan) {
    ini_set('rdump.pagemap_scan', $scan);
    echo rdump_dump($argv[4] . "-$k.rdump") ? '' : "dump $k failed\n";
}
PHP;

/** What a dump holds of each area: "exact" when its regions are the touched pages. */
function check_dump($path, array $layout) {
    $dump = rdump_test_open($path, true);
    if (!is_array($dump)) {
        return $dump;
    }
    $ps = $layout['ps'];
    $areas = $layout['areas'];
    $areas[] = $layout['maps'];
    $want = [];
    $got = [];
    foreach ($areas as $k => $a) {
        $want[$k] = [];
        for ($i = 0; $i < $a[1]; $i++) {
            $want[$k][] = [$a[0] + (2 * $i + 1) * $ps, $ps];
        }
        $got[$k] = [];
    }
    foreach ($dump['regions'] as $r) {
        foreach ($areas as $k => $a) {
            if ($r['address'] < $a[0] + (2 * $a[1] + 1) * $ps && $r['address'] + $r['size'] > $a[0]) {
                $got[$k][] = [$r['address'], $r['size']];
            }
        }
    }
    list($mbase, $m) = $layout['maps'];
    $maps = 0;
    foreach ($dump['maps'] as $e) {
        $maps += $e['begin'] >= $mbase && $e['end'] <= $mbase + (2 * $m + 1) * $ps;
    }
    $out = [];
    foreach ($areas as $k => $a) {
        $what = $k < count($layout['areas']) ? "$a[1] ranges" : "$maps mappings";
        $out[] = "$what " . ($got[$k] === $want[$k] ? 'exact' : sprintf('WRONG (%d regions for %d pages)', count($got[$k]), $a[1]));
    }
    return 'valid; ' . implode(', ', $out);
}

$ini = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1'];
$runs = [
    // [label, faults, areas, m, scan paths]
    ['default kernel', '', '600,5000,100000', 15000, '10'],
    ['kernel without PAGEMAP_SCAN', 'no_pagemap_scan', '600,5000', 2000, '1'],
    ['stale walk_end', 'scan_stale_walk_end', '600,5000', 2000, '1'],
    ['answer out of order', 'scan_out_of_order', '600,5000', 2000, '11'],
];
foreach ($runs as list($label, $faults, $areas, $m, $paths)) {
    $prefix = $faults === '' ? '' : rdump_test_fault($faults);
    $r = rdump_test_run($dir, $code, $ini, $prefix, [$areas, (string)$m, $paths, "$dir/d"]);
    $lines = explode("\n", $r['out']);
    $layout = json_decode(array_shift($lines), true);
    echo "$label: exit $r[status]\n";
    foreach ($lines as $line) {
        echo '  ', preg_replace('/at 0x[0-9a-f]+/', 'at 0x...', preg_replace('/^\[[^]]*\] /', '', $line)), "\n";
    }
    foreach (str_split($paths) as $k => $scan) {
        echo "  pagemap_scan=$scan: ", $layout ? check_dump("$dir/d-$k.rdump", $layout) : 'no layout', "\n";
        unlink("$dir/d-$k.rdump");  // checked: 460 MiB each
    }
}
?>
--EXPECT--
default kernel: exit 0
  pagemap_scan=1: valid; 600 ranges exact, 5000 ranges exact, 100000 ranges exact, 30001 mappings exact
  pagemap_scan=0: valid; 600 ranges exact, 5000 ranges exact, 100000 ranges exact, 30001 mappings exact
kernel without PAGEMAP_SCAN: exit 0
  pagemap_scan=1: valid; 600 ranges exact, 5000 ranges exact, 4001 mappings exact
stale walk_end: exit 0
  pagemap_scan=1: valid; 600 ranges exact, 5000 ranges exact, 4001 mappings exact
answer out of order: exit 0
  rdump: PAGEMAP_SCAN returned ranges out of order or outside the request (at 0x...); this process finds populated pages with pagemap reads from now on
  pagemap_scan=1: valid; 600 ranges exact, 5000 ranges exact, 4001 mappings exact
  pagemap_scan=1: valid; 600 ranges exact, 5000 ranges exact, 4001 mappings exact
