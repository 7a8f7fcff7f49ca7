<?php
/*
 * Benchmark load client: a fixed number of FastCGI requests to PHP-FPM over
 * its unix socket at a fixed rate (open loop: request i is due at i/RATE
 * seconds, whatever the earlier ones did), each on its own connection.
 * Latency is from when a request was due to when its response ended, so a
 * stalled server is not hidden by the client waiting for it. Optionally
 * sends SIGWINCH to the given workers at given times. The dumps that
 * appeared in DUMP_DIR are counted and deleted after the run (unlinking a
 * 512 MiB file takes tens of ms: not while requests are being timed).
 * Stops by itself: after the last response, or 30 s after the last request
 * was due.
 *
 *   php -d extension=posix fpm-load.php SOCKET SCRIPT RATE COUNT SIGNAL_AT PIDS DUMP_DIR
 *     SIGNAL_AT  seconds after the start, comma-separated ("" for none)
 *     PIDS       the workers to signal, comma-separated
 * Prints one line of JSON: count, errors, p50, p99, max (seconds), the
 * number of requests over 50 ms, the dumps seen.
 */
list(, $socket, $script, $rate, $count, $signalAt, $pids, $dumpDir) = $argv;
$rate = (float)$rate;
$count = (int)$count;
$signalAt = $signalAt === '' ? [] : array_map('floatval', explode(',', $signalAt));
sort($signalAt);
$pids = $pids === '' ? [] : array_map('intval', explode(',', $pids));
const MAX_IN_FLIGHT = 900;

function record($type, $id, $content)
{
    $len = strlen($content);
    return pack('CCnnCx', 1, $type, $id, $len, 0) . $content;
}

function pair($name, $value)
{
    $len = function ($n) { return $n < 128 ? chr($n) : pack('N', $n | 0x80000000); };
    return $len(strlen($name)) . $len(strlen($value)) . $name . $value;
}

$params = '';
foreach (['SCRIPT_FILENAME' => $script, 'REQUEST_METHOD' => 'GET', 'QUERY_STRING' => '', 'SERVER_PROTOCOL' => 'HTTP/1.1', 'GATEWAY_INTERFACE' => 'CGI/1.1'] as $k => $v) {
    $params .= pair($k, $v);
}
// FCGI_BEGIN_REQUEST (responder, no keep-alive: FPM closes the connection
// after the response), FCGI_PARAMS, empty FCGI_PARAMS, empty FCGI_STDIN.
$request = record(1, 1, pack('nCx5', 1, 0)) . record(4, 1, $params) . record(4, 1, '') . record(5, 1, '');

function now()
{
    return hrtime(true) / 1e9;
}

$start = now() + 0.05;
$deadline = $start + $count / $rate + 30;
$next = 0;
$sig = 0;
$inFlight = [];
$latency = [];
$errors = 0;
$dumps = 0;
$slow = [];
while (($next < $count || $inFlight) && now() < $deadline) {
    $now = now();
    while ($sig < count($signalAt) && $now >= $start + $signalAt[$sig]) {
        foreach ($pids as $pid) {
            posix_kill($pid, 28 /* SIGWINCH */);
        }
        $sig++;
    }
    while ($next < $count && $now >= $start + $next / $rate && count($inFlight) < MAX_IN_FLIGHT) {
        $s = @stream_socket_client("unix://$socket", $errno, $errstr, 5);
        if ($s === false) {
            $errors++;
        } else {
            stream_set_blocking($s, false);
            fwrite($s, $request);
            $inFlight[(int)$s] = [$s, $start + $next / $rate, ''];
        }
        $next++;
    }
    $wake = min($next < $count ? $start + $next / $rate : INF, $sig < count($signalAt) ? $start + $signalAt[$sig] : INF);
    $wait = max(0, min(0.05, $wake - now()));
    $read = array_column($inFlight, 0);
    if (!$read) {
        usleep((int)($wait * 1e6));
        continue;
    }
    $write = $except = null;
    if (stream_select($read, $write, $except, 0, (int)($wait * 1e6)) > 0) {
        foreach ($read as $s) {
            $chunk = fread($s, 65536);
            $id = (int)$s;
            if ($chunk !== false && $chunk !== '') {
                $inFlight[$id][2] .= $chunk;
            }
            if (feof($s)) {
                $done = now();
                // a response ends with FCGI_END_REQUEST (type 3)
                $ok = strpos($inFlight[$id][2], "\x01\x03\x00\x01") !== false && strpos($inFlight[$id][2], 'ok ') !== false;
                $ok ? ($latency[] = $done - $inFlight[$id][1]) : $errors++;
                if ($ok && $done - $inFlight[$id][1] > 0.02) {
                    $slow[] = [round($inFlight[$id][1] - $start, 3), round($done - $inFlight[$id][1], 4)];
                }
                fclose($s);
                unset($inFlight[$id]);
            }
        }
    }
}
$errors += count($inFlight) + ($count - $next);
// background writers still at work finish within a few seconds
for ($i = 0; $i < 100 && glob("$dumpDir/.rdump-tmp-*"); $i++) {
    usleep(100000);
}
usleep(500000);
foreach (glob("$dumpDir/*.rdump") as $f) {
    unlink($f);
    $dumps++;
}
sort($latency);
$n = count($latency);
$pick = function ($q) use ($latency, $n) { return $n ? $latency[min($n - 1, (int)ceil($q * $n) - 1)] : null; };
echo json_encode([
    'count' => $n, 'errors' => $errors, 'p50' => $pick(0.5), 'p99' => $pick(0.99), 'max' => $n ? $latency[$n - 1] : null,
    'over50ms' => count(array_filter($latency, function ($l) { return $l > 0.05; })), 'signals' => $sig * count($pids), 'dumps' => $dumps,
    'slow' => array_slice($slow, 0, 50), /* [due second, latency] of requests over 20 ms, for a closer look */
]), "\n";
