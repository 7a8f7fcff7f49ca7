--TEST--
Settings do not fail open: an invalid or out-of-range count, interval or timeout is refused at startup (the default stays), an invalid budget turns the guarded dumps off, every 64-bit byte count is accepted; a relative dump path, or a command not named by an absolute path, is refused at startup and that trigger is off
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$show = '<?php foreach (["oom_dump_max", "oom_dump_min_interval", "signal_dump_min_interval", "oom_dump_max_total", "pipe_timeout", "oom_dump", "signal_dump", "timeout_dump"] as $k) echo "$k=", ini_get("rdump.$k"), " ";';
$cases = [
    [],
    ['rdump.oom_dump_max' => 'one'],
    ['rdump.oom_dump_max' => '2x'],
    ['rdump.oom_dump_max' => '-1'],
    ['rdump.oom_dump_max' => ' 3 '],
    ['rdump.oom_dump_min_interval' => '10m'],
    ['rdump.oom_dump_min_interval' => '99999999999999999999'],
    ['rdump.signal_dump_min_interval' => ''],
    ['rdump.signal_dump_min_interval' => '0'],
    ['rdump.oom_dump_max_total' => '18446744073709551615'],
    ['rdump.oom_dump_max_total' => '16777215T'],
    ['rdump.oom_dump_max_total' => '16777216T'],
    ['rdump.oom_dump_max_total' => '18446744073709551616'],
    ['rdump.pipe_timeout' => '18446744073709551'],
    ['rdump.pipe_timeout' => '86401'],
    ['rdump.pipe_timeout' => '86400'],
    ['rdump.oom_dump_min_interval' => '31536001'],
    ['rdump.oom_dump_max' => '1000000001'],
    ['rdump.oom_dump' => 'oom-%p.rdump'],
    ['rdump.signal_dump' => './sig.rdump'],
    ['rdump.timeout_dump' => '|gzip -c'],
    ['rdump.oom_dump' => '/var/tmp/oom-%p.rdump', 'rdump.signal_dump' => '| /usr/bin/zstd -q -o /var/tmp/s.zst'],
];
foreach ($cases as $ini) {
    $r = rdump_test_run($dir, $show, $ini + ['display_startup_errors' => '1', 'display_errors' => 'stderr']);
    echo json_encode($ini), "\n  ", str_replace("\n", "\n  ", trim($r['out'])), "\n";
}

// A budget that cannot be read fails closed: the OOM dump is skipped, and
// the log says why; the fatal error is unchanged.
$r = rdump_test_run($dir, '<?php $a = []; while (true) { $a[] = str_repeat("x", 1000); }', [
    'rdump.oom_dump' => "$dir/oom.rdump", 'rdump.oom_dump_max_total' => '12X', 'memory_limit' => '16M',
    'error_log' => "$dir/php.log", 'display_startup_errors' => '0', 'log_errors' => '1', 'display_errors' => '0']);
var_dump($r['status'], file_exists("$dir/oom.rdump"));
echo preg_replace('/^\[[^]]*\] /m', '', file_get_contents("$dir/php.log"));
?>
--EXPECTF--
[]
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max":"one"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_max value "one": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max":"2x"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_max value "2x": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max":"-1"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_max value "-1": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max":" 3 "}
  oom_dump_max= 3  oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_min_interval":"10m"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_min_interval value "10m": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_min_interval":"99999999999999999999"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_min_interval value "99999999999999999999": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.signal_dump_min_interval":""}
  %AWarning:%sStartup: Invalid rdump.signal_dump_min_interval value "": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.signal_dump_min_interval":"0"}
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=0 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max_total":"18446744073709551615"}
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=18446744073709551615 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max_total":"16777215T"}
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=16777215T pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max_total":"16777216T"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_max_total value "16777216T": expected a byte count such as 0, 512M or 1.5G; automatic dumps that this budget guards are off until it is fixed in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=16777216T pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max_total":"18446744073709551616"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_max_total value "18446744073709551616": expected a byte count such as 0, 512M or 1.5G; automatic dumps that this budget guards are off until it is fixed in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=18446744073709551616 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.pipe_timeout":"18446744073709551"}
  %AWarning:%sStartup: Invalid rdump.pipe_timeout value "18446744073709551": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.pipe_timeout":"86401"}
  %AWarning:%sStartup: Invalid rdump.pipe_timeout value "86401": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.pipe_timeout":"86400"}
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=86400 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_min_interval":"31536001"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_min_interval value "31536001": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump_max":"1000000001"}
  %AWarning:%sStartup: Invalid rdump.oom_dump_max value "1000000001": expected a whole number from 0 to %d; the default stays in force in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump":"oom-%p.rdump"}
  %AWarning:%sStartup: Invalid rdump.oom_dump value "oom-%p.rdump": the path must be absolute (a relative one would follow the current directory: under PHP-FPM, each request's script directory); dumps of this kind are off in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.signal_dump":".\/sig.rdump"}
  %AWarning:%sStartup: Invalid rdump.signal_dump value "./sig.rdump": the path must be absolute (a relative one would follow the current directory: under PHP-FPM, each request's script directory); dumps of this kind are off in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.timeout_dump":"|gzip -c"}
  %AWarning:%sStartup: Invalid rdump.timeout_dump value "|gzip -c": a command must name its program by an absolute path; dumps of this kind are off in Unknown on line 0
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump= signal_dump= timeout_dump=
{"rdump.oom_dump":"\/var\/tmp\/oom-%p.rdump","rdump.signal_dump":"| \/usr\/bin\/zstd -q -o \/var\/tmp\/s.zst"}
  oom_dump_max=1 oom_dump_min_interval=0 signal_dump_min_interval=60 oom_dump_max_total=0 pipe_timeout=60 oom_dump=/var/tmp/oom-%p.rdump signal_dump=| /usr/bin/zstd -q -o /var/tmp/s.zst timeout_dump=
int(255)
bool(false)
%Ardump: OOM dump skipped: rdump.oom_dump_max_total is not a valid byte count, so the disk budget cannot be enforced
PHP Fatal error:  Allowed memory size of 16777216 bytes exhausted%s
