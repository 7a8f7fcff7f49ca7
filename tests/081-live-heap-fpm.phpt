--TEST--
PHP-FPM: a signal dump taken in request N (synchronous, and in the background) holds none of the strings request N-1 built and freed, and all of request N's live ones; after an earlier request's 100 MiB peak (chunks the heap caches, their headers zeroed) the dump is small
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip signal dumps need PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// ?peak: 100 MiB held to the end of the request (the heap caches the chunks);
// ?build=TAG: strings of every size, left to the end of the request;
// ?dump=TAG: live strings, then the worker signals itself.
file_put_contents("$dir/app.php", <<<'PHP'
<?php
if (isset($_GET['peak'])) {
    $a = [];
    for ($i = 0; $i < 100; $i++) {
        $a[] = str_repeat('p', 1 << 20);
    }
    echo "peaked\n";
    return;
}
if (isset($_GET['build'])) {
    $t = $_GET['build'];
    $small = [];
    for ($i = 0; $i < 2000; $i++) {
        $small[] = "old-$t-$i-" . str_repeat('o', 60);
    }
    $large = str_repeat("old-$t-", 40000);
    echo "built ", getmypid(), "\n";
    return;
}
$t = $_GET['dump'];
$small = "new-$t-" . str_repeat('n', 60);
$large = str_repeat("new-$t-", 40000);
exec('kill -WINCH ' . getmypid());
for ($i = 0; $i < 100000; $i++) {}
echo "dumped ", getmypid(), "\n";
PHP
);
foreach (['synchronous' => '0', 'background' => '1'] as $how => $bg) {
    $run = "$dir/$how";
    mkdir($run);
    copy("$dir/app.php", "$run/app.php");
    $master = rdump_test_fpm_start($run, ['rdump.signal' => 'SIGWINCH', 'rdump.signal_dump' => "$run/sig-%p.rdump",
        'rdump.signal_dump_background' => $bg, 'rdump.signal_dump_min_interval' => '0'], "pm.max_children = 1\n");
    $tag = bin2hex(random_bytes(6));
    shell_exec(rdump_test_fcgi($run, 'peak=1'));
    $a = trim((string)shell_exec(rdump_test_fcgi($run, "build=$tag")));
    $b = trim((string)shell_exec(rdump_test_fcgi($run, "dump=$tag")));
    preg_match('/dumped (\d+)/', $b, $m);
    $path = "$run/sig-" . ($m[1] ?? 0) . '.rdump';
    for ($i = 0; $i < 100 && !file_exists($path); $i++) {
        usleep(50000);
    }
    usleep(200000);
    rdump_test_fpm_stop($master);
    $d = rdump_test_open($path, true);
    printf("%s: %s, %s; %s\n", $how, preg_match('/^built \d+$/m', $a) ? 'built' : "BUILD FAILED: $a", $m ? 'dumped' : "DUMP FAILED: $b",
        is_array($d) ? sprintf('request N-1\'s strings: %s; request N\'s: %s; after an earlier 100 MiB peak the dump is %s; %s',
            rdump_inspect_find($d, "old-$tag") !== null ? 'IN THE DUMP' : 'none',
            rdump_inspect_find($d, "new-$tag-nnnn") !== null && rdump_inspect_find($d, "new-$tag-new-$tag") !== null ? 'both' : 'MISSING',
            $d['file_size'] < (20 << 20) ? 'under 20 MiB' : sprintf('%.1f MiB', $d['file_size'] / 1048576),
            strpos((string)@file_get_contents("$run/fpm.log"), 'stay in the dumps') === false ? 'the heap was trusted' : 'THE HEAP WAS NOT TRUSTED') : $d);
}
?>
--EXPECT--
synchronous: built, dumped; request N-1's strings: none; request N's: both; after an earlier 100 MiB peak the dump is under 20 MiB; the heap was trusted
background: built, dumped; request N-1's strings: none; request N's: both; after an earlier 100 MiB peak the dump is under 20 MiB; the heap was trusted
