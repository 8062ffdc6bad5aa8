#ifndef TKINGEST_CLIBXML2_SHIM_H
#define TKINGEST_CLIBXML2_SHIM_H
// libxml2, seen only by XMLStreaming/SAXParser.swift.
//
// Debian builds libxml2 with ICU. Its headers then pull in ICU's
// `UErrorCode`, which clashes with the copy Foundation imports
// ("'UErrorCode' has different definitions in different modules").
// We never use libxml2's ICU encoders, so switch the feature off before
// any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif
