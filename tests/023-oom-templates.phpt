--TEST--
OOM path templates: %p is the pid, %i the thread id, %t the time, %% a percent, other %x kept; an overlong expansion skips the dump
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$oom = '<?php echo getmypid(), "\n"; $x = []; while (true) { $x[] = str_repeat("t", 1000); }';
$ini = ['memory_limit' => '16M', 'display_errors' => '0', 'log_errors' => '1', 'error_log' => "$dir/php.log"];

$t0 = time();
$r = rdump_test_run($dir, $oom, $ini + ['rdump.oom_dump' => "$dir/a-%p-%i-%t-%%-%x-%.rdump"]);
$t1 = time();
$pid = (int)$r['out'];
$found = rdump_test_dumps($dir);
var_dump(count($found));
var_dump((bool)preg_match('/^a-(\d+)-(\d+)-(\d+)-%-%x-%\.rdump$/', $found[0], $m));
var_dump((int)$m[1] === $pid, (int)$m[2] === $pid /* main thread */, $m[3] >= $t0 && $m[3] <= $t1);
var_dump(is_array(rdump_test_open("$dir/{$found[0]}")));

// The expansion would pass PATH_MAX (4096): no dump, no fallback to the raw template.
$long = $dir . '/' . str_repeat('l', 4080 - strlen($dir)) . '%t%t';
$r = rdump_test_run($dir, $oom, $ini + ['rdump.oom_dump' => $long]);
var_dump(count(rdump_test_dumps($dir)), count(glob("$dir/lll*")));
$log = file_get_contents("$dir/php.log");
var_dump(strpos($log, 'OOM dump skipped: the expanded path of') !== false);
var_dump(strpos($log, 'Allowed memory size of') !== false);
?>
--EXPECT--
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
int(0)
bool(true)
bool(true)
