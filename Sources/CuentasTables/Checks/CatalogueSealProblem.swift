import CuentasCore

/// A catalogue row that is not as it was sealed when the program added it (`CatalogueSeals.problems`).
public struct CatalogueSealProblem: Hashable, Sendable, ExplainedError {
    public enum Kind: Hashable, Sendable {
        /// The row differs from its seal in this field.
        case changed(field: String, sealed: String, stored: String)
        /// The row has no seal: it was added outside the program.
        case unsealed
        /// The seal has no row: the row was removed outside the program.
        case removed
        /// The seal itself was changed: its hash does not follow from its content and the seal before.
        case brokenSeal(number: Int64)
    }

    public let entity: String
    public let key: String
    public let kind: Kind

    public func explanation(in language: Language) -> String {
        let what = "\(entity) \(TextLimits.shown(key))"
        switch kind {
        case .changed(let field, let sealed, let stored):
            return say(
                language,
                es:
                    "\(what): \(field) se registró como «\(TextLimits.shown(sealed))» y el archivo tiene «\(TextLimits.shown(stored))»: el catálogo se cambió fuera del programa; restaure la última copia de seguridad",
                en:
                    "\(what): \(field) was recorded as \"\(TextLimits.shown(sealed))\" and the file holds \"\(TextLimits.shown(stored))\": the catalogue was changed outside the program; restore the last backup"
            )
        case .unsealed:
            return say(
                language,
                es: "\(what) está en el archivo sin haberse registrado con el programa: se agregó fuera del programa",
                en: "\(what) is in the file but was never recorded by the program: it was added outside the program")
        case .removed:
            return say(
                language,
                es: "\(what) se registró y ya no está en el archivo: se quitó fuera del programa; restaure la última copia de seguridad",
                en: "\(what) was recorded and is no longer in the file: it was removed outside the program; restore the last backup")
        case .brokenSeal(let number):
            return say(
                language,
                es: "el sello #\(number) del catálogo (\(what)) no corresponde a su contenido: se cambió fuera del programa",
                en: "catalogue seal #\(number) (\(what)) does not match its content: it was changed outside the program")
        }
    }
}
