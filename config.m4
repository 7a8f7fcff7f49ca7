dnl config.m4 for extension rdump

PHP_ARG_ENABLE([rdump],
  [whether to enable rdump support],
  [AS_HELP_STRING([--enable-rdump],
    [Enable rdump: write the PHP process's own memory to an RDUMP v3 file for reli])],
  [no])

if test "$PHP_RDUMP" != "no"; then
  dnl rdump reads /proc/self/maps and /proc/self/pagemap and writes the
  dnl RDUMP format, which is defined for 64-bit little-endian Linux only.
  AC_MSG_CHECKING([whether the target is supported by rdump (64-bit little-endian Linux)])
  case $host_os in
    linux*) ;;
    *)
      AC_MSG_RESULT([no])
      AC_MSG_ERROR([rdump supports Linux only (host OS is $host_os): it reads /proc/self/maps and /proc/self/pagemap])
      ;;
  esac
  AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[]], [[
#if !defined(__LP64__) || !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
# error unsupported
#endif
  ]])], [AC_MSG_RESULT([yes])], [
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([rdump supports 64-bit little-endian targets only (RDUMP stores little-endian 64-bit addresses)])
  ])

  dnl pthread_atfork/pthread_create (the PHP-FPM worker signal watcher): in
  dnl libc since glibc 2.34, in libpthread before.
  PHP_ADD_LIBRARY(pthread, 1, RDUMP_SHARED_LIBADD)
  PHP_SUBST(RDUMP_SHARED_LIBADD)

  AC_DEFINE(HAVE_RDUMP, 1, [ Have rdump support ])
  PHP_NEW_EXTENSION(rdump, rdump.c, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1)
fi
