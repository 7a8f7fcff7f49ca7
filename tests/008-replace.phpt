--TEST--
rdump_dump() replaces an existing regular file by a new inode; a reader of the old file keeps the old bytes
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$path = "$dir/r.rdump";
file_put_contents($path, 'previous dump');
chmod($path, 0644);
$old_inode = fileinode($path);
$reader = fopen($path, 'rb');
var_dump(rdump_dump($path));
clearstatcache();
var_dump(fileinode($path) !== $old_inode);
printf("%o\n", fileperms($path) & 0777);
var_dump(stream_get_contents($reader));
var_dump(is_array(rdump_test_open($path)));
var_dump(rdump_test_leftovers($dir));
?>
--EXPECT--
bool(true)
bool(true)
600
string(13) "previous dump"
bool(true)
array(1) {
  [0]=>
  string(7) "r.rdump"
}
