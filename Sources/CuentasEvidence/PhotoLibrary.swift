import CVips
import Foundation

/// libvips, for photos: reading one whole to know it is a photo, and making the small thumbnails published pages embed.
///
/// Why libvips: it is the library made for this (streaming, a thumbnail decodes the JPEG at reduced size instead of
/// the whole image, which keeps a 12-megapixel phone photo at a few MB of memory and tens of milliseconds), it strips
/// metadata on save, turns a photo upright by its EXIF orientation, and is in Debian (`libvips-dev`). ImageMagick would
/// do too, with ten times the memory per photo and a long record of security problems with hostile files.
public enum PhotoLibrary {
    /// Thumbnails are at most this wide and high on a page: two fit side by side on a 360 px phone.
    public static let thumbnailWidth: Int32 = 320
    public static let thumbnailHeight: Int32 = 240
    /// JPEG quality of thumbnails: 70 keeps a 320×240 photo of a site under 25 KB.
    public static let thumbnailQuality: Int32 = 70

    private static let started: Bool = cc_vips_start() == 0

    /// The photo's size in pixels, after decoding it whole; nil and libvips's reason when it cannot be decoded.
    public static func decodedSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard started else { return nil }
        var width: Int32 = 0
        var height: Int32 = 0
        let failed = bytes.withUnsafeBytes { cc_vips_image_size($0.baseAddress, $0.count, &width, &height) }
        cc_vips_clear_error()
        return failed == 0 ? (Int(width), Int(height)) : nil
    }

    /// A small JPEG of the photo, with no metadata; nil when libvips cannot read it.
    public static func thumbnail(_ bytes: [UInt8]) -> Data? {
        guard started else { return nil }
        var output: UnsafeMutableRawPointer?
        var length = 0
        let failed = bytes.withUnsafeBytes {
            cc_vips_thumbnail_jpeg($0.baseAddress, $0.count, thumbnailWidth, thumbnailHeight, thumbnailQuality, &output, &length)
        }
        defer { if let output { g_free(output) } }
        guard failed == 0, let output else {
            cc_vips_clear_error()
            return nil
        }
        return Data(bytes: output, count: length)
    }
}
