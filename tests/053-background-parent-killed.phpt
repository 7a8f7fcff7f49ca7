--TEST--
A parent killed (SIGTERM, SIGKILL) while its snapshot child writes: the orphaned writer finishes a complete dump or leaves none, never a partial file at the path
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
$keep = str_repeat('t', 512 << 20);
$marker = 'orphan-marker-' . getmypid();
var_dump(rdump_dump($argv[1], false, true));
echo "started\n";
sleep(30);
PHP;
file_put_contents("$dir/parent.php", $code);
foreach (['TERM' => 15, 'KILL' => 9] as $name => $sig) {
    $path = "$dir/orphan-$name.rdump";
    $proc = proc_open('exec ' . rdump_test_command("$dir/parent.php", ['memory_limit' => '-1', 'error_log' => "$dir/$name.log"], [$path]),
        [1 => ['pipe', 'w']], $pipes);
    $pid = proc_get_status($proc)['pid'];
    echo fgets($pipes[1]), fgets($pipes[1]);
    $writer = (int)trim((string)shell_exec("pgrep -P $pid -x rdump-writer"));
    proc_terminate($proc, $sig);
    proc_close($proc);
    // the orphan is reparented; wait until it is gone
    for ($i = 0; $i < 600 && $writer > 0 && file_exists("/proc/$writer") && strpos(file_get_contents("/proc/$writer/stat"), ') Z') === false; $i++) {
        usleep(50000);
    }
    $d = file_exists($path) ? rdump_test_open($path) : null;
    echo "$name: writer was running: ", json_encode($writer > 0), ", dump: ",
        $d === null ? 'none' : (is_array($d) && rdump_inspect_find($d, "orphan-marker-$pid") !== null ? 'complete' : 'BROKEN'), "\n";
    echo "  temporary files: ", count(preg_grep('/^\.rdump-tmp-/', scandir($dir))), "\n";
}
?>
--EXPECTF--
bool(true)
started
TERM: writer was running: true, dump: complete
  temporary files: 0
bool(true)
started
KILL: writer was running: true, dump: complete
  temporary files: 0
