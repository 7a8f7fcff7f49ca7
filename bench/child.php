<?php
/* Benchmark child: hold about $argv[1] MiB of live PHP data (arrays of
 * strings and objects), then take dumps on command from stdin:
 *   dump PATH    ->  "dumped SECONDS RSS_BEFORE RSS_AFTER OK"
 *   bgdump PATH  ->  "bgdumped PAUSE APPEARED EXITED OK": a background dump;
 *                    PAUSE is how long rdump_dump() held this process,
 *                    APPEARED when the complete file was at PATH, EXITED
 *                    when the writer had exited (seconds since the call)
 *   fork         ->  "forked SECONDS": how long a bare pcntl_fork() held
 *                    this process (the child execs /bin/true); -1 without
 *                    pcntl
 *   reserve      ->  "reserved ADDRESS": map 1 TiB MAP_NORESERVE (FFI) and
 *                    touch one page of it
 *   quit
 */
require __DIR__ . '/item.php';

/* Resident bytes (VmRSS is in kB whatever the page size). */
function rss()
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', (string)file_get_contents('/proc/self/status'), $m);
    return (int)$m[1] << 10;
}

/* Poll (every 0.2 ms) until $done() holds; false after $limit seconds. */
function wait_until(callable $done, $limit)
{
    $end = hrtime(true) + (int)($limit * 1e9);
    while (!$done()) {
        if (hrtime(true) > $end) {
            return false;
        }
        usleep(200);
    }
    return true;
}

$target = (int)$argv[1] << 20;
$strings = [];
$objects = [];
for ($i = 0; memory_get_usage() < $target; $i++) {
    if ($i % 2) {
        $strings[] = str_repeat('s', 1000) . $i;
    } else {
        $objects[] = new Item($i);
    }
}
$reserved = [];
echo 'ready ', getmypid(), ' ', memory_get_usage(), "\n";
while (($line = fgets(STDIN)) !== false) {
    $line = trim($line);
    if ($line === 'quit') {
        break;
    }
    if (strncmp($line, 'dump ', 5) === 0) {
        $before = rss();
        $t = hrtime(true);
        $ok = rdump_dump(substr($line, 5));
        $seconds = (hrtime(true) - $t) / 1e9;
        printf("dumped %.6f %d %d %d\n", $seconds, $before, rss(), $ok ? 1 : 0);
    } elseif (strncmp($line, 'bgdump ', 7) === 0) {
        $path = substr($line, 7);
        $children = '/proc/self/task/' . getmypid() . '/children';
        $t = hrtime(true);
        $ok = rdump_dump($path, false, true);
        $pause = (hrtime(true) - $t) / 1e9;
        // rename() puts the complete file in place; then the writer logs,
        // exits and is reaped by rdump's SIGCHLD handler.
        $ok = $ok && wait_until(function () use ($path) { clearstatcache(); return file_exists($path); }, 120);
        $appeared = (hrtime(true) - $t) / 1e9;
        $ok = $ok && wait_until(function () use ($children) { return trim((string)@file_get_contents($children)) === ''; }, 30);
        $exited = (hrtime(true) - $t) / 1e9;
        printf("bgdumped %.6f %.6f %.6f %d\n", $pause, $appeared, $exited, $ok ? 1 : 0);
    } elseif ($line === 'fork') {
        if (!function_exists('pcntl_fork')) {
            echo "forked -1\n";
            continue;
        }
        $t = hrtime(true);
        $pid = pcntl_fork();
        if ($pid === 0) {
            pcntl_exec('/bin/true');
            exit(1);
        }
        $seconds = (hrtime(true) - $t) / 1e9;
        pcntl_waitpid($pid, $status);
        printf("forked %.6f\n", $seconds);
    } elseif ($line === 'reserve') {
        $libc = FFI::cdef('intptr_t mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);', 'libc.so.6');
        $addr = $libc->mmap(null, 1 << 40, 3 /* PROT_READ|PROT_WRITE */, 0x22 | 0x4000 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE */, -1, 0);
        if ($addr === -1) {
            echo "reserved 0\n";
            continue;
        }
        $int = $libc->new('intptr_t');
        $int->cdata = $addr;
        $p = $libc->new('char *');
        FFI::memcpy(FFI::addr($p), FFI::addr($int), 8);
        FFI::memset($p + (1 << 39), 0x5a, 1);
        $reserved[] = $p;
        printf("reserved 0x%x\n", $addr);
    }
}
