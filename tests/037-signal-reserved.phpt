--TEST--
rdump.signal: signals the C library reserves (32, 33) are refused at startup with a warning, and requests then run normally
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1 (no VM interrupt before)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
foreach (['32', '33', 'SIGRTMIN-1'] as $sig) {
    $r = rdump_test_run($dir, '<?php echo "request ran\n";', ['rdump.signal' => $sig, 'rdump.signal_dump' => "$dir/x.rdump",
        'display_startup_errors' => '1', 'display_errors' => 'stdout']);
    echo "$sig: ", str_replace("\n", ' | ', trim($r['out'])), " | exit ", $r['status'], "\n";
}
?>
--EXPECTF--
32: %AWarning: PHP Startup: rdump.signal=32 is refused: the C library reserves that signal for its threads; no signal handler installed in Unknown on line 0 | request ran | exit 0
33: %AWarning: PHP Startup: rdump.signal=33 is refused: the C library reserves that signal for its threads; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGRTMIN-1: %AWarning: PHP Startup: rdump.signal=SIGRTMIN-1 is not a signal name or number; no signal handler installed in Unknown on line 0 | request ran | exit 0
