import CQREncode
import Foundation

/// A QR code of a short text (a page's address), drawn as inline SVG: the page carries it whole, so a page forwarded
/// alone or printed still shows it, and nothing is fetched.
///
/// Made by libqrencode (Debian's `libqrencode-dev`), the library most QR tools on Linux use: a C library that does one
/// thing, through a system-library target like libxml2. Error correction level M (15 % of the code may be lost: a
/// crumpled printout), byte mode, the smallest version that holds the text.
public struct QRCode: Sendable, Equatable {
    /// Modules per side.
    public let width: Int
    /// Row by row, true for a dark module.
    public let modules: [Bool]

    /// Nil when the text does not fit a QR code (over about 2,300 bytes at level M) or libqrencode fails.
    public init?(_ text: String) {
        guard !text.isEmpty, text.utf8.count <= 2_000 else { return nil }
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        self.width = width
        // The lowest bit of each byte is the module's colour; the others say what the module is part of.
        modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * width + column] }

    /// The code as an SVG element of `size` CSS pixels, with the quiet zone of four modules around it that readers need.
    /// Each run of dark modules in a row is one rectangle of the path, which keeps a code of 33 modules under 4 KB.
    public func svg(size: Int, label: String) -> String {
        let side = width + 8
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                guard isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < width && isDark(row: row, column: column) { column += 1 }
                path += "M\(start + 4) \(row + 4)h\(column - start)v1h-\(column - start)z"
            }
        }
        return
            "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(size)\" height=\"\(size)\" "
            + "role=\"img\" aria-label=\"\(Self.escaped(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
