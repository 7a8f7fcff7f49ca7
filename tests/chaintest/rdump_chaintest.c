/*
 * Test fixture, not shipped: a second extension that hooks zend_error_cb
 * the way APMs and php-memory-profiler do (keeps the previous handler and
 * calls it). On each E_ERROR it appends "chaintest saw E_ERROR: <message>"
 * to the file named by $RDUMP_CHAINTEST_LOG. Used to prove that rdump's
 * hook and others' both run, whichever is loaded first.
 */
#include "php.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#if PHP_VERSION_ID < 70200
# define CB_ARGS int type, const char *file, const uint line, const char *format, va_list args
# define CB_PASS type, file, line, format, args
# define CB_MESSAGE format
#elif PHP_VERSION_ID < 80000
# define CB_ARGS int type, const char *file, const uint32_t line, const char *format, va_list args
# define CB_PASS type, file, line, format, args
# define CB_MESSAGE format
#elif PHP_VERSION_ID < 80100
# define CB_ARGS int type, const char *file, const uint32_t line, zend_string *message
# define CB_PASS type, file, line, message
# define CB_MESSAGE ZSTR_VAL(message)
#else
# define CB_ARGS int type, zend_string *file, const uint32_t line, zend_string *message
# define CB_PASS type, file, line, message
# define CB_MESSAGE ZSTR_VAL(message)
#endif

static void (*chaintest_prev_cb)(CB_ARGS);

static void chaintest_error_cb(CB_ARGS)
{
	const char *log = getenv("RDUMP_CHAINTEST_LOG");

	if (type == E_ERROR && log) {
		char line[512];
		int fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0600);
		int n = snprintf(line, sizeof(line), "chaintest saw E_ERROR: %.400s\n", CB_MESSAGE);

		if (fd >= 0) {
			if (write(fd, line, (size_t)n) < 0) {
				/* nothing to do */
			}
			close(fd);
		}
	}
	chaintest_prev_cb(CB_PASS);
}

static void chaintest_signal_handler(int signo)
{
	const char *log = getenv("RDUMP_CHAINTEST_LOG");
	char line[64];
	int n = snprintf(line, sizeof(line), "chaintest got signal %d\n", signo);

	if (log) {
		int fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0600);
		if (fd >= 0) {
			if (write(fd, line, (size_t)n) < 0) {
				/* nothing to do */
			}
			close(fd);
		}
	}
}

static PHP_MINIT_FUNCTION(rdump_chaintest)
{
	const char *sig = getenv("RDUMP_CHAINTEST_SIGNAL");

	(void)type;
	(void)module_number;
	if (sig && atoi(sig) > 0) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = chaintest_signal_handler;
		sa.sa_flags = SA_RESTART;
		sigaction(atoi(sig), &sa, NULL);
	}
	chaintest_prev_cb = zend_error_cb;
	zend_error_cb = chaintest_error_cb;
	return SUCCESS;
}

zend_module_entry rdump_chaintest_module_entry = {
	STANDARD_MODULE_HEADER,
	"rdump_chaintest",
	NULL,
	PHP_MINIT(rdump_chaintest),
	NULL, NULL, NULL, NULL,
	"1.0",
	STANDARD_MODULE_PROPERTIES
};

ZEND_GET_MODULE(rdump_chaintest)
