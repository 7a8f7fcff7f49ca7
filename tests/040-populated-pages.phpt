--TEST--
Only populated pages: untouched opcache reservation and holes are left out, touched-then-zeroed and shared pages dropped from the page table are kept, file-backed writable mappings are whole
--SKIPIF--
<?php
if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI');
require __DIR__ . '/rdump_test.inc';
if (!rdump_test_has_opcache()) die('skip this PHP has no opcache');
?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();

// 1. An idle process with opcache's 128 MiB reservation, mostly untouched.
// The child says whether opcache is on: without it there is nothing to
// measure and the test must fail, not pass.
$code = <<<'PHP'
<?php
function rss() { $s = explode(' ', file_get_contents('/proc/self/statm')); return (int)$s[1] * PAGE; }
$before = rss();
rdump_dump($argv[1]);
echo OPCACHE_ON ? 'opcache on' : 'opcache OFF', ' ', $before, ' ', rss(), "\n";
PHP;
$code = str_replace(['OPCACHE_ON', 'PAGE'], [rdump_test_opcache_on(), rdump_test_page_size()], $code);
$r = rdump_test_run($dir, $code, rdump_test_opcache_ini() + ['opcache.memory_consumption' => '128'], '', ["$dir/idle.rdump"]);
if (!preg_match('/^opcache on (\d+) (\d+)$/', $r['out'], $m)) {
    echo "child: {$r['out']}\n";
    $m = [0, 0, PHP_INT_MAX];
}
list(, $rss_before, $rss_after) = array_map('intval', $m);
$dump = rdump_test_open("$dir/idle.rdump");
$shm = null;
foreach (is_array($dump) ? $dump['maps'] : [] as $m) {
    if (strpos($m['name'], '/dev/zero') === 0 && $m['end'] - $m['begin'] >= 128 << 20) {
        $shm = $m;
    }
}
$captured = 0;
foreach ($shm ? $dump['regions'] : [] as $reg) {
    $captured += max(0, min($reg['address'] + $reg['size'], $shm['end']) - max($reg['address'], $shm['begin']));
}
var_dump($shm !== null, $captured > 0, $captured < 32 << 20);
var_dump($rss_after - $rss_before <= 1 << 20);
var_dump(is_array($dump) && $dump['file_size'] < 32 << 20);

// 2.-5. Hand-made mappings through FFI.
$code = <<<'PHP'
<?php
$libc = FFI::cdef('
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
    int mprotect(void *addr, size_t len, int prot);
    int madvise(void *addr, size_t length, int advice);
    int open(const char *path, int flags, int mode); long sysconf(int name);', 'libc.so.6');
$P = $libc->sysconf(30 /* _SC_PAGESIZE */);
function addr($p) { global $libc; $u = $libc->new('uintptr_t'); FFI::memcpy(FFI::addr($u), FFI::addr($p), 8); return $u->cdata; }
function at($p, $offset) { global $libc; return $libc->cast('char *', $p) + $offset; }
// 18 anonymous pages with unreadable guard pages at both ends (so that the
// 16 in between stay one mapping of their own): touch 1-4, touch and zero 5,
// leave 6-12 untouched, touch 13-16.
$anon = $libc->mmap(null, 18 * $P, 3, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
$libc->mprotect($anon, $P, 0);
$libc->mprotect(at($anon, 17 * $P), $P, 0);
foreach ([1, 2, 3, 4, 5, 13, 14, 15, 16] as $i) {
    FFI::memset(at($anon, $i * $P), 0x41 + $i, $P);
}
FFI::memset(at($anon, 5 * $P), 0, $P);
// 4 shared anonymous pages written, then dropped from this process's page
// table (MADV_DONTNEED): the data stays in the shared memory object.
$shm = $libc->mmap(null, 4 * $P, 3, 0x21 /* MAP_SHARED|MAP_ANONYMOUS */, -1, 0);
FFI::memset($shm, 0x53, 4 * $P);
$libc->madvise($shm, 4 * $P, 4 /* MADV_DONTNEED */);
// 8 pages of a file, mapped private and writable, never touched.
file_put_contents($argv[2], str_repeat('F', 8 * $P));
$fd = $libc->open($argv[2], 0, 0);
$file = $libc->mmap(null, 8 * $P, 3, 0x02 /* MAP_PRIVATE */, $fd, 0);
echo addr($anon), ' ', addr($shm), ' ', addr($file), "\n";
rdump_dump($argv[1]);
PHP;
$ffi = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1'];
$r = rdump_test_run($dir, $code, $ffi, '', ["$dir/maps.rdump", "$dir/file.bin"]);
if (!preg_match('/^(\d+) (\d+) (\d+)$/', $r['out'], $m)) {
    die("child: {$r['out']}\n");
}
list(, $anon, $shm, $file) = array_map('intval', $m);
$dump = rdump_test_open("$dir/maps.rdump");
$P = rdump_test_page_size();
$regions_in = function ($begin, $end) use ($dump, $P) {
    $out = [];
    foreach ($dump['regions'] as $reg) {
        $b = max($begin, $reg['address']);
        $e = min($end, $reg['address'] + $reg['size']);
        if ($b < $e) {
            $out[] = sprintf('[%d,%d]', ($b - $begin) / $P, ($e - $begin) / $P);
        }
    }
    return '[' . implode(',', $out) . ']';  // (no json_encode: json is a shared extension in Debian's PHP 7.4)
};
echo 'anonymous pages captured: ', $regions_in($anon, $anon + 18 * $P), "\n";
var_dump(rdump_inspect_read($dump, $anon + 5 * $P, $P) === str_repeat("\0", $P));
var_dump(rdump_inspect_read($dump, $anon + 13 * $P, $P) === str_repeat(chr(0x41 + 13), $P));
echo 'shared pages captured: ', $regions_in($shm, $shm + 4 * $P), "\n";
var_dump(rdump_inspect_read($dump, $shm, 4 * $P) === str_repeat('S', 4 * $P));
echo 'file pages captured: ', $regions_in($file, $file + 8 * $P), "\n";
var_dump(rdump_inspect_read($dump, $file, 8 * $P) === str_repeat('F', 8 * $P));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
anonymous pages captured: [[1,6],[13,17]]
bool(true)
bool(true)
shared pages captured: [[0,4]]
bool(true)
file pages captured: [[0,8]]
bool(true)
