/*
 * The YAML writer: a JSON value as the events of one block-style
 * document, each string in the style that reads back as that string.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <yaml.h>

#include "iachr_yaml.h"
#include "yaml_private.h"

struct writer {
	yaml_emitter_t emitter;
	iachr_error_t *err;
};

static int
emitted(struct writer *w, yaml_event_t *ev, int made)
{
	yaml_emitter_t *e = &w->emitter;

	if (made == 0) {
		iachr_error_set(w->err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	if (yaml_emitter_emit(e, ev) != 0)
		return 0;
	if (e->error == YAML_WRITER_ERROR)
		iachr_error_set(w->err, IACHR_E_IO, NULL, 0, 0, -1,
		    "write error");
	else if (e->error == YAML_MEMORY_ERROR)
		iachr_error_set(w->err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
	else
		iachr_error_set(w->err, IACHR_E_INVALID, NULL, 0, 0, -1,
		    "%s", e->problem != NULL ? e->problem : "cannot emit");
	return -1;
}

static int
scalar(struct writer *w, const char *s, size_t n, yaml_scalar_style_t style)
{
	yaml_event_t ev;

	return emitted(w, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)(uintptr_t)s, (int)n, 1, 1, style));
}

static int
string(struct writer *w, const char *s, size_t n)
{
	yaml_scalar_style_t style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;

	if (iachrp_yaml_plain_safe(s, n))
		style = YAML_PLAIN_SCALAR_STYLE;
	else if (iachrp_yaml_literal_safe(s, n))
		style = YAML_LITERAL_SCALAR_STYLE;
	return scalar(w, s, n, style);
}

static int
node(struct writer *w, json_t *v)
{
	yaml_event_t ev;
	const char *key;
	size_t i, len;
	json_t *item;
	char buf[64];

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (emitted(w, &ev, yaml_mapping_start_event_initialize(&ev,
		    NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE)) != 0)
			return -1;
		json_object_keylen_foreach(v, key, len, item)
			if (string(w, key, len) != 0 || node(w, item) != 0)
				return -1;
		return emitted(w, &ev, yaml_mapping_end_event_initialize(&ev));
	case JSON_ARRAY:
		if (emitted(w, &ev, yaml_sequence_start_event_initialize(&ev,
		    NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE)) != 0)
			return -1;
		json_array_foreach(v, i, item)
			if (node(w, item) != 0)
				return -1;
		return emitted(w, &ev, yaml_sequence_end_event_initialize(&ev));
	case JSON_STRING:
		return string(w, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		snprintf(buf, sizeof(buf), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		return scalar(w, buf, strlen(buf), YAML_PLAIN_SCALAR_STYLE);
	case JSON_REAL:
		iachrp_yaml_format_real(json_real_value(v), buf, sizeof(buf));
		return scalar(w, buf, strlen(buf), YAML_PLAIN_SCALAR_STYLE);
	case JSON_TRUE:
		return scalar(w, "true", 4, YAML_PLAIN_SCALAR_STYLE);
	case JSON_FALSE:
		return scalar(w, "false", 5, YAML_PLAIN_SCALAR_STYLE);
	case JSON_NULL:
		break;
	}
	return scalar(w, "null", 4, YAML_PLAIN_SCALAR_STYLE);
}

int
iachr_yaml_write(const json_t *value, FILE *fp, iachr_error_t *err)
{
	struct writer w;
	yaml_event_t ev;
	int rc;

	w.err = err;
	if (yaml_emitter_initialize(&w.emitter) == 0) {
		iachr_error_set(err, IACHR_E_NOMEM, NULL, 0, 0, -1,
		    "out of memory");
		return -1;
	}
	yaml_emitter_set_output_file(&w.emitter, fp);
	yaml_emitter_set_unicode(&w.emitter, 1);
	yaml_emitter_set_break(&w.emitter, YAML_LN_BREAK);
	/* jansson's API takes no const; the value is only read. */
	rc = emitted(&w, &ev, yaml_stream_start_event_initialize(&ev,
	    YAML_UTF8_ENCODING)) != 0 ||
	    emitted(&w, &ev, yaml_document_start_event_initialize(&ev, NULL,
	    NULL, NULL, 0)) != 0 ||
	    node(&w, (json_t *)(uintptr_t)value) != 0 ||
	    emitted(&w, &ev, yaml_document_end_event_initialize(&ev, 1)) != 0 ||
	    emitted(&w, &ev, yaml_stream_end_event_initialize(&ev)) != 0 ?
	    -1 : 0;
	if (rc == 0 && ferror(fp)) {
		iachr_error_set(err, IACHR_E_IO, NULL, 0, 0, -1,
		    "write error");
		rc = -1;
	}
	yaml_emitter_delete(&w.emitter);
	return rc;
}
