--TEST--
PHP-FPM: SIGWINCH (rdump.signal under FPM) before rdump's request start (a freshly spawned idle worker; a worker reading a slow multipart upload) kills no worker: they keep serving, the upload arrives whole, each signalled worker dumps at its next request
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1'); require __DIR__ . '/rdump_test.inc'; if (!rdump_test_fpm()) die('skip no php-fpm for this PHP'); if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip no cgi-fcgi (libfcgi-bin)'); if (!is_dir('/proc/self/fd')) die('skip needs /proc'); ?>
--FILE--
<?php
/*
 * rdump's handler used to be installed only at rdump's RINIT, so a signal
 * that came earlier met the default action and killed the worker: (a) a
 * freshly spawned worker that had served nothing yet; (b) a worker still in
 * request startup, reading a slow multipart body (PHP parses it before the
 * modules' RINIT). Expected: no worker dies; the request in progress
 * completes; each signalled worker dumps at its next request (at the
 * latest). pm=static with 2 workers in (a), 1 in (b) (so the worker that
 * reads the upload is known).
 */
require __DIR__ . '/rdump_test.inc';

$app = <<<'PHP'
<?php
if (isset($_FILES['f'])) {
    $f = $_FILES['f'];
    echo "upload ", getmypid(), " error=", $f['error'], " size=", $f['size'], " md5=", is_file($f['tmp_name']) ? md5_file($f['tmp_name']) : '-', "\n";
    return;
}
echo "ok ", getmypid(), "\n";
PHP;

/* The workers of $master, sorted. */
function workers($master)
{
    $pids = array_map('intval', preg_split('/\s+/', trim((string)shell_exec('pgrep -P ' . proc_get_status($master)['pid'])), -1, PREG_SPLIT_NO_EMPTY));
    sort($pids);
    return $pids;
}

/* FPM with $children workers that are up and asleep (waiting for a connection). */
function start_fpm($dir, $children)
{
    global $app;
    file_put_contents("$dir/app.php", $app);
    $master = rdump_test_fpm_start($dir, ['rdump.signal' => 'SIGWINCH', 'rdump.signal_dump' => "$dir/sig-%p.rdump"], "pm.max_children = $children\n");
    for ($i = 0; $i < 200; $i++) {
        $pids = workers($master);
        $asleep = 0;
        foreach ($pids as $pid) {
            $stat = (string)@file_get_contents("/proc/$pid/stat");
            $asleep += preg_match('/\) S /', $stat) ? 1 : 0;
        }
        if (count($pids) === $children && $asleep === $children && strpos((string)@file_get_contents("$dir/fpm.log"), 'ready to handle connections') !== false) {
            break;
        }
        usleep(20000);
    }
    return [$master, $pids];
}

/* GET requests until each of $pids has served one (at most 40); the pids that served. */
function serve_each($dir, array $pids)
{
    $served = [];
    for ($i = 0; $i < 40 && array_diff($pids, $served); $i++) {
        if (preg_match('/ok (\d+)/', (string)shell_exec(rdump_test_fcgi($dir, '')), $m)) {
            $served[] = (int)$m[1];
        }
    }
    return array_values(array_unique($served));
}

/* Each of $pids left a valid dump of itself: [all valid, only these dumps, per pid]. */
function dumps_ok($dir, array $pids)
{
    $each = [];
    $names = [];
    foreach ($pids as $pid) {
        $names[] = "sig-$pid.rdump";
        $dump = file_exists("$dir/sig-$pid.rdump") ? rdump_test_open("$dir/sig-$pid.rdump") : 'missing';
        $each[$pid] = is_array($dump) ? ($dump['header']['pid'] === $pid ? 'valid' : 'another pid') : $dump;
    }
    sort($names);
    return [array_diff($each, ['valid']) === [], rdump_test_dumps($dir) === $names, $each];
}

function usr2($pid)
{
    exec('kill -WINCH ' . (int)$pid);
}

function fcgi_record($type, $content)
{
    return pack('CCnnCx', 1, $type, 1, strlen($content), 0) . $content;
}

function fcgi_stream($type, $data)
{
    $out = '';
    for ($at = 0; $at < strlen($data); $at += 32768) {
        $out .= fcgi_record($type, substr($data, $at, 32768));
    }
    return $out;
}

function fcgi_read($sock, $n)
{
    $buf = '';
    while (strlen($buf) < $n && !feof($sock)) {
        $got = fread($sock, $n - strlen($buf));
        if ($got === false || $got === '') {
            if (feof($sock) || (stream_get_meta_data($sock)['timed_out'] ?? false)) {
                break;
            }
            continue;
        }
        $buf .= $got;
    }
    return $buf;
}

/*
 * A FastCGI POST of $body to $dir/app.php whose stdin goes out in two
 * writes: the first half, then $between() runs, then the rest. Returns the
 * response's stdout and stderr, or whatever came before the connection closed.
 */
function fcgi_post_in_two_parts($dir, $content_type, $body, callable $between)
{
    $sock = stream_socket_client("unix://$dir/fpm.sock", $errno, $errstr, 10);
    if (!$sock) {
        return "cannot connect: $errstr";
    }
    stream_set_timeout($sock, 30);
    $params = '';
    foreach ([
        'SCRIPT_FILENAME' => "$dir/app.php", 'REQUEST_METHOD' => 'POST', 'QUERY_STRING' => '',
        'CONTENT_TYPE' => $content_type, 'CONTENT_LENGTH' => (string)strlen($body), 'SERVER_PROTOCOL' => 'HTTP/1.1',
    ] as $k => $v) {
        foreach ([$k, $v] as $s) {
            $params .= strlen($s) < 128 ? chr(strlen($s)) : pack('N', strlen($s) | 0x80000000);
        }
        $params .= $k . $v;
    }
    $half = intdiv(strlen($body), 2);
    fwrite($sock, fcgi_record(1, pack('nCx5', 1, 0)) . fcgi_record(4, $params) . fcgi_record(4, '') . fcgi_stream(5, substr($body, 0, $half)));
    $between();
    @fwrite($sock, fcgi_stream(5, substr($body, $half)) . fcgi_record(5, ''));
    $out = '';
    while (strlen($head = fcgi_read($sock, 8)) === 8) {
        $h = unpack('Cversion/Ctype/nid/nlen/Cpad', $head);
        $content = fcgi_read($sock, $h['len'] + $h['pad']);
        if ($h['type'] === 6 || $h['type'] === 7) {
            $out .= substr($content, 0, $h['len']);
        } elseif ($h['type'] === 3) {
            break;
        }
    }
    fclose($sock);
    return $out;
}

echo "-- a signal to every freshly spawned worker, before any request\n";
$dir = rdump_test_dir();
list($master, $pids) = start_fpm($dir, 2);
var_dump(count($pids));
foreach ($pids as $pid) {
    usr2($pid);
}
$served = serve_each($dir, $pids);
sort($served);
var_dump(array_values(array_intersect($pids, $served)) === $pids ?: ['signalled' => $pids, 'served' => $served]);
var_dump(workers($master) === $pids);
list($valid, $only, $detail) = dumps_ok($dir, $pids);
var_dump($valid ?: $detail, $only ?: rdump_test_dumps($dir));
$s = rdump_test_fpm_stop($master);
var_dump($s['running'], $s['exitcode']);
var_dump(preg_match_all('/.*exited on signal.*/', file_get_contents("$dir/fpm.log"), $m) ? $m[0] : 'no worker killed');

echo "-- a signal to the worker reading a multipart upload sent in two parts 2 s apart\n";
$dir = rdump_test_dir();
list($master, $pids) = start_fpm($dir, 1);
$reader = $pids ? $pids[0] : 0;
$data = random_bytes(300000);
$boundary = 'rdump-' . bin2hex(random_bytes(12));
$body = "--$boundary\r\nContent-Disposition: form-data; name=\"f\"; filename=\"up.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    . $data . "\r\n--$boundary--\r\n";
$out = fcgi_post_in_two_parts($dir, "multipart/form-data; boundary=$boundary", $body, function () use ($reader) {
    usleep(1000000);
    usr2($reader);
    usleep(1000000);
});
var_dump(count($pids));
$response_body = (string)substr($out, (int)strpos($out, "\r\n\r\n") + 4);
var_dump($response_body === sprintf("upload %d error=0 size=%d md5=%s\n", $reader, strlen($data), md5($data)) ?: $out);
var_dump(workers($master) === $pids);
var_dump(in_array($reader, serve_each($dir, [$reader]), true));
list($valid, $only, $detail) = dumps_ok($dir, [$reader]);
var_dump($valid ?: $detail, $only ?: rdump_test_dumps($dir));
$s = rdump_test_fpm_stop($master);
var_dump($s['running'], $s['exitcode']);
var_dump(preg_match_all('/.*exited on signal.*/', file_get_contents("$dir/fpm.log"), $m) ? $m[0] : 'no worker killed');
?>
--EXPECT--
-- a signal to every freshly spawned worker, before any request
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
string(16) "no worker killed"
-- a signal to the worker reading a multipart upload sent in two parts 2 s apart
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
string(16) "no worker killed"
