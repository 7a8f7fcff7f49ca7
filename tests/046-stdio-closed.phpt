--TEST--
Descriptors 0-2 closed (fclose(STDERR), fclose(STDIN/STDOUT/STDERR), or never open): every trigger (rdump_dump, background, signal, signal in the background, OOM into a file and into a command) writes a file that is exactly the dump, and a command still gets the stream on its stdin
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip signal dumps need PHP 7.1'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$code = <<<'PHP'
<?php
list(, $d, $how, $close) = $argv;
if ($close === 'fclose') {
    fclose(STDIN);
    fclose(STDOUT);
}
if ($close !== 'shell') {
    fclose(STDERR);     // the daemon idiom: the next descriptor opened is 2
}
$say = function ($s) use ($d) { file_put_contents("$d/result.txt", "$s\n", FILE_APPEND); };
$wait = function ($path) { for ($i = 0; $i < 200 && !file_exists($path); $i++) { usleep(50000); } };
$say('sync: ' . json_encode(rdump_dump("$d/sync.rdump")));
$say('background: ' . json_encode(rdump_dump("$d/background.rdump", false, true)));
$wait("$d/background.rdump");
exec('kill -USR2 ' . getmypid());
usleep(1000);  // the dump is taken at the next VM interrupt, around here
$wait("$d/signal.rdump");
$say('signal: ' . json_encode(file_exists("$d/signal.rdump")));
$a = [];
while (true) {
    $a[] = str_repeat('m', 1000);
}
PHP;
$runs = [
    'fclose(STDERR)' => 'stderr',
    'fclose(STDIN, STDOUT, STDERR)' => 'fclose',
    'started with 0-2 closed' => 'shell',
];
foreach ($runs as $label => $close) {
    foreach (['synchronous' => '0', 'background' => '1'] as $how => $bg) {
        $d = "$dir/$close-$how";
        mkdir($d);
        $ini = [
            'rdump.signal' => 'SIGUSR2', 'rdump.signal_dump' => "$d/signal.rdump", 'rdump.signal_dump_min_interval' => '0',
            'rdump.signal_dump_background' => $bg, 'memory_limit' => '32M',
            // the OOM dump: into a file, or (background run) into a command
            'rdump.oom_dump' => $bg ? "|/bin/dd of=$d/oom-command.rdump status=none" : "$d/oom.rdump",
        ];
        $prefix = $close === 'shell' ? 'exec 0<&- 1>&- 2>&-;' : '';
        file_put_contents("$d/child.php", $code);
        exec("($prefix " . rdump_test_command("$d/child.php", $ini, [$d, $how, $close]) . ') 2>/dev/null', $out, $status);
        echo "$label, signal dumps $how: exit $status\n";
        echo '  ', str_replace("\n", "\n  ", trim(@file_get_contents("$d/result.txt"))), "\n";
        foreach (['sync', 'background', 'signal', $bg ? 'oom-command' : 'oom'] as $name) {
            $dump = rdump_test_open("$d/$name.rdump");
            printf("  %s.rdump: %s\n", $name, is_array($dump) ? 'exactly a dump' : (file_exists("$d/$name.rdump") ? $dump : 'missing'));
        }
    }
}
?>
--EXPECT--
fclose(STDERR), signal dumps synchronous: exit 255
  sync: true
  background: true
  signal: true
  sync.rdump: exactly a dump
  background.rdump: exactly a dump
  signal.rdump: exactly a dump
  oom.rdump: exactly a dump
fclose(STDERR), signal dumps background: exit 255
  sync: true
  background: true
  signal: true
  sync.rdump: exactly a dump
  background.rdump: exactly a dump
  signal.rdump: exactly a dump
  oom-command.rdump: exactly a dump
fclose(STDIN, STDOUT, STDERR), signal dumps synchronous: exit 255
  sync: true
  background: true
  signal: true
  sync.rdump: exactly a dump
  background.rdump: exactly a dump
  signal.rdump: exactly a dump
  oom.rdump: exactly a dump
fclose(STDIN, STDOUT, STDERR), signal dumps background: exit 255
  sync: true
  background: true
  signal: true
  sync.rdump: exactly a dump
  background.rdump: exactly a dump
  signal.rdump: exactly a dump
  oom-command.rdump: exactly a dump
started with 0-2 closed, signal dumps synchronous: exit 255
  sync: true
  background: true
  signal: true
  sync.rdump: exactly a dump
  background.rdump: exactly a dump
  signal.rdump: exactly a dump
  oom.rdump: exactly a dump
started with 0-2 closed, signal dumps background: exit 255
  sync: true
  background: true
  signal: true
  sync.rdump: exactly a dump
  background.rdump: exactly a dump
  signal.rdump: exactly a dump
  oom-command.rdump: exactly a dump
