/*
 * The floor for a dump of N bytes: write() N bytes from an in-memory buffer
 * to a new file, in 64 MiB calls, the way rdump writes regions. Prints the
 * wall time in seconds.
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

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	unsigned long long left;
	char *buf;
	int fd;

	if (argc != 3) {
		fprintf(stderr, "usage: floor FILE BYTES\n");
		return 2;
	}
	left = strtoull(argv[2], NULL, 10);
	buf = malloc(CHUNK);
	if (!buf) {
		return 1;
	}
	memset(buf, 0x5a, CHUNK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		perror("open");
		return 1;
	}
	while (left > 0) {
		size_t n = left < CHUNK ? (size_t)left : CHUNK;
		ssize_t w = write(fd, buf, n);
		if (w <= 0) {
			perror("write");
			return 1;
		}
		left -= (unsigned long long)w;
	}
	close(fd);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.6f\n", (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}
