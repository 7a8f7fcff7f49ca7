--TEST--
rdump_dump() creates the dump 0600 whatever the umask, and leaves no temporary file
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
foreach ([0000, 0022, 0277] as $mask) {
    umask($mask);
    $path = sprintf('%s/umask-%04o.rdump', $dir, $mask);
    var_dump(rdump_dump($path));
    clearstatcache();
    printf("%04o %o\n", $mask, fileperms($path) & 0777);
}
var_dump(rdump_test_leftovers($dir));
?>
--EXPECT--
bool(true)
0000 600
bool(true)
0022 600
bool(true)
0277 600
array(3) {
  [0]=>
  string(16) "umask-0000.rdump"
  [1]=>
  string(16) "umask-0022.rdump"
  [2]=>
  string(16) "umask-0277.rdump"
}
