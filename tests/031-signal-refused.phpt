--TEST--
rdump.signal: refused and unknown signals warn at startup and install nothing; a pcntl handler or another extension's handler stays in charge
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1 (no VM interrupt before)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
foreach (['SIGTERM', 'INT', 'SIGPROF', '17', 'SIGSEGV', 'NOPE', 'SIGRTMIN+99', '0'] as $sig) {
    $r = rdump_test_run($dir, '<?php echo "ran\n";', ['rdump.signal' => $sig, 'display_startup_errors' => '1', 'display_errors' => 'stdout']);
    echo str_replace("\n", ' | ', trim($r['out'])), "\n";
}

// SIGTERM refused: the default action still ends the process.
$r = rdump_test_run($dir, '<?php posix_kill(getmypid(), 15); sleep(5); echo "survived\n";',
    rdump_test_ext_ini('posix') + ['rdump.signal' => 'SIGTERM', 'rdump.signal_dump' => "$dir/term.rdump", 'display_startup_errors' => '0']);
var_dump($r['status'], strpos($r['out'], 'survived'), file_exists("$dir/term.rdump"));

// A pcntl handler installed by the script takes the signal over: no dump.
$r = rdump_test_run($dir, '<?php
pcntl_async_signals(true);
pcntl_signal(SIGUSR2, function () { echo "pcntl handler ran\n"; });
posix_kill(getmypid(), SIGUSR2);
for ($i = 0; $i < 1000; $i++) {}
echo "end\n";', rdump_test_ext_ini('posix') + ['rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/pcntl.rdump"]);
echo $r['out'], "\n";
var_dump(file_exists("$dir/pcntl.rdump"));

// Another extension owns the signal from MINIT: rdump logs one warning and
// leaves it alone; that handler gets the signal.
$chaintest = dirname(rdump_test_module()) . '/rdump_chaintest.so';
$cmd = 'RDUMP_CHAINTEST_SIGNAL=12 RDUMP_CHAINTEST_LOG=' . escapeshellarg("$dir/chain.log") . ' '
    . rdump_test_command('-r', ['extension' => $chaintest, 'rdump.signal' => 'USR2', 'rdump.signal_dump' => "$dir/ext.rdump", 'error_log' => "$dir/php.log"],
        ['posix_kill(getmypid(), 12); for ($i = 0; $i < 1000; $i++) {} echo "end\n";']);
$cmd = str_replace(' -d ' . escapeshellarg('extension=' . rdump_test_module()), '', $cmd)
    . ' -d ' . escapeshellarg('extension=' . rdump_test_module())
    . (extension_loaded('posix') ? '' : ' -d ' . escapeshellarg('extension=' . PHP_EXTENSION_DIR . '/posix.so'));
echo shell_exec($cmd . ' 2>&1');
var_dump(file_exists("$dir/ext.rdump"));
echo trim(file_get_contents("$dir/chain.log")), "\n";
var_dump(substr_count(file_get_contents("$dir/php.log"), 'already has a handler'));
?>
--EXPECTF--
%AWarning: PHP Startup: rdump.signal=SIGTERM is refused: PHP, PHP-FPM and process managers use it to stop, reload or interrupt; no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=INT is refused: PHP, PHP-FPM and process managers use it to stop, reload or interrupt; no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=SIGPROF is refused: PHP or the kernel use it (timers, children, pipes, file size and CPU limits); no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=17 is refused: PHP or the kernel use it (timers, children, pipes, file size and CPU limits); no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=SIGSEGV is refused: the kernel sends it for a fault; a handler that returns would run the fault again; no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=NOPE is not a signal name or number; no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=SIGRTMIN+99 is not a signal name or number; no signal handler installed in Unknown on line 0 | ran
%AWarning: PHP Startup: rdump.signal=0 is not a signal name or number; no signal handler installed in Unknown on line 0 | ran
int(143)
bool(false)
bool(false)
pcntl handler ran
end
bool(false)
end
bool(false)
chaintest got signal 12
int(1)
