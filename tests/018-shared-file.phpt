--TEST--
A MAP_SHARED file mapping (APCu's mmap file, LMDB) costs what is resident, not its size: one used page of a 256 MiB segment neither grows the dump nor the process's RSS by the segment's size
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$libc = FFI::cdef('
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
    int open(const char *path, int flags, int mode);
    int unlink(const char *path);', 'libc.so.6');
$size = 256 << 20;
$fh = fopen($argv[2], 'w');
ftruncate($fh, $size);  // sparse: nothing of it is in the page cache
fclose($fh);
$fd = $libc->open($argv[2], 02 /* O_RDWR */, 0);
$p = $libc->mmap(null, $size, 3, 1 /* MAP_SHARED */, $fd, 0);
if ($argv[3]) {
    $libc->unlink($argv[2]);  // rw-s ... (deleted), as APCu leaves it
}
$marker = 'shared-file-marker-' . getmypid();
FFI::memcpy($libc->cast('char *', $p) + (100 << 20), $marker, strlen($marker));
$rss = function () { return (int)preg_replace('/.*VmRSS:\s+(\d+).*/s', '$1', file_get_contents('/proc/self/status')) << 10; };
$before = $rss();
var_dump(rdump_dump($argv[1]));
printf("rss growth %s\n", $rss() - $before < (16 << 20) ? 'small' : 'LARGE ' . ($rss() - $before));
PHP;
$ini = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'display_errors' => 'stdout'];
foreach (['named' => 0, 'deleted' => 1] as $name => $unlink) {
    $r = rdump_test_run($dir, $code, $ini, '', ["$dir/$name.rdump", "$dir/$name.seg", $unlink]);
    echo "$name: ", str_replace("\n", ' ', trim($r['out'])), "\n";
    $dump = rdump_test_open("$dir/$name.rdump");
    echo "  dump below 64 MiB: ", json_encode(filesize("$dir/$name.rdump") < (64 << 20)), "\n";
    echo "  marker found: ", json_encode(is_array($dump) && rdump_inspect_find($dump, "shared-file-marker-") !== null), "\n";
}
?>
--EXPECT--
named: bool(true) rss growth small
  dump below 64 MiB: true
  marker found: true
deleted: bool(true) rss growth small
  dump below 64 MiB: true
  marker found: true
