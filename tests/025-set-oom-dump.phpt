--TEST--
rdump_set_oom_dump(): a path enables (templates allowed), "" disables over the INI, null restores the INI, bad paths keep the previous setting, reset at request end
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$oom = '$x = []; while (true) { $x[] = str_repeat("s", 1000); }';
$ini = ['memory_limit' => '16M', 'display_errors' => 'stderr', 'rdump.oom_dump_max' => '0'];
function show($dir, $label) {
    $dumps = rdump_test_dumps($dir);
    printf("%-26s %s\n", $label, implode(' ', $dumps) ?: '(none)');
    foreach ($dumps as $d) {
        rename("$dir/$d", "$dir/seen-$d.old");
    }
}

// No INI path; the function enables, with a template.
$r = rdump_test_run($dir, "<?php var_dump(rdump_set_oom_dump('$dir/set-%p.rdump')); echo getmypid(), \"\\n\"; $oom", $ini);
echo strtok($r['out'], "\n"), "\n";
show($dir, 'path set');
// "" beats the INI path
rdump_test_run($dir, "<?php rdump_set_oom_dump(''); $oom", $ini + ['rdump.oom_dump' => "$dir/ini.rdump"]);
show($dir, '"" over INI');
// null returns to the INI path
rdump_test_run($dir, "<?php rdump_set_oom_dump('$dir/other.rdump'); rdump_set_oom_dump(null); $oom", $ini + ['rdump.oom_dump' => "$dir/ini.rdump"]);
show($dir, 'path then null');
// full = true embeds the read-only segments
rdump_test_run($dir, "<?php rdump_set_oom_dump('$dir/full.rdump', true); $oom", $ini);
$full = rdump_test_open("$dir/full.rdump");
$ro = 0;
foreach ($full['maps'] as $m) {
    if ($m['r'] && !$m['w'] && $m['inode'] && rdump_inspect_region_index($full, $m['begin'], $m['end'] - $m['begin']) >= 0) {
        $ro++;
    }
}
var_dump($ro > 0);
show($dir, 'full');
// A path that cannot be stored: false, a warning, the previous setting stays.
$long = $dir . '/' . str_repeat('x', 5000);
rdump_test_run($dir, "<?php rdump_set_oom_dump('$dir/kept.rdump'); var_dump(rdump_set_oom_dump('$long')); $oom", $ini);
show($dir, 'too long keeps previous');
$r = rdump_test_run($dir, "<?php rdump_set_oom_dump('$dir/kept2.rdump'); ini_set('open_basedir', '$dir/sub'); var_dump(rdump_set_oom_dump('$dir/outside.rdump')); $oom", $ini);
echo preg_match('/Warning: rdump_set_oom_dump\(\): Cannot write dump to ".*outside.rdump": open_basedir restriction in effect/', $r['out']) ? "open_basedir warning\n" : $r['out'];
show($dir, 'open_basedir keeps prev.');
// PHP 8 throws a ValueError, PHP 7 warns, as for PHP's own path parameters.
set_error_handler(function ($no, $msg) { echo preg_match('/to be a valid path/', $msg) ? "NUL byte refused\n" : "$msg\n"; return true; });
try {
    rdump_set_oom_dump("a\0b");
} catch (ValueError $e) {
    echo strpos($e->getMessage(), 'must not contain any null bytes') !== false ? "NUL byte refused\n" : $e->getMessage() . "\n";
}
restore_error_handler();

// Reset at request end: one worker, the first request sets a path and ends,
// the second exhausts memory and dumps to the INI path.
$get = rdump_test_server($dir, rdump_test_oom_router(), ['memory_limit' => '16M', 'rdump.oom_dump' => "$dir/ini-srv.rdump", 'rdump.oom_dump_max' => '0']);
echo substr($get('to=' . urlencode("$dir/request1.rdump")), 0, 7), "\n";
$get('oom=1');
show($dir, 'next request');
$get('to=&oom=1');
show($dir, '"" in a request');
$get('oom=1');
show($dir, 'and the next');
?>
--EXPECTF--
bool(true)
path set                   set-%d.rdump
"" over INI                (none)
path then null             ini.rdump
bool(true)
full                       full.rdump
too long keeps previous    kept.rdump
open_basedir warning
open_basedir keeps prev.   kept2.rdump
NUL byte refused
ok pid=
next request               ini-srv.rdump
"" in a request            (none)
and the next               ini-srv.rdump
