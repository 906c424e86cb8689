/*
 * Runs a fuzz target over files without libFuzzer, so that make check
 * replays each target's seeds (and any crash reproducers kept with them)
 * under the normal and the sanitizer builds.
 * usage: replay_fuzz_<area> FILE_OR_DIR...
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
replay_file(const char *path)
{
	FILE *fp;
	unsigned char *buf = NULL, *grown;
	size_t len = 0, cap = 0, n;

	if ((fp = fopen(path, "rb")) == NULL) {
		perror(path);
		return -1;
	}
	for (;;) {
		if (len == cap) {
			cap = cap == 0 ? 65536 : cap * 2;
			if ((grown = realloc(buf, cap)) == NULL) {
				free(buf);
				fclose(fp);
				return -1;
			}
			buf = grown;
		}
		if ((n = fread(buf + len, 1, cap - len, fp)) == 0)
			break;
		len += n;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

static int
replay(const char *path, int *count)
{
	struct stat st;
	struct dirent *de;
	DIR *dir;
	char child[4096];
	int status = 0;

	if (stat(path, &st) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return replay_file(path);
	}
	if ((dir = opendir(path)) == NULL) {
		perror(path);
		return -1;
	}
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(child, sizeof(child), "%s/%s", path, de->d_name);
		if (replay(child, count) != 0)
			status = -1;
	}
	closedir(dir);
	return status;
}

int
main(int argc, char **argv)
{
	int i, count = 0, status = 0;

	for (i = 1; i < argc; i++)
		if (replay(argv[i], &count) != 0)
			status = 1;
	printf("replayed %d inputs\n", count);
	return status;
}
