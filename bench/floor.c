/*
 * The floor for a dump of N bytes: write() N bytes from an in-memory buffer
 * to a new file, in 64 MiB calls. Two passes in one process:
 *   cold  the first write of a fresh process, into whatever memory the page
 *         cache gets (on a VM that hands free memory back to its host, that
 *         memory may have to be faulted in again on the host: up to 10x)
 *   warm  the same bytes again to a new file, after the first was unlinked:
 *         its page cache pages were just freed and are reused
 * Prints both wall times in seconds: "COLD WARM". The files are removed.
 *
 *   floor FILE BYTES
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (64u << 20)

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double write_file(const char *path, const char *buf, unsigned long long left)
{
	double t0 = now();
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0) {
		perror("open");
		exit(1);
	}
	while (left > 0) {
		size_t n = left < CHUNK ? (size_t)left : CHUNK;
		ssize_t w = write(fd, buf, n);
		if (w <= 0) {
			perror("write");
			exit(1);
		}
		left -= (unsigned long long)w;
	}
	close(fd);
	return now() - t0;
}

int main(int argc, char **argv)
{
	unsigned long long bytes;
	double cold, warm;
	char *buf;

	if (argc != 3) {
		fprintf(stderr, "usage: floor FILE BYTES\n");
		return 2;
	}
	bytes = strtoull(argv[2], NULL, 10);
	buf = malloc(CHUNK);
	if (!buf) {
		return 1;
	}
	memset(buf, 0x5a, CHUNK);
	unlink(argv[1]);
	cold = write_file(argv[1], buf, bytes);
	unlink(argv[1]);
	warm = write_file(argv[1], buf, bytes);
	unlink(argv[1]);
	printf("%.6f %.6f\n", cold, warm);
	return 0;
}
