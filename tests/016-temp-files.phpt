--TEST--
Temporary files: any final name that fits fits its temporary file too; pre-created names cannot block a dump; a dead writer's leftover (unlocked, not written for a minute) is swept by the next dump into the directory, a live writer's, a just-created one and another user's are not; among thousands of names a dump looks at 256 at most and the next one goes on from there; nothing is left behind
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();

// 255 bytes is the longest file name; the dump's temporary name does not grow with it.
foreach ([245, 250, 255] as $len) {
    $name = str_repeat('n', $len - 6) . '.rdump';
    $r = rdump_test_run($dir, '<?php var_dump(rdump_dump($argv[1]));', [], '', ["$dir/$name"]);
    echo "$len: ", trim($r['out']), ' ', json_encode(is_array(rdump_test_open("$dir/$name"))), "\n";
    unlink("$dir/$name");
}

// The names the old scheme used (<path>.tmp-<tid>-0..15), pre-created by
// someone else, do not block anything.
mkdir("$dir/shared", 01777);
for ($i = 0; $i < 16; $i++) {
    foreach (range(1, 4) as $k) {
        touch("$dir/shared/app.rdump.tmp-" . (getmypid() + $k) . "-$i");
    }
}
$r = rdump_test_run($dir, '<?php var_dump(rdump_dump($argv[1]));', [], '', ["$dir/shared/app.rdump"]);
echo "shared dir: ", trim($r['out']), "\n";
exec('rm -f ' . escapeshellarg("$dir/shared") . '/app.rdump.tmp-*');

// Leftovers: a dead writer's (unlocked, last written two minutes ago); a
// writer's that has only just created its file (unlocked: the instant
// before it locks it); a live writer's (flock()ed by a process that is still
// running, written two minutes ago: the lock alone keeps it); another user's.
$sweep = "$dir/sweep";
mkdir($sweep);
file_put_contents("$sweep/.rdump-tmp-00000000deadbeef", str_repeat('d', 3000000));
file_put_contents("$sweep/.rdump-tmp-000000001ivewire", str_repeat('l', 1000000));
file_put_contents("$sweep/.rdump-tmp-00000000000other", str_repeat('o', 1000));
file_put_contents("$sweep/.rdump-tmp-0000000000000new", str_repeat('n', 1000));
chown("$sweep/.rdump-tmp-00000000000other", 'nobody');
foreach (['00000000deadbeef', '000000001ivewire', '00000000000other'] as $name) {
    touch("$sweep/.rdump-tmp-$name", time() - 120);
}
$holder = proc_open('exec ' . rdump_test_command('-r', [], ['$f = fopen($argv[1], "r"); flock($f, LOCK_EX); echo "locked\n"; fgets(STDIN);', "$sweep/.rdump-tmp-000000001ivewire"]),
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
echo fgets($pipes[1]);
$r = rdump_test_run($dir, '<?php var_dump(rdump_dump($argv[1]));', [], '', ["$sweep/new.rdump"]);
echo "sweep: ", trim($r['out']), "\n";
var_dump(rdump_test_leftovers($sweep));

// The budget counts the live writer's file: 1 MB of budget is used by it.
$oom = '<?php $a = []; while (true) { $a[] = str_repeat("x", 1000); }';
$heap = 16 << 20;
$r = rdump_test_run($dir, $oom, ['rdump.oom_dump' => "$sweep/oom.rdump", 'memory_limit' => '16M', 'error_log' => "$dir/php.log",
    'rdump.oom_dump_max_total' => (int)(filesize("$sweep/new.rdump") + $heap + 500000)]);
var_dump(file_exists("$sweep/oom.rdump"));
echo preg_replace('/^\[[^]]*\] /m', '', file_get_contents("$dir/php.log"));
fclose($pipes[0]);
proc_close($holder);
// Now that its writer is gone, the next dump sweeps it.
$r = rdump_test_run($dir, '<?php var_dump(rdump_dump($argv[1]));', [], '', ["$sweep/new.rdump"]);
var_dump(rdump_test_leftovers($sweep));

// Many names: 2,000 of another user's, 600 dead ones of ours, in one
// directory. Each dump looks at 256 temporary names at most, going on where
// the process's last dump stopped: ours all go within a dozen dumps, the
// other user's are never touched.
$many = "$dir/many";
mkdir($many);
for ($i = 0; $i < 2600; $i++) {
    $name = sprintf("$many/.rdump-tmp-%016x", $i * 7919 + 1);
    touch($name, time() - 120);
    if ($i % 13 < 10) {
        chown($name, 'nobody');
    }
}
$count = function () use ($many) {
    $ours = $theirs = 0;
    foreach (glob("$many/.rdump-tmp-*") as $f) {
        fileowner($f) === 0 ? $ours++ : $theirs++;
    }
    return [$ours, $theirs];
};
list($ours, $theirs) = $count();
echo "before: $ours of ours, $theirs of another user's\n";
$r = rdump_test_run($dir, '<?php
$left = [];
for ($i = 1; $i <= 15; $i++) {
    rdump_dump($argv[1] . "/x.rdump");
    $ours = 0;
    foreach (glob($argv[1] . "/.rdump-tmp-*") as $f) {
        $ours += fileowner($f) === 0;
    }
    $left[] = $ours;
}
echo json_encode($left);', [], '', [$many]);
$left = json_decode($r['out'], true);
echo 'the first dump removed at most 256: ', json_encode($left[0] >= 600 - 256), "\n";
$gone = array_search(0, $left, true);
echo 'all of ours gone within 12 dumps: ', json_encode($gone !== false && $gone < 12), "\n";
list($ours, $theirs) = $count();
echo "after: $ours of ours, $theirs of another user's\n";
?>
--EXPECTF--
245: bool(true) true
250: bool(true) true
255: bool(true) true
shared dir: bool(true)
locked
sweep: bool(true)
array(4) {
  [0]=>
  string(27) ".rdump-tmp-0000000000000new"
  [1]=>
  string(27) ".rdump-tmp-00000000000other"
  [2]=>
  string(27) ".rdump-tmp-000000001ivewire"
  [3]=>
  string(9) "new.rdump"
}
bool(false)
rdump: OOM dump to %s/sweep/oom.rdump skipped: %d bytes of dumps there plus at least %d for this one exceed rdump.oom_dump_max_total=%d
%Aarray(3) {
  [0]=>
  string(27) ".rdump-tmp-0000000000000new"
  [1]=>
  string(27) ".rdump-tmp-00000000000other"
  [2]=>
  string(9) "new.rdump"
}
before: 600 of ours, 2000 of another user's
the first dump removed at most 256: true
all of ours gone within 12 dumps: true
after: 0 of ours, 2000 of another user's
