--TEST--
rdump_dump() honours open_basedir
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$outside = dirname($dir) . '/rdump-outside-' . getmypid() . '.rdump';
ini_set('open_basedir', $dir);
var_dump(rdump_dump($outside));
var_dump(rdump_dump("$dir/../" . basename($outside)));
var_dump(rdump_dump("$dir/inside.rdump"));
// open_basedir cannot be loosened again: look from a shell
var_dump(trim(shell_exec('test -e ' . escapeshellarg($outside) . ' && echo yes || echo no')));
var_dump(file_exists("$dir/inside.rdump"));
?>
--EXPECTF--
Warning: rdump_dump(): Cannot write dump to "%s/rdump-outside-%d.rdump": open_basedir restriction in effect in %s on line %d
bool(false)

Warning: rdump_dump(): Cannot write dump to "%s/../rdump-outside-%d.rdump": open_basedir restriction in effect in %s on line %d
bool(false)
bool(true)
string(2) "no"
bool(true)
