--TEST--
rdump.signal: every signal something else sends is refused at startup with a warning that says who sends it (job control, debuggers, seccomp, Go's runtime, the C library's threads), requests then run normally; SIGWINCH warns in a CLI with a terminal only; SIGUSR2 is allowed outside FPM
--SKIPIF--
<?php if (PHP_VERSION_ID < 70100) die('skip rdump.signal needs PHP 7.1 (no VM interrupt before)'); if (!trim((string)shell_exec('command -v script'))) die('skip no script(1) (util-linux)'); ?>
--FILE--
<?php
require __DIR__ . '/rdump_test.inc';
$dir = rdump_test_dir();
$ini = ['rdump.signal_dump' => "$dir/x.rdump", 'display_startup_errors' => '1', 'display_errors' => 'stdout'];
foreach (['32', '33', 'SIGRTMIN-1', 'SIGCONT', 'TSTP', 'SIGTTIN', 'SIGTTOU', 'SIGTRAP', 'SIGSYS', 'SIGURG', 'SIGUSR2', 'SIGWINCH', 'SIGRTMIN+1'] as $sig) {
    $r = rdump_test_run($dir, '<?php echo "request ran\n";', ['rdump.signal' => $sig] + $ini, '</dev/null');
    echo "$sig: ", str_replace("\n", ' | ', trim($r['out'])), " | exit ", $r['status'], "\n";
}
// In a terminal (script(1) gives the CLI a pty), SIGWINCH comes with every resize.
file_put_contents("$dir/tty.php", '<?php echo "request ran\n";');
$cmd = rdump_test_command("$dir/tty.php", ['rdump.signal' => 'SIGWINCH'] + $ini);
$out = shell_exec('script -qec ' . escapeshellarg($cmd) . ' /dev/null </dev/null');
echo "SIGWINCH in a terminal: ", str_replace(["\r", "\n"], ['', ' | '], trim($out)), "\n";
?>
--EXPECTF--
32: %AWarning: PHP Startup: rdump.signal=32 is refused: the C library reserves that signal for its threads; no signal handler installed in Unknown on line 0 | request ran | exit 0
33: %AWarning: PHP Startup: rdump.signal=33 is refused: the C library reserves that signal for its threads; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGRTMIN-1: %AWarning: PHP Startup: rdump.signal=SIGRTMIN-1 is not a signal name or number; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGCONT: %AWarning: PHP Startup: rdump.signal=SIGCONT is refused: job control sends it (a terminal's ^Z, a background read or write, kill -CONT): catching it changes what they do; no signal handler installed in Unknown on line 0 | request ran | exit 0
TSTP: %AWarning: PHP Startup: rdump.signal=TSTP is refused: job control sends it (a terminal's ^Z, a background read or write, kill -CONT): catching it changes what they do; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGTTIN: %AWarning: PHP Startup: rdump.signal=SIGTTIN is refused: job control sends it (a terminal's ^Z, a background read or write, kill -CONT): catching it changes what they do; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGTTOU: %AWarning: PHP Startup: rdump.signal=SIGTTOU is refused: job control sends it (a terminal's ^Z, a background read or write, kill -CONT): catching it changes what they do; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGTRAP: %AWarning: PHP Startup: rdump.signal=SIGTRAP is refused: debuggers use it for breakpoints and single steps; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGSYS: %AWarning: PHP Startup: rdump.signal=SIGSYS is refused: seccomp filters raise it for a refused system call; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGURG: %AWarning: PHP Startup: rdump.signal=SIGURG is refused: Go's runtime (FrankenPHP) preempts goroutines with it and sockets raise it for urgent data; no signal handler installed in Unknown on line 0 | request ran | exit 0
SIGUSR2: request ran | exit 0
SIGWINCH: request ran | exit 0
SIGRTMIN+1: request ran | exit 0
SIGWINCH in a terminal: %AWarning: PHP Startup: rdump.signal=SIGWINCH: the terminal sends it on every resize, and each time asks for a dump (at most one per rdump.signal_dump_min_interval) in Unknown on line 0 | request ran
