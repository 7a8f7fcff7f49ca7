--TEST--
rdump-inspect: a well-formed dump with a million one-byte regions is validated in bounded memory; an empty --find is refused
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$path = "$dir/many.rdump";

// A well-formed dump: one anonymous rw-p mapping holding 1,000,000 one-byte
// regions 16 bytes apart (17 MB). eg, cg and basic_globals are in the first
// three regions; region 777777 holds 'Z', all others 'a'.
$n = 1000000;
$base = 0x7f0000000000;
$str = function ($s) { return pack('V', strlen($s)) . $s; };
$fh = fopen($path, 'wb');
fwrite($fh, "RDUMP\0\0\0" . pack('V', 3) . $str('v82') . pack('PPPq', 4242, $base, $base + 16, -1)
    . pack('V', 1) . $str('basic_globals') . pack('P', $base + 32)
    . pack('V', 1) . pack('V', $n)
    . $str(dechex($base)) . $str(dechex($base + 16 * $n)) . $str('0') . "\1\1\0\1" . $str('00:00') . pack('P', 0) . $str(''));
$buf = '';
for ($i = 0; $i < $n; $i++) {
    $buf .= pack('PP', $base + 16 * $i, 1) . ($i === 777777 ? 'Z' : 'a');
    if (strlen($buf) >= 1 << 20) {
        fwrite($fh, $buf);
        $buf = '';
    }
}
fwrite($fh, $buf);
fclose($fh);
chmod($path, 0600);  // like every dump (the suite's own check at exit wants it so)
printf("file: %d bytes\n", filesize($path));

/**
 * Run the tool in a child PHP without php.ini under $limit; returns [status,
 * stdout lines (those that do not match $skip), stderr, how many matched $skip].
 */
function inspect($dir, $limit, array $args, $skip = null) {
    $cmd = escapeshellarg(rdump_test_php()) . ' -n -d memory_limit=' . $limit . ' ' . escapeshellarg(__DIR__ . '/../tools/rdump-inspect');
    foreach ($args as $arg) {
        $cmd .= ' ' . escapeshellarg($arg);
    }
    exec($cmd . ' >' . escapeshellarg("$dir/stdout") . ' 2>' . escapeshellarg("$dir/stderr"), $unused, $status);
    $out = [];
    $skipped = 0;
    $fh = fopen("$dir/stdout", 'rb');
    while (($line = fgets($fh)) !== false) {
        if ($skip !== null && preg_match($skip, $line)) {
            $skipped++;
        } else {
            $out[] = rtrim($line, "\n");
        }
    }
    fclose($fh);
    return [$status, $out, trim(file_get_contents("$dir/stderr")), $skipped];
}
function lines_like(array $out, $pattern) {
    return array_values(preg_grep($pattern, $out));
}

// 1. Valid under memory_limit=128M (the old reader kept a PHP array per
// region: about 400 MB here).
list($status, $out, $err) = inspect($dir, '128M', [$path]);
echo "128M: exit $status, stderr '$err'\n";
echo implode("\n", lines_like($out, '/^(Regions|Memory map):|Fatal|Warning|exhausted/')), "\n";

// 2. A small peak memory, even printing every region.
list($status, $out, $err, $lines) = inspect($dir, '16M', ['--regions', '--stats', $path], '/^  0x[0-9a-f]{12}-0x[0-9a-f]{12} +1 B  \(anonymous\)$/');
printf("--regions --stats under 16M: exit %d, %d region lines, stderr '%s'\n", $status, $lines, $err);
echo implode("\n", lines_like($out, '/^Regions:|Fatal|Warning|exhausted/')), "\n";
$peak = lines_like($out, '/^Peak memory: .* \((\d+) bytes\)$/');
$bytes = $peak ? (int)preg_replace('/.*\((\d+) bytes\)$/', '$1', $peak[0]) : -1;
printf("peak memory reported: %s, under 8 MiB: %s\n", $peak ? 'yes' : 'no', $bytes > 0 && $bytes < 8 << 20 ? 'yes' : "no ($bytes bytes)");

// 3. --find: an empty string matches anywhere, so it is refused; others work.
list($status, $out, $err) = inspect($dir, '128M', ['--find=', $path]);
printf("--find= : exit %d, stdout lines %d, stderr: %s\n", $status, count($out), $err);
list($status, $out, $err) = inspect($dir, '128M', ['--find=Z', $path]);
printf("--find=Z : exit %d, %s (expected 0x%x)\n", $status, implode('', lines_like($out, '/^Find:/')), $base + 16 * 777777);
list($status, $out, $err) = inspect($dir, '128M', ['--find=aa', $path]);
printf("--find=aa: exit %d, %s\n", $status, implode('', lines_like($out, '/^Find:/')));

// 4. The streaming validation still rejects a bad region anywhere, and
// globals outside every region.
$patch = function ($offset, $bytes) use ($path, $dir) {
    static $n = 0;
    $bad = "$dir/bad-" . (++$n) . '.corrupt';
    copy($path, $bad);
    $fh = fopen($bad, 'r+b');
    fseek($fh, $offset < 0 ? filesize($path) + $offset : $offset);
    fwrite($fh, $bytes);
    fclose($fh);
    return $bad;
};
$cases = [
    'last region overlaps' => $patch(-17, pack('P', $base + 16 * 999998)),
    'eg_address in a gap' => $patch(27, pack('P', $base + 8)),
];
copy($path, "$dir/short.corrupt");
$fh = fopen("$dir/short.corrupt", 'r+b');
ftruncate($fh, filesize($path) - 1);
fclose($fh);
$cases['one byte short'] = "$dir/short.corrupt";
foreach ($cases as $name => $file) {
    list($status, $out, $err) = inspect($dir, '128M', [$file]);
    printf("%-21s exit %d: %s\n", $name, $status, str_replace($file, 'FILE', $err));
}

// 5. The library's lazy form, in 16M.
$code = '<?php
ob_start(); // PHP 7 prints the shebang line of an included file
require $argv[1];
ob_end_clean();
$d = rdump_inspect_open($argv[2], true);
$r = $d["regions"];
$base = ' . $base . ';
var_dump(count($r), $r[999999]["address"] === $base + 16 * 999999, $r[5]["size"]);
var_dump(rdump_inspect_region_index($d, $base + 16 * 777777), rdump_inspect_region_index($d, $base + 16 * 777777 + 1));
var_dump(rdump_inspect_read($d, $base + 16 * 777777, 1), rdump_inspect_read($d, $base + 16 * 777777, 2));
$k = 0; foreach ($r as $i => $region) { $k++; } var_dump($k === 1000000);
var_dump(memory_get_peak_usage() < 8 << 20);
';
$r = rdump_test_run($dir, $code, ['memory_limit' => '16M'], '', [__DIR__ . '/../tools/rdump-inspect', $path], false);
echo $r['out'], "\nexit ", $r['status'], "\n";
?>
--EXPECT--
file: 17000150 bytes
128M: exit 0, stderr ''
Memory map: 1 areas, 15.3 MiB mapped
Regions: 1000000, 976.6 KiB captured
--regions --stats under 16M: exit 0, 1000000 region lines, stderr ''
Regions: 1000000, 976.6 KiB captured
peak memory reported: yes, under 8 MiB: yes
--find= : exit 2, stdout lines 0, stderr: rdump-inspect: --find needs a non-empty STRING (an empty one would match anywhere)
usage: rdump-inspect [--regions] [--find=STRING] [--stats] FILE
--find=Z : exit 0, Find: found at 0x7f0000bde310 (expected 0x7f0000bde310)
--find=aa: exit 1, Find: not found
last region overlaps  exit 1: rdump-inspect: FILE: invalid dump: region[999999] at 0x7f0000f423e0 overlaps or precedes the previous region
eg_address in a gap   exit 1: rdump-inspect: FILE: invalid dump: eg_address 0x7f0000000008 is not inside a captured region
one byte short        exit 1: rdump-inspect: FILE: invalid dump: truncated: region[999999].data needs 1 bytes at offset 17000149, file has 17000149
int(1000000)
bool(true)
int(1)
int(777777)
int(-1)
string(1) "Z"
NULL
bool(true)
bool(true)
exit 0
