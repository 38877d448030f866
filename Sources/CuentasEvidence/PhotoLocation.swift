import CuentasCore

/// Removes what in a photo can locate a private home: the EXIF GPS block (its entries and their values zeroed, and the
/// block left empty, so every other byte of the file stays where it was) and XMP packets, which can carry the same
/// coordinates. JPEG (APP1 segments) and PNG (`eXIf` chunks and XMP text chunks). Pure byte work: no decoding, no
/// re-encoding, so the photo's pixels are kept exactly.
public enum PhotoLocation {
    public struct Result: Sendable {
        public let bytes: [UInt8]
        /// Whether a location (a GPS block with entries, or an XMP packet) was found and removed.
        public let removed: Bool
    }

    public static func removed(from bytes: [UInt8], mediaType: EvidenceMediaType) -> Result {
        switch mediaType {
        case .jpeg: return jpeg(bytes)
        case .png: return png(bytes)
        case .pdf, .xml: return Result(bytes: bytes, removed: false)
        }
    }

    /// Whether `bytes` still hold GPS entries or an XMP packet (for tests and for saying what was kept).
    public static func hasLocation(_ bytes: [UInt8]) -> Bool {
        var copy = bytes
        if bytes.starts(with: [0xFF, 0xD8]) { return jpegSegments(&copy, strip: false) }
        if bytes.starts(with: pngSignature) { return png(bytes).removed }
        return false
    }

    // MARK: JPEG

    private static func jpeg(_ bytes: [UInt8]) -> Result {
        var copy = bytes
        let found = jpegSegments(&copy, strip: true)
        return Result(bytes: copy, removed: found)
    }

    private static let xmpHeader = Array("http://ns.adobe.com/xap/1.0/\u{0}".utf8)

    /// Walks the segments before the image data; with `strip`, zeroes GPS entries in place and removes XMP segments.
    /// Returns whether a location was found.
    private static func jpegSegments(_ bytes: inout [UInt8], strip: Bool) -> Bool {
        var found = false
        var position = 2
        while position + 4 <= bytes.count, bytes[position] == 0xFF {
            let marker = bytes[position + 1]
            // Start of scan or end of image: the metadata segments are all before.
            if marker == 0xDA || marker == 0xD9 { break }
            let length = Int(bytes[position + 2]) << 8 | Int(bytes[position + 3])
            guard length >= 2, position + 2 + length <= bytes.count else { break }
            let body = position + 4
            let end = position + 2 + length
            if marker == 0xE1 {
                if bytes[body..<end].starts(with: Array("Exif\u{0}\u{0}".utf8)) {
                    if clearGPS(&bytes, tiff: body + 6, end: end, strip: strip) { found = true }
                } else if bytes[body..<end].starts(with: xmpHeader) {
                    found = true
                    if strip {
                        bytes.removeSubrange(position..<end)
                        continue
                    }
                }
            }
            position = end
        }
        return found
    }

    /// In a TIFF structure at `tiff..<end`, finds IFD0's GPS pointer (tag 0x8825) and, with `strip`, zeroes the GPS
    /// IFD's entries and the values they point to, and sets its count to 0. Returns whether it had entries.
    private static func clearGPS(_ bytes: inout [UInt8], tiff: Int, end: Int, strip: Bool) -> Bool {
        guard tiff + 8 <= end else { return false }
        let little: Bool
        switch (bytes[tiff], bytes[tiff + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return false
        }
        func read16(_ at: Int) -> Int? {
            guard at >= tiff, at + 2 <= end else { return nil }
            return little ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : Int(bytes[at]) << 8 | Int(bytes[at + 1])
        }
        func read32(_ at: Int) -> Int? {
            guard at >= tiff, at + 4 <= end else { return nil }
            let b = (Int(bytes[at]), Int(bytes[at + 1]), Int(bytes[at + 2]), Int(bytes[at + 3]))
            return little ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
        }
        guard let ifd0Offset = read32(tiff + 4), let count = read16(tiff + ifd0Offset) else { return false }
        var gpsOffset: Int?
        for index in 0..<count {
            let entry = tiff + ifd0Offset + 2 + index * 12
            if read16(entry) == 0x8825 { gpsOffset = read32(entry + 8) }
        }
        guard let gpsOffset, let gpsCount = read16(tiff + gpsOffset), gpsCount > 0 else { return false }
        guard strip else { return true }
        // Bytes per component of each TIFF type (1 BYTE, 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL, 7 UNDEFINED, 9 SLONG, 10 SRATIONAL).
        let sizes: [Int: Int] = [1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8]
        for index in 0..<gpsCount {
            let entry = tiff + gpsOffset + 2 + index * 12
            guard entry + 12 <= end else { break }
            if let type = read16(entry + 2), let components = read32(entry + 4), let size = sizes[type], components * size > 4,
                let valueOffset = read32(entry + 8), tiff + valueOffset + components * size <= end
            {
                for at in (tiff + valueOffset)..<(tiff + valueOffset + components * size) { bytes[at] = 0 }
            }
            for at in entry..<(entry + 12) { bytes[at] = 0 }
        }
        bytes[tiff + gpsOffset] = 0
        bytes[tiff + gpsOffset + 1] = 0
        return true
    }

    // MARK: PNG

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    private static func png(_ bytes: [UInt8]) -> Result {
        var kept: [UInt8] = Array(bytes.prefix(8))
        var removed = false
        var position = 8
        while position + 12 <= bytes.count {
            let length =
                Int(bytes[position]) << 24 | Int(bytes[position + 1]) << 16 | Int(bytes[position + 2]) << 8 | Int(bytes[position + 3])
            let end = position + 12 + length
            guard length >= 0, end <= bytes.count else { return Result(bytes: bytes, removed: removed) }
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let data = bytes[(position + 8)..<(position + 8 + length)]
            let isXMP = (type == "iTXt" || type == "tEXt" || type == "zTXt") && data.starts(with: Array("XML:com.adobe.xmp".utf8))
            if type == "eXIf" || isXMP {
                removed = true
            } else {
                kept += bytes[position..<end]
            }
            position = end
            if type == "IEND" { break }
        }
        return Result(bytes: kept, removed: removed)
    }
}
