/*
 * json2yaml: JSON values (JSON Lines, concatenated or pretty) to a YAML
 * stream, one document per value; records validated first.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "cli.h"
#include "iachr_yaml.h"

static const char *const synopsis[] = {
	"[--no-validate] [-o file] [file ...]",
	NULL
};

static int
write_yaml(void *arg, const json_t *value, iachr_error_t *err)
{
	return iachr_yaml_write(value, arg, err) == 0 ? IACHR_OK : IACHR_FATAL;
}

int
main(int argc, char **argv)
{
	/* keep sorted */
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "no-validate", no_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_output out;
	struct cli_convert c = { .read = cli_read_json,
	    .validate = CLI_VALIDATE_RECORDS, .write = write_yaml };
	const char *output = NULL;
	int ch;

	cli_init(argv);
	while ((ch = cli_getopt(argc, argv, "ho:", longopts)) != -1) {
		switch (ch) {
		case 'V':
			cli_version();
			return cli_finish(CLI_OK);
		case 'h':
			cli_usage(stdout, synopsis);
			return cli_finish(CLI_OK);
		case 'n':
			c.validate = CLI_NO_VALIDATE;
			break;
		case 'o':
			output = optarg;
			break;
		default:
			return cli_usage_error(synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (cli_output_open(&out, output) != 0)
		return cli_finish(CLI_ERROR);
	c.arg = out.fp;
	c.output = out.path;
	cli_convert_inputs(&c, argc, argv);
	return cli_finish(cli_output_end(&out, c.status));
}
