/*
 * Helpers of the extractor's unit tests: a record from a text, and the
 * values tests look at.
 */
#ifndef EXTRACT_HELPER_H
#define EXTRACT_HELPER_H

#include <jansson.h>

/* The record of text (NUL-terminated); fails the test when refused. */
json_t *xt_record(const char *text);

/* The record's member key (borrowed). */
json_t *xt_get(json_t *rec, const char *key);

/* Names of the record's beneficiaries joined by "|" (static buffer). */
const char *xt_names(json_t *rec);

/* A string array joined by "|" (static buffer). */
const char *xt_join(json_t *array);

/* A release: a headline, the lead paragraph and more paragraphs. */
const char *xt_release(const char *title, const char *lead,
    const char *more);

#endif /* EXTRACT_HELPER_H */
