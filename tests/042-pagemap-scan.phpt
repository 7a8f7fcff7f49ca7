--TEST--
PAGEMAP_SCAN (Linux 6.7+) and the pagemap reads give identical dumps of a process with a 1 TiB MAP_NORESERVE reservation of which one page is touched; neither captures the untouched rest
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$libc = FFI::cdef('void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);', 'libc.so.6');
$p = $libc->mmap(null, 1 << 40, 3, 0x22 | 0x4000 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE */, -1, 0);
$marker = 'scan-marker-' . $argv[2];
FFI::memcpy($libc->cast('char *', $p) + (123 << 30), $marker, strlen($marker));
var_dump(rdump_dump($argv[1]));
PHP;
// ASLR off: both children get one layout, so their dumps can be compared.
$setarch = 'setarch ' . php_uname('m') . ' -R';
$tag = bin2hex(random_bytes(6));
$dumps = [];
foreach (['1', '0'] as $scan) {
    $ini = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'rdump.pagemap_scan' => $scan];
    $r = rdump_test_run($dir, $code, $ini, $setarch, ["$dir/scan-$scan.rdump", $tag]);
    echo "pagemap_scan=$scan: ", trim($r['out']), "\n";
    $dumps[$scan] = rdump_test_open("$dir/scan-$scan.rdump");
    echo "  below 64 MiB: ", json_encode(filesize("$dir/scan-$scan.rdump") < (64 << 20)), "\n";
    echo "  marker page captured: ", json_encode(rdump_inspect_find($dumps[$scan], "scan-marker-$tag") !== null), "\n";
}
$ranges = function ($d) {
    return array_map(function ($r) { return [$r['address'], $r['size']]; }, $d['regions']);
};
var_dump($ranges($dumps['1']) === $ranges($dumps['0']));
?>
--EXPECT--
pagemap_scan=1: bool(true)
  below 64 MiB: true
  marker page captured: true
pagemap_scan=0: bool(true)
  below 64 MiB: true
  marker page captured: true
bool(true)
