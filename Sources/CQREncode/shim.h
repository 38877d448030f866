// libqrencode (Debian: libqrencode-dev): QR codes for the address of a receipt's public page.
#include <qrencode.h>
