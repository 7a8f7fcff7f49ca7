--TEST--
PHP-FPM: SIGUSR2 to a busy worker gives a valid dump named with its pid while other requests keep being served
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$fpm = rdump_test_fpm();
$cgi_fcgi = trim((string)shell_exec('command -v cgi-fcgi'));
if (!$fpm || !$cgi_fcgi) {
    die("needs php-fpm and cgi-fcgi (libfcgi-bin)\n");
}
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
file_put_contents("$dir/fpm.conf", "[global]\npid = $dir/fpm.pid\nerror_log = $dir/fpm.log\ndaemonize = no\n\n[test]\nlisten = $dir/fpm.sock\npm = static\npm.max_children = 4\ncatch_workers_output = yes\ndecorate_workers_output = no\n");
$ini = ['extension' => rdump_test_module(), 'rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$dir/sig-%p.rdump"];
$cmd = 'exec ' . escapeshellarg($fpm) . ' -n -R -F -y ' . escapeshellarg("$dir/fpm.conf");
foreach ($ini as $k => $v) {
    $cmd .= ' -d ' . escapeshellarg("$k=$v");
}
$master = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/fpm.out", 'a'], 2 => ['file', "$dir/fpm.out", 'a']], $pipes);
register_shutdown_function(function () use ($master) {
    $s = proc_get_status($master);
    if ($s['running']) {
        exec('pkill -KILL -P ' . (int)$s['pid']);
        proc_terminate($master, 9);
    }
});
for ($i = 0; $i < 100 && !file_exists("$dir/fpm.sock"); $i++) {
    usleep(100000);
}
function fcgi($cgi_fcgi, $dir, $query) {
    return 'SCRIPT_FILENAME=' . escapeshellarg("$dir/app.php") . ' REQUEST_METHOD=GET QUERY_STRING=' . escapeshellarg($query)
        . ' timeout 30 ' . escapeshellarg($cgi_fcgi) . ' -bind -connect ' . escapeshellarg("$dir/fpm.sock") . ' 2>&1';
}
// Every worker handles a request first (rdump installs its handler at request start).
for ($i = 0; $i < 8; $i++) {
    shell_exec(fcgi($cgi_fcgi, $dir, ''));
}
$spin = popen(fcgi($cgi_fcgi, $dir, 'spin=' . urlencode("$dir/busy")), 'r');
for ($i = 0; $i < 100 && !file_exists("$dir/busy"); $i++) {
    usleep(50000);
}
$worker = (int)file_get_contents("$dir/busy");
var_dump(in_array($worker, array_map('intval', explode("\n", trim(shell_exec('pgrep -P ' . proc_get_status($master)['pid'])))), true));
exec("kill -USR2 $worker");
$served = 0;
for ($i = 0; $i < 6; $i++) {
    $served += strpos(shell_exec(fcgi($cgi_fcgi, $dir, '')), 'ok ') !== false ? 1 : 0;
}
var_dump($served);
var_dump(strpos(stream_get_contents($spin), "spun $worker") !== false);
pclose($spin);
$dump = rdump_test_open("$dir/sig-$worker.rdump");
var_dump(is_array($dump), $dump['header']['pid'] === $worker, rdump_inspect_find($dump, "fpm-signal-marker-$worker") !== null);
var_dump(rdump_test_dumps($dir) === ["sig-$worker.rdump"]);
exec('kill -QUIT ' . (int)proc_get_status($master)['pid']);
for ($i = 0; $i < 100 && ($s = proc_get_status($master))['running']; $i++) {
    usleep(100000);
}
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
