--TEST--
OOM auto-dump: array, string, object growth, deep recursion and one huge block each leave a valid dump holding the child's marker; the fatal error is unchanged
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$prologue = '<?php
$marker = "oom-marker-" . bin2hex(random_bytes(12));
echo "pid=", getmypid(), " marker=$marker\n";
';
$shapes = [
    'array' => '$x = []; $i = 0; while (true) { $x[] = $i++; }',
    'string' => '$x = ""; while (true) { $x .= str_repeat("y", 100000); }',
    'object' => '$x = []; while (true) { $o = new stdClass; $o->m = $marker; $x[] = $o; }',
    'recursion' => 'function down($n, $marker) { $local = $marker . $n; return down($n + 1, $marker) + 1; } down(0, $marker);',
    'huge' => '$keep = str_repeat("k", 1 << 20); $x = str_repeat("z", 1 << 30);',
];
$ini = ['memory_limit' => '24M', 'display_errors' => 'stdout', 'log_errors' => '0'];
foreach ($shapes as $name => $code) {
    $with = rdump_test_run($dir, $prologue . $code, $ini + ['rdump.oom_dump' => "$dir/$name-%p.rdump"]);
    $without = rdump_test_run($dir, $prologue . $code, $ini, '', [], false);
    preg_match('/pid=(\d+) marker=(\S+)/', $with['out'], $m);
    $dump = rdump_test_open("$dir/$name-{$m[1]}.rdump");
    $fatal = function ($out) {
        preg_match('/^.*Fatal error: .*$/m', $out, $f);
        return isset($f[0]) ? preg_replace(['/tried to allocate \d+ bytes/', '/ in \S+ on line/'], ['tried to allocate N bytes', ' in FILE on line'], $f[0]) : 'none';
    };
    printf("%-9s status %d (without rdump %d), same fatal line: %s, %s, marker %s\n",
        $name, $with['status'], $without['status'],
        $fatal($with['out']) === $fatal($without['out']) && strpos($fatal($with['out']), 'Allowed memory size of 25165824 bytes exhausted') !== false ? 'yes' : 'no',
        is_array($dump) ? 'valid dump' : $dump,
        is_array($dump) && rdump_inspect_find($dump, $m[2]) !== null ? 'found' : 'missing');
}
?>
--EXPECT--
array     status 255 (without rdump 255), same fatal line: yes, valid dump, marker found
string    status 255 (without rdump 255), same fatal line: yes, valid dump, marker found
object    status 255 (without rdump 255), same fatal line: yes, valid dump, marker found
recursion status 255 (without rdump 255), same fatal line: yes, valid dump, marker found
huge      status 255 (without rdump 255), same fatal line: yes, valid dump, marker found
