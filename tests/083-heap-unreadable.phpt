--TEST--
The live-heap probe reads only what can be read: a chunk link of the Zend heap made to point into a PROT_NONE reservation (mapped, so mincore() says yes, but any load faults) is a doubt, not a crash: a synchronous and a background dump complete, the heap is dumped whole and one line says why; with the link put back the next dump is refined again
--SKIPIF--
<?php if (!extension_loaded('ffi') && !file_exists(PHP_EXTENSION_DIR . '/ffi.so')) die('skip this PHP has no FFI'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$libc = FFI::cdef('void *mmap(void *a, size_t l, int p, int f, int fd, long o);', 'libc.so.6');
$address = function ($ptr) use ($libc) { return $libc->cast('uintptr_t', $libc->cast('char *', $ptr))->cdata; };
$alive = [];  // FFI: a cast shares its source's storage, which must stay alive
$at = function ($address) use ($libc, &$alive) { $alive[] = $u = $libc->new('uintptr_t'); $u->cdata = $address; return $libc->cast('uint64_t *', $u); };
// The engine's own symbol (the php binary exports its API to extensions).
$heap = $address(FFI::cdef('void *zend_mm_get_heap(void);')->zend_mm_get_heap());
$chunk = 2 << 20;
$main = $heap & ~($chunk - 1);             // the heap sits in its main chunk
// A 2 MiB-aligned address inside a PROT_NONE reservation (MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE).
$trap = ($address($libc->mmap(null, 3 * $chunk, 0, 0x4022, -1, 0)) + $chunk - 1) & ~($chunk - 1);
$next = $at($main + 8);                    // chunk->next, after chunk->heap
$keep = $next[0];
$path = $argv[1];
$next[0] = $trap;
$sync = rdump_dump("$path/sync.rdump");
$bg = rdump_dump("$path/bg.rdump", false, true);
$next[0] = $keep;
for ($i = 0; $i < 200 && !file_exists("$path/bg.rdump"); $i++) {
    usleep(25000);
}
echo 'with the link into PROT_NONE: sync ', json_encode($sync), ', background ', json_encode($bg), "\n";
echo 'link put back: ', json_encode(rdump_dump("$path/after.rdump")), "\n", $trap, "\n";
PHP;
$r = rdump_test_run($dir, $code, rdump_test_ext_ini('ffi') + ['ffi.enable' => '1', 'error_log' => "$dir/php.log"], '', [$dir]);
echo implode("\n", array_slice(explode("\n", $r['out']), 0, 2)), "\nexit ", $r['status'], "\n";
$log = preg_replace('/^\[[^]]*\] /m', '', (string)file_get_contents("$dir/php.log"));
echo 'doubt logged: ', substr_count($log, "the Zend heap's free pages and cached chunks stay in the dumps of this process"), "\n";
// Taken with the bad link: valid files, whose copy of the main chunk holds
// the link (the heap was dumped as it was: a reader walking it would stop
// there too, as reli would).
$trap = (int)trim(explode("\n", $r['out'])[2] ?? '0');
foreach (['sync', 'bg'] as $name) {
    $d = rdump_test_open("$dir/$name.rdump", true);
    // the VM stack's chunk points to the heap, which sits at byte 64 of the main chunk
    $ex = is_array($d) ? rdump_test_peek($d, $d['header']['eg_address'] + rdump_test_layout()['zend_executor_globals.current_execute_data']) : null;
    $heap = $ex ? rdump_test_peek($d, $ex & ~((2 << 20) - 1)) : null;
    $link = $heap ? rdump_test_peek($d, $heap - 64 + 8) : null;
    printf("%s: %s\n", $name, is_array($d) ? 'valid, the main chunk\'s link in it: ' . ($link === $trap ? 'into the reservation' : sprintf('%x', (int)$link)) : $d);
}
$d = rdump_test_open("$dir/after.rdump", true);
$h = is_array($d) ? rdump_test_heap_check($d) : $d;
printf("after: %s\n", is_array($h) ? sprintf('valid, every page in use there: %s, free pages captured: %s', $h['used_missing'] ? 'NO' : 'yes', $h['free_captured'] ? 'some' : 'none (refined)') : $h);
?>
--EXPECT--
with the link into PROT_NONE: sync true, background true
link put back: true
exit 0
doubt logged: 1
sync: valid, the main chunk's link in it: into the reservation
bg: valid, the main chunk's link in it: into the reservation
after: valid, every page in use there: yes, free pages captured: none (refined)
