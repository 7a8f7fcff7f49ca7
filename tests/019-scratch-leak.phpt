--TEST--
A dump that fails because /proc/self/maps cannot be opened (no free descriptor) leaks no scratch memory, however often it is retried
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$vm = function () { return (int)preg_replace('/.*VmSize:\s+(\d+).*/s', '$1', file_get_contents('/proc/self/status')); };
$held = [];
while (($f = @fopen('/dev/null', 'r')) !== false) {
    $held[] = $f;
}
fclose(array_pop($held));   // two free slots: the dump's directory and file, then nothing for /proc/self/maps
fclose(array_pop($held));
$before = $vm();
$fails = 0;
for ($i = 0; $i < 200; $i++) {
    $fails += @rdump_dump($argv[1]) === false;
}
$after = $vm();
echo "failed $fails of 200\n";
echo "VmSize growth ", $after - $before < 1024 ? "< 1 MiB" : ($after - $before) . " KiB", "\n";
echo error_get_last()['message'], "\n";
PHP;
$r = rdump_test_run($dir, $code, [], 'ulimit -n 64;', ["$dir/x.rdump"]);
echo $r['out'], "\n";
var_dump(rdump_test_leftovers($dir, ['child-1.php']));
?>
--EXPECTF--
failed 200 of 200
VmSize growth < 1 MiB
rdump_dump(): Cannot write dump to "%s/x.rdump": cannot read /proc/self/maps: Too many open files
array(0) {
}
