--TEST--
rdump.near_cgroup_limit in a memory cgroup made for the test (a child of the test's own, removed after): a process that keeps growing leaves a complete dump before the kernel's OOM killer ends it (cgroup v1; in a cgroup namespace with its own mount, as in a container; v2 where the machine has its memory controller); a process that reads a big file twice (page cache) gets no dump; an FPM pool whose workers cross the threshold together writes one dump, the others say they left it to it, none is killed by rdump
--SKIPIF--
<?php
if (PHP_VERSION_ID < 70100) die('skip near-limit dumps need PHP 7.1');
require __DIR__ . '/rdump_test.inc';
$cg = rdump_test_memory_cgroup(1, 1 << 30);
if (!is_array($cg)) die("skip cgroup v1 memory controller: $cg");
?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$limit = 300 << 20;
$grow = <<<'PHP'
<?php
echo getmypid(), "\n";
$a = [];
for ($i = 0; ; $i++) {
    $a[] = str_repeat('g', (256 << 10) - 100);
    usleep(1000);
}
PHP;
file_put_contents("$dir/grow.php", $grow);
$near = ['memory_limit' => '-1', 'rdump.near_cgroup_limit' => '80%'];

/* Run $script in $cg ($wrap: a command between the cgroup and PHP); report how it ended and what it left. */
function grow_until_killed($dir, array $cg, array $ini, $name, $wrap = '') {
    $d = "$dir/" . preg_replace('/[^a-z0-9]+/', '-', $name);
    mkdir($d);
    $cmd = $cg['enter'] . $wrap . rdump_test_command("$dir/grow.php", $ini + ['rdump.near_limit_dump' => "$d/near-%p.rdump", 'error_log' => "$d/php.log"]);
    exec('sh -c ' . escapeshellarg($cmd) . ' 2>&1', $out, $status);
    $pid = (int)($out[0] ?? 0);
    $dump = rdump_test_open("$d/near-$pid.rdump");
    $log = preg_replace(['/^\[[^]]*\] /m', '/[\d.]+ MiB/', '/\(\d+ bytes\)/', '/ \S+\.rdump /'], ['', 'N MiB', '(N bytes)', ' PATH '], trim((string)@file_get_contents("$d/php.log")));
    printf("%s: %s; %s\n  %s\n", $name, $status === 137 ? 'killed by the OOM killer (SIGKILL)' : "exit $status",
        is_array($dump) && $dump['header']['pid'] === $pid ? 'a complete dump of it is at its path' : 'NO VALID DUMP: ' . (is_array($dump) ? 'another pid' : $dump),
        str_replace("\n", "\n  ", $log));
}

// 1. cgroup v1
$cg = rdump_test_memory_cgroup(1, $limit);
grow_until_killed($dir, $cg, $near, 'cgroup v1');

// 2. In a cgroup namespace that mounts its own cgroup file system (a container): its root is the limited cgroup.
$cg = rdump_test_memory_cgroup(1, $limit);
$mnt = $cg['mount'];
$wrap = 'unshare -C -m sh -c ' . escapeshellarg("mount --make-rprivate / && umount $mnt && mount -t cgroup -o memory cgroup $mnt && exec \"\$0\" \"\$@\"") . ' ';
grow_until_killed($dir, $cg, $near, 'cgroup v1, own namespace and mount', $wrap);

// 3. cgroup v2, where the machine has its memory controller
$cg2 = rdump_test_memory_cgroup(2, $limit);
if (is_array($cg2)) {
    grow_until_killed($dir, $cg2, $near, 'cgroup v2');
} else {
    echo "cgroup v2: not run on this machine: $cg2\n";
}

// 4. Page cache: a 500 MiB file (written without the page cache) read twice
// inside a 300 MiB cgroup fills it with page cache, which is not what the
// OOM killer kills for: no dump.
$cg = rdump_test_memory_cgroup(1, $limit);
exec('dd if=/dev/zero of=' . escapeshellarg("$dir/big.file") . ' bs=1M count=500 oflag=direct status=none');
$read = '<?php
for ($pass = 0; $pass < 2; $pass++) {
    $f = fopen($argv[1], "rb");
    while (!feof($f)) { fread($f, 1 << 20); usleep(200); }
    fclose($f);
}
echo "read it twice\n";';
file_put_contents("$dir/read.php", $read);
$cmd = $cg['enter'] . rdump_test_command("$dir/read.php", $near + ['rdump.near_limit_dump' => "$dir/reader.rdump", 'error_log' => "$dir/reader.log"], ["$dir/big.file"]);
exec('sh -c ' . escapeshellarg($cmd) . ' 2>&1', $out2, $status);
$peak = (int)file_get_contents("$cg[dir]/memory.max_usage_in_bytes");
printf("reading a file: exit %d, %s; the cgroup's usage (with page cache) reached %s of its limit; %s\n", $status, trim(implode(' ', $out2)),
    $peak >= 0.8 * $limit ? 'more than 80%' : 'LESS than 80%', file_exists("$dir/reader.rdump") ? 'A DUMP WAS WRITTEN' : 'no dump');
unlink("$dir/big.file");

// 5. FPM: 4 workers in one 400 MiB cgroup each hold 72 MiB for 3 s, at once:
// 4 x (72 + their own) MiB is over 70%. One dump; each other worker logs
// that it left it to that one; no worker dies.
if (!rdump_test_fpm() || !trim((string)shell_exec('command -v cgi-fcgi'))) {
    echo "FPM: no php-fpm or cgi-fcgi for this PHP\n";
} else {
    $cg = rdump_test_memory_cgroup(1, 400 << 20);
    $run = "$dir/fpm";
    mkdir($run);
    file_put_contents("$run/app.php", '<?php $hold = str_repeat("h", 72 << 20); $t = microtime(true); while (microtime(true) - $t < 3) { usleep(1000); } echo "held ", getmypid(), "\n";');
    $master = rdump_test_fpm_start($run, ['memory_limit' => '-1', 'rdump.near_cgroup_limit' => '70%', 'rdump.near_limit_dump' => "$run/near-%p.rdump",
        'error_log' => "$run/php.log"], '', 'sh -c ' . escapeshellarg('echo $$ > ' . escapeshellarg("$cg[dir]/cgroup.procs") . ' && exec "$0" "$@"'));
    $clients = [];
    for ($i = 0; $i < 4; $i++) {
        $clients[] = popen(rdump_test_fcgi($run, ''), 'r');
    }
    $held = 0;
    foreach ($clients as $c) {
        $held += strpos((string)stream_get_contents($c), 'held ') !== false ? 1 : 0;
        pclose($c);
    }
    $s = rdump_test_fpm_stop($master);
    $log = (string)@file_get_contents("$run/php.log");
    $fpmlog = (string)@file_get_contents("$run/fpm.log");
    printf("FPM pool: %d of 4 requests served, %d dump(s) written (%d valid), %d worker(s) left it to the one writing or just done, %d killed\n", $held,
        preg_match_all('/dump written to/', $log), count(array_filter(glob("$run/near-*.rdump"), function ($f) { return is_array(rdump_test_open($f)); })),
        preg_match_all('/skipped: another process (is writing|wrote) one/', $log), preg_match_all('/exited on signal/', $fpmlog));
}
?>
--EXPECTF--
cgroup v1: killed by the OOM killer (SIGKILL); a complete dump of it is at its path
  rdump: near-limit (cgroup memory N MiB without page cache, limit N MiB, rdump.near_cgroup_limit 80.00%) dump written to PATH (N bytes)
cgroup v1, own namespace and mount: killed by the OOM killer (SIGKILL); a complete dump of it is at its path
  rdump: near-limit (cgroup memory N MiB without page cache, limit N MiB, rdump.near_cgroup_limit 80.00%) dump written to PATH (N bytes)
cgroup v2: %s
reading a file: exit 0, read it twice; the cgroup's usage (with page cache) reached more than 80% of its limit; no dump
FPM pool: 4 of 4 requests served, 1 dump(s) written (1 valid), 3 worker(s) left it to the one writing or just done, 0 killed
