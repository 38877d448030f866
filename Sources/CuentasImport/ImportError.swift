import CuentasCore

/// A problem with an import file: where (line, column), the value found, and what was expected.
/// The command line adds the file name.
public struct ImportError: ExplainedError, Equatable {
    public enum Problem: Equatable, Sendable {
        case notUTF8
        /// UTF-16 (a byte order mark FF FE or FE FF, or a NUL every other byte): Excel's "Unicode text".
        case utf16
        /// More bytes than one import may hold.
        case fileTooLarge(bytes: Int, limit: Int)
        case emptyFile
        case headerOnly
        case tooManyRows(Int)
        case fieldTooLong(Int)
        case strayQuote
        case unterminatedQuote
        case wrongFieldCount(expected: Int, found: Int)
        case unknownColumn(known: [String])
        case missingColumn
        case repeatedColumn
        case unrecognizedHeader(formats: [String])
        case invalid(InputError)
        case violation(LedgerViolation)
        case approval(ApprovalError)
        /// The file an `evidence` column names is missing, not what it says, or an invoice that disagrees with its payment.
        case evidence(OversightRefusal)
        case evidenceUnreadable(path: String)
        /// An uploaded CSV naming evidence files: the upload brings only the CSV.
        case evidenceInUpload
    }

    public let line: Int
    public let column: String?
    public let value: String?
    public let problem: Problem

    public init(line: Int, column: String?, value: String?, problem: Problem) {
        self.line = line
        self.column = column
        self.value = value
        self.problem = problem
    }

    public func explanation(in language: Language) -> String {
        var place = say(language, es: "línea \(line)", en: "line \(line)")
        if let column { place += say(language, es: ", columna \(column)", en: ", column \(column)") }
        return place + ": " + problemText(in: language)
    }

    /// What is wrong, without the line and column: a form shows it next to the field.
    public func problemText(in language: Language) -> String {
        let shown = value.map { "\"\(TextLimits.shown($0))\"" } ?? ""
        switch problem {
        case .utf16:
            return say(
                language,
                es: "el archivo está en UTF-16 (\"Texto Unicode\" de Excel); guárdelo como \"CSV UTF-8\"",
                en: "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\"")
        case .fileTooLarge(let bytes, let limit):
            return say(
                language,
                es:
                    "el archivo tiene \(bytes / 1_048_576) MiB y una importación admite \(limit / 1_048_576) MiB; divídalo en varios archivos",
                en:
                    "the file is \(bytes / 1_048_576) MiB and one import takes at most \(limit / 1_048_576) MiB; split it into several files"
            )
        case .notUTF8:
            return say(
                language,
                es: "el archivo no está en UTF-8 (¿Latin-1 o Windows-1252?); guárdelo como \"CSV UTF-8\"",
                en: "the file is not UTF-8 (Latin-1 or Windows-1252?); save it as \"CSV UTF-8\"")
        case .emptyFile:
            return say(
                language, es: "el archivo está vacío; se espera una fila de encabezados", en: "the file is empty; expected a header row")
        case .headerOnly:
            return say(
                language, es: "el archivo solo tiene encabezados; no hay filas que importar",
                en: "the file has a header and no rows to import")
        case .tooManyRows(let limit):
            return say(language, es: "más de \(limit) filas; divida el archivo", en: "more than \(limit) rows; split the file")
        case .fieldTooLong(let limit):
            return say(
                language, es: "un campo de más de \(limit) caracteres (\(shown)…)",
                en: "a field longer than \(limit) characters (\(shown)…)")
        case .strayQuote:
            return say(
                language, es: "comillas en medio de un campo; un campo con comillas debe ir entero entre comillas",
                en: "a quote inside a field; a quoted field must be quoted whole")
        case .unterminatedQuote:
            return say(language, es: "unas comillas abiertas nunca se cierran", en: "a quote is opened and never closed")
        case .wrongFieldCount(let expected, let found):
            return say(
                language, es: "la fila tiene \(found) campos; el encabezado tiene \(expected)",
                en: "the row has \(found) fields; the header has \(expected)")
        case .unknownColumn(let known):
            return say(
                language, es: "columna desconocida \(shown); se esperan: \(known.joined(separator: ", "))",
                en: "unknown column \(shown); expected: \(known.joined(separator: ", "))")
        case .missingColumn: return say(language, es: "falta esta columna en el encabezado", en: "this column is missing from the header")
        case .repeatedColumn: return say(language, es: "la columna aparece dos veces", en: "the column appears twice")
        case .unrecognizedHeader(let formats):
            return say(
                language,
                es: "el encabezado no corresponde a ningún formato (\(formats.joined(separator: ", "))); vea SampleData/README.md",
                en: "the header matches no import format (\(formats.joined(separator: ", "))); see SampleData/README.md")
        case .invalid(let error): return error.explanation(in: language)
        case .violation(let violation): return violation.explanation(in: language)
        case .approval(let error): return error.explanation(in: language)
        case .evidence(let refusal): return refusal.explanation(in: language)
        case .evidenceInUpload:
            return say(
                language,
                es:
                    "la columna evidence nombra archivos junto al CSV, que una carga por la web no trae: adjúntelos en la página del proyecto, o importe el archivo con `cuentas import`",
                en:
                    "the evidence column names files beside the CSV, which a web upload does not bring: attach them on the project's page, or import the file with `cuentas import`"
            )
        case .evidenceUnreadable(let path):
            return say(
                language,
                es: "no se puede leer el archivo \(path): el archivo debe estar junto al CSV (un nombre, o una ruta dentro de su carpeta)",
                en: "cannot read the file \(path): it must be beside the CSV (a name, or a path inside its folder)")
        }
    }
}
