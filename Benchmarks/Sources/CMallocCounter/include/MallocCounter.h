// Counts heap allocations of the whole process by interposing malloc and friends (glibc), so a
// benchmark can report allocations per evaluation.
#ifndef MALLOC_COUNTER_H
#define MALLOC_COUNTER_H
#include <stdint.h>

/// Number of allocation calls (malloc, calloc, realloc, posix_memalign, aligned_alloc) so far.
uint64_t malloc_counter_allocations(void);

#endif
