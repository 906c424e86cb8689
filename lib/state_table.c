/*
 * The States a release can concern: the member States of the OAS, the
 * only States within the Commission's reach, with the English short
 * name of the record.  Their names and adjectives in the four languages
 * are in the lexicon (class state).
 */
#include "extract_private.h"
#include "state_table_private.h"

/* ISO 3166-1 alpha-2 code and English short name (keep sorted by code). */
const struct iachrp_state iachrp_states[] = {
	{ "AG", "Antigua and Barbuda" }, { "AR", "Argentina" },
	{ "BB", "Barbados" }, { "BO", "Bolivia" }, { "BR", "Brazil" },
	{ "BS", "Bahamas" }, { "BZ", "Belize" }, { "CA", "Canada" },
	{ "CL", "Chile" }, { "CO", "Colombia" }, { "CR", "Costa Rica" },
	{ "CU", "Cuba" }, { "DM", "Dominica" },
	{ "DO", "Dominican Republic" }, { "EC", "Ecuador" },
	{ "GD", "Grenada" }, { "GT", "Guatemala" }, { "GY", "Guyana" },
	{ "HN", "Honduras" }, { "HT", "Haiti" }, { "JM", "Jamaica" },
	{ "KN", "Saint Kitts and Nevis" }, { "LC", "Saint Lucia" },
	{ "MX", "Mexico" }, { "NI", "Nicaragua" }, { "PA", "Panama" },
	{ "PE", "Peru" }, { "PY", "Paraguay" }, { "SR", "Suriname" },
	{ "SV", "El Salvador" }, { "TT", "Trinidad and Tobago" },
	{ "US", "United States" }, { "UY", "Uruguay" },
	{ "VC", "Saint Vincent and the Grenadines" }, { "VE", "Venezuela" },
	{ NULL, NULL }
};
