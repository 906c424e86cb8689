/*
 * Internal to the Akoma Ntoso writer and reader: the shape of the record
 * both follow, the IRIs and the body's markup.
 */
#ifndef AKN_PRIVATE_H
#define AKN_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "akn_private.h is internal to libiachr"
#endif

#include <stddef.h>

#include <jansson.h>

#include "iachr.h"

/* What a record member holds. */
enum akn_kind {
	AKN_STRING,
	AKN_INTEGER,
	AKN_BOOLEAN,
	AKN_OBJECT,	/* members in sub */
	AKN_ARRAY,	/* items of kind item_kind, elements named item */
	AKN_BODY	/* array of strings kept in the body, not the meta */
};

/*
 * One member of the record, in schema order.  Its element in the
 * record namespace is named key; a nullable member is written with
 * xsi:nil="true" when null.  An array's items are elements named item,
 * of kind item_kind (objects: members in sub).
 */
struct akn_field {
	const char *key;
	enum akn_kind kind;
	int nullable;
	const struct akn_field *sub;	/* NULL-key terminated */
	const char *item;
	enum akn_kind item_kind;
};

/* The record's members, terminated by a NULL key. */
extern const struct akn_field iachrp_akn_record[];

/*
 * Checks that rec has exactly the members of fields with their kinds and
 * that its strings hold only XML 1.0 characters.  Returns 0, or -1 with
 * err set (its pointer names the member).
 */
int iachrp_akn_check(const json_t *rec, const struct akn_field *fields,
    iachr_error_t *err);

/* The same for an object at the JSON Pointer ptr (plen bytes). */
int iachrp_akn_check_at(const json_t *obj, const struct akn_field *fields,
    char *ptr, size_t plen, iachr_error_t *err);

/* The FRBR identity of a record: IRI pieces and dates. */
struct akn_frbr {
	char work[256];		/* /akn/xo-oas/statement/... */
	char expression[320];	/* work/eng@date */
	char number[96];	/* FRBRnumber */
	char work_date[11];	/* YYYY-MM-DD for FRBRdate */
	const char *work_date_name;
	char lang[4];		/* ISO 639-2 */
};

/*
 * Fills f from rec (already checked).  Returns 0, or -1 with err set
 * when the record's id cannot name a Work.
 */
int iachrp_akn_frbr(const json_t *rec, struct akn_frbr *f,
    iachr_error_t *err);

/* ISO 639-2 code for an ISO 639-1 one ("und" when unknown). */
const char *iachrp_akn_lang3(const char *lang1);

/*
 * Appends s to buf (size bytes, NUL-terminated) percent-encoding every
 * byte that is not an RFC 3986 unreserved character.  Returns 0, or -1
 * (buf unchanged) when buf is too small.
 */
int iachrp_akn_iri_append(char *buf, size_t size, const char *s);

/*
 * The names other than the English one that releases give the State
 * with this ISO 3166-1 code (static, NULL-terminated), or NULL.
 */
const char *const *iachrp_akn_state_names(const char *code);

/* A stretch of a paragraph the record knows something about. */
enum akn_mark_kind {
	AKN_MARK_PERSON,	/* index: beneficiary */
	AKN_MARK_LOCATION,	/* the State */
	AKN_MARK_DATE,		/* index: 0 record date, 1 release date */
	AKN_MARK_ORGANIZATION	/* the Commission */
};

struct akn_mark {
	size_t start, len;
	enum akn_mark_kind kind;
	size_t index;
};

/*
 * The terms of rec to mark up in its paragraphs; built once per record.
 * Returns NULL when out of memory.
 */
struct akn_terms *iachrp_akn_terms_new(const json_t *rec);
void iachrp_akn_terms_free(struct akn_terms *t);

/*
 * Finds the non-overlapping marks in text (len bytes), leftmost first,
 * the longest term winning at one position; at most max.  Returns how
 * many were stored in marks.
 */
size_t iachrp_akn_terms_find(const struct akn_terms *t, const char *text,
    size_t len, struct akn_mark *marks, size_t max);

/* The ISO date (YYYY-MM-DD) a date mark stands for. */
const char *iachrp_akn_terms_date(const struct akn_terms *t, size_t index);

#endif /* AKN_PRIVATE_H */
