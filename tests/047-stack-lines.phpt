--TEST--
The dump's stack, read as reli reads it (EG(current_execute_data), each frame's opline): an OOM in a function, in a method and at the top level, a timeout and a plain rdump_dump() show the line each frame was at (the limit is crossed either in the array append or inside str_repeat(), whose frame is then the innermost: which one depends on where the heap's chunks fall, and differs between PHP 7, NTS and ZTS), also where PHP raises the OOM late with an UnwindExit in flight; the error and the shutdown functions are unchanged
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$cases = [
    'OOM in a function' => [['memory_limit' => '16M', 'rdump.oom_dump' => 'PATH'], <<<'PHP'
<?php
register_shutdown_function(function () { echo "shutdown function ran\n"; });
function grow(array &$a) {
    while (true) {
        $a[] = str_repeat('x', 1000);
    }
}
function outer() { $a = []; grow($a); }
outer();
PHP
    ],
    'OOM in a method' => [['memory_limit' => '16M', 'rdump.oom_dump' => 'PATH'], <<<'PHP'
<?php
register_shutdown_function(function () { echo "shutdown function ran\n"; });
class Cache {
    private $items = [];
    public function fill() {
        for ($i = 0; ; $i++) {
            $this->items[] = str_repeat('c', 4000);
        }
    }
}
(new Cache())->fill();
PHP
    ],
    'OOM at the top level' => [['memory_limit' => '16M', 'rdump.oom_dump' => 'PATH'], <<<'PHP'
<?php
register_shutdown_function(function () { echo "shutdown function ran\n"; });
$a = [];

while (true) { $a[] = str_repeat('t', 1000); }
PHP
    ],
    'timeout in a function' => [['max_execution_time' => '1', 'rdump.timeout_dump' => 'PATH'], <<<'PHP'
<?php
register_shutdown_function(function () { echo "shutdown function ran\n"; });
function spin() {
    $x = 0;
    while (true) {
        $x++;
    }
}
spin();
PHP
    ],
    'rdump_dump() in a function' => [[], <<<'PHP'
<?php
function take($path) {
    return rdump_dump($path);
}
var_dump(take($argv[1]));
PHP
    ],
];
foreach ($cases as $label => list($ini, $code)) {
    $path = "$dir/" . strtr($label, ' ()', '---') . '.rdump';
    $ini = str_replace('PATH', $path, $ini);
    $r = rdump_test_run($dir, $code, $ini, '', [$path]);
    echo "$label:\n";
    foreach (explode("\n", $r['out']) as $line) {
        if ($line !== '' && strpos($line, 'rdump: ') === false) {
            echo '  ', preg_replace(['/ of \d+ bytes exhausted \(tried to allocate \d+ bytes\)/', '/ in \S+child-\d+\.php/'], [' ...', ' in child.php'], $line), "\n";
        }
    }
    $dump = rdump_test_open($path);
    echo is_array($dump) ? '  stack: ' . implode(' < ', rdump_test_stack($dump)) : "  $dump", "\n";
}
?>
--EXPECTREGEX--
OOM in a function:
  (PHP )?Fatal error: +Allowed memory size ... in child.php on line 5
  shutdown function ran
  stack: (str_repeat \[internal\] < )?grow child-1.php:5 < outer child-1.php:8 < \{main\} child-1.php:9
OOM in a method:
  (PHP )?Fatal error: +Allowed memory size ... in child.php on line 7
  shutdown function ran
  stack: (str_repeat \[internal\] < )?Cache::fill child-2.php:7 < \{main\} child-2.php:11
OOM at the top level:
  (PHP )?Fatal error: +Allowed memory size ... in child.php on line 5
  shutdown function ran
  stack: (str_repeat \[internal\] < )?\{main\} child-3.php:5
timeout in a function:
  (PHP )?Fatal error: +Maximum execution time of 1 second exceeded in child.php on line \d
  shutdown function ran
  stack: spin child-4.php:[4-7] < \{main\} child-4.php:9
rdump_dump\(\) in a function:
  bool\(true\)
  stack: rdump_dump \[internal\] < take child-5.php:3 < \{main\} child-5.php:5
