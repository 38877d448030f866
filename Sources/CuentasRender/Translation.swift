import CuentasCore
import CuentasTemplates
import Foundation

/// The interface text of one language, from `Templates/Files/translations/LANG.json`: every word a page or a
/// document shows that is not data. Both tables have the same keys (tested).
public struct Translation: Sendable {
    public let language: Language
    public let texts: [String: String]

    public init(language: Language, folder: URL) throws(RenderError) {
        let file = folder.appendingPathComponent("translations/\(language.rawValue).json")
        guard let data = try? Data(contentsOf: file),
            let texts = try? JSONDecoder().decode([String: String].self, from: data)
        else { throw RenderError.missingFile(file.path) }
        self.language = language
        self.texts = texts
    }

    /// The text for a key. A missing key is a programmer error: the tables are part of the program.
    public subscript(key: String) -> String {
        guard let text = texts[key] else { preconditionFailure("no translation for \(key) in \(language.rawValue)") }
        return text
    }

    /// The table as nested dictionaries, so templates can write `{{t.label.folio}}` for the key "label.folio".
    public var nested: [String: Any] {
        var root: [String: Any] = [:]
        for (key, text) in texts {
            let parts = key.split(separator: ".").map(String.init)
            precondition(parts.count == 2, "translation keys have one dot: \(key)")
            var group = root[parts[0]] as? [String: String] ?? [:]
            group[parts[1]] = text
            root[parts[0]] = group
        }
        return root
    }

    /// The text for a key the tables may not have (a column of a file, say); nil when they do not.
    public func ifPresent(_ key: String) -> String? { texts[key] }

    /// Fills `%1$@`, `%2$@`… with the given values, in one pass over the text: a value that itself holds "%2$@" (a
    /// payee's name, say) is shown as written, never filled in turn.
    public func format(_ key: String, _ values: String...) -> String {
        let text = self[key]
        var result = ""
        var rest = text[...]
        while let start = rest.firstIndex(of: "%") {
            result += rest[..<start]
            let after = rest[rest.index(after: start)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, after.dropFirst(digits.count).hasPrefix("$@"), let number = Int(digits), number >= 1, number <= values.count
            {
                result += values[number - 1]
                rest = after.dropFirst(digits.count + 2)
            } else {
                result.append("%")
                rest = after
            }
        }
        return result + rest
    }

    public func money(_ value: Money) -> String { MoneyFormatter.format(value, in: language) }
    public func money(_ total: MoneyTotal) -> String { MoneyFormatter.format(total, in: language) }
    public func date(_ value: CalendarDate) -> String { value.formatted(in: language) }
    public func percent(basisPoints: Int64) -> String { MoneyFormatter.percent(basisPoints: basisPoints, in: language) }
    public func percent(_ whole: Int) -> String { MoneyFormatter.percent(basisPoints: Int64(whole) * 100, in: language) }
    public func kind(_ kind: ProjectKind) -> String { self["kind.\(kind.rawValue)"] }
    /// A status as a page names it: the domain's name, capitalised (the one table of status names is `ProjectStatus`).
    public func status(_ status: ProjectStatus) -> String {
        let name = status.name(in: language)
        return name.prefix(1).uppercased() + name.dropFirst()
    }
    public func role(_ role: FundingRole) -> String { role.title(in: language) }
    /// A kind of movement as a page names it: the domain's name (`MovementKind`), which messages use too.
    public func movement(_ kind: MovementKind) -> String { kind.name(in: language) }
}

/// The folder of templates, translations and schemas built into the program.
public var templatesFolder: URL { TemplateFiles.folder }
