--TEST--
The live heap, not the dead (rdump.skip_free_heap, rdump.scrub_free, rdump.compact): the pages the chunks' maps mark free and the cached chunks are left out, every page in use is in the dump (the ring walked from the dump as reli does); no byte of a freed string (small slot, large run, huge block) is in a synchronous or background dump, and the live ones are; the background writer compacts its copy (1% of 1.5 M strings kept: at most 12 MiB); off, all of it stays; a heap rdump does not recognise (USE_ZEND_ALLOC=0) is dumped whole, with one line that says why
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$tag = bin2hex(random_bytes(6));

// Large temporary strings freed among small live ones; then freed markers
// of each kind; then live ones (all built at run time: no literal holds them).
$code = <<<'PHP'
<?php
list(, $dir, $tag, $mode) = $argv;
mt_srand(7);
$live_small = "ls-$tag-" . str_repeat('l', 50);
$live_large = str_repeat("ll-$tag-", 30000);
$live = [];
$tmp = [];
for ($i = 0; $i < 200; $i++) {
    for ($k = 0; $k < 500; $k++) {
        $live[] = "live-$i-$k";
    }
    $tmp[] = str_repeat('T', mt_rand(100 << 10, 1 << 20));
}
$tmp = null;
$small = [];
for ($i = 0; $i < 1000; $i++) {
    $small[] = "fs-$tag-$i-" . str_repeat('s', 40);
}
$small = null;
$large = str_repeat("fl-$tag-", 20000);     // a large run (~300 KiB)
$large = null;
$huge = str_repeat("fh-$tag-", 400000);     // a huge block (~6 MiB)
$huge = null;
// the same process without the refinements first: what it holds of the pages in use
foreach (['skip_free_heap', 'scrub_free', 'compact'] as $k) {
    ini_set("rdump.$k", '0');
}
rdump_dump("$dir/$mode-reference.rdump");
foreach (['skip_free_heap', 'scrub_free', 'compact'] as $k) {
    ini_set("rdump.$k", $mode === 'on' ? '1' : '0');
}
var_dump(rdump_dump("$dir/$mode-sync.rdump"));
var_dump(rdump_dump("$dir/$mode-bg.rdump", false, true));
PHP;
foreach (['on', 'off'] as $mode) {
    $r = rdump_test_run($dir, $code, ['error_log' => "$dir/$mode.log"], '', [$dir, $tag, $mode]);
    echo "skip_free_heap $mode: ", str_replace("\n", ' ', trim($r['out'])), "\n";
    foreach (['sync', 'bg'] as $kind) {
        $path = "$dir/$mode-$kind.rdump";
        for ($i = 0; $i < 100 && !file_exists($path); $i++) {
            usleep(50000);
        }
        $d = rdump_test_open($path, true);
        if (!is_array($d)) {
            echo "  $kind: $d\n";
            continue;
        }
        $found = [];
        foreach (['fs' => 'freed small', 'fl' => 'freed large', 'fh' => 'freed huge', 'ls' => 'live small', 'll' => 'live large'] as $p => $what) {
            // The huge block itself is unmapped when freed; what is left of
            // it is the small temporary "fh-<tag>-", whose page the writer's
            // compaction (always on, in its copy) may give back, depending
            // on where the heap put it (it does under qemu-user).
            if ($mode === 'off' && $kind === 'bg' && $p === 'fh') {
                continue;
            }
            $found[] = $what . (rdump_inspect_find($d, "$p-$tag") !== null ? ' IN' : ' out');
        }
        $h = rdump_test_heap_check($d, rdump_test_open("$dir/$mode-reference.rdump", true));
        printf("  %s: %s; heap: %s\n", $kind, implode(', ', $found),
            is_array($h) ? sprintf('every page in use there: %s, free pages captured: %s', $h['used_missing'] ? 'NO' : 'yes', $h['free_captured'] ? 'some' : 'none') : $h);
        $sizes[$mode][$kind] = $d['file_size'];
    }
}
echo 'with it, the synchronous dump is at most half the size: ', json_encode($sizes['on']['sync'] * 2 <= $sizes['off']['sync']), "\n";

// 1% of 1.5 M short strings kept (contiguous): the background writer compacts its copy.
$r = rdump_test_run($dir, '<?php
$a = [];
for ($i = 0; $i < 1500000; $i++) { $a[] = "s" . str_pad((string)$i, 20, "x"); }
$a = array_slice($a, 0, 15000);
var_dump(rdump_dump($argv[1], false, true));', ['memory_limit' => '-1', 'error_log' => "$dir/kept1.log"], '', ["$dir/kept1.rdump"]);
$d = rdump_test_open("$dir/kept1.rdump", true);
echo "1% kept, background: ", trim($r['out']), ", ", is_array($d) ? ($d['file_size'] <= 12 << 20 ? 'at most 12 MiB' : sprintf('%.1f MiB', $d['file_size'] / 1048576)) : $d, "\n";

// A heap rdump does not recognise: dumped whole, one line says why.
$r = rdump_test_run($dir, '<?php var_dump(rdump_dump($argv[1])); var_dump(rdump_dump($argv[1] . ".2"));', ['error_log' => "$dir/custom.log"],
    'USE_ZEND_ALLOC=0', ["$dir/custom.rdump"]);
echo "USE_ZEND_ALLOC=0: ", str_replace("\n", ' ', trim($r['out'])), ", ", is_array(rdump_test_open("$dir/custom.rdump")) ? 'valid' : 'INVALID', "\n";
echo preg_replace('/^\[[^]]*\] /m', '  ', trim(file_get_contents("$dir/custom.log"))), "\n";
?>
--EXPECTF--
skip_free_heap on: bool(true) bool(true)
  sync: freed small out, freed large out, freed huge out, live small IN, live large IN; heap: every page in use there: yes, free pages captured: none
  bg: freed small out, freed large out, freed huge out, live small IN, live large IN; heap: every page in use there: yes, free pages captured: none
skip_free_heap off: bool(true) bool(true)
  sync: freed small IN, freed large IN, freed huge IN, live small IN, live large IN; heap: every page in use there: yes, free pages captured: some
  bg: freed small IN, freed large IN, live small IN, live large IN; heap: every page in use there: yes, free pages captured: some
with it, the synchronous dump is at most half the size: true
1% kept, background: bool(true), at most 12 MiB
USE_ZEND_ALLOC=0: bool(true) bool(true), valid
  rdump: the Zend heap's free pages and cached chunks stay in the dumps of this process: the heap is not in a Zend MM chunk (a custom allocator, USE_ZEND_ALLOC=0?)
