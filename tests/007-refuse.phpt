--TEST--
rdump_dump() refuses a symlink, FIFO, directory or device at the path and leaves it untouched
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();

// a symlink to a file that must not be created, and one to an existing file
symlink("$dir/target-new", "$dir/link-new.rdump");
file_put_contents("$dir/target-old", 'old contents');
symlink("$dir/target-old", "$dir/link-old.rdump");
exec('mkfifo ' . escapeshellarg("$dir/fifo.rdump"));
mkdir("$dir/dir.rdump");

foreach (["$dir/link-new.rdump", "$dir/link-old.rdump", "$dir/fifo.rdump", "$dir/dir.rdump", '/dev/null'] as $path) {
    $before = lstat($path);
    var_dump(rdump_dump($path));
    clearstatcache();
    $after = lstat($path);
    var_dump($before['ino'] === $after['ino'] && $before['mode'] === $after['mode'] && $before['size'] === $after['size']);
}
var_dump(file_exists("$dir/target-new"));
var_dump(file_get_contents("$dir/target-old"));
var_dump(is_link("$dir/link-new.rdump"), is_link("$dir/link-old.rdump"), filetype("$dir/fifo.rdump"), is_dir("$dir/dir.rdump"));
var_dump(rdump_test_leftovers($dir) === ['dir.rdump', 'fifo.rdump', 'link-new.rdump', 'link-old.rdump', 'target-old']);
var_dump(scandir("$dir/dir.rdump") === ['.', '..']);
?>
--EXPECTF--
Warning: rdump_dump(): Cannot write dump to "%s/link-new.rdump": the path is a symbolic link, refusing to follow it in %s on line %d
bool(false)
bool(true)

Warning: rdump_dump(): Cannot write dump to "%s/link-old.rdump": the path is a symbolic link, refusing to follow it in %s on line %d
bool(false)
bool(true)

Warning: rdump_dump(): Cannot write dump to "%s/fifo.rdump": the existing path is not a regular file in %s on line %d
bool(false)
bool(true)

Warning: rdump_dump(): Cannot write dump to "%s/dir.rdump": the existing path is not a regular file in %s on line %d
bool(false)
bool(true)

Warning: rdump_dump(): Cannot write dump to "/dev/null": the existing path is not a regular file in %s on line %d
bool(false)
bool(true)
bool(false)
string(12) "old contents"
bool(true)
bool(true)
string(4) "fifo"
bool(true)
bool(true)
bool(true)
