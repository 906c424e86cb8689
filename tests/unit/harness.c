#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#define MAX_ARGS 64

const char *
harness_bin_dir(void)
{
	const char *bin = getenv("BIN");

	return bin != NULL && *bin != '\0' ? bin : "bin";
}

char *
harness_read_file(const char *path, size_t *len)
{
	FILE *fp;
	char *buf = NULL, *grown;
	size_t n, used = 0, cap = 0;

	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;
	do {
		if (cap - used < 4096) {
			cap = cap == 0 ? 8192 : cap * 2;
			if ((grown = realloc(buf, cap + 1)) == NULL) {
				free(buf);
				fclose(fp);
				return NULL;
			}
			buf = grown;
		}
		n = fread(buf + used, 1, cap - used, fp);
		used += n;
	} while (n > 0);
	fclose(fp);
	buf[used] = '\0';
	if (len != NULL)
		*len = used;
	return buf;
}

/* Splits $IACHR_WRAPPER on spaces into argv (the copy is leaked once). */
static int
wrapper_args(const char **argv, int max)
{
	const char *env = getenv("IACHR_WRAPPER");
	char *copy, *word, *save;
	int n = 0;

	if (env == NULL || *env == '\0' || (copy = strdup(env)) == NULL)
		return 0;
	for (word = strtok_r(copy, " ", &save); word != NULL && n < max;
	    word = strtok_r(NULL, " ", &save))
		argv[n++] = word;
	return n;
}

int
harness_run(const char *tool, const char *const *args,
    const char *stdin_path, const char *cwd, struct run_result *res)
{
	char out_path[] = "/tmp/iachr-out.XXXXXX";
	char err_path[] = "/tmp/iachr-err.XXXXXX";
	char tool_path[8448], here[4096];
	const char *argv[MAX_ARGS + 16];
	int out_fd, err_fd, in_fd, n, i, wstatus;
	pid_t pid;

	memset(res, 0, sizeof(*res));
	if ((out_fd = mkstemp(out_path)) == -1)
		return -1;
	if ((err_fd = mkstemp(err_path)) == -1) {
		close(out_fd);
		unlink(out_path);
		return -1;
	}
	if (harness_bin_dir()[0] == '/')
		snprintf(tool_path, sizeof(tool_path), "%s/%s",
		    harness_bin_dir(), tool);
	else
		snprintf(tool_path, sizeof(tool_path), "%s/%s/%s",
		    getcwd(here, sizeof(here)) != NULL ? here : ".",
		    harness_bin_dir(), tool);
	n = wrapper_args(argv, 16);
	argv[n++] = tool_path;
	for (i = 0; args != NULL && args[i] != NULL && i < MAX_ARGS; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	fflush(NULL);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		in_fd = open(stdin_path != NULL ? stdin_path : "/dev/null",
		    O_RDONLY);
		if (in_fd == -1 || (cwd != NULL && chdir(cwd) != 0))
			_exit(126);
		dup2(in_fd, 0);
		dup2(out_fd, 1);
		dup2(err_fd, 2);
		setenv("LC_ALL", "C", 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	close(out_fd);
	close(err_fd);
	if (waitpid(pid, &wstatus, 0) == -1)
		return -1;
	res->status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) :
	    128 + WTERMSIG(wstatus);
	res->out = harness_read_file(out_path, &res->out_len);
	res->err = harness_read_file(err_path, &res->err_len);
	unlink(out_path);
	unlink(err_path);
	return res->out != NULL && res->err != NULL ? 0 : -1;
}

void
harness_result_free(struct run_result *res)
{
	free(res->out);
	free(res->err);
	memset(res, 0, sizeof(*res));
}
