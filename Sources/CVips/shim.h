#ifndef CUENTAS_VIPS_SHIM_H
#define CUENTAS_VIPS_SHIM_H
#include <stddef.h>

// libvips for Swift, through the few functions the program uses, declared here as libvips 8 documents them. Its own
// header pulls in glib, pango, cairo and more (pkg-config lists 20 include folders and flags SwiftPM refuses), and its
// operations take options as variable arguments, which Swift cannot pass: the wrappers below name them.
typedef struct _VipsImage VipsImage;
int vips_init(const char *argv0);
int vips_thumbnail_buffer(void *buf, size_t len, VipsImage **out, int width, ...);
int vips_jpegsave_buffer(VipsImage *in, void **buf, size_t *len, ...);
VipsImage *vips_image_new_from_buffer(const void *buf, size_t len, const char *option_string, ...);
int vips_image_get_width(const VipsImage *image);
int vips_image_get_height(const VipsImage *image);
int vips_avg(VipsImage *in, double *out, ...);
const char *vips_error_buffer(void);
void vips_error_clear(void);
void g_object_unref(void *object);
void g_free(void *mem);
typedef void (*cc_log_function)(const char *domain, int level, const char *message, void *data);
unsigned int g_log_set_handler(const char *domain, int levels, cc_log_function function, void *data);

static inline void cc_vips_ignore_log(const char *domain, int level, const char *message, void *data) {
    (void)domain; (void)level; (void)message; (void)data;
}

// VipsSize's VIPS_SIZE_DOWN and VipsAccess's VIPS_ACCESS_SEQUENTIAL (vips/resample.h, vips/image.h).
#define CC_VIPS_SIZE_DOWN 2
#define CC_VIPS_ACCESS_SEQUENTIAL 1

// Starts libvips once per process; 0 on success.
// libvips's warnings (glib's G_LOG_LEVEL_WARNING, 1 << 4, in the "VIPS" domain) are not printed: a damaged photo is
// reported by the program, in words.
static inline int cc_vips_start(void) {
    g_log_set_handler("VIPS", 1 << 4, cc_vips_ignore_log, NULL);
    return vips_init("cuentas");
}

// A JPEG thumbnail of an image in memory, at most `width` pixels wide and `height` high (its aspect kept, never
// enlarged), turned upright by its EXIF orientation, at quality `quality`, with every metadata block stripped (no
// location, no camera). 0 on success; the caller frees `*out` with g_free.
static inline int cc_vips_thumbnail_jpeg(const void *bytes, size_t length, int width, int height, int quality, void **out, size_t *outLength) {
    VipsImage *thumbnail = NULL;
    if (vips_thumbnail_buffer((void *)bytes, length, &thumbnail, width, "height", height, "size", CC_VIPS_SIZE_DOWN, NULL)) return -1;
    int failed = vips_jpegsave_buffer(thumbnail, out, outLength, "Q", quality, "strip", 1, "optimize_coding", 1, "interlace", 1, NULL);
    g_object_unref(thumbnail);
    return failed;
}

// Decodes an image in memory whole: 0 and its size when libvips can, -1 when it cannot (a sound header over broken
// pixels is refused too).
static inline int cc_vips_image_size(const void *bytes, size_t length, int *width, int *height) {
    VipsImage *image = vips_image_new_from_buffer(bytes, length, "", "access", CC_VIPS_ACCESS_SEQUENTIAL, "fail", 1, NULL);
    if (image == NULL) return -1;
    *width = vips_image_get_width(image);
    *height = vips_image_get_height(image);
    double average = 0;
    int failed = vips_avg(image, &average, NULL);
    g_object_unref(image);
    return failed;
}

static inline const char *cc_vips_error(void) {
    return vips_error_buffer();
}

static inline void cc_vips_clear_error(void) {
    vips_error_clear();
}
#endif
