--TEST--
rdump.safe_read: memory that faults while being dumped becomes zeros when on, fails the dump cleanly when off
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// A shared writable file mapping of 3 pages whose file is then truncated to
// 1 page: pages 2 and 3 stay mapped but fault (SIGBUS) on access, like memory
// that another thread unmaps during the dump.
$code = <<<'PHP'
<?php
$libc = FFI::cdef('
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
    int open(const char *path, int flags, int mode);
    int ftruncate(int fd, long length);', 'libc.so.6');
$page = 4096;
$fd = $libc->open($argv[2], 0102 /* O_RDWR|O_CREAT */, 0600);
$libc->ftruncate($fd, 3 * $page);
$p = $libc->mmap(null, 3 * $page, 3 /* PROT_READ|PROT_WRITE */, 1 /* MAP_SHARED */, $fd, 0);
$marker = 'safe-read-marker-' . getmypid();
FFI::memcpy($p, $marker, strlen($marker));
$libc->ftruncate($fd, $page);
$u = FFI::new('uintptr_t');
FFI::memcpy(FFI::addr($u), FFI::addr($p), 8); // the pointer's value
$addr = $u->cdata;
echo "addr=$addr\n";
var_dump(rdump_dump($argv[1]));
PHP;
$ffi = rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'display_errors' => 'stdout'];

$r = rdump_test_run($dir, $code, $ffi + ['rdump.safe_read' => '1'], '', ["$dir/on.rdump", "$dir/on.map"]);
preg_match('/addr=(\d+)/', $r['out'], $m);
$addr = (int)$m[1];
echo preg_replace('/addr=\d+\n/', '', $r['out']), "\n";
$dump = rdump_test_open("$dir/on.rdump");
var_dump(is_array($dump));
$i = rdump_inspect_region_index($dump, $addr, 3 * 4096);
var_dump($i >= 0);
var_dump(strpos(rdump_inspect_read($dump, $addr, 4096), 'safe-read-marker-') === 0);
var_dump(rdump_inspect_read($dump, $addr + 4096, 2 * 4096) === str_repeat("\0", 2 * 4096));

$r = rdump_test_run($dir, $code, $ffi + ['rdump.safe_read' => '0'], '', ["$dir/off.rdump", "$dir/off.map"]);
echo preg_replace('/addr=\d+\n/', '', $r['out']), "\n";
var_dump(file_exists("$dir/off.rdump"));
var_dump(count(glob("$dir/off.rdump*")));

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
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: rdump_dump(): Cannot write dump to "%s/off.rdump": memory was unmapped while it was being dumped (rdump.safe_read=1 turns such pages into zeros) in %s on line %d
bool(false)
bool(false)
int(0)
bool(true)
bool(true)
