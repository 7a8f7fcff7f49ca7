--TEST--
Without a readable /proc/self/pagemap the dump still succeeds, capturing whole mappings
--SKIPIF--
<?php
if (trim((string)shell_exec('unshare -m true 2>&1 && echo ok')) !== 'ok') die('skip cannot create a mount namespace (unshare -m)');
require __DIR__ . '/rdump_test.inc';
if (!rdump_test_has_opcache()) die('skip this PHP has no opcache');
?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
// opcache's reservation is the large untouched mapping; the child says that opcache is on.
$code = '<?php var_dump(' . rdump_test_opcache_on() . ', strlen(file_get_contents("/proc/self/pagemap", false, null, 0, 8)), rdump_dump($argv[1]));';
$ini = rdump_test_opcache_ini() + ['opcache.memory_consumption' => '64'];
// In a private mount namespace, /dev/null is bound over this process's
// pagemap (exec keeps the pid, so it is the PHP child's pagemap).
$prefix = 'unshare -m sh -c \'mount --bind /dev/null /proc/$$/pagemap && exec "$0" "$@"\'';
$r = rdump_test_run($dir, $code, $ini, $prefix, ["$dir/whole.rdump"]);
echo $r['out'], "\n";
$dump = rdump_test_open("$dir/whole.rdump");
var_dump(is_array($dump));
$reservations = 0;
foreach (is_array($dump) ? $dump['maps'] : [] as $m) {
    if (strpos($m['name'], '/dev/zero') === 0 && $m['end'] - $m['begin'] >= 64 << 20) {
        // the whole reservation, untouched pages included
        var_dump(rdump_inspect_region_index($dump, $m['begin'], $m['end'] - $m['begin']) >= 0);
        $reservations++;
    }
}
if ($reservations === 0) {
    echo "no opcache reservation in the dump\n";
}
?>
--EXPECT--
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
