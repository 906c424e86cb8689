/*
 * How releases in Spanish, Portuguese and French name the States where
 * the English short name of the record does not fit: the OAS member
 * States, by ISO 3166-1 code.  Used only to mark up the text.
 */
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "akn_private.h"

struct state {
	const char *code;
	const char *names[4];	/* NULL-terminated */
};

/* keep sorted by code */
static const struct state states[] = {
	{ "AR", { "Argentine", NULL } },
	{ "BB", { "Barbade", NULL } },
	{ "BO", { "Bolívia", "Bolivie", NULL } },
	{ "BR", { "Brasil", "Brésil", NULL } },
	{ "BZ", { "Belice", NULL } },
	{ "CA", { "Canadá", NULL } },
	{ "CL", { "Chili", NULL } },
	{ "CO", { "Colômbia", "Colombie", NULL } },
	{ "DO", { "República Dominicana", "République dominicaine", NULL } },
	{ "EC", { "Equador", "Équateur", NULL } },
	{ "GD", { "Granada", "Grenade", NULL } },
	{ "GY", { "Guiana", NULL } },
	{ "HT", { "Haití", "Haïti", NULL } },
	{ "JM", { "Jamaïque", NULL } },
	{ "KN", { "San Cristóbal y Nieves", "São Cristóvão e Névis",
	    "Saint-Christophe-et-Niévès" } },
	{ "LC", { "Santa Lucía", "Santa Lúcia", "Sainte-Lucie" } },
	{ "MX", { "México", "Mexique", NULL } },
	{ "NI", { "Nicarágua", NULL } },
	{ "PA", { "Panamá", NULL } },
	{ "PE", { "Perú", "Pérou", NULL } },
	{ "PY", { "Paraguai", NULL } },
	{ "SR", { "Surinam", NULL } },
	{ "TT", { "Trinidad y Tobago", "Trinidad e Tobago",
	    "Trinité-et-Tobago" } },
	{ "US", { "Estados Unidos", "États-Unis", NULL } },
	{ "UY", { "Uruguai", NULL } },
};

static int
compare(const void *key, const void *elem)
{
	return strcmp(key, ((const struct state *)elem)->code);
}

const char *const *
iachrp_akn_state_names(const char *code)
{
	const struct state *s;

	if (code == NULL)
		return NULL;
	s = bsearch(code, states, sizeof(states) / sizeof(states[0]),
	    sizeof(states[0]), compare);
	return s != NULL ? s->names : NULL;
}
