--TEST--
rdump.timeout_dump: max_execution_time exceeded in an endless loop leaves a valid dump; the fatal error is unchanged
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = '<?php
function stuck($marker) { $local = $marker; while (true) {} }
$m = "timeout-marker-" . bin2hex(random_bytes(8));
echo "pid=", getmypid(), " marker=$m\n";
stuck($m);';
$ini = ['max_execution_time' => '1', 'display_errors' => 'stdout', 'log_errors' => '0'];
$with = rdump_test_run($dir, $code, $ini + ['rdump.timeout_dump' => "$dir/t-%p.rdump", 'rdump.oom_dump' => "$dir/oom-%p.rdump"]);
$without = rdump_test_run($dir, $code, $ini, '', [], false);
preg_match('/pid=(\d+) marker=(\S+)/', $with['out'], $m);
$fatal = function ($out) { preg_match('/Fatal error: .*/', $out, $f); return preg_replace('/ in \S+ on line/', ' in FILE on line', $f[0]); };
echo $fatal($with['out']), "\n";
var_dump($fatal($with['out']) === $fatal($without['out']), $with['status'], $without['status']);
$dump = rdump_test_open("$dir/t-{$m[1]}.rdump");
var_dump(is_array($dump), rdump_inspect_find($dump, $m[2]) !== null);
var_dump(rdump_test_dumps($dir) === ["t-{$m[1]}.rdump"]);  // not an OOM dump
// not configured: no dump
rdump_test_run($dir, $code, $ini + ['rdump.oom_dump' => "$dir/oom2-%p.rdump"]);
var_dump(count(rdump_test_dumps($dir)));
?>
--EXPECT--
Fatal error: Maximum execution time of 1 second exceeded in FILE on line 2
bool(true)
int(255)
int(255)
bool(true)
bool(true)
bool(true)
int(1)
