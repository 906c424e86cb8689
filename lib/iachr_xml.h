/*
 * Akoma Ntoso 3.0 XML for records: a writer that turns each record into a
 * statement document (name="resolution") and a reader that turns such
 * documents back into the identical record, one at a time in constant
 * memory.
 *
 * One record is written as a document whose root akomaNtoso holds one
 * statement.  Two or more records are written as one document whose root
 * holds a documentCollection; each record is a statement in a component
 * of its collectionBody, and the eIds of component N begin "cmp_N__" so
 * that they stay unique in the collection.  No record, no output.
 *
 * The record's facts live in the statement's meta/proprietary element as
 * a record element of the namespace IACHR_XML_RECORD_NS; its text
 * paragraphs are the body (mainBody/hcontainer[@name="text"]/paragraph),
 * marked up with the persons, dates, State and Commission the record
 * names.  The reader takes the facts from the former and the text from
 * the latter.  schemas/resolution.xsd describes the documents.
 */
#ifndef IACHR_XML_H
#define IACHR_XML_H

#include <stdio.h>

#include <jansson.h>

#include "iachr.h"

/* The Akoma Ntoso 3.0 namespace. */
#define IACHR_AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
/* The namespace of the record in meta/proprietary. */
#define IACHR_XML_RECORD_NS "https://iachr-tools.org/ns/record/1"

/*
 * The country slot of every IRI (and FRBRcountry): the ISO 3166-1
 * user-assigned code "xo" with the locality "oas" for the Organization of
 * American States, the way AKN4Africa uses "aa" for the African Union.
 * A user-assigned code resolves for nobody else; change it here only
 * together with schemas/resolution.xsd.
 */
#define IACHR_AKN_COUNTRY "xo-oas"
/* The author slot: the Commission. */
#define IACHR_AKN_AUTHOR "iachr"

/*
 * Bounds on XML: the depth of input, and the bytes of one statement,
 * the longest the writer writes and the reader reads.
 */
#define IACHR_XML_MAX_DEPTH 64
#define IACHR_XML_MAX_RECORD ((long long)64 * 1024 * 1024)

typedef struct iachr_xml_writer iachr_xml_writer;
typedef struct iachr_xml_reader iachr_xml_reader;

/*
 * A writer of Akoma Ntoso to fp (borrowed; never closed by the writer).
 * Returns NULL when out of memory.
 */
IACHR_API iachr_xml_writer *iachr_xml_writer_new(FILE *fp);

/*
 * Adds rec (borrowed) to the output.  The record is checked first: it
 * must have the record's keys with the record's types (values are not
 * validated against the schema), its strings must hold only characters
 * XML 1.0 can carry, and its statement must not be longer than
 * IACHR_XML_MAX_RECORD bytes (err->pointer then names its longest
 * string).  Returns IACHR_OK; IACHR_FAILED when rec
 * is refused (err says why; nothing of it is written and the stream goes
 * on); IACHR_FATAL on a write error or when out of memory.
 */
IACHR_API int iachr_xml_writer_write(iachr_xml_writer *w, const json_t *rec,
    iachr_error_t *err);

/*
 * Ends the output (the first record is held back until the writer knows
 * whether a collection follows) and flushes fp.  Returns IACHR_OK or
 * IACHR_FATAL.
 */
IACHR_API int iachr_xml_writer_close(iachr_xml_writer *w, iachr_error_t *err);

/* Frees w (NULL allowed) without writing anything more. */
IACHR_API void iachr_xml_writer_free(iachr_xml_writer *w);

/*
 * A reader of the Akoma Ntoso documents in fp (borrowed; not closed),
 * read with no network access, no DTD and no entities: a document type
 * declaration is an error.  source names the input in errors (copied).
 * Returns NULL when out of memory.
 */
IACHR_API iachr_xml_reader *iachr_xml_reader_new(FILE *fp,
    const char *source);

/*
 * Reads the next record into *rec (a new reference; keys in schema
 * order).  Returns IACHR_OK; IACHR_EOF after the last; IACHR_FAILED when
 * one statement does not hold a record (err says where; the next call
 * goes on with the next statement); IACHR_FATAL when the input is not
 * well-formed, not Akoma Ntoso, hostile (a DTD, too deep, a record over
 * IACHR_XML_MAX_RECORD bytes) or unreadable.
 */
IACHR_API int iachr_xml_reader_next(iachr_xml_reader *r, json_t **rec,
    iachr_error_t *err);

/* The line where the last record (or error) was found, 0 if none. */
IACHR_API long iachr_xml_reader_line(const iachr_xml_reader *r);

/* Frees r; NULL is allowed. */
IACHR_API void iachr_xml_reader_free(iachr_xml_reader *r);

#endif /* IACHR_XML_H */
