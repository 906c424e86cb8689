/*
 * Beneficiaries: persons, initials, lists, groups, families left out,
 * descriptions left out, in four languages.
 */
#include <criterion/criterion.h>

#include "extract_helper.h"

static void
expect_names(const char *lead, const char *want, int collective)
{
	json_t *rec = xt_record(xt_release("IACHR Press Office", lead, NULL));

	cr_assert_str_eq(xt_names(rec), want, "%s", lead);
	cr_assert_eq(json_is_true(xt_get(rec, "collective")), collective,
	    "%s", lead);
	json_decref(rec);
}

Test(extract_beneficiaries, persons)
{
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures in favor of José Domingo Pérez Gómez in Peru, whom it "
	    "deems at risk.", "José Domingo Pérez Gómez", 0);
	expect_names("Washington, D.C. - The IACHR decided to grant "
	    "precautionary measures for Kevin Roberto Solís, a university "
	    "student, in Nicaragua.", "Kevin Roberto Solís", 0);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures to National Assembly deputy Delsa Jennifer Solórzano "
	    "Bernal in Venezuela.", "Delsa Jennifer Solórzano Bernal", 0);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures to a girl identified only by the initials KLR, in "
	    "Mexico, after concluding that she is at risk.", "KLR", 0);
	expect_names("Washington, D.C. - La CIDH otorgó medidas cautelares a "
	    "favor de las niñas M.A.R.G. y L.F.G.P., en México.",
	    "M.A.R.G.|L.F.G.P.", 0);
}

Test(extract_beneficiaries, lists_and_families)
{
	expect_names("Washington, D.C. - The IACHR extended precautionary "
	    "measures to Aminta D'Cárdenas Soroa and Carlos Manuel Álvarez, "
	    "two people associated with the San Isidro Movement, in Cuba.",
	    "Aminta D'Cárdenas Soroa|Carlos Manuel Álvarez", 0);
	expect_names("Washington, D.C. - La CIDH otorgó medidas cautelares al "
	    "periodista Miguel Mora Barberena, director del canal 100% "
	    "Noticias, a la periodista Leticia Gaitán Hernández y a sus "
	    "núcleos familiares en Nicaragua.",
	    "Miguel Mora Barberena|Leticia Gaitán Hernández", 0);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures to Carlos Ramon Brenes Sánchez and the members of his "
	    "nuclear family in Nicaragua.", "Carlos Ramon Brenes Sánchez", 0);
}

Test(extract_beneficiaries, groups)
{
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures to the members of the Committee of Victims of La "
	    "Saline, in Haiti, considering that they are at risk.",
	    "Committee of Victims of La Saline", 1);
	expect_names("Washington, D.C. - A CIDH concedeu medidas cautelares "
	    "aos membros dos povos indígenas Yanomami e Ye'kwana, no Brasil.",
	    "povos indígenas Yanomami e Ye'kwana", 1);
	expect_names("Washington, D.C. - La CIDH a demandé à la Cour "
	    "interaméricaine des mesures provisoires en faveur des membres de "
	    "l'Association des Juristes (ADJ), afin de protéger leur vie.",
	    "Association des Juristes", 1);
	expect_names("Washington, D.C. - The IACHR decided to grant "
	    "precautionary measures in favor of the members of the "
	    "Nicaraguan Center for Human Rights (CENIDH) and the Permanent "
	    "Commission on Human Rights (CPDH) in Nicaragua.",
	    "Nicaraguan Center for Human Rights|Permanent Commission on Human "
	    "Rights", 1);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures for the protection of children and adolescents of the "
	    "Wayúu indigenous people, in Colombia.", "children and "
	    "adolescents of the Wayúu indigenous people", 1);
	expect_names("Washington, D.C. - La CIDH decidió solicitar la "
	    "adopción de medidas cautelares a favor de Fred Smith y de otras "
	    "personas que integran la organización “Save The Bays”, en "
	    "Bahamas.", "Fred Smith|Save The Bays", 1);
}

Test(extract_beneficiaries, several_decisions_take_the_union)
{
	expect_names("Washington, D.C. - The IACHR adopted a follow-up "
	    "resolution and partially lifted the precautionary measures in "
	    "favor of journalists in Guatemala. The IACHR lifted the measures "
	    "with respect to Pedro Juárez, who asked for it, and kept them in "
	    "force for Ana Lucía Morales.",
	    "Pedro Juárez|Ana Lucía Morales", 0);
	expect_names("Washington, D.C. - La CIDH emitió la Resolución de "
	    "Seguimiento 28/2023 respecto de las medidas cautelares que "
	    "protegen a integrantes del Centro Nicaragüense de Derechos "
	    "Humanos (CENIDH), en Nicaragua.",
	    "Centro Nicaragüense de Derechos Humanos", 1);
}

Test(extract_beneficiaries, relatives_named_through_someone_else)
{
	expect_names("Washington, D.C. - The IACHR adopted a resolution to "
	    "extend precautionary measures in favor of the wife and two "
	    "children of journalist Jaime Ortega, namely María Ortega, Luis "
	    "Ortega and Ana Ortega, in Mexico.",
	    "María Ortega|Luis Ortega|Ana Ortega", 0);
	expect_names("Washington, D.C. - La CIDH amplió las medidas "
	    "cautelares a favor de los hijos de Juan Pérez, en Cuba.", "", 0);
}

Test(extract_beneficiaries, unnamed_sets_are_not_entries)
{
	expect_names("Washington, D.C. - The IACHR extended the precautionary "
	    "measures to three further beneficiaries in Peru.", "", 0);
}

/* An extension that says whom it covers: those alone are new. */
Test(extract_beneficiaries, extension_names_whom_it_covers)
{
	expect_names("Washington, D.C. - On May 3, 2022, the IACHR extended "
	    "the precautionary measures in favor of the members of the Wayuu "
	    "community to include Ana Gómez Ruiz in Colombia.",
	    "Ana Gómez Ruiz", 0);
	expect_names("Washington, D.C. - The IACHR decided to extend the "
	    "precautionary measures granted in favor of Juan Pérez Soto to "
	    "Ana Gómez Ruiz and Luis Rojas Mena, in Honduras.",
	    "Ana Gómez Ruiz|Luis Rojas Mena", 0);
}

/* Measure files, dates and resolutions between the verb and the persons. */
Test(extract_beneficiaries, cues_past_insertions)
{
	expect_names("Washington, D.C. - The IACHR issued Follow-up "
	    "Resolution 61/2022 regarding Precautionary Measure No. 112-16, "
	    "in favor of Luis Fernando Pac Ruiz, in Guatemala.",
	    "Luis Fernando Pac Ruiz", 0);
	expect_names("Washington, D.C. - La CIDH decidió otorgar medidas "
	    "cautelares, el 21 de abril de 2022, mediante Resolución 24/22, "
	    "a Ana Pérez Gómez en Colombia.", "Ana Pérez Gómez", 0);
	expect_names("Washington, D.C. - La CIDH otorgó medidas cautelares "
	    "a los niños, niñas y adolescentes de las comunidades Wayuu de "
	    "Manaure, Riohacha y Uribia, en Colombia.", "niños, niñas y "
	    "adolescentes de las comunidades Wayuu de Manaure, Riohacha y "
	    "Uribia", 1);
}

/* Particles inside a name do not hide it from a list split. */
Test(extract_beneficiaries, particles_inside_listed_names)
{
	expect_names("Washington, D.C. - The IACHR decided to grant "
	    "precautionary measures to protect Vilma Núñez de Escorcia and "
	    "Gonzalo Carrión Maradiaga, in Nicaragua.",
	    "Vilma Núñez de Escorcia|Gonzalo Carrión Maradiaga", 0);
}

/*
 * Names after a description of persons are persons; after a group's
 * noun, groups.
 */
Test(extract_beneficiaries, persons_after_a_description)
{
	expect_names("Washington, D.C. - La CIDH otorgó medidas cautelares a "
	    "favor de las personas defensoras de derechos humanos Ana Pérez "
	    "Soto y Luis Gómez Díaz, en Guatemala.",
	    "Ana Pérez Soto|Luis Gómez Díaz", 0);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures to the workers of the online newspaper El Faro in El "
	    "Salvador.", "El Faro", 1);
}

/* A counted list of common nouns before a name is one group. */
Test(extract_beneficiaries, counted_persons_at_a_named_place)
{
	expect_names("Washington, D.C. - La CIDH otorgó medidas cautelares a "
	    "favor de 15 niñas, niños y adolescentes migrantes alojados en la "
	    "Estación Migratoria Siglo XXI, en México.", "15 niñas, niños y "
	    "adolescentes migrantes alojados en la Estación Migratoria Siglo "
	    "XXI", 1);
}

Test(extract_beneficiaries, named_after_the_lead)
{
	json_t *rec;

	/* The lead describes; a later paragraph names. */
	rec = xt_record(xt_release("IACHR Press Office",
	    "Washington, D.C. - On May 17, 2021, the IACHR granted "
	    "precautionary measures in favor of a university student who "
	    "has been missing since May 3, 2021, in Colombia (Resolution "
	    "36/21, PM 409-21).",
	    "The proposed beneficiary, Daniel Esteban Quintero Ruiz, is 19 "
	    "years old."));
	cr_assert_str_eq(xt_names(rec), "Daniel Esteban Quintero Ruiz");
	json_decref(rec);
	rec = xt_record(xt_release("IACHR Press Office",
	    "Washington, D.C. - La CIDH otorgó medidas cautelares mediante "
	    "Resolución N° 2/25 (MC N° 10-25), del 13 de enero de 2025, en "
	    "Venezuela.",
	    "Las personas beneficiarias son Perkins Rocha Contreras y Edmundo "
	    "González Urrutia."));
	cr_assert_str_eq(xt_names(rec),
	    "Perkins Rocha Contreras|Edmundo González Urrutia");
	json_decref(rec);
}

Test(extract_beneficiaries, appositions_and_acronyms)
{
	expect_names("Washington, D.C. - The IACHR decided to extend the "
	    "precautionary measures to his wife, Lisbeth Carolina Urdaneta, and their "
	    "children, identified as J.A.U. and M.C.U., who have been "
	    "threatened in Venezuela.",
	    "Lisbeth Carolina Urdaneta|J.A.U.|M.C.U.", 0);
	expect_names("Washington, D.C. - The IACHR lifted the precautionary "
	    "measures in favor of the members of the Asociación de Trabajadores "
	    "Campesinos del Carare (ATCC) and the ATCC board in Colombia.",
	    "Asociación de Trabajadores Campesinos del Carare", 1);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures in favor of the persons deprived of liberty in the "
	    "Litoral Penitentiary, in Guayaquil, Ecuador.",
	    "persons deprived of liberty in the Litoral Penitentiary", 1);
}

Test(extract_beneficiaries, passive_possessive_kin_and_affiliation)
{
	expect_names("Washington, D.C. - Precautionary measures were granted "
	    "by the IACHR on March 3, 2022, through Resolution 14/22, to "
	    "Juana Ramírez Flores and Pedro Álvarez Mejía, in Honduras.",
	    "Juana Ramírez Flores|Pedro Álvarez Mejía", 0);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures in favor of Ana Torres's son, Pedro Torres, in "
	    "Colombia.", "Pedro Torres", 0);
	expect_names("Washington, D.C. - The IACHR granted precautionary "
	    "measures in favor of Luis Rengifo and Ana Torres's family, in "
	    "Colombia.", "Luis Rengifo", 0);
	expect_names("Washington, D.C. - A CIDH outorgou medidas cautelares "
	    "em favor de Luciana Ferreira Lopes, jornalista do portal Voz do "
	    "Sertão, no Brasil.", "Luciana Ferreira Lopes", 0);
}
