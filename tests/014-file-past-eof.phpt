--TEST--
A file mapping longer than its file (LMDB-style, or a file truncated under mmap) dumps fine with safe_read off: the part past end-of-file is left out, or written as zeros when the file's size cannot be known
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// A file of one page mapped over two: the second page is past EOF and
// faults (SIGBUS on a load, EFAULT for write()). argv: dump, file, prot,
// flags, full, unlink-after-mmap.
$code = <<<'PHP'
<?php
$libc = FFI::cdef('
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
    int open(const char *path, int flags, int mode);
    int unlink(const char *path); long sysconf(int name);', 'libc.so.6');
$ps = $libc->sysconf(30 /* _SC_PAGESIZE */);
list(, $dump, $file, $prot, $flags, $full, $unlink) = $argv;
$marker = 'past-eof-marker-' . getmypid();
file_put_contents($file, str_pad($marker, $ps, "\1"));
$fd = $libc->open($file, $prot == 3 ? 02 : 0, 0);
$p = $libc->mmap(null, 2 * $ps, (int)$prot, (int)$flags, $fd, 0);
if ($unlink) {
    $libc->unlink($file);
}
$u = $libc->new('uintptr_t');
FFI::memcpy(FFI::addr($u), FFI::addr($p), 8);
echo "addr=", $u->cdata, "\n";
$first = FFI::string($p, strlen($marker)); // make the first page resident
var_dump($first === $marker);
var_dump(rdump_dump($dump, (bool)$full));
PHP;
$ini = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'display_errors' => 'stdout', 'rdump.safe_read' => '0', 'error_log' => "$dir/php.log"];
$cases = [
    'shared rw'         => [3, 1, 0, 0],
    'private rw'        => [3, 2, 0, 0],
    'private ro, full'  => [1, 2, 1, 0],
    'shared ro, full'   => [1, 1, 1, 0],
    'private rw deleted' => [3, 2, 0, 1],
];
foreach ($cases as $name => $c) {
    $tag = str_replace([' ', ','], '-', $name);
    $r = rdump_test_run($dir, $code, $ini, '', array_merge(["$dir/$tag.rdump", "$dir/$tag.data"], $c));
    preg_match('/addr=(\d+)/', $r['out'], $m);
    $addr = (int)$m[1];
    echo "$name: ", str_replace("\n", ' ', preg_replace('/addr=\d+\n/', '', $r['out'])), "\n";
    $dump = rdump_test_open("$dir/$tag.rdump");
    if (!is_array($dump)) {
        echo "  $dump\n";
        continue;
    }
    $ps = rdump_test_page_size();
    $i = rdump_inspect_region_index($dump, $addr, $ps);
    echo "  first page captured with its data: ", json_encode($i >= 0 && strpos(rdump_inspect_read($dump, $addr, $ps), 'past-eof-marker-') === 0), "\n";
    $j = rdump_inspect_region_index($dump, $addr + $ps, $ps);
    echo "  page past EOF: ", $j < 0 ? 'left out' : (rdump_inspect_read($dump, $addr + $ps, $ps) === str_repeat("\0", $ps) ? 'zeros' : 'DATA'), "\n";
    var_dump(rdump_test_leftovers($dir, array_map('basename', glob("$dir/*.{php,rdump,data,log}", GLOB_BRACE))));
}
?>
--EXPECT--
shared rw: bool(true) bool(true)
  first page captured with its data: true
  page past EOF: left out
array(0) {
}
private rw: bool(true) bool(true)
  first page captured with its data: true
  page past EOF: left out
array(0) {
}
private ro, full: bool(true) bool(true)
  first page captured with its data: true
  page past EOF: left out
array(0) {
}
shared ro, full: bool(true) bool(true)
  first page captured with its data: true
  page past EOF: left out
array(0) {
}
private rw deleted: bool(true) bool(true)
  first page captured with its data: true
  page past EOF: zeros
array(0) {
}
