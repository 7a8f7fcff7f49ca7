--TEST--
OOM auto-dump: other fatal errors, warnings and notices do not dump
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$cases = [
    'uncaught exception' => 'throw new Exception("Allowed memory size of 1 bytes exhausted");',
    'undefined function' => 'no_such_function();',
    'user error' => 'trigger_error("Allowed memory size of 2 bytes exhausted", E_USER_ERROR);',
    'warnings' => 'for ($i = 0; $i < 100; $i++) { $a = []; echo @$a["x"]; trigger_error("w", E_USER_WARNING); } echo "done\n";',
];
foreach ($cases as $name => $code) {
    $r = rdump_test_run($dir, "<?php $code", ['rdump.oom_dump' => "$dir/oom-%p.rdump", 'display_errors' => '0']);
    printf("%-18s status %d, dumps: %d\n", $name, $r['status'], count(glob("$dir/*.rdump*")));
}
?>
--EXPECT--
uncaught exception status 255, dumps: 0
undefined function status 255, dumps: 0
user error         status 255, dumps: 0
warnings           status 0, dumps: 0
