--TEST--
PHP-FPM: SIGWINCH to a busy worker gives a valid dump named with its pid while other requests keep being served
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
if (isset($_GET['spin'])) {
    $marker = 'fpm-signal-marker-' . getmypid();
    file_put_contents($_GET['spin'], getmypid());
    $t = microtime(true);
    while (microtime(true) - $t < 4) {}
    echo "spun ", getmypid();
    return;
}
echo "ok ", getmypid();
PHP
);
$master = rdump_test_fpm_start($dir, ['rdump.signal' => 'SIGWINCH', 'rdump.signal_dump' => "$dir/sig-%p.rdump"]);
// Every worker handles a request first (rdump installs its handler at request start).
for ($i = 0; $i < 8; $i++) {
    shell_exec(rdump_test_fcgi($dir, ''));
}
$spin = popen(rdump_test_fcgi($dir, 'spin=' . urlencode("$dir/busy")), 'r');
for ($i = 0; $i < 100 && !file_exists("$dir/busy"); $i++) {
    usleep(50000);
}
$worker = (int)file_get_contents("$dir/busy");
var_dump(in_array($worker, array_map('intval', explode("\n", trim(shell_exec('pgrep -P ' . proc_get_status($master)['pid'])))), true));
exec("kill -WINCH $worker");
$served = 0;
for ($i = 0; $i < 6; $i++) {
    $served += strpos(shell_exec(rdump_test_fcgi($dir, '')), 'ok ') !== false ? 1 : 0;
}
var_dump($served);
var_dump(strpos(stream_get_contents($spin), "spun $worker") !== false);
pclose($spin);
$dump = rdump_test_open("$dir/sig-$worker.rdump");
var_dump(is_array($dump), $dump['header']['pid'] === $worker, rdump_inspect_find($dump, "fpm-signal-marker-$worker") !== null);
var_dump(rdump_test_dumps($dir) === ["sig-$worker.rdump"]);
$s = rdump_test_fpm_stop($master);
var_dump($s['running'], $s['exitcode']);
?>
--EXPECT--
bool(true)
int(6)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
