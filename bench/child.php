<?php
/* Benchmark child: hold about $argv[1] MiB of live PHP data (arrays of
 * strings and objects), then take dumps on command from stdin:
 *   dump PATH  ->  "dumped SECONDS RSS_BEFORE RSS_AFTER OK"
 *   quit
 */
final class Item
{
    public $id;
    public $name;
    public $tags;
    public function __construct($id)
    {
        $this->id = $id;
        $this->name = str_repeat(chr(97 + $id % 26), 200) . $id;
        $this->tags = ['t' . ($id % 100), 'u' . ($id % 7)];
    }
}

function rss()
{
    $statm = explode(' ', file_get_contents('/proc/self/statm'));
    return (int)$statm[1] * 4096;
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
    }
}
