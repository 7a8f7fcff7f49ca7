--TEST--
rdump_dump() captures the Zend heap: a unique string made before the dump is in a region
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$marker = 'rdump-marker-' . bin2hex(random_bytes(16));
$objects = [];
for ($i = 0; $i < 100; $i++) {
    $o = new stdClass();
    $o->payload = str_repeat('x', 100) . $i;
    $objects[] = $o;
}
$objects[] = $marker;
var_dump(rdump_dump("$dir/mk.rdump"));
$dump = rdump_test_open("$dir/mk.rdump");
if (!is_array($dump)) {
    die("$dump\n");
}
$at = rdump_inspect_find($dump, $marker);
var_dump($at !== null);
var_dump(rdump_inspect_read($dump, $at, strlen($marker)) === $marker);
$m = rdump_test_map_at($dump, $at);
var_dump(rdump_inspect_kind($m));
// A string that never existed in this process is not found.
var_dump(rdump_inspect_find($dump, strrev('nOt-In-ThE-dUmP-' . substr($marker, 13))) === null);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(19) "Zend heap/anonymous"
bool(true)
