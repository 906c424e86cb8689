/*
 * Beneficiaries named through sets, lists and passives: a counted set
 * whose persons are named after a colon or later in the body, numbered
 * inline lists, a passive whose subject names the persons, one person
 * named two ways, and further decisions told after the lead.
 */
#include <criterion/criterion.h>

#include "extract_helper.h"

static void
expect(const char *lead, const char *more, const char *want,
    int collective)
{
	json_t *rec = xt_record(xt_release("IACHR Press Office", lead, more));

	cr_assert_str_eq(xt_names(rec), want, "%s", lead);
	cr_assert_eq(json_is_true(xt_get(rec, "collective")), collective,
	    "%s", lead);
	json_decref(rec);
}

Test(extract_sets, counted_set_then_colon)
{
	expect("Washington, D.C. - La CIDH otorgó medidas cautelares a tres "
	    "personas privadas de libertad: Lucía Fernanda Ortiz Vega, "
	    "Tomás Aurelio Pinto y Renata Suárez de León, en Venezuela.",
	    NULL, "Lucía Fernanda Ortiz Vega|Tomás Aurelio Pinto|"
	    "Renata Suárez de León", 0);
	expect("Washington, D.C. - A CIDH outorgou medidas cautelares a duas "
	    "pessoas defensoras: Joana Prates Lima e Caio Mendes da Rocha, "
	    "no Brasil.", NULL, "Joana Prates Lima|Caio Mendes da Rocha", 0);
}

Test(extract_sets, counted_set_named_later)
{
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "on March 2, 2024, through Resolution 12/2024, to three foreign "
	    "nationals detained in Venezuela.",
	    "According to the request, Arvid Lennart Holm, a Swedish "
	    "citizen, and Keiko Tanabe Mori remain held incommunicado. The "
	    "whereabouts of Pieter Jan de Wit are unknown. The State did not "
	    "reply. Arvid Holm has not seen a lawyer.",
	    "Arvid Lennart Holm|Keiko Tanabe Mori|Pieter Jan de Wit", 0);
	/* Where the names and the count disagree, the set stays. */
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "to four journalists of a radio station in Honduras.",
	    "The request says that Marta Inés Cálix was threatened.",
	    "four journalists of a radio station", 1);
}

Test(extract_sets, numbered_inline_list)
{
	expect("Washington, D.C. - The IACHR extended precautionary measures "
	    "(MC-210-20) to (1) Olga Beatriz Rivas, (2) Néstor Abel Quiroz "
	    "and (3) Iván Ponce de la Torre, in Nicaragua, considering that "
	    "they face an urgent risk.", NULL,
	    "Olga Beatriz Rivas|Néstor Abel Quiroz|Iván Ponce de la Torre", 0);
}

Test(extract_sets, passive_subject)
{
	expect("Washington, D.C. - Medidas cautelares a favor de Elena "
	    "Sofía Ramírez Toledo y Mauricio Andrés Beltrán fueron otorgadas "
	    "por la CIDH el 3 de mayo de 2022, respecto de Guatemala.", NULL,
	    "Elena Sofía Ramírez Toledo|Mauricio Andrés Beltrán", 0);
}

Test(extract_sets, one_person_two_ways)
{
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "to Rafael Antonio Duarte Salas and to Duarte Salas, his legal "
	    "name as registered, in Panama.", NULL,
	    "Rafael Antonio Duarte Salas", 0);
}

Test(extract_sets, further_decision_later)
{
	expect("Washington, D.C. - La CIDH aprobó la Resolución de "
	    "Seguimiento 40/2023, relativa a los integrantes del Consejo "
	    "Comunitario La Esperanza, en Colombia.",
	    "En la misma resolución, la Comisión decidió ampliar las medidas "
	    "cautelares a favor de R.T.M., lideresa de la comunidad.",
	    "Consejo Comunitario La Esperanza|R.T.M.", 1);
}

Test(extract_sets, person_after_description)
{
	expect("Washington, D.C. - The IACHR asked the Inter-American Court "
	    "to extend its provisional measures so that they also cover "
	    "environmental defenders Teresa Quispe Huamán and Julio Mamani, "
	    "in Peru.", NULL, "Teresa Quispe Huamán|Julio Mamani", 0);
	expect("Washington, D.C. - La CIDH otorgó medidas cautelares a favor "
	    "de determinadas familias de la comunidad nativa asháninka "
	    "Nueva Alianza de Ucayali, en Perú.", NULL,
	    "comunidad nativa asháninka Nueva Alianza de Ucayali", 1);
}

Test(extract_sets, roles_and_affiliations)
{
	expect("Washington, D.C. - On July 25, 2021, the IACHR granted "
	    "precautionary measures to journalist Juan Pérez of the newspaper "
	    "El Heraldo, in Honduras.", NULL, "Juan Pérez", 0);
	expect("Washington, D.C. - On July 25, 2021, the IACHR granted "
	    "precautionary measures to Marco Aurelio Díaz, owner of the "
	    "newspaper La Voz, its editor Carla Ruiz Mena, and reporter "
	    "Pedro Luis Arce, in Honduras.", NULL,
	    "Marco Aurelio Díaz|Carla Ruiz Mena|Pedro Luis Arce", 0);
	expect("Washington, D.C. - On July 25, 2021, the IACHR adopted "
	    "Resolution 55/2021 granting precautionary measures benefiting "
	    "Juan Pérez Gómez in Peru.", NULL, "Juan Pérez Gómez", 0);
}

Test(extract_sets, set_tied_to_someone_named_by_a_list)
{
	expect("Washington, D.C. - The IACHR decided to extend precautionary "
	    "measures in favor of two persons linked to the community leader "
	    "Abel Ticona Quispe, in Bolivia.",
	    "The persons added to the measures are: 1) Nilda Mamani Ticona "
	    "and 2) Rubén Choque Flores. Both were threatened in 2023.",
	    "Nilda Mamani Ticona|Rubén Choque Flores", 0);
}

Test(extract_sets, relative_clause_ends_a_set)
{
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "to two members of a union that defends farm workers in the "
	    "state of Oaxaca, Mexico.",
	    "The beneficiaries are Gregoria Luna Santiago and Efrén Ruiz "
	    "Matías, both leaders of the union.",
	    "Gregoria Luna Santiago|Efrén Ruiz Matías", 0);
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "to Carla Mónica Reyes and other persons who belong to the "
	    "organization \"Guardians of the Reef\" in Belize.", NULL,
	    "Carla Mónica Reyes|Guardians of the Reef", 1);
}

Test(extract_sets, decision_scope)
{
	/* A refusal protects no one. */
	expect("Washington, D.C. - On May 3, 2023, the IACHR decided not to "
	    "grant the precautionary measures requested in favor of Mario "
	    "Ernesto Lobo Paz in Honduras.", NULL, "", 0);
	/* The persons an extension protects, after the measure it extends. */
	expect("Washington, D.C. - Le 3 mai 2023, la CIDH a décidé d'élargir "
	    "les mesures conservatoires octroyées dans le cadre de la MC "
	    "101-20 afin de protéger Josette Valcourt et Ti-Jean Belizaire, "
	    "en Haïti.", NULL, "Josette Valcourt|Ti-Jean Belizaire", 0);
	expect("Washington, D.C. - On May 3, 2023, the IACHR decided to "
	    "extend precautionary measures MC 455-19, granted in favor of "
	    "Rosa Elvira Mejía, to her son Daniel Mejía Castro, in "
	    "Guatemala.", NULL, "Daniel Mejía Castro", 0);
	/* A passive dated by day that cites its resolution is the act. */
	expect("Washington, D.C. - Precautionary measures in favor of Omar "
	    "Vidal Rincón, in Colombia, were lifted on May 3, 2023, through "
	    "Resolution 30/2023 of the IACHR.", NULL, "Omar Vidal Rincón", 0);
}

Test(extract_sets, sets_with_some_named)
{
	expect("Washington, D.C. - La CIDH otorgó medidas cautelares a favor "
	    "de las personas privadas de libertad en el pabellón B de la "
	    "Cárcel de Quevedo, en Ecuador, entre ellas Darwin Mite Solórzano "
	    "y Kleber Ruales Paz.", NULL, "personas privadas de libertad en "
	    "el pabellón B de la Cárcel de Quevedo|Darwin Mite Solórzano|"
	    "Kleber Ruales Paz", 1);
	expect("Washington, D.C. - A CIDH decidiu ampliar a medida cautelar "
	    "MC 77-19, outorgada em favor da Comunidade Rio Claro, no estado "
	    "do Pará, Brasil, para proteger duas pessoas: Ivone Matos da "
	    "Luz e Raimundo Neto dos Passos.", NULL,
	    "Ivone Matos da Luz|Raimundo Neto dos Passos", 0);
}

Test(extract_sets, roles_and_places_are_not_entries)
{
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "in favor of trade union leader Hugo Esteban Marín, in "
	    "Venezuela.", NULL, "Hugo Esteban Marín", 0);
	expect("Washington, D.C. - The IACHR granted precautionary measures "
	    "in favor of Carl Dean Hollis, a person on death row at the "
	    "Polunsky Unit in the state of Texas, United States.", NULL,
	    "Carl Dean Hollis", 0);
}

Test(extract_sets, set_named_by_what_the_measures_protect)
{
	expect("Washington, D.C. - Le 4 mars 2024, la CIDH a adopté la "
	    "résolution 12/2024 de suivi concernant la MC 300-19, en faveur "
	    "de personnes détenues pour des motifs politiques au Nicaragua.",
	    "Les mesures protègent Amaru Solís Vega et Denis Obando Ruiz, "
	    "détenus depuis 2023.", "Amaru Solís Vega|Denis Obando Ruiz", 0);
}
