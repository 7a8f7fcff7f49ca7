--TEST--
rdump_dump($path, true) adds the read-only file-backed segments, byte-identical to the files
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
var_dump(rdump_dump("$dir/small.rdump"));
var_dump(rdump_dump("$dir/full.rdump", true));
$small = rdump_test_open("$dir/small.rdump");
$full = rdump_test_open("$dir/full.rdump");
if (!is_array($small) || !is_array($full)) {
    die("invalid\n");
}
function readonly_file_bytes(array $dump) {
    $bytes = 0;
    foreach ($dump['maps'] as $m) {
        if ($m['r'] && !$m['w'] && $m['inode'] > 0 && $m['name'][0] === '/' && strncmp($m['name'], '/dev/', 5) !== 0
            && rdump_inspect_region_index($dump, $m['begin'], $m['end'] - $m['begin']) >= 0) {
            $bytes += $m['end'] - $m['begin'];
        }
    }
    return $bytes;
}
var_dump(readonly_file_bytes($small) === 0);
var_dump(readonly_file_bytes($full) > 1 << 20);
var_dump($full['file_size'] > $small['file_size']);
// The text segments of the PHP binary in the full dump are the file's bytes
// (one segment, or more: Debian's PHP 8.5 binary has a second, 2 MiB-aligned one).
$checked = 0;
$identical = 0;
foreach ($full['maps'] as $m) {
    if ($m['r'] && $m['x'] && !$m['w'] && $m['name'] === realpath(PHP_BINARY)) {
        $len = min(65536, $m['end'] - $m['begin']);
        $mem = rdump_inspect_read($full, $m['begin'], $len);
        $file = file_get_contents($m['name'], false, null, hexdec($m['offset_text']), $len);
        $identical += $mem === $file ? 1 : 0;
        $checked++;
    }
}
var_dump($checked >= 1, $identical === $checked);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
