--TEST--
rdump.safe_read: anonymous memory that cannot be read becomes zeros when on, fails the dump cleanly (naming the cause) when off; guard pages are never read; without faults on and off write the same dump
--SKIPIF--
<?php
if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI');
if (trim((string)shell_exec('unshare -m true 2>&1 && echo ok')) !== 'ok') die('skip cannot create a mount namespace (unshare -m)');
require __DIR__ . '/rdump_test.inc';
$probe = '<?php $c = FFI::cdef("void *mmap(void *, size_t, int, int, int, long); int madvise(void *, size_t, int);", "libc.so.6");'
    . ' echo $c->madvise($c->mmap(null, 4096, 3, 0x22, -1, 0), 4096, 102);';
$r = rdump_test_run(rdump_test_dir(), $probe, rdump_test_ext_ini('ffi') + ['ffi.enable' => '1']);
if ($r['out'] !== '0') die('skip this kernel has no guard pages (MADV_GUARD_INSTALL, Linux 6.13+)');
?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// Three anonymous pages, the middle one made a guard page (MADV_GUARD_INSTALL,
// Linux 6.13+): reading it faults, as memory another thread unmaps during the
// dump would. With /proc/self/pagemap readable the guard page is seen and left
// out; with it hidden, rdump takes whole mappings and write() meets the fault.
$code = <<<'PHP'
<?php
$libc = FFI::cdef('
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
    int open(const char *path, int flags, int mode);
    int madvise(void *addr, size_t length, int advice); long sysconf(int name);', 'libc.so.6');
$ps = $libc->sysconf(30 /* _SC_PAGESIZE */);
$p = $libc->mmap(null, 4 * $ps, 3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
if (isset($argv[2])) {
    // a private file mapping right before the anonymous pages: one region
    // in the dump, but a fault in the anonymous part is still anonymous
    file_put_contents($argv[2], str_repeat('F', $ps));
    $libc->mmap($p, $ps, 3, 0x12 /* MAP_PRIVATE|MAP_FIXED */, $libc->open($argv[2], 2, 0), 0);
}
$p = $libc->cast('char *', $p) + $ps;
FFI::memset($p, 0x41, 3 * $ps);
$marker = 'safe-read-marker-' . getmypid();
FFI::memcpy($p, $marker, strlen($marker));
$libc->madvise($libc->cast('char *', $p) + $ps, $ps, 102 /* MADV_GUARD_INSTALL */);
$u = $libc->new('uintptr_t');
FFI::memcpy(FFI::addr($u), FFI::addr($p), 8);
echo "addr=", $u->cdata, "\n";
var_dump(rdump_dump($argv[1]));
PHP;
$ffi = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'display_errors' => 'stdout'];
$hide_pagemap = 'unshare -m sh -c \'mount --bind /dev/null /proc/$$/pagemap && exec "$0" "$@"\'';

function run_case($dir, $code, $ini, $prefix, $name, array $more = []) {
    $r = rdump_test_run($dir, $code, $ini, $prefix, array_merge(["$dir/$name.rdump"], $more));
    preg_match('/addr=(\d+)/', $r['out'], $m);
    echo "$name: ", trim(preg_replace('/addr=\d+\n/', '', $r['out'])), "\n";
    return (int)$m[1];
}
function show_pages($dir, $name, $addr) {
    $dump = rdump_test_open("$dir/$name.rdump");
    if (!is_array($dump)) {
        echo "  $dump\n";
        return;
    }
    $ps = rdump_test_page_size();
    foreach ([0, 1, 2] as $page) {
        $a = $addr + $page * $ps;
        $data = rdump_inspect_region_index($dump, $a, $ps) >= 0 ? rdump_inspect_read($dump, $a, $ps) : null;
        echo "  page $page: ", $data === null ? 'left out' : ($data === str_repeat("\0", $ps) ? 'zeros'
            : (strpos($data, 'safe-read-marker-') === 0 ? 'marker' : ($data === str_repeat('A', $ps) ? 'data' : 'OTHER'))), "\n";
    }
}

foreach (['0', '1'] as $safe) {
    $addr = run_case($dir, $code, $ffi + ['rdump.safe_read' => $safe], '', "pagemap-$safe");
    show_pages($dir, "pagemap-$safe", $addr);
}
$addr = run_case($dir, $code, $ffi + ['rdump.safe_read' => '1'], $hide_pagemap, 'whole-1');
show_pages($dir, 'whole-1', $addr);
run_case($dir, $code, $ffi + ['rdump.safe_read' => '0'], $hide_pagemap, 'whole-0');
var_dump(file_exists("$dir/whole-0.rdump"));
run_case($dir, $code, $ffi + ['rdump.safe_read' => '0'], $hide_pagemap, 'after-file-0', ["$dir/before.data"]);
var_dump(file_exists("$dir/after-file-0.rdump"));
unlink("$dir/before.data");
var_dump(rdump_test_leftovers($dir, array_map('basename', glob("$dir/*.{php,rdump}", GLOB_BRACE))));

// Without faults, safe_read on and off write the same dump: same map, same
// regions. ASLR is switched off so that both children have one layout.
$plain = <<<'PHP'
<?php
$data = [];
for ($i = 0; $i < 1000; $i++) { $data[] = "item $i"; }
var_dump(rdump_dump($argv[1]));
PHP;
$setarch = 'setarch ' . php_uname('m') . ' -R';
rdump_test_run($dir, $plain, ['rdump.safe_read' => '0'], $setarch, ["$dir/p0.rdump"]);
rdump_test_run($dir, $plain, ['rdump.safe_read' => '1'], $setarch, ["$dir/p1.rdump"]);
$a = rdump_test_open("$dir/p0.rdump");
$b = rdump_test_open("$dir/p1.rdump");
var_dump(is_array($a) && is_array($b));
$shape = function ($d) {
    return [array_map(function ($m) { return [$m['begin'], $m['end'], $m['name']]; }, $d['maps']),
            array_map(function ($r) { return [$r['address'], $r['size']]; }, $d['regions'])];
};
var_dump($shape($a) === $shape($b));
?>
--EXPECTF--
pagemap-0: bool(true)
  page 0: marker
  page 1: left out
  page 2: data
pagemap-1: bool(true)
  page 0: marker
  page 1: left out
  page 2: data
whole-1: bool(true)
  page 0: marker
  page 1: zeros
  page 2: data
whole-0: Warning: rdump_dump(): Cannot write dump to "%s/whole-0.rdump": anonymous memory was unmapped or protected by another thread while it was being dumped (rdump.safe_read=1 writes such pages as zeros) (at 0x%x) in %s on line %d
bool(false)
bool(false)
after-file-0: Warning: rdump_dump(): Cannot write dump to "%s/after-file-0.rdump": anonymous memory was unmapped or protected by another thread while it was being dumped (rdump.safe_read=1 writes such pages as zeros) (at 0x%x) in %s on line %d
bool(false)
bool(false)
array(0) {
}
bool(true)
bool(true)
