--TEST--
Writers sharing one directory: 3 and 8 processes dumping in a loop lose no dump (with O_TMPFILE and with named temporary files); a directory replaced by a symlink while a dump is being put in place does not redirect it (synchronous and background)
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();

// Each writer dumps $argv[3] times into the shared directory under its own
// name, replacing its last dump, and reports how many calls failed.
$writer = <<<'PHP'
<?php
$lost = 0;
$why = '';
for ($i = 0; $i < (int)$argv[3]; $i++) {
    if (!@rdump_dump("$argv[1]/writer-$argv[2].rdump")) {
        $lost++;
        $why = $why ?: error_get_last()['message'];
    }
}
echo "lost $lost $why\n";
PHP;
file_put_contents("$dir/writer.php", $writer);
$rounds = 40;
foreach (['O_TMPFILE' => '', 'named temporary files' => 'no_tmpfile'] as $mode => $faults) {
    foreach ([3, 8] as $n) {
        $shared = "$dir/shared-" . ($faults ?: 'tmpfile') . "-$n";
        mkdir($shared);
        $procs = [];
        for ($k = 0; $k < $n; $k++) {
            $cmd = ($faults ? rdump_test_fault($faults) . ' ' : '') . rdump_test_command("$dir/writer.php", [], [$shared, (string)$k, (string)$rounds]);
            $procs[] = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$k]);
        }
        $lost = 0;
        $reasons = [];
        foreach ($procs as $k => $proc) {
            $out = stream_get_contents($pipes[$k][1]) . stream_get_contents($pipes[$k][2]);
            proc_close($proc);
            if (!preg_match('/^lost (\d+) ?(.*)$/m', $out, $m)) {
                $reasons[] = "writer $k: " . trim($out);
                continue;
            }
            $lost += (int)$m[1];
            if ($m[2] !== '') {
                $reasons[] = $m[2];
            }
        }
        $left = rdump_test_leftovers($shared);
        $expected = array_map(function ($k) { return "writer-$k.rdump"; }, range(0, $n - 1));
        printf("%d writers, %s: %d of %d dumps lost%s; the directory holds %s\n", $n, $mode, $lost, $n * $rounds,
            $reasons ? ' (' . implode('; ', array_unique($reasons)) . ')' : '',
            $left === $expected ? 'each writer\'s last dump and nothing else' : json_encode($left));
    }
}

// The directory is renamed and a symlink to another one put in its place
// while the dump is being put in place (stop_at_commit: the writer stops
// itself there until this test lets it go on).
$swap = <<<'PHP'
<?php
var_dump(rdump_dump("$argv[1]/d/x.rdump", false, $argv[2] === 'background'));
PHP;
file_put_contents("$dir/swap.php", $swap);

/** The stopped process: the PHP child itself or its snapshot child. */
function stopped_process($pid) {
    for ($i = 0; $i < 200; $i++) {
        $children = @file_get_contents("/proc/$pid/task/$pid/children");
        foreach (array_merge([$pid], $children ? explode(' ', trim($children)) : []) as $p) {
            $stat = @file_get_contents("/proc/$p/stat");
            if ($stat && preg_match('/\) T /', $stat)) {
                return (int)$p;
            }
        }
        usleep(50000);
    }
    return 0;
}

foreach (['synchronous', 'background'] as $how) {
    foreach (['O_TMPFILE' => 'stop_at_commit', 'named temporary file' => 'stop_at_commit,no_tmpfile'] as $mode => $faults) {
        $case = "$dir/swap-$how-" . strlen($faults);
        mkdir($case);
        mkdir("$case/d");
        mkdir("$case/elsewhere");
        $cmd = 'exec ' . rdump_test_fault($faults) . ' ' . rdump_test_command("$dir/swap.php", [], [$case, $how]);
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $stopped = stopped_process(proc_get_status($proc)['pid']);
        rename("$case/d", "$case/d-moved");
        symlink("$case/elsewhere", "$case/d");
        exec("kill -CONT $stopped");
        $out = trim(stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]));
        proc_close($proc);
        $in_place = is_array(rdump_test_open("$case/d-moved/x.rdump"));
        printf("%s, %s: %s; %s; the symlink's target holds %s\n", $how, $mode, $out ?: '(no output)',
            $in_place ? 'the dump is in the directory it was started in' : 'NO DUMP where it was started',
            json_encode(rdump_test_leftovers("$case/elsewhere")));
    }
}
?>
--EXPECTF--
3 writers, O_TMPFILE: 0 of 120 dumps lost; the directory holds each writer's last dump and nothing else
8 writers, O_TMPFILE: 0 of 320 dumps lost; the directory holds each writer's last dump and nothing else
3 writers, named temporary files: 0 of 120 dumps lost; the directory holds each writer's last dump and nothing else
8 writers, named temporary files: 0 of 320 dumps lost; the directory holds each writer's last dump and nothing else
synchronous, O_TMPFILE: bool(true); the dump is in the directory it was started in; the symlink's target holds []
synchronous, named temporary file: bool(true); the dump is in the directory it was started in; the symlink's target holds []
background, O_TMPFILE: bool(true)
%Srdump: background dump written to %s/d/x.rdump (%d bytes); the dump is in the directory it was started in; the symlink's target holds []
background, named temporary file: bool(true)
%Srdump: background dump written to %s/d/x.rdump (%d bytes); the dump is in the directory it was started in; the symlink's target holds []
