--TEST--
rdump_dump() bad paths: missing or unwritable directory, NUL byte, empty path; nothing left behind
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();

var_dump(rdump_dump("$dir/no/such/dir/x.rdump"));

// An unwritable directory. root ignores permissions, so the dump is then
// taken by a child running as nobody (setpriv from util-linux).
mkdir("$dir/ro", 0555);
chmod($dir, 0755);
$code = 'var_dump(rdump_dump($argv[1]));';
if (function_exists('posix_getuid') ? posix_getuid() === 0 : trim(shell_exec('id -u')) === '0') {
    $prefix = 'setpriv --reuid=65534 --regid=65534 --clear-groups';
} else {
    $prefix = '';
}
file_put_contents("$dir/child.php", "<?php $code");
chmod("$dir/child.php", 0644);
exec($prefix . ' ' . rdump_test_command("$dir/child.php", ['display_errors' => 'stderr'], ["$dir/ro/x.rdump"]) . ' 2>&1', $out, $status);
echo implode("\n", $out), "\n";
var_dump(rdump_test_leftovers("$dir/ro"));

// PHP 8 throws (ValueError), PHP 7 warns and returns null/false, as for
// PHP's own path parameters.
function refused(callable $call) {
    $message = null;
    set_error_handler(function ($no, $msg) use (&$message) { $message = $msg; return true; });
    try {
        $result = $call();
    } catch (Throwable $e) {
        $message = get_class($e) . ': ' . $e->getMessage();
        $result = 'thrown';
    }
    restore_error_handler();
    return var_export($result === false || $result === null || $result === 'thrown', true) . ' ' . $message;
}
$nul = refused(function () use ($dir) { return rdump_dump("$dir/nul\0byte.rdump"); });
echo preg_match('/must not contain any null bytes|to be a valid path/', $nul) ? "NUL byte refused\n" : "$nul\n";
$empty = refused(function () { return rdump_dump(''); });
echo preg_match('/^true .*Argument #1 \(\$path\) cannot be empty/', $empty) ? "empty path refused\n" : "$empty\n";
var_dump(rdump_test_leftovers($dir));
?>
--EXPECTF--
Warning: rdump_dump(): Cannot write dump to "%s/no/such/dir/x.rdump": the directory does not exist in %s on line %d
bool(false)
%AWarning: rdump_dump(): Cannot write dump to "%s/ro/x.rdump": cannot create a file in the directory: Permission denied in %s on line %d
bool(false)
array(0) {
}
NUL byte refused
empty path refused
array(2) {
  [0]=>
  string(9) "child.php"
  [1]=>
  string(2) "ro"
}
