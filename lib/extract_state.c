/*
 * The State concerned: the State most named, with the headline, the lead
 * and phrases such as "the State of Peru", "el Estado venezolano" or
 * "l'État haïtien" counting most.
 */
#include <string.h>

#include "extract_private.h"
#include "state_table_private.h"

/* Words right before a name that make it the State addressed. */
static const char *const state_before[] = {
	"estado da ", "estado de ", "estado do ", "etat de ", "etat du ",
	"state of ", NULL
};

/* Words right after an adjective that make it the State addressed. */
static const char *const state_after[] = {
	" estado", " etat", " government", " gobierno", " governo",
	" gouvernement", " state", NULL
};

/* Words right before an adjective naming the State ("Estado venezolano"). */
static const char *const adjective_before[] = {
	"estado ", "etat ", NULL
};

static int
state_index(const char *code)
{
	int i;

	for (i = 0; iachrp_states[i].code != NULL; i++)
		if (strcmp(iachrp_states[i].code, code) == 0)
			return i;
	return -1;
}

/* Matches name at f, also in the plural (-s, -es). */
static size_t
name_match(const char *f, const char *name)
{
	char buf[64];
	size_t n, len = strlen(name);

	if ((n = iachrp_match(f, name)) > 0 || len + 3 > sizeof(buf))
		return n;
	memcpy(buf, name, len);
	memcpy(buf + len, "s", 2);
	if ((n = iachrp_match(f, buf)) > 0)
		return n;
	memcpy(buf + len, "es", 3);
	return iachrp_match(f, buf);
}

int
iachrp_state_at(const char *f, size_t *mlen)
{
	size_t i, n, best = 0;
	int state = -1;

	if (!iachrp_is_alpha_at(f))
		return -1;
	for (i = 0; iachrp_state_names[i].name != NULL; i++) {
		const char *name = iachrp_state_names[i].name;

		if ((unsigned char)*f < 0x80 && *f != name[0])
			continue;
		if ((n = name_match(f, name)) > best) {
			best = n;
			state = state_index(iachrp_state_names[i].code);
		}
	}
	if (mlen != NULL)
		*mlen = best;
	return state;
}

static int
ends_with_any(const char *start, const char *p, const char *const *cues)
{
	size_t i, n;

	for (i = 0; cues[i] != NULL; i++) {
		n = strlen(cues[i]);
		if ((size_t)(p - start) >= n &&
		    iachrp_match(p - n, cues[i]) > 0)
			return 1;
	}
	return 0;
}

json_t *
iachrp_extract_state(const struct iachrp_doc *doc)
{
	long score[64] = { 0 };
	long first[64];
	size_t i, n;
	int s, best = -1;
	long order = 0;

	for (s = 0; s < 64; s++)
		first[s] = -1;
	for (i = 0; i < doc->npara; i++) {
		const char *f = doc->para[i].f;
		const char *p;
		long weight = 1;

		if (doc->para[i].kind == IACHRP_FURNITURE)
			continue;
		if ((long)i == doc->title)
			weight = 3;
		else if ((long)i == doc->lead)
			weight = 2;
		for (p = f; *p != '\0'; p++) {
			long w = weight;

			if (!iachrp_boundary_before(f, p) ||
			    (s = iachrp_state_at(p, &n)) < 0)
				continue;
			if (ends_with_any(f, p, state_before) ||
			    ends_with_any(f, p, adjective_before) ||
			    iachrp_match_any(p + n, state_after, NULL) > 0)
				w += 3;
			score[s] += w;
			if (first[s] < 0)
				first[s] = order++;
			p += n - 1;
		}
	}
	for (s = 0; iachrp_states[s].code != NULL; s++) {
		if (score[s] == 0)
			continue;
		if (best < 0 || score[s] > score[best] ||
		    (score[s] == score[best] && first[s] < first[best]))
			best = s;
	}
	if (best < 0)
		return json_pack("{s:n, s:n}", "name", "code");
	return json_pack("{s:s, s:s}", "name", iachrp_states[best].name,
	    "code", iachrp_states[best].code);
}
