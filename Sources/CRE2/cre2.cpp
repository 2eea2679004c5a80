// Implementation of CRE2.h over re2::RE2.
#include "CRE2.h"

#include <re2/re2.h>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct cre2_regex {
  re2::RE2 *re;
};

static char *copy_string(const std::string &text) {
  char *out = static_cast<char *>(std::malloc(text.size() + 1));
  if (out != nullptr) {
    std::memcpy(out, text.data(), text.size());
    out[text.size()] = '\0';
  }
  return out;
}

extern "C" cre2_regex *cre2_compile(const char *pattern, size_t length, long long max_mem, char **error) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  if (max_mem > 0) options.set_max_mem(max_mem);
  auto *re = new re2::RE2(re2::StringPiece(pattern, length), options);
  if (!re->ok()) {
    if (error != nullptr) *error = copy_string(re->error());
    delete re;
    return nullptr;
  }
  auto *wrapper = new cre2_regex;
  wrapper->re = re;
  return wrapper;
}

extern "C" void cre2_release(cre2_regex *regex) {
  if (regex == nullptr) return;
  delete regex->re;
  delete regex;
}

extern "C" void cre2_free_string(char *text) { std::free(text); }

extern "C" int cre2_group_count(const cre2_regex *regex) { return regex->re->NumberOfCapturingGroups(); }

extern "C" int cre2_partial_match(const cre2_regex *regex, const char *text, size_t length) {
  return re2::RE2::PartialMatch(re2::StringPiece(text, length), *regex->re) ? 1 : 0;
}

extern "C" int cre2_find(const cre2_regex *regex, const char *text, size_t length, size_t start, int group,
                         size_t *match_start, size_t *match_end) {
  if (start > length) return 0;
  int groups = regex->re->NumberOfCapturingGroups();
  if (group < 0 || group > groups) group = 0;
  std::vector<re2::StringPiece> submatches(static_cast<size_t>(group) + 1);
  re2::StringPiece input(text, length);
  if (!regex->re->Match(input, start, length, re2::RE2::UNANCHORED, submatches.data(),
                        static_cast<int>(submatches.size()))) {
    return 0;
  }
  const re2::StringPiece &whole = submatches[0];
  const re2::StringPiece &chosen = submatches[static_cast<size_t>(group)];
  if (chosen.data() == nullptr) {
    *match_start = static_cast<size_t>(whole.data() - text);
    *match_end = *match_start + whole.size();
    return 2;
  }
  *match_start = static_cast<size_t>(chosen.data() - text);
  *match_end = *match_start + chosen.size();
  return 1;
}
