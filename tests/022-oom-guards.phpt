--TEST--
OOM auto-dump guards: count per worker, min interval, disk budget (suffixes, fractions, symlinks not counted), all together
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$base = rdump_test_dir();

/* One worker (the built-in server) serving OOM requests; ?to= gives each
 * request its own dump name so that every dump taken is visible. */
function run_scenario($base, $name, array $ini, $requests, $setup = null) {
    $dir = "$base/$name";
    mkdir($dir);
    if ($setup) {
        $setup($dir);
    }
    $get = rdump_test_server($base, rdump_test_oom_router(), $ini + ['memory_limit' => '32M', 'rdump.oom_dump' => "$dir/ini.rdump"]);
    for ($i = 1; $i <= $requests; $i++) {
        $get("to=" . urlencode("$dir/dump-$i.rdump") . "&oom=1");
    }
    $alive = strpos($get(''), 'ok pid=') === 0;
    $dumps = array_values(array_diff(rdump_test_dumps($dir), ['old.rdump', 'link.rdump']));
    $valid = count(array_filter($dumps, function ($d) use ($dir) { return is_array(rdump_test_open("$dir/$d")); }));
    printf("%-22s %s%s\n", $name, implode(' ', $dumps) ?: '(none)',
        ($valid === count($dumps) && $alive) ? '' : ' INVALID OR DEAD');
}
$sparse = function ($path, $size) {
    $fh = fopen($path, 'w');
    ftruncate($fh, $size);
    fclose($fh);
};
$G = 1 << 30;
$M = 1 << 20;

run_scenario($base, 'max=1 (default)', [], 3);
run_scenario($base, 'max=2', ['rdump.oom_dump_max' => '2'], 3);
run_scenario($base, 'max=0', ['rdump.oom_dump_max' => '0'], 3);
run_scenario($base, 'min_interval=3600', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_min_interval' => '3600'], 3);
// Budget 1.5G; 40M of room: the first dump fits (heap ~32M), the second not.
// A symlink to a huge *.rdump and a huge non-.rdump file are not counted.
$budget_setup = function ($dir) use ($sparse, $base, $G, $M) {
    $sparse("$dir/old.rdump", (int)(1.5 * $G) - 40 * $M);
    $sparse("$base/elsewhere-" . basename($dir), 10 * $G);
    symlink("$base/elsewhere-" . basename($dir), "$dir/link.rdump");
    $sparse("$dir/big.txt", 10 * $G);
};
run_scenario($base, 'max_total=1.5G', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '1.5G'], 2, $budget_setup);
run_scenario($base, 'max_total=1536m', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '1536m'], 2, $budget_setup);
run_scenario($base, 'max_total=0.0015T', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '0.00146484375T'], 2, $budget_setup);
// 16M of room: less than the heap, so nothing fits.
run_scenario($base, 'max_total=1.5G full', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '1.5G'], 2,
    function ($dir) use ($sparse, $G, $M) { $sparse("$dir/old.rdump", (int)(1.5 * $G) - 16 * $M); });
run_scenario($base, 'max=2 + interval', ['rdump.oom_dump_max' => '2', 'rdump.oom_dump_min_interval' => '3600'], 3);
run_scenario($base, 'max=3 + budget', ['rdump.oom_dump_max' => '3', 'rdump.oom_dump_max_total' => '1.5G'], 3, $budget_setup);

// An invalid budget is refused at startup with a clear warning.
$r = rdump_test_run($base, '<?php echo "started\n";', ['rdump.oom_dump_max_total' => '12X', 'display_startup_errors' => '1']);
echo $r['out'], "\n";
?>
--EXPECTF--
max=1 (default)        dump-1.rdump
max=2                  dump-1.rdump dump-2.rdump
max=0                  dump-1.rdump dump-2.rdump dump-3.rdump
min_interval=3600      dump-1.rdump
max_total=1.5G         dump-1.rdump
max_total=1536m        dump-1.rdump
max_total=0.0015T      dump-1.rdump
max_total=1.5G full    (none)
max=2 + interval       dump-1.rdump
max=3 + budget         dump-1.rdump
%AWarning: %AInvalid rdump.oom_dump_max_total value "12X": expected a byte count such as 0, 512M or 1.5G%A
started
