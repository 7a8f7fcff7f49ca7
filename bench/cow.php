<?php
/*
 * What a background dump costs in memory when the parent keeps writing:
 * copy-on-write copies every page the parent writes while the snapshot
 * child still shares it. A parent holding SIZE MiB (default 1024) in 4 KiB
 * strings rewrites PERCENT % of them (default 10) over and over while the
 * child writes; we sample the child's and parent's Private_Dirty and the
 * machine's MemAvailable.
 *
 *   php -d extension=.../rdump.so -d memory_limit=-1 bench/cow.php DIR [SIZE_MIB] [PERCENT]
 */
$dir = $argv[1];
$size = (int)($argv[2] ?? 1024);
$percent = (int)($argv[3] ?? 10);
$n = $size * 256;                      // 4 KiB strings
$data = [];
for ($i = 0; $i < $n; $i++) {
    $data[] = str_repeat(chr(65 + $i % 26), 4000);
}
$rewrite = (int)($n * $percent / 100);
function kib($file, $field) {
    return preg_match("/^$field:\\s+(\\d+) kB/m", (string)@file_get_contents($file), $m) ? (int)$m[1] : 0;
}
$avail0 = kib('/proc/meminfo', 'MemAvailable');
$path = "$dir/cow.rdump";
@unlink($path);
$t = microtime(true);
rdump_dump($path, false, true);
$pause = microtime(true) - $t;
$child = (int)trim((string)shell_exec('pgrep -P ' . getmypid() . ' -x rdump-writer'));
$max_child = $max_parent = $min_avail = 0;
$min_avail = $avail0;
$rounds = 0;
while (!file_exists($path)) {
    for ($i = 0; $i < $rewrite; $i++) {
        $data[$i][0] = chr(97 + $rounds % 26);   // one byte per 4 KiB string: its page is copied
    }
    $rounds++;
    $max_child = max($max_child, kib("/proc/$child/smaps_rollup", 'Private_Dirty'));
    $max_parent = max($max_parent, kib('/proc/self/smaps_rollup', 'Private_Dirty'));
    $min_avail = min($min_avail, kib('/proc/meminfo', 'MemAvailable'));
}
$took = microtime(true) - $t;
printf("heap %d MiB, parent rewrote %d%% (%d MiB) %d times during a %.2f s background dump (pause %.1f ms)\n",
    $size, $percent, $rewrite * 4096 >> 20, $rounds, $took, $pause * 1000);
printf("extra memory: the child's private copy peaked at %d MiB; MemAvailable fell by up to %d MiB (page cache of the dump file included)\n",
    $max_child >> 10, ($avail0 - $min_avail) >> 10);
unlink($path);
