--TEST--
A file size limit smaller than the dump (ulimit -f, as systemd LimitFSIZE= or docker --ulimit fsize set it), with SIGXFSZ at its default action (it would end the process) and ignored: rdump_dump() returns false with "File too large" and the process goes on; a background dump fails the same way in its writer; an OOM dump fails and the fatal error and the shutdown functions are unchanged; no file is left
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
register_shutdown_function(function () { echo "shutdown function ran\n"; });
$keep = str_repeat('y', 4 << 20); // the dump is well over the limit
var_dump(rdump_dump($argv[1]));
var_dump(rdump_dump($argv[1] . '.background', false, true));
usleep(500000);
echo "still running\n";
$a = [];
while (true) {
    $a[] = str_repeat('m', 1000);
}
PHP;
// 1024 blocks: at least 512 KiB, whatever the shell's block size
foreach (['SIGXFSZ at its default action' => '', 'SIGXFSZ ignored' => "trap '' XFSZ;"] as $label => $trap) {
    $d = "$dir/" . ($trap ? 'ignored' : 'default');
    mkdir($d);
    file_put_contents("$d/child.php", $code);
    $cmd = "$trap ulimit -f 1024; " . rdump_test_command("$d/child.php", ['display_errors' => 'stdout', 'memory_limit' => '32M',
        'rdump.oom_dump' => "$d/oom.rdump", 'error_log' => "$d/php.log"], ["$d/full.rdump"]);
    exec("($cmd) 2>&1", $out, $status);
    echo "$label: exit $status\n";
    foreach ($out as $line) {
        echo '  ', preg_replace(['/"\S+\/(full\.rdump[.a-z]*)"/', '/ in \S+ on line \d+/', '/ of \d+ bytes exhausted \(tried to allocate \d+ bytes\)/'],
            ['"$1"', ' in child.php', ' ...'], $line), "\n";
    }
    $out = [];
    foreach (file("$d/php.log") as $line) {
        echo '  log: ', preg_replace(['/^\[[^]]*\] /', '/ \S+\/([a-z.]+\.rdump[.a-z]*) /'], ['', ' $1 '], $line);
    }
    var_dump(rdump_test_leftovers($d, ['child.php', 'php.log']));
}
?>
--EXPECT--
SIGXFSZ at its default action: exit 255
  
  Warning: rdump_dump(): Cannot write dump to "full.rdump": cannot write the dump: File too large in child.php
  bool(false)
  bool(true)
  still running
  
  Fatal error: Allowed memory size ... in child.php
  shutdown function ran
  log: rdump: background dump to full.rdump.background failed: cannot write the dump: File too large
  log: rdump: OOM dump to oom.rdump failed: cannot write the dump: File too large
array(0) {
}
SIGXFSZ ignored: exit 255
  
  Warning: rdump_dump(): Cannot write dump to "full.rdump": cannot write the dump: File too large in child.php
  bool(false)
  bool(true)
  still running
  
  Fatal error: Allowed memory size ... in child.php
  shutdown function ran
  log: rdump: background dump to full.rdump.background failed: cannot write the dump: File too large
  log: rdump: OOM dump to oom.rdump failed: cannot write the dump: File too large
array(0) {
}
