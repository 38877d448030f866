import Foundation

/// The fields of a submitted form: `application/x-www-form-urlencoded`, or `multipart/form-data` for file uploads.
struct FormInput: Sendable {
    struct File: Sendable {
        let fileName: String
        let data: Data
    }

    private(set) var fields: [String: String] = [:]
    private(set) var files: [String: File] = [:]

    /// The text of a field, nil when it was not sent.
    subscript(name: String) -> String? { fields[name] }

    /// Parses a body by its Content-Type. Nil when the type is neither form encoding or the body is malformed.
    static func parse(_ body: [UInt8], contentType: String?) -> FormInput? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
        switch type {
        case "application/x-www-form-urlencoded":
            return urlEncoded(body)
        case "multipart/form-data":
            guard let boundary = parameter("boundary", in: contentType) else { return nil }
            return multipart(body, boundary: boundary)
        default:
            return nil
        }
    }

    static func urlEncoded(_ body: [UInt8]) -> FormInput? {
        guard let text = String(bytes: body, encoding: .utf8) else { return nil }
        var input = FormInput()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { return nil }
            guard let value = parts.count > 1 ? decode(parts[1]) : "" else { return nil }
            // A repeated name keeps its first value: no form of ours sends a name twice.
            if input.fields[name] == nil { input.fields[name] = value }
        }
        return input
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// A `name=value` parameter of a header value, quotes removed.
    static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pieces[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// RFC 7578: parts separated by "--boundary" lines, each with headers, a blank line and its content.
    static func multipart(_ body: [UInt8], boundary: String) -> FormInput? {
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var input = FormInput()
        var positions: [Int] = []
        var index = 0
        while let found = find(delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { return nil }
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            // Skip the line break after the delimiter.
            if partStart + 1 < body.count, body[partStart] == 13, body[partStart + 1] == 10 { partStart += 2 }
            var partEnd = end
            if partEnd >= 2, body[partEnd - 2] == 13, body[partEnd - 1] == 10 { partEnd -= 2 }
            guard partStart <= partEnd else { return nil }
            let part = Array(body[partStart..<partEnd])
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: part, from: 0),
                let headerText = String(bytes: part[0..<headerEnd], encoding: .utf8)
            else { return nil }
            let content = Array(part[(headerEnd + 4)...])
            var disposition: String?
            for line in headerText.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                disposition = String(line.dropFirst("content-disposition:".count))
            }
            guard let disposition, let name = parameter("name", in: disposition) else { return nil }
            if let fileName = parameter("filename", in: disposition) {
                input.files[name] = File(fileName: fileName, data: Data(content))
            } else {
                guard let value = String(bytes: content, encoding: .utf8) else { return nil }
                if input.fields[name] == nil { input.fields[name] = value }
            }
        }
        return input
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
