#ifndef RAMPART_CLIBFUZZER_H
#define RAMPART_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the given command line, calling `callback` for every input.
/// Provided by the libFuzzer runtime that `-sanitize=fuzzer` links in.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
