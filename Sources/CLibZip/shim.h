#ifndef TKINGEST_CLIBZIP_SHIM_H
#define TKINGEST_CLIBZIP_SHIM_H
// libzip, seen only by DocxPackage/ZipArchive.swift.
#include <zip.h>
#endif
