// A small C interface over RE2 (Debian's libre2) so Swift can use linear-time regular
// expressions without C++ interop. Strings are UTF-8 with explicit lengths.
#ifndef CRE2_H
#define CRE2_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cre2_regex cre2_regex;

/// Compiles `pattern`. On failure returns NULL and, when `error` is not NULL, stores a
/// malloc'ed message the caller frees with `cre2_free_string`.
/// `max_mem` bounds the compiled program (bytes); 0 means RE2's default.
cre2_regex *cre2_compile(const char *pattern, size_t length, long long max_mem, char **error);
void cre2_release(cre2_regex *regex);
void cre2_free_string(char *text);

/// Number of capturing groups.
int cre2_group_count(const cre2_regex *regex);

/// 1 when the regex matches anywhere in text (unanchored), else 0.
int cre2_partial_match(const cre2_regex *regex, const char *text, size_t length);

/// Finds the first match at or after `start`. Returns 1 and sets [*match_start, *match_end)
/// (byte offsets into text) for the whole match, or for group `group` when group > 0 and it
/// participated; returns 0 when there is no match (or the group did not participate, then
/// offsets are set to the whole match and the return is 2).
int cre2_find(const cre2_regex *regex, const char *text, size_t length, size_t start, int group,
              size_t *match_start, size_t *match_end);

#ifdef __cplusplus
}
#endif

#endif
