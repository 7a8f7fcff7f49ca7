--TEST--
rdump.oom_dump = |command: the dump streams into the command's stdin (a valid RDUMP file, 0600 via umask 077); the consumer gets a fixed environment, its own session, no descriptor but its stdin; a consumer that fails, exits early or never reads leaves the process alive with its fatal error unchanged and one log line
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$oom = '<?php $marker = "pipe-marker-" . getmypid(); $a = []; while (true) { $a[] = str_repeat("x", 1000); }';
function run($dir, $oom, $name, $cmd, array $ini = []) {
    $log = "$dir/$name.log";
    $t = microtime(true);
    $r = rdump_test_run($dir, $oom, $ini + ['rdump.oom_dump' => $cmd, 'memory_limit' => '16M', 'error_log' => $log,
        'display_errors' => 'stderr', 'log_errors' => '0']);
    $took = microtime(true) - $t;
    echo "$name: exit {$r['status']}, ", trim(preg_replace('/\(tried to allocate \d+ bytes\) in \S+/', '(...)', $r['out'])), "\n";
    echo "  ", preg_replace('/^\[[^]]*\] /m', '', trim((string)@file_get_contents($log))), "\n";
    return $took;
}

run($dir, $oom, 'dd', "|/bin/dd of=$dir/oom-%p.rdump status=none");
$files = glob("$dir/oom-*.rdump");
$dump = rdump_test_open($files[0]);
$pid = (int)substr(basename($files[0]), 4);
var_dump(is_array($dump), $dump['header']['pid'] === $pid, rdump_inspect_find($dump, "pipe-marker-$pid") !== null);
printf("0%o\n", fileperms($files[0]) & 0777);

// A background dump into a command (through the snapshot child) is of the
// worker, not of the child, and leaves the worker's descriptors alone: its
// stdin, read after two such dumps, is intact.
file_put_contents("$dir/stdin.txt", "stdin-intact\n");
$bgini = rdump_test_ext_ini('posix') + ['rdump.signal' => 'SIGWINCH', 'rdump.signal_dump_background' => '1', 'rdump.signal_dump_min_interval' => '0',
    'rdump.signal_dump' => "|/bin/dd of=$dir/bg.rdump status=none", 'error_log' => "$dir/bg.log", 'display_startup_errors' => '1'];
if (PHP_VERSION_ID < 70100) {
    // PHP 7.0 has no VM interrupt: no signal dumps, so no background dump
    // into a command can be asked for. What it does instead:
    $r = rdump_test_run($dir, '<?php echo "stdin: ", trim((string)fgets(STDIN));', $bgini, "exec <$dir/stdin.txt;");
    $said = $r['out'] . @file_get_contents("$dir/bg.log");
    echo "PHP 7.0: rdump.signal refused at startup (it needs PHP 7.1): ",
        json_encode(strpos($said, 'rdump.signal needs PHP 7.1 or later') !== false), "; ", substr($r['out'], strrpos($r['out'], 'stdin: ')), "\n";
} else {
$r = rdump_test_run($dir, '<?php
$children = "/proc/self/task/" . getmypid() . "/children";
for ($n = 1; $n <= 2; $n++) {
    posix_kill(getmypid(), SIGWINCH);
    for ($i = 0; $i < 1000; $i++) {}
    for ($i = 0; $i < 400 && (!file_exists("' . $dir . '/bg.rdump") || trim((string)file_get_contents($children)) !== ""); $i++) { usleep(25000); }
    rename("' . $dir . '/bg.rdump", "' . $dir . '/bg-$n.rdump");
}
echo "after two background command dumps, stdin: ", trim((string)fgets(STDIN)), "\n", getmypid();', $bgini, "exec <$dir/stdin.txt;");
list($said, $pid) = explode("\n", $r['out']) + ['', ''];
$bg = [rdump_test_open("$dir/bg-1.rdump"), rdump_test_open("$dir/bg-2.rdump")];
echo $said, "; dumps: ", json_encode(is_array($bg[0]) && is_array($bg[1])), ", of the worker (its pid in the header): ",
    json_encode(is_array($bg[0]) && is_array($bg[1]) && $bg[0]['header']['pid'] === (int)$pid && $bg[1]['header']['pid'] === (int)$pid), "\n";
}

// What the consumer sees: environment, session, descriptors, umask.
// (no ${...} in the command: php.ini would expand it)
file_put_contents("$dir/ctx.sh", 'exec >"$1"; env; echo "sid=$(ps -o sid= -p $$) pid=$$ oom_score_adj=$(cat /proc/$$/oom_score_adj)"; ls /proc/$$/fd; umask; wc -c');
run($dir, $oom, 'ctx', "|/bin/sh $dir/ctx.sh $dir/ctx.txt");
$ctx = file_get_contents("$dir/ctx.txt");
preg_match('/sid=\s*(\d+) pid=(\d+)/', $ctx, $m);
echo "own session: ", json_encode($m[1] === $m[2]), "\n";
preg_match('/oom_score_adj=(\d+)/', $ctx, $m);
echo "first for the OOM killer: oom_score_adj=", $m[1], "\n";
$env = array_filter(explode("\n", $ctx), function ($l) { return preg_match('/^[A-Z_]+=/', $l) && !preg_match('/^(PWD|SHLVL|_)=/', $l); });
sort($env);
echo "env: ", implode(' ', $env), "\n";
preg_match('/\n((?:\d+\n)+)/', $ctx, $fds);
// (the shell itself keeps its script open at 10 or above)
echo "fds: ", implode(' ', array_filter(explode("\n", trim($fds[1])), function ($fd) { return $fd < 10; })), "\n";
echo "umask and bytes read: ", str_replace("\n", ' ', trim(preg_replace('/^.*\n(0\d+\n\d+\s*)$/s', '$1', $ctx))), "\n";

run($dir, $oom, 'false', '|/bin/false');
run($dir, $oom, 'one byte', '|/usr/bin/head -c 1');
$nap = '3600.' . mt_rand(100000, 999999);
$took = run($dir, $oom, 'never reads', "|/bin/sleep $nap", ['rdump.pipe_timeout' => '2']);
echo "  abandoned after about 2 s: ", json_encode($took > 1.5 && $took < 10), "\n";
echo "  consumer left: ", trim(shell_exec('pgrep -f ' . escapeshellarg("^/bin/sleep $nap") . ' | wc -l')), "\n";
// A command without an absolute program is refused at startup (the warning
// goes to the output or, on PHP 7, to the log); the OOM then proceeds.
$r = rdump_test_run($dir, $oom, ['rdump.oom_dump' => '|dd of=x', 'memory_limit' => '16M', 'error_log' => "$dir/relative.log",
    'display_errors' => 'stderr', 'log_errors' => '0', 'display_startup_errors' => '1']);
$said = $r['out'] . @file_get_contents("$dir/relative.log");
printf("relative: exit %d, refused at startup: %s, out of memory as without rdump: %s, no dump attempted: %s\n", $r['status'],
    json_encode(strpos($said, 'Invalid rdump.oom_dump value "|dd of=x": a command must name its program by an absolute path; dumps of this kind are off') !== false),
    json_encode(strpos($r['out'], 'Allowed memory size of 16777216 bytes exhausted') !== false), json_encode(strpos($said, 'rdump: OOM') === false));
run($dir, $oom, 'missing', '|/nonexistent/prog');

// PHP code cannot name a command.
$r = rdump_test_run($dir, '<?php
foreach (["rdump_dump", "rdump_set_oom_dump"] as $f) {
    try { var_dump($f("|/bin/true")); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}', ['display_errors' => 'stdout']);
echo str_replace('Warning: ', '', trim($r['out'])), "\n";
?>
--EXPECTF--
dd: exit 255, %AFatal error:%sAllowed memory size of 16777216 bytes exhausted (...) on line 1
  rdump: OOM dump streamed to |/bin/dd of=%s/oom-%d.rdump status=none (%d bytes); consumer exited with status 0
bool(true)
bool(true)
bool(true)
0600
%r(after two background command dumps, stdin: stdin-intact; dumps: true, of the worker \(its pid in the header\): true|PHP 7\.0: rdump\.signal refused at startup \(it needs PHP 7\.1\): true; stdin: stdin-intact)%r
ctx: exit 255, %AFatal error:%sAllowed memory size of 16777216 bytes exhausted (...) on line 1
  rdump: OOM dump streamed to |/bin/sh %s/ctx.sh %s/ctx.txt (%d bytes); consumer exited with status 0
own session: true
first for the OOM killer: oom_score_adj=1000
env: LC_ALL=C PATH=/usr/local/bin:/usr/bin:/bin
fds: 0 1 2
umask and bytes read: 0077 %d
false: exit 255, %AFatal error:%sAllowed memory size of 16777216 bytes exhausted (...) on line 1
  rdump: OOM dump to |/bin/false failed: the consumer stopped reading: Broken pipe; consumer exited with status 1
one byte: exit 255, %AFatal error:%sAllowed memory size of 16777216 bytes exhausted (...) on line 1
  rdump: OOM dump to |/usr/bin/head -c 1 failed: the consumer stopped reading: Broken pipe; consumer exited with status 0
never reads: exit 255, %AFatal error:%sAllowed memory size of 16777216 bytes exhausted (...) on line 1
  rdump: OOM dump to |/bin/sleep 3600.%d failed: the consumer did not read the dump within rdump.pipe_timeout; consumer killed after rdump.pipe_timeout
  abandoned after about 2 s: true
  consumer left: 0
relative: exit 255, refused at startup: true, out of memory as without rdump: true, no dump attempted: true
missing: exit 255, %AFatal error:%sAllowed memory size of 16777216 bytes exhausted (...) on line 1
  rdump: OOM dump to |/nonexistent/prog failed: the consumer %s; consumer exited with status 127
%A
