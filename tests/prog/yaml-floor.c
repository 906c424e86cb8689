/*
 * The floor for the YAML benchmarks: libyaml alone, parsing a YAML
 * stream and emitting the same events, with no conversion at all.
 * usage: yaml-floor [FILE]   (writes to standard output)
 */
#include <stdio.h>

#include <yaml.h>

int
main(int argc, char **argv)
{
	yaml_parser_t parser;
	yaml_emitter_t emitter;
	yaml_event_t ev;
	FILE *in = argc > 1 ? fopen(argv[1], "rb") : stdin;
	int done = 0, status = 0;

	if (in == NULL) {
		perror(argv[1]);
		return 2;
	}
	if (yaml_parser_initialize(&parser) == 0 ||
	    yaml_emitter_initialize(&emitter) == 0)
		return 2;
	yaml_parser_set_input_file(&parser, in);
	yaml_emitter_set_output_file(&emitter, stdout);
	yaml_emitter_set_unicode(&emitter, 1);
	while (!done) {
		if (yaml_parser_parse(&parser, &ev) == 0) {
			fprintf(stderr, "yaml-floor: %s\n", parser.problem);
			status = 1;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		/* The emitter takes the event over, even on failure. */
		if (yaml_emitter_emit(&emitter, &ev) == 0) {
			fprintf(stderr, "yaml-floor: emit failed\n");
			status = 1;
			break;
		}
	}
	yaml_emitter_delete(&emitter);
	yaml_parser_delete(&parser);
	if (in != stdin)
		fclose(in);
	return status;
}
