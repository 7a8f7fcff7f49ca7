--TEST--
Log lines escape control characters (a newline in a path cannot forge a line); a marker that would not fit in a file name is skipped with a log line while the dump is still written
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$oom = '<?php rdump_set_oom_dump($argv[1]); $a = []; while (true) { $a[] = str_repeat("x", 1000); }';
$ini = ['memory_limit' => '16M', 'error_log' => "$dir/php.log", 'log_errors' => '1', 'display_errors' => '0'];
$forged = "$dir/a\n[26-Nov-2026 00:00:00 UTC] rdump: forged line\tx.rdump";
rdump_test_run($dir, $oom, $ini, '', [$forged]);
$log = file_get_contents("$dir/php.log");
$lines = explode("\n", trim($log));
echo count(preg_grep('/rdump: /', $lines)), " rdump line(s)\n";
echo preg_replace('/^\[[^]]*\] /', '', current(preg_grep('/rdump: /', $lines))), "\n";
var_dump(file_exists($forged));
unlink("$dir/php.log");

// A 252-byte name: "<name>.done" would be 257 bytes.
$long = "$dir/" . str_repeat('m', 246) . '.rdump';
rdump_test_run($dir, $oom, $ini + ['rdump.oom_dump_marker' => '1'], '', [$long]);
echo preg_replace(['/^\[[^]]*\] /m', '/m{246}/'], ['', 'M…'], implode("\n", preg_grep('/rdump: /', explode("\n", file_get_contents("$dir/php.log"))))), "\n";
var_dump(is_array(rdump_test_open($long)));
?>
--EXPECTF--
1 rdump line(s)
rdump: OOM dump written to %s/a\x0a[26-Nov-2026 00:00:00 UTC] rdump: forged line\x09x.rdump (%d bytes)
bool(true)
rdump: OOM dump to %s/M….rdump: no marker, "<name>.done" would be longer than a file name may be
rdump: OOM dump written to %s/M….rdump (%d bytes)
bool(true)
