#ifndef MATURITY_CSUPPORT_H
#define MATURITY_CSUPPORT_H

/// Atomically exchanges two paths (directories included) with renameat2(RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where the kernel or file system cannot).
int maturity_exchange_paths(const char *first, const char *second);

#endif
