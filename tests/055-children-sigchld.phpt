--TEST--
Where clone() refuses a child without an exit signal (EINVAL, as qemu-user does: it runs arm64 containers on x86-64 and back), rdump's children are started with SIGCHLD instead: a background dump, a signal dump in the background and a consumer command all work and are reaped, the program then sees SIGCHLD (which the default path never sends it), and where it handles SIGCHLD the log says so once per process
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip signal dumps need PHP 7.1'); if (!function_exists('pcntl_signal')) die('skip no pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$sigchld = 0;
pcntl_async_signals(true);
if ($argv[2] === 'handler') {
    pcntl_signal(SIGCHLD, function () use (&$sigchld) { $sigchld++; });
}
$keep = str_repeat('k', 32 << 20);
$children = '/proc/self/task/' . getmypid() . '/children';
$wait = function ($path) use ($children) {
    for ($i = 0; $i < 400 && (!file_exists($path) || trim((string)@file_get_contents($children)) !== ''); $i++) {
        usleep(25000);
    }
    clearstatcache();
    return file_exists($path) && trim((string)@file_get_contents($children)) === '' ? 'written, writer reaped' : 'NOT complete';
};
echo 'background: ', json_encode(rdump_dump($argv[1] . '/bg.rdump', false, true)), ' ', $wait($argv[1] . '/bg.rdump'), "\n";
posix_kill(getmypid(), SIGWINCH);
for ($i = 0; $i < 100000; $i++) {}
echo 'signal, background: ', $wait($argv[1] . '/sig.rdump'), "\n";
echo 'second background: ', json_encode(rdump_dump($argv[1] . '/bg2.rdump', false, true)), ' ', $wait($argv[1] . '/bg2.rdump'), "\n";
if ($argv[2] === 'handler') {
    echo 'program saw SIGCHLD: ', $sigchld > 0 ? 'yes' : 'no', "\n";
}
$a = [];
while (true) { $a[] = str_repeat('o', 1000); }
PHP;
$ini = rdump_test_ext_ini('posix') + ['error_log' => "$dir/php.log", 'memory_limit' => '64M',
    'rdump.signal' => 'SIGWINCH', 'rdump.signal_dump' => "$dir/sig.rdump", 'rdump.signal_dump_background' => '1',
    'rdump.oom_dump' => "|/bin/dd of=$dir/oom.rdump status=none", 'display_errors' => 'stderr', 'log_errors' => '0'];
function run($dir, $code, $ini, $fault, $handler)
{
    foreach (['bg', 'sig', 'bg2', 'oom'] as $name) {
        @unlink("$dir/$name.rdump");
    }
    @unlink("$dir/php.log");
    echo ($fault ? 'clone refused' : 'this kernel'), ', ', $handler ? 'SIGCHLD handled' : 'no SIGCHLD handler', ":\n";
    $r = rdump_test_run($dir, $code, $ini, $fault ? rdump_test_fault('clone_needs_sigchld') : '', [$dir, $handler ? 'handler' : 'none']);
    echo preg_replace('/^(PHP )?Fatal error: +Allowed memory size.*$/m', 'Fatal error: Allowed memory size ...', $r['out']), "\n";
    $log = preg_replace('/^\[[^]]*\] /m', '', (string)file_get_contents("$dir/php.log"));
    echo 'notes in the log: ', substr_count($log, 'cannot start a child without an exit signal'), "\n";
    echo 'consumer: ', preg_match('/OOM dump streamed to \|\/bin\/dd .* \(\d+ bytes.*consumer exited with status 0/', $log) ? 'exited 0, logged' : "NOT logged:\n$log", "\n";
    foreach (['bg', 'sig', 'bg2', 'oom'] as $name) {
        $d = rdump_test_open("$dir/$name.rdump");
        echo "$name.rdump: ", is_array($d) ? 'valid' : $d, "\n";
    }
}
run($dir, $code, $ini, true, true);
run($dir, $code, $ini, true, false);
run($dir, $code, $ini, false, true);
?>
--EXPECT--
clone refused, SIGCHLD handled:
background: true written, writer reaped
signal, background: written, writer reaped
second background: true written, writer reaped
program saw SIGCHLD: yes
Fatal error: Allowed memory size ...
notes in the log: 1
consumer: exited 0, logged
bg.rdump: valid
sig.rdump: valid
bg2.rdump: valid
oom.rdump: valid
clone refused, no SIGCHLD handler:
background: true written, writer reaped
signal, background: written, writer reaped
second background: true written, writer reaped
Fatal error: Allowed memory size ...
notes in the log: 0
consumer: exited 0, logged
bg.rdump: valid
sig.rdump: valid
bg2.rdump: valid
oom.rdump: valid
this kernel, SIGCHLD handled:
background: true written, writer reaped
signal, background: written, writer reaped
second background: true written, writer reaped
program saw SIGCHLD: no
Fatal error: Allowed memory size ...
notes in the log: 0
consumer: exited 0, logged
bg.rdump: valid
sig.rdump: valid
bg2.rdump: valid
oom.rdump: valid
