#ifndef MATURITY_CSUPPORT_H
#define MATURITY_CSUPPORT_H

#include <stddef.h>

/// Atomically exchanges two paths (directories included) with renameat2(RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where the kernel or file system cannot).
int maturity_exchange_paths(const char *first, const char *second);

/// The first place `needle` occurs in `haystack` (glibc's memmem, which Swift's Glibc module does not export), or NULL.
const void *maturity_find_bytes(const void *haystack, size_t length, const void *needle, size_t needle_length);

#endif
