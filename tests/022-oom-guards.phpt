--TEST--
OOM auto-dump guards: count per worker, min interval, disk budget (suffixes, fractions; symlinks, sparse files' holes and other users' files not counted), all together
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
    $dumps = array_values(array_diff(rdump_test_dumps($dir), ['old.rdump', 'link.rdump', 'sparse.rdump', 'other-user.rdump']));
    $valid = count(array_filter($dumps, function ($d) use ($dir) { return is_array(rdump_test_open("$dir/$d")); }));
    printf("%-22s %s%s\n", $name, implode(' ', $dumps) ?: '(none)',
        ($valid === count($dumps) && $alive) ? '' : ' INVALID OR DEAD');
    // the budget's stand-ins hold real blocks: give them back at once
    foreach (['old.rdump', 'sparse.rdump', 'other-user.rdump', 'big.txt', 'link.rdump', '../elsewhere-' . $name] as $f) {
        @unlink("$dir/$f");
    }
}
$sparse = function ($path, $size) {
    $fh = fopen($path, 'w');
    ftruncate($fh, $size);
    fclose($fh);
};
// The budget counts the blocks a file has (a sparse file's holes are no
// disk used): fallocate(1) gives them without writing.
$allocated = function ($path, $size) {
    exec('fallocate -l ' . (int)$size . ' ' . escapeshellarg($path), $out, $status);
    if ($status !== 0 || ($st = stat($path)) === false || $st['blocks'] * 512 < $size) {
        echo "cannot allocate $size bytes for $path\n";
    }
};
$G = 1 << 30;
$M = 1 << 20;

run_scenario($base, 'max=1 (default)', [], 3);
run_scenario($base, 'max=2', ['rdump.oom_dump_max' => '2'], 3);
run_scenario($base, 'max=0', ['rdump.oom_dump_max' => '0'], 3);
run_scenario($base, 'min_interval=3600', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_min_interval' => '3600'], 3);
// Budget 1.5G; 40M of room: the first dump fits (heap ~32M), the second not.
// Not counted: a symlink to a huge *.rdump, a huge non-.rdump file, a sparse
// *.rdump's holes (10G apparent, no blocks) and another user's *.rdump.
$budget_setup = function ($dir) use ($sparse, $allocated, $base, $G, $M) {
    $allocated("$dir/old.rdump", (int)(1.5 * $G) - 40 * $M);
    $allocated("$base/elsewhere-" . basename($dir), 64 * $M);
    symlink("$base/elsewhere-" . basename($dir), "$dir/link.rdump");
    $allocated("$dir/big.txt", 64 * $M);
    $sparse("$dir/sparse.rdump", 10 * $G);
    $allocated("$dir/other-user.rdump", 64 * $M);
    chown("$dir/other-user.rdump", 'nobody');
};
run_scenario($base, 'max_total=1.5G', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '1.5G'], 2, $budget_setup);
run_scenario($base, 'max_total=1536m', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '1536m'], 2, $budget_setup);
run_scenario($base, 'max_total=0.0015T', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '0.00146484375T'], 2, $budget_setup);
// 16M of room: less than the heap, so nothing fits.
run_scenario($base, 'max_total=1.5G full', ['rdump.oom_dump_max' => '0', 'rdump.oom_dump_max_total' => '1.5G'], 2,
    function ($dir) use ($allocated, $G, $M) { $allocated("$dir/old.rdump", (int)(1.5 * $G) - 16 * $M); });
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
