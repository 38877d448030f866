// libxml2 for Swift. Debian's headers pull in the system ICU, which clashes with Foundation's own ICU in any module
// that imports both; the library is used here without its ICU parts.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
