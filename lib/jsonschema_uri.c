/*
 * URI references (RFC 3986): resolution against a base, fragments,
 * percent-decoding and a syntax check for the uri and uri-reference
 * formats.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "iachr_private.h"
#include "jsonschema_private.h"

struct uri {
	const char *scheme, *auth, *path, *query, *frag;
	size_t scheme_len, auth_len, path_len, query_len, frag_len;
	int has_scheme, has_auth, has_query, has_frag;
};

/* The last c in s[0..n), or NULL (memrchr is not POSIX). */
static const char *
last_of(const char *s, int c, size_t n)
{
	while (n > 0)
		if (s[--n] == c)
			return s + n;
	return NULL;
}

static void
parse(const char *s, struct uri *u)
{
	const char *p = s, *q;

	memset(u, 0, sizeof(*u));
	for (q = p; isalnum((unsigned char)*q) || *q == '+' || *q == '-' ||
	    *q == '.'; q++)
		;
	if (q > p && *q == ':' && isalpha((unsigned char)*p)) {
		u->has_scheme = 1;
		u->scheme = p;
		u->scheme_len = (size_t)(q - p);
		p = q + 1;
	}
	if (p[0] == '/' && p[1] == '/') {
		u->has_auth = 1;
		u->auth = p + 2;
		u->auth_len = strcspn(u->auth, "/?#");
		p = u->auth + u->auth_len;
	}
	u->path = p;
	u->path_len = strcspn(p, "?#");
	p += u->path_len;
	if (*p == '?') {
		u->has_query = 1;
		u->query = p + 1;
		u->query_len = strcspn(u->query, "#");
		p = u->query + u->query_len;
	}
	if (*p == '#') {
		u->has_frag = 1;
		u->frag = p + 1;
		u->frag_len = strlen(u->frag);
	}
}

/* Appends to a growing buffer sized by the caller to fit. */
static void
put(char **o, const char *s, size_t n)
{
	memcpy(*o, s, n);
	*o += n;
}

/* RFC 3986 5.2.4, in place on a NUL-terminated path. */
static void
remove_dots(char *path)
{
	char *in = path, *out = path, *slash;

	while (*in != '\0') {
		if (strncmp(in, "../", 3) == 0)
			in += 3;
		else if (strncmp(in, "./", 2) == 0)
			in += 2;
		else if (strncmp(in, "/./", 3) == 0)
			in += 2;
		else if (strcmp(in, "/.") == 0)
			in[1] = '\0';
		else if (strncmp(in, "/../", 4) == 0 ||
		    strcmp(in, "/..") == 0) {
			in += 3;
			if (*in == '\0')
				*--in = '/';
			*out = '\0';
			slash = strrchr(path, '/');
			out = slash != NULL ? slash : path;
		} else if (strcmp(in, ".") == 0 || strcmp(in, "..") == 0)
			in += strlen(in);
		else {
			do
				*out++ = *in++;
			while (*in != '\0' && *in != '/');
		}
	}
	*out = '\0';
}

char *
iachrp_uri_resolve(const char *base, const char *ref)
{
	struct uri b, r;
	char *out, *o, *path, *po;
	const char *slash;
	size_t cap;

	parse(ref, &r);
	parse(base != NULL ? base : "", &b);
	cap = strlen(ref) + (base != NULL ? strlen(base) : 0) + 8;
	if ((out = malloc(cap)) == NULL || (path = malloc(cap)) == NULL) {
		free(out);
		return NULL;
	}
	o = out;
	po = path;
	if (r.has_scheme) {
		put(&o, r.scheme, r.scheme_len + 1);
		if (r.has_auth) {
			put(&o, "//", 2);
			put(&o, r.auth, r.auth_len);
		}
		put(&po, r.path, r.path_len);
	} else {
		if (b.has_scheme)
			put(&o, b.scheme, b.scheme_len + 1);
		if (r.has_auth) {
			put(&o, "//", 2);
			put(&o, r.auth, r.auth_len);
			put(&po, r.path, r.path_len);
		} else {
			if (b.has_auth) {
				put(&o, "//", 2);
				put(&o, b.auth, b.auth_len);
			}
			if (r.path_len == 0) {
				put(&po, b.path, b.path_len);
				if (!r.has_query && b.has_query) {
					r.has_query = 1;
					r.query = b.query;
					r.query_len = b.query_len;
				}
			} else if (r.path[0] == '/') {
				put(&po, r.path, r.path_len);
			} else {
				/* Merge: the base path up to its last slash. */
				if (b.has_auth && b.path_len == 0)
					put(&po, "/", 1);
				slash = NULL;
				if (b.path_len > 0)
					slash = last_of(b.path, '/',
					    b.path_len);
				if (slash != NULL)
					put(&po, b.path,
					    (size_t)(slash - b.path) + 1);
				put(&po, r.path, r.path_len);
			}
		}
	}
	*po = '\0';
	remove_dots(path);
	put(&o, path, strlen(path));
	free(path);
	if (r.has_query) {
		put(&o, "?", 1);
		put(&o, r.query, r.query_len);
	}
	if (r.has_frag) {
		put(&o, "#", 1);
		put(&o, r.frag, r.frag_len);
	}
	*o = '\0';
	return out;
}

char *
iachrp_uri_strip_fragment(const char *uri)
{
	size_t n = strcspn(uri, "#");

	return strndup(uri, n);
}

const char *
iachrp_uri_fragment(const char *uri)
{
	const char *h = strchr(uri, '#');

	return h != NULL ? h + 1 : NULL;
}

int
iachrp_uri_is_absolute(const char *uri)
{
	struct uri u;

	parse(uri, &u);
	return u.has_scheme;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *
iachrp_uri_unescape(const char *s)
{
	char *out, *o;
	int hi, lo;

	if ((out = malloc(strlen(s) + 1)) == NULL)
		return NULL;
	for (o = out; *s != '\0'; s++) {
		if (*s == '%' && (hi = hexval(s[1])) >= 0 &&
		    (lo = hexval(s[2])) >= 0) {
			*o++ = (char)(hi * 16 + lo);
			s += 2;
		} else
			*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* Characters allowed unescaped in a URI component besides alphanumerics. */
static int
allowed(int c, const char *extra)
{
	return isalnum(c) || strchr("-._~!$&'()*+,;=", c) != NULL ||
	    (c != '\0' && strchr(extra, c) != NULL);
}

static int
check_part(const char *s, size_t n, const char *extra, int iri)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '%') {
			if (i + 2 >= n || hexval(s[i + 1]) < 0 ||
			    hexval(s[i + 2]) < 0)
				return 0;
			i += 2;
		} else if (c >= 0x80 ? !iri : !allowed(c, extra))
			return 0;
	}
	return 1;
}

static int
check_host(const char *s, size_t n, int iri)
{
	const char *at, *colon, *p;
	size_t hn;

	at = memchr(s, '@', n);
	if (at != NULL) {
		if (!check_part(s, (size_t)(at - s), ":", iri))
			return 0;
		n -= (size_t)(at - s) + 1;
		s = at + 1;
	}
	if (n > 0 && s[0] == '[') {
		p = memchr(s, ']', n);
		if (p == NULL)
			return 0;
		if ((s[1] | 32) == 'v') {
			/* IPvFuture: "v" 1*HEXDIG "." 1*(unreserved etc.) */
			const char *q = s + 2;

			while (q < p && isxdigit((unsigned char)*q))
				q++;
			if (q == s + 2 || q >= p || *q != '.' || q + 1 == p ||
			    !check_part(q + 1, (size_t)(p - q - 1), ":", 0))
				return 0;
		} else if (!iachrp_format_check("ipv6", s + 1,
		    (size_t)(p - s - 1)))
			return 0;
		hn = (size_t)(p - s) + 1;
	} else {
		colon = memchr(s, ':', n);
		hn = colon != NULL ? (size_t)(colon - s) : n;
		if (!check_part(s, hn, "", iri))
			return 0;
	}
	if (hn < n) {
		if (s[hn] != ':')
			return 0;
		for (p = s + hn + 1; p < s + n; p++)
			if (!isdigit((unsigned char)*p))
				return 0;
	}
	return 1;
}

int
iachrp_uri_check(const char *s, int flags)
{
	struct uri u;
	int iri = (flags & IACHRP_URI_IRI) != 0;
	size_t seg;

	parse(s, &u);
	if (!(flags & IACHRP_URI_REFERENCE) && !u.has_scheme)
		return 0;
	if (!u.has_scheme && u.path_len > 0 && !u.has_auth) {
		/* A relative path's first segment may hold no colon. */
		seg = strcspn(u.path, "/?#");
		if (memchr(u.path, ':', seg) != NULL)
			return 0;
	}
	if (u.has_auth && !check_host(u.auth, u.auth_len, iri))
		return 0;
	return check_part(u.path, u.path_len, ":@/", iri) &&
	    (!u.has_query || check_part(u.query, u.query_len, ":@/?", iri)) &&
	    (!u.has_frag || check_part(u.frag, u.frag_len, ":@/?", iri));
}
