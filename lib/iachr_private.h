/*
 * Internal declarations shared by the library's own files.
 */
#ifndef IACHR_PRIVATE_H
#define IACHR_PRIVATE_H

#if !defined(IACHR_BUILDING)
#error "iachr_private.h is internal to libiachr"
#endif

#include "iachr.h"

/* Frees the compiled record schema (schema_record.c). */
void iachrp_schema_cleanup(void);

#endif /* IACHR_PRIVATE_H */
