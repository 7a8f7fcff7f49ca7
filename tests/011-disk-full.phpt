--TEST--
rdump_dump() on a disk that fills up mid-dump (ulimit -f, SIGXFSZ ignored): false, a warning, no file left
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$keep = str_repeat('y', 4 << 20); // the dump is well over the limit
var_dump(rdump_dump($argv[1]));
PHP;
// 1024 blocks: at least 512 KiB, whatever the shell's block size
$r = rdump_test_run($dir, $code, ['display_errors' => 'stdout'], "trap '' XFSZ; ulimit -f 1024;", ["$dir/full.rdump"]);
echo $r['out'], "\n";
var_dump($r['status']);
var_dump(rdump_test_leftovers($dir, ['child-1.php']));
?>
--EXPECTF--
Warning: rdump_dump(): Cannot write dump to "%s/full.rdump": cannot write the dump: File too large in %s on line %d
bool(false)
int(0)
array(0) {
}
