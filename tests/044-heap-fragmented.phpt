--TEST--
A fragmented heap of 512 MiB and more (small, large 3 KiB-2 MiB and huge allocations, then 520 half-used chunks; 820 MiB built, a third of the mix freed at random): PAGEMAP_SCAN and pagemap reads plan the same ranges, synchronous and background dumps are valid and hold the live data
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$tag = bin2hex(random_bytes(6));
$code = <<<'PHP'
<?php
mt_srand(20261201);
ini_set('rdump.pagemap_scan', '1');  // (the entries modified once before the heap is built)
// The two scan paths are compared on every populated page: without the
// live-heap refinement, which follows the heap's use, and the ini_set()
// between the dumps uses a page. The background dump has it (test 080).
ini_set('rdump.skip_free_heap', '0');
$keep = [];
$n = 0;
// the mix up to 300 MiB
while (memory_get_usage() < (300 << 20)) {
    for ($k = 0; $k < 64; $k++) {
        $keep[$n++] = str_repeat('s', mt_rand(8, 3000));             // small bins
    }
    $r = mt_rand(0, 99);
    $size = $r < 90 ? mt_rand(3 << 10, 2 << 20) : mt_rand(2 << 20, 8 << 20);  // large runs, huge blocks
    $keep[$n++] = str_repeat('L', $size);
}
// then 1 MiB strings: each a large run in a chunk of its own whose other
// half is never touched (one populated range per 2 MiB, > 512 in a row)
$mix = $n;
for ($k = 0; $k < 520; $k++) {
    $keep[$n++] = str_repeat('M', 1 << 20);
}
// then free a third of the mix at random: holes everywhere (freeing the
// 1 MiB strings would empty their chunks, which the Zend MM unmaps)
foreach (array_rand(array_slice($keep, 0, $mix, true), intdiv($mix, 3)) as $k) {
    unset($keep[$k]);
}
$first = 'live-first-' . $argv[2];
$last = 'live-last-' . $argv[2];
$keep[] = $first . str_repeat('.', 100);
$keep[] = str_repeat('.', 5 << 20) . $last;                           // at the end of a huge block
printf("heap %s MiB, %s of it free between live blocks\n", memory_get_usage() >= (512 << 20) ? '>= 512' : '< 512',
    memory_get_usage(true) - memory_get_usage() >= memory_get_usage(true) / 20 ? 'more than 5%' : 'LESS than 5%');
$ok = rdump_dump("$argv[1]/scan1.rdump");
ini_set('rdump.pagemap_scan', '0');
$ok = rdump_dump("$argv[1]/scan0.rdump") && $ok;
ini_set('rdump.pagemap_scan', '1');
ini_set('rdump.skip_free_heap', '1');
$ok = rdump_dump("$argv[1]/background.rdump", false, true) && $ok;
echo $ok ? "dumped\n" : "a dump failed\n";
// the writer finishes before the process exits (module shutdown waits)
PHP;
$r = rdump_test_run($dir, $code, ['memory_limit' => '2G'], '', [$dir, $tag]);
echo preg_replace('/^\[[^]]*\] rdump: background dump written to \S+ \(\d+ bytes\)$/m', 'rdump: background dump written', $r['out']), "\n";
$ranges = [];
foreach (['scan1', 'scan0', 'background'] as $name) {
    $d = rdump_test_open("$dir/$name.rdump", true);
    if (!is_array($d)) {
        echo "$name: $d\n";
        continue;
    }
    $ranges[$name] = rdump_test_ranges($d);
    printf("%s: valid, %s, first %s, last %s\n", $name, $d['file_size'] >= (512 << 20) ? '>= 512 MiB' : 'SMALL',
        rdump_inspect_find($d, "live-first-$tag") !== null ? 'found' : 'MISSING',
        rdump_inspect_find($d, "live-last-$tag") !== null ? 'found' : 'MISSING');
}
echo 'PAGEMAP_SCAN and pagemap reads plan the same ranges: ', json_encode($ranges['scan1'] === $ranges['scan0']), "\n";
?>
--EXPECTF--
heap >= 512 MiB, more than 5% of it free between live blocks
dumped
rdump: background dump written
scan1: valid, >= 512 MiB, first found, last found
scan0: valid, >= 512 MiB, first found, last found
background: valid, %s, first found, last found
PAGEMAP_SCAN and pagemap reads plan the same ranges: true
