--TEST--
The live-heap refinement never changes live data: chunks full of one-page runs, then 20 rounds of strings of every size class (small bins, one-page and longer large runs, huge blocks; 3073-4096 bytes included), arrays and objects, freed at random, each followed by a synchronous dump (which zeroes freed slots in place) and every fifth by a background one; a checksum of everything live is the same after each dump, and every dump is valid
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
mt_srand(20261202);
$live = [];
$sum = function () use (&$live) {
    // chained md5() (ext/standard): ext/hash is optional before PHP 7.4
    $h = '';
    foreach ($live as $k => $v) {
        $h = md5($h . $k . ':' . (is_string($v) ? $v : serialize($v)));
    }
    return $h;
};
$sizes = function () {
    $r = mt_rand(0, 99);
    return $r < 50 ? mt_rand(1, 3072) : ($r < 70 ? mt_rand(3073, 4096) : ($r < 95 ? mt_rand(4097, 2 << 20) : mt_rand(2 << 20, 5 << 20)));
};
$n = 0;
$changed = 0;
// the densest case: chunks full of one-page large runs (a string of
// 3073-4096 bytes each: 511 in a chunk), and some of them freed
for ($i = 0; $i < 3000; $i++) {
    $live["d$i"] = str_repeat('d', 4000) . $i;
}
for ($i = 0; $i < 1500; $i += 2) {
    unset($live["d$i"]);
}
for ($round = 0; $round < 20; $round++) {
    for ($i = 0; $i < 150; $i++) {
        $k = $n++;
        $live[$k] = mt_rand(0, 9) ? str_repeat(chr(97 + $k % 26), $sizes()) . $k
            : (mt_rand(0, 1) ? range(0, mt_rand(1, 2000)) : (object)['k' => $k, 's' => str_repeat('o', mt_rand(1, 5000))]);
    }
    foreach (array_rand($live, intdiv(count($live), 3)) as $k) {
        unset($live[$k]);
    }
    $before = $sum();
    $ok = rdump_dump("$argv[1]/r$round.rdump");
    if ($round % 5 === 4) {
        $ok = rdump_dump("$argv[1]/b$round.rdump", false, true) && $ok;
    }
    $changed += $sum() !== $before;
    if (!$ok) {
        echo "round $round: a dump failed\n";
    }
}
echo "20 rounds, ", count($live), " values live: live data changed by a dump in $changed rounds\n";
PHP;
$r = rdump_test_run($dir, $code, ['memory_limit' => '-1', 'error_log' => "$dir/php.log"], '', [$dir]);
echo $r['out'], "\n";
usleep(500000);
$bad = array_filter(glob("$dir/*.rdump"), function ($f) { return !is_array(rdump_test_open($f, true)); });
printf("%d dumps, %d invalid\n", count(glob("$dir/*.rdump")), count($bad));
?>
--EXPECTF--
20 rounds, %d values live: live data changed by a dump in 0 rounds
24 dumps, 0 invalid
