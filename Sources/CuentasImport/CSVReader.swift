import CuentasCore
import Foundation

/// Reads CSV as spreadsheets and banks write it (RFC 4180): comma-separated, fields in double quotes may hold commas,
/// quotes (doubled) and line breaks; CRLF or LF line ends; a UTF-8 byte order mark is skipped. The text must be UTF-8:
/// a Latin-1 file is refused with the line of its first non-UTF-8 byte, rather than read as wrong letters.
public enum CSVReader {
    /// The most rows one import may hold.
    public static let maximumRows = 1_000_000
    public static let maximumFieldCharacters = 5_000
    /// The most bytes one import may hold: a million rows of a national file are about 150 MiB. Checked before the
    /// file is read (`check(size:)`), so a wrong file of gigabytes is refused at once instead of after a minute.
    public static let maximumBytes = 256 * 1_048_576

    /// Refuses a file too large to import, from its size alone.
    public static func check(size: Int) throws(ImportError) {
        if size > maximumBytes {
            throw ImportError(line: 1, column: nil, value: nil, problem: .fileTooLarge(bytes: size, limit: maximumBytes))
        }
    }

    public static func read(_ data: Data) throws(ImportError) -> CSVTable {
        try check(size: data.count)
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            throw ImportError(line: 1, column: nil, value: nil, problem: .utf16)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError(line: lineOfFirstInvalidByte(bytes), column: nil, value: nil, problem: .notUTF8)
        }
        var records: [CSVTable.Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func checkLength() throws(ImportError) {
            if field.utf8.count > maximumFieldCharacters && field.count > maximumFieldCharacters {
                throw ImportError(line: line, column: nil, value: String(field.prefix(40)), problem: .fieldTooLong(maximumFieldCharacters))
            }
        }
        func endRecord() throws(ImportError) {
            try checkLength()
            fields.append(field)
            // A blank line is not a row.
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                guard records.count < maximumRows + 1 else {
                    throw ImportError(line: recordLine, column: nil, value: nil, problem: .tooManyRows(maximumRows))
                }
                records.append(CSVTable.Row(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    if scalar == "\r" {
                        let next = iterator.next()
                        if next != "\n" { pending = next }
                        line += 1
                        field.unicodeScalars.append("\n")
                        continue
                    }
                    field.unicodeScalars.append(scalar)
                }
            } else {
                switch scalar {
                case ",":
                    try checkLength()
                    fields.append(field)
                    field = ""
                    fieldWasQuoted = false
                case "\"":
                    guard field.isEmpty && !fieldWasQuoted else {
                        throw ImportError(line: line, column: nil, value: field, problem: .strayQuote)
                    }
                    inQuotes = true
                    fieldWasQuoted = true
                case "\r", "\n":
                    if scalar == "\r" {
                        let next = iterator.next()
                        if next != "\n" { pending = next }
                    }
                    try endRecord()
                    line += 1
                    recordLine = line
                default:
                    if fieldWasQuoted {
                        throw ImportError(line: line, column: nil, value: field, problem: .strayQuote)
                    }
                    field.unicodeScalars.append(scalar)
                }
            }
        }
        if inQuotes { throw ImportError(line: recordLine, column: nil, value: nil, problem: .unterminatedQuote) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { try endRecord() }
        guard let header = records.first else { throw ImportError(line: 1, column: nil, value: nil, problem: .emptyFile) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let rows = Array(records.dropFirst())
        for row in rows where row.fields.count != names.count {
            throw ImportError(
                line: row.line, column: nil, value: nil, problem: .wrongFieldCount(expected: names.count, found: row.fields.count))
        }
        return CSVTable(header: names, rows: rows)
    }

    private static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            guard index + length <= bytes.count,
                bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
            else { return line }
            if byte == 0x0A { line += 1 }
            index += length
        }
        return line
    }

    /// UTF-16 without a byte order mark: text in ASCII has a NUL in every other byte of its first line.
    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let start = bytes.prefix(64)
        guard start.count >= 8 else { return false }
        let nuls = start.enumerated().filter { $0.element == 0 }
        return nuls.count * 3 >= start.count
    }
}
