--TEST--
zend_error_cb chain: another extension hooking it still sees the OOM error, whichever is loaded first, and rdump still dumps
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$chaintest = dirname(rdump_test_module()) . '/rdump_chaintest.so';
$oom = "$dir/oom.php";
file_put_contents($oom, '<?php trigger_error("a warning", E_USER_WARNING); $x = []; while (true) { $x[] = str_repeat("c", 1000); }');
$orders = [
    'chaintest first' => [$chaintest, rdump_test_module()],
    'rdump first' => [rdump_test_module(), $chaintest],
];
foreach ($orders as $name => $modules) {
    $log = "$dir/chain-" . md5($name) . '.log';
    $dump = "$dir/" . md5($name) . '.rdump';
    $cmd = 'RDUMP_CHAINTEST_LOG=' . escapeshellarg($log) . ' ' . escapeshellarg(rdump_test_php()) . ' -n'
        . ' -d ' . escapeshellarg("extension={$modules[0]}") . ' -d ' . escapeshellarg("extension={$modules[1]}")
        . ' -d memory_limit=16M -d display_errors=stdout -d ' . escapeshellarg("rdump.oom_dump=$dump")
        . ' ' . escapeshellarg($oom) . ' 2>/dev/null';
    exec($cmd, $out, $status);
    $out = implode("\n", $out);
    printf("%s: status %d, warning shown: %s, fatal shown: %s, chaintest saw: %s, dump: %s\n", $name, $status,
        strpos($out, 'Warning: a warning') !== false ? 'yes' : 'no',
        strpos($out, 'Fatal error: Allowed memory size of') !== false ? 'yes' : 'no',
        trim(preg_replace('/ of .*/', '', @file_get_contents($log))) /* PHP 7 passes the format */,
        is_array(rdump_test_open($dump)) ? 'valid' : 'missing');
}
?>
--EXPECT--
chaintest first: status 255, warning shown: yes, fatal shown: yes, chaintest saw: chaintest saw E_ERROR: Allowed memory size, dump: valid
rdump first: status 255, warning shown: yes, fatal shown: yes, chaintest saw: chaintest saw E_ERROR: Allowed memory size, dump: valid
