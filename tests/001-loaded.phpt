--TEST--
rdump is loaded and php --ri shows version, format, tag, thread safety and INI entries
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
var_dump(extension_loaded('rdump'));
var_dump(function_exists('rdump_dump'), function_exists('rdump_set_oom_dump'));
$out = shell_exec(escapeshellarg(rdump_test_php()) . ' -n -d ' . escapeshellarg('extension=' . rdump_test_module()) . ' --ri rdump');
$tag = 'v' . PHP_MAJOR_VERSION . PHP_MINOR_VERSION;
var_dump(preg_match('/^Extension version => \d+\.\d+\.\d+/m', $out) === 1);
var_dump(strpos($out, "RDUMP format version => 3") !== false);
var_dump(strpos($out, "PHP tag => $tag") !== false);
var_dump(strpos($out, "Thread safety => " . (PHP_ZTS ? 'ZTS' : 'NTS')) !== false);
foreach (['rdump.safe_read', 'rdump.oom_dump', 'rdump.oom_dump_full', 'rdump.oom_dump_max',
          'rdump.oom_dump_min_interval', 'rdump.oom_dump_max_total', 'rdump.oom_dump_marker', 'rdump.pagemap_scan',
          'rdump.timeout_dump', 'rdump.timeout_dump_full', 'rdump.signal', 'rdump.signal_dump', 'rdump.signal_dump_full',
          'rdump.signal_dump_min_interval', 'rdump.signal_dump_background'] as $ini) {
    if (strpos($out, "$ini => ") === false) {
        echo "missing $ini\n";
    }
}
var_dump(phpversion('rdump') === (new ReflectionExtension('rdump'))->getVersion());
var_dump(ini_get('rdump.safe_read') === (PHP_ZTS ? '1' : '0'));
// signal dumps have a non-zero minimum interval unless told otherwise
var_dump(strpos($out, "rdump.signal_dump_min_interval => 60 => 60") !== false);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
