/*
 * SHA-256 (FIPS 180-4) of the input as read, for the record's source and,
 * where the release states no number, its identifier.  libcrypto's
 * digest uses the processor's SHA instructions where it has them: the
 * hash is a tenth of the extractor's work when written out in C.
 */
#include <openssl/evp.h>

#include "extract_private.h"

int
iachrp_sha256_hex(const void *data, size_t len, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n, i;

	if (EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) != 1 ||
	    n != 32)
		return -1;
	for (i = 0; i < n; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[64] = '\0';
	return 0;
}
