--TEST--
rdump_dump() header: magic, version, php tag, pid, EG/CG/basic_globals addresses, RSS
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$path = "$dir/h.rdump";
$page = rdump_test_page_size();
$statm = explode(' ', file_get_contents('/proc/self/statm'));
$rss_before = (int)$statm[1] * $page;
var_dump(rdump_dump($path));
$statm = explode(' ', file_get_contents('/proc/self/statm'));
$rss_after = (int)$statm[1] * $page;

$raw = file_get_contents($path, false, null, 0, 8 + 4 + 4 + 3);
var_dump(substr($raw, 0, 8) === "RDUMP\0\0\0");
var_dump(unpack('V', substr($raw, 8, 4))[1]);
var_dump(unpack('V', substr($raw, 12, 4))[1], substr($raw, 16, 3) === 'v' . PHP_MAJOR_VERSION . PHP_MINOR_VERSION);

$dump = rdump_test_open($path);
if (!is_array($dump)) {
    die($dump . "\n");
}
$h = $dump['header'];
var_dump($h['pid'] === getmypid());
var_dump(array_keys($h['module_globals']));
// RSS is read during the dump, between the two readings (a little slack for the page size)
var_dump($h['rss_bytes'] >= $rss_before * 0.9 && $h['rss_bytes'] <= $rss_after * 1.1 + (1 << 20));
// The three globals are distinct and inside captured regions (the reader checks the latter).
var_dump(count(array_unique([$h['eg_address'], $h['cg_address'], $h['module_globals']['basic_globals']])) === 3);

// Cross-check the addresses against the engine's own symbols, through FFI in
// a child: NTS exports the globals; ZTS keeps them in TSRM storage, found
// from tsrm_get_ls_cache() and the offset/id symbols.
$child = <<<'PHP'
<?php
$path = $argv[1];
rdump_dump($path);
if (!PHP_ZTS) {
    $ffi = FFI::cdef('typedef struct { char c; } g; extern g executor_globals; extern g compiler_globals; extern g basic_globals;');
    $addr = function ($cdata) use ($ffi) { return $ffi->cast('uintptr_t', FFI::addr($cdata))->cdata; };
    $eg = $addr($ffi->executor_globals);
    $cg = $addr($ffi->compiler_globals);
    $bg = $addr($ffi->basic_globals);
} else {
    $ffi = FFI::cdef('void *tsrm_get_ls_cache(void); extern size_t executor_globals_offset; extern size_t compiler_globals_offset; extern int basic_globals_id;');
    $cache = $ffi->tsrm_get_ls_cache();
    $u = $ffi->new('uintptr_t');
    FFI::memcpy(FFI::addr($u), FFI::addr($cache), 8); // the pointer's value
    $ls = $u->cdata;
    $eg = $ls + $ffi->executor_globals_offset;
    $cg = $ls + $ffi->compiler_globals_offset;
    $table = $ffi->cast('uintptr_t **', $cache)[0];
    $bg = $table[$ffi->basic_globals_id - 1];
}
echo "$eg $cg $bg\n";
PHP;
$r = rdump_test_run($dir, $child, rdump_test_ext_ini('ffi') + ['ffi.enable' => '1'], '', ["$dir/ffi.rdump"]);
$dump = rdump_test_open("$dir/ffi.rdump");
// (not JSON: json is a shared extension in Debian's PHP 7.4, and the child runs with -n)
if (!is_array($dump) || !preg_match('/^(\d+) (\d+) (\d+)$/', $r['out'], $expected)) {
    die("child failed: {$r['out']}\n");
}
$h = $dump['header'];
var_dump((int)$expected[1] === $h['eg_address']);
var_dump((int)$expected[2] === $h['cg_address']);
var_dump((int)$expected[3] === $h['module_globals']['basic_globals']);
?>
--EXPECT--
bool(true)
bool(true)
int(3)
int(3)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(13) "basic_globals"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
