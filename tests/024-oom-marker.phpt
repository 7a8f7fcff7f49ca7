--TEST--
rdump.oom_dump_marker: a stale <path>.done is removed before the dump, a fresh empty 0600 one appears after it, none when the dump fails
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$oom = '<?php $x = []; while (true) { $x[] = str_repeat("d", 1000); }';
$ini = ['memory_limit' => '16M', 'display_errors' => '0', 'rdump.oom_dump_marker' => '1'];
$path = "$dir/m.rdump";

file_put_contents("$path.done", 'stale');
rdump_test_run($dir, $oom, $ini + ['rdump.oom_dump' => $path]);
clearstatcache();
var_dump(is_array(rdump_test_open($path)));
// (inode numbers are reused at once, so freshness shows in the size)
var_dump(file_exists("$path.done"), filesize("$path.done"));
printf("%o\n", fileperms("$path.done") & 0777);
var_dump(filemtime("$path.done") >= filemtime($path));

// Without the marker setting nothing is created.
rdump_test_run($dir, $oom, ['memory_limit' => '16M', 'display_errors' => '0', 'rdump.oom_dump' => "$dir/n.rdump"]);
var_dump(file_exists("$dir/n.rdump"), file_exists("$dir/n.rdump.done"));

// The dump fails (the path is a symlink): the stale marker is gone, no new one.
symlink("$dir/elsewhere", "$dir/l.rdump");
file_put_contents("$dir/l.rdump.done", 'stale');
rdump_test_run($dir, $oom, $ini + ['rdump.oom_dump' => "$dir/l.rdump"]);
clearstatcache();
var_dump(file_exists("$dir/l.rdump.done"), file_exists("$dir/elsewhere"));
?>
--EXPECT--
bool(true)
bool(true)
int(0)
600
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
