/*
 * The record as the Akoma Ntoso writer and reader see it: one table of
 * members in schema order, and the check that a record fits it before a
 * byte of it is written.
 */
#include <stdio.h>
#include <string.h>

#include "iachr_private.h"
#include "akn_private.h"

#define END { NULL, AKN_STRING, 0, NULL, NULL, AKN_STRING }

static const struct akn_field number_year[] = {
	{ "number", AKN_INTEGER, 0, NULL, NULL, AKN_STRING },
	{ "year", AKN_INTEGER, 0, NULL, NULL, AKN_STRING },
	END
};

static const struct akn_field state[] = {
	{ "name", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	{ "code", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	END
};

static const struct akn_field beneficiary[] = {
	{ "name", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "kind", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	END
};

static const struct akn_field request[] = {
	{ "label", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	{ "text", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	END
};

static const struct akn_field provision[] = {
	{ "instrument", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "article", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	END
};

static const struct akn_field press_release[] = {
	{ "number", AKN_INTEGER, 1, NULL, NULL, AKN_STRING },
	{ "year", AKN_INTEGER, 1, NULL, NULL, AKN_STRING },
	{ "place", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	{ "date", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	{ "time", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	{ "title", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	END
};

static const struct akn_field source[] = {
	{ "sha256", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "bytes", AKN_INTEGER, 0, NULL, NULL, AKN_STRING },
	{ "encoding", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	END
};

const struct akn_field iachrp_akn_record[] = {
	{ "schema", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "id", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "language", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "instrument", AKN_STRING, 0, NULL, NULL, AKN_STRING },
	{ "decisions", AKN_ARRAY, 0, NULL, "decision", AKN_STRING },
	{ "resolution", AKN_OBJECT, 1, number_year, NULL, AKN_STRING },
	{ "measure", AKN_OBJECT, 1, number_year, NULL, AKN_STRING },
	{ "date", AKN_STRING, 1, NULL, NULL, AKN_STRING },
	{ "state", AKN_OBJECT, 0, state, NULL, AKN_STRING },
	{ "beneficiaries", AKN_ARRAY, 0, beneficiary, "beneficiary",
	    AKN_OBJECT },
	{ "collective", AKN_BOOLEAN, 0, NULL, NULL, AKN_STRING },
	{ "rights", AKN_ARRAY, 0, NULL, "right", AKN_STRING },
	{ "requests", AKN_ARRAY, 0, request, "request", AKN_OBJECT },
	{ "legal_basis", AKN_ARRAY, 0, provision, "provision", AKN_OBJECT },
	{ "press_release", AKN_OBJECT, 0, press_release, NULL, AKN_STRING },
	{ "text", AKN_BODY, 0, NULL, NULL, AKN_STRING },
	{ "source", AKN_OBJECT, 0, source, NULL, AKN_STRING },
	END
};

static const char *
kind_name(enum akn_kind kind)
{
	switch (kind) {
	case AKN_STRING:
		return "a string";
	case AKN_INTEGER:
		return "an integer";
	case AKN_BOOLEAN:
		return "a boolean";
	case AKN_OBJECT:
		return "an object";
	default:
		return "an array";
	}
}

static int
fail(iachr_error_t *err, int code, const char *ptr, const char *fmt,
    const char *arg)
{
	iachr_error_set(err, code, NULL, 0, 0, -1, fmt, arg);
	iachr_error_set_pointer(err, ptr);
	return -1;
}

/*
 * XML 1.0 has no way to carry C0 controls other than tab, newline and
 * carriage return, nor U+FFFE and U+FFFF, not even as character
 * references.  jansson has already checked that the UTF-8 is valid.
 */
static int
check_chars(const json_t *s, const char *ptr, iachr_error_t *err)
{
	const unsigned char *p = (const unsigned char *)json_string_value(s);
	size_t i, n = json_string_length(s);
	char what[32];

	for (i = 0; i < n; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r') || (p[i] == 0xEF && i + 2 < n &&
		    p[i + 1] == 0xBF && (p[i + 2] & 0xFE) == 0xBE)) {
			snprintf(what, sizeof(what), "U+%04X", p[i] < 0x20 ?
			    p[i] : 0xFF00 + p[i + 2] + 0x40);
			return fail(err, IACHR_E_ENCODING, ptr,
			    "%s cannot be written in XML 1.0", what);
		}
	}
	return 0;
}

static int check_value(const json_t *v, enum akn_kind kind, int nullable,
    const struct akn_field *sub, char *ptr, size_t plen,
    iachr_error_t *err);

static int
check_array(const json_t *v, enum akn_kind item_kind,
    const struct akn_field *sub, char *ptr, size_t plen, iachr_error_t *err)
{
	size_t i, n = strlen(ptr);
	int rc = 0;

	for (i = 0; rc == 0 && i < json_array_size(v); i++) {
		snprintf(ptr + n, plen - n, "/%zu", i);
		rc = check_value(json_array_get(v, i), item_kind, 0, sub, ptr,
		    plen, err);
	}
	ptr[n] = '\0';
	return rc;
}

static int
check_value(const json_t *v, enum akn_kind kind, int nullable,
    const struct akn_field *sub, char *ptr, size_t plen, iachr_error_t *err)
{
	int ok;

	if (json_is_null(v)) {
		if (nullable)
			return 0;
		return fail(err, IACHR_E_INVALID, ptr, "is null, expected %s",
		    kind_name(kind));
	}
	switch (kind) {
	case AKN_STRING:
		ok = json_is_string(v);
		break;
	case AKN_INTEGER:
		ok = json_is_integer(v);
		break;
	case AKN_BOOLEAN:
		ok = json_is_boolean(v);
		break;
	case AKN_OBJECT:
		ok = json_is_object(v);
		break;
	default:
		ok = json_is_array(v);
		break;
	}
	if (!ok)
		return fail(err, IACHR_E_INVALID, ptr, "expected %s",
		    kind_name(kind));
	if (kind == AKN_STRING)
		return check_chars(v, ptr, err);
	if (kind == AKN_OBJECT)
		return iachrp_akn_check_at(v, sub, ptr, plen, err);
	if (kind == AKN_BODY)
		return check_array(v, AKN_STRING, NULL, ptr, plen, err);
	if (kind == AKN_ARRAY)
		return check_array(v, sub != NULL ? AKN_OBJECT : AKN_STRING,
		    sub, ptr, plen, err);
	return 0;
}

int
iachrp_akn_check_at(const json_t *obj, const struct akn_field *fields,
    char *ptr, size_t plen, iachr_error_t *err)
{
	const struct akn_field *f;
	const char *key;
	json_t *v;
	size_t n = strlen(ptr), count = 0;
	int rc = 0;

	for (f = fields; rc == 0 && f->key != NULL; f++, count++) {
		snprintf(ptr + n, plen - n, "/%s", f->key);
		if ((v = json_object_get(obj, f->key)) == NULL)
			rc = fail(err, IACHR_E_INVALID, ptr, "is missing%s",
			    "");
		else
			rc = check_value(v, f->kind, f->nullable, f->sub, ptr,
			    plen, err);
	}
	ptr[n] = '\0';
	if (rc == 0 && json_object_size(obj) != count) {
		json_object_foreach((json_t *)obj, key, v) {
			for (f = fields; f->key != NULL; f++)
				if (strcmp(f->key, key) == 0)
					break;
			if (f->key == NULL)
				break;
		}
		rc = fail(err, IACHR_E_INVALID, ptr,
		    "has a member \"%s\" that is not in the record", key);
	}
	return rc;
}

int
iachrp_akn_check(const json_t *rec, const struct akn_field *fields,
    iachr_error_t *err)
{
	char ptr[IACHR_ERROR_POINTER_LENGTH] = "";

	if (!json_is_object(rec))
		return fail(err, IACHR_E_INVALID, "", "expected %s",
		    "an object");
	return iachrp_akn_check_at(rec, fields, ptr, sizeof(ptr), err);
}
