--TEST--
rdump_dump() memory map is /proc/self/maps as read just before the call, in order
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$before = file('/proc/self/maps', FILE_IGNORE_NEW_LINES);
var_dump(rdump_dump("$dir/m.rdump"));
$dump = rdump_test_open("$dir/m.rdump");
if (!is_array($dump)) {
    die("$dump\n");
}
$lines = [];
foreach ($dump['maps'] as $m) {
    $perms = ($m['r'] ? 'r' : '-') . ($m['w'] ? 'w' : '-') . ($m['x'] ? 'x' : '-') . ($m['p'] ? 'p' : 's');
    $lines[] = rtrim(sprintf('%s-%s %s %s %s %-25d %s', $m['begin_text'], $m['end_text'], $perms,
        $m['offset_text'], $m['device'], $m['inode'], $m['name']));
}
$normalize = function ($line) { return rtrim(preg_replace("/ +/", " ", $line)); };
$before = array_map($normalize, $before);
$lines = array_map($normalize, $lines);
// The dump maps a scratch area of its own (which may merge with an
// anonymous neighbour): apart from anonymous areas the maps are identical.
$named = function ($l) { return !preg_match('/^\S+ \S+ \S+ \S+ 0$/', $l); };
var_dump(array_values(array_filter($before, $named)) === array_values(array_filter($lines, $named)));
var_dump(abs(count($before) - count($lines)) <= 2);
// In the kernel's order
$begins = array_map(function ($m) { return $m['begin']; }, $dump['maps']);
$sorted = $begins;
sort($sorted);
var_dump($begins === $sorted);
// Never read: kernel pages and unreadable mappings (the reader checks
// that regions only cover readable maps; here, no region touches [v*]).
foreach ($dump['maps'] as $m) {
    if (preg_match('/^\[v/', $m['name']) && rdump_inspect_region_index($dump, $m['begin']) >= 0) {
        echo "captured {$m['name']}\n";
    }
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
