--TEST--
rdump-inspect accepts a real dump and rejects truncated and corrupted ones with one line and exit 1
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$good = "$dir/good.rdump";
var_dump(rdump_dump($good));
$bytes = file_get_contents($good);
$tool = escapeshellarg(rdump_test_php()) . ' -n ' . escapeshellarg(__DIR__ . '/../tools/rdump-inspect');

function inspect($tool, $path) {
    $out = [];
    exec($tool . ' ' . escapeshellarg($path) . ' 2>&1 >/dev/null', $out, $status);
    return [$status, $out];
}
list($status, $out) = inspect($tool, $good);
var_dump($status, $out);

$dump = rdump_test_open($good);
$first_region = $dump['regions'][0]['offset'] - 16;  // its address field
$cases = [
    'empty' => '',
    'magic only' => substr($bytes, 0, 8),
    'bad magic' => 'XDUMP' . substr($bytes, 5),
    'version 2' => substr_replace($bytes, pack('V', 2), 8, 4),
    'version 4' => substr_replace($bytes, pack('V', 4), 8, 4),
    'bad php tag' => substr_replace($bytes, 'v99', 16, 3),
    'huge tag length' => substr_replace($bytes, pack('V', 0x7fffffff), 12, 4),
    'cut in the header' => substr($bytes, 0, 40),
    'cut in the map' => substr($bytes, 0, 500),
    'cut in a region' => substr($bytes, 0, intdiv(strlen($bytes), 2)),
    'one byte short' => substr($bytes, 0, -1),
    'trailing byte' => $bytes . "\0",
    'region moved out of the map' => substr_replace($bytes, pack('P', 0x10), $first_region, 8),
];
foreach ($cases as $name => $data) {
    file_put_contents("$dir/bad.corrupt", $data);
    list($status, $out) = inspect($tool, "$dir/bad.corrupt");
    $line = count($out) === 1 && strpos($out[0], 'rdump-inspect: ') === 0 && strpos($out[0], 'Warning') === false;
    printf("%-28s exit %d, one line: %s\n", $name, $status, $line ? 'yes' : 'no: ' . implode(' | ', $out));
}
?>
--EXPECT--
bool(true)
int(0)
array(0) {
}
empty                        exit 1, one line: yes
magic only                   exit 1, one line: yes
bad magic                    exit 1, one line: yes
version 2                    exit 1, one line: yes
version 4                    exit 1, one line: yes
bad php tag                  exit 1, one line: yes
huge tag length              exit 1, one line: yes
cut in the header            exit 1, one line: yes
cut in the map               exit 1, one line: yes
cut in a region              exit 1, one line: yes
one byte short               exit 1, one line: yes
trailing byte                exit 1, one line: yes
region moved out of the map  exit 1, one line: yes
