--TEST--
Background dumps: the call returns once the snapshot child runs; the dump is of the parent at fork (its pid, its globals, the old marker, not the data written after); same ranges as a synchronous dump; refusals are synchronous; one in flight; the child holds no descriptor of the parent's, runs at low priority, is reaped while the parent idles
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
list(, $dir, $tag) = $argv;
// Snapshot semantics, compared with a synchronous dump: without the live-heap
// refinement, under which the background writer compacts its copy and the
// heap's pages differ by design (test 080).
ini_set('rdump.skip_free_heap', '0');
$keep = str_repeat('k', 256 << 20);             // makes the child write for a while
$marker = 'snap-old-' . $tag;                    // built at run time: not a literal
$listen = stream_socket_server('tcp://127.0.0.1:0');
$locked = fopen("$dir/lockfile", 'w');
flock($locked, LOCK_EX);

var_dump(rdump_dump("$dir/sync.rdump"));
$t = microtime(true);
var_dump(rdump_dump("$dir/bg.rdump", false, true));
$pause = microtime(true) - $t;
// In place: the old marker's bytes become the new one; then new data.
$marker[5] = 'n'; $marker[6] = 'e'; $marker[7] = 'w';
$after = 'snap-after-' . $tag . str_repeat('z', 100);

// Refusals, while the writer runs: one in flight; a bad path is refused before the fork.
var_dump(rdump_dump("$dir/second.rdump", false, true));
var_dump(rdump_dump("$dir/no/such/dir.rdump", false, true));

// Read at once (no command started: under an emulator that takes longer than the writer).
$child = (int)trim((string)file_get_contents('/proc/self/task/' . getmypid() . '/children'));
$comm = trim((string)@file_get_contents("/proc/$child/comm"));
$fds = [];
$mine = array_map(function ($f) { return @readlink($f); }, glob('/proc/self/fd/*'));
foreach (glob("/proc/$child/fd/*") as $fd) {
    $t = @readlink($fd);
    // Not the parent's: its own /proc files (pagemap while it plans), a
    // pipe of its own (the heap probe's, open for a moment), one it closed
    // between the listing and the look (false). A descriptor leaked from
    // the parent would be open here too.
    if ($t !== false && strpos($t, "/proc/$child/") !== 0 && !(strpos($t, 'pipe:') === 0 && !in_array($t, $mine, true))) {
        $fds[basename($fd)] = $t;
    }
}
ksort($fds);
echo "writer running: ", json_encode($comm === 'rdump-writer'), "\n";
echo "writer fds: ", implode(' ', array_map(function ($n, $t) { return "$n=" . (strpos($t, 'socket:') === 0 ? 'socket' : ($t === '/dev/null' ? 'null' : (strpos($t, '/dev/pts') === 0 || strpos($t, 'pipe:') === 0 ? 'std' : (is_dir($t) ? 'dir' : 'file')))); }, array_keys($fds), $fds)), "\n";
$stat = explode(' ', file_get_contents("/proc/$child/stat"));
echo "writer nice: ", $stat[18], "\n";
echo "writer oom_score_adj: ", trim((string)@file_get_contents("/proc/$child/oom_score_adj")), " (worker: ", trim(file_get_contents('/proc/self/oom_score_adj')), ")\n";
for ($i = 0; $i < 600 && !file_exists("$dir/bg.rdump"); $i++) {
    usleep(50000);
}
usleep(300000);
echo "zombies: ", trim(shell_exec('ps -o stat= --ppid ' . getmypid() . ' | grep -c Z')), "\n";
echo "pause below 100 ms: ", json_encode($pause < 0.1), "\n";
echo "marker now: ", substr($marker, 0, 8), "\n";
// Mappings the kernel empties in a forked child (MADV_WIPEONFORK, e.g. glibc's
// arc4random state, which PHP 8.4 and 8.5 use): a snapshot cannot hold them.
$at = null;
foreach (file('/proc/self/smaps', FILE_IGNORE_NEW_LINES) as $line) {
    if (preg_match('/^([0-9a-f]+)-/', $line, $m)) {
        $at = $m[1];
    } elseif (strpos($line, 'VmFlags:') === 0 && preg_match('/ wf( |$)/', $line)) {
        echo "wipe-on-fork: $at\n";
    }
}
PHP;
$tag = bin2hex(random_bytes(6));
$r = rdump_test_run($dir, $code, ['memory_limit' => '-1', 'error_log' => "$dir/php.log", 'display_errors' => 'stdout'], '', [$dir, $tag]);
preg_match_all('/\nwipe-on-fork: ([0-9a-f]+)/', $r['out'], $m);
$wiped = array_map('hexdec', $m[1]);
echo preg_replace('/\nwipe-on-fork: [0-9a-f]+/', '', $r['out']), "\n";
preg_match('/pid=(\d+)/', '', $m);

$bg = rdump_test_open("$dir/bg.rdump");
$sync = rdump_test_open("$dir/sync.rdump");
var_dump(is_array($bg), is_array($sync));
printf("0%o\n", fileperms("$dir/bg.rdump") & 0777);
var_dump($bg['header']['pid'] === $sync['header']['pid'], $bg['header']['eg_address'] === $sync['header']['eg_address'],
    $bg['header']['cg_address'] === $sync['header']['cg_address']);
echo "old marker: ", json_encode(rdump_inspect_find($bg, "snap-old-$tag") !== null), "\n";
echo "new marker: ", json_encode(rdump_inspect_find($bg, "snap-new-$tag") !== null), "\n";
echo "data written after: ", json_encode(rdump_inspect_find($bg, "snap-after-$tag") !== null), "\n";

// Same ranges: compare captured pages mapping by mapping; only the stack
// (the synchronous writer's own frames) may differ.
function pages($dump, $m) {
    $set = [];
    foreach ($dump['regions'] as $r) {
        $lo = max($r['address'], $m['begin']);
        $hi = min($r['address'] + $r['size'], $m['end']);
        for ($a = $lo; $a < $hi; $a += rdump_test_page_size()) {
            $set[$a] = true;
        }
    }
    return $set;
}
$differ = [];
foreach ($sync['maps'] as $m) {
    foreach ($bg['maps'] as $n) {
        if ($n['begin'] === $m['begin'] && $n['end'] === $m['end'] && $m['name'] !== '[stack]' && !in_array($m['begin'], $wiped, true)
            && array_keys(pages($sync, $m)) !== array_keys(pages($bg, $n))) {
            $differ[] = $m['name'] ?: sprintf('anon %x', $m['begin']);
        }
    }
}
echo "mappings captured differently: ", json_encode($differ), "\n";
echo preg_replace('/^\[[^]]*\] /m', '', file_get_contents("$dir/php.log"));
var_dump(rdump_test_leftovers($dir, ['child-1.php', 'php.log', 'lockfile', 'sync.rdump', 'bg.rdump']));
?>
--EXPECTF--
bool(true)
bool(true)

Warning: rdump_dump(): Cannot write dump to "%s/second.rdump": a background dump is already being written in %s on line %d
bool(false)

Warning: rdump_dump(): Cannot write dump to "%s/no/such/dir.rdump": the directory does not exist in %s on line %d
bool(false)
writer running: true
writer fds: 0=null 1=null 2=%s 3=file 4=dir
writer nice: 19
writer oom_score_adj: 1000 (worker: 0)
zombies: 0
pause below 100 ms: true
marker now: snap-new
bool(true)
bool(true)
0600
bool(true)
bool(true)
bool(true)
old marker: true
new marker: false
data written after: false
mappings captured differently: []
rdump: background dump written to %s/bg.rdump (%d bytes)
array(0) {
}
