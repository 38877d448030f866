import CuentasCore
import Foundation

/// Who records evidence, a visit, a complaint or a contact from the command line.
enum OversightOptions {
    static func recorder(_ by: String?) throws(InputError) -> String {
        let environment = ProcessInfo.processInfo.environment
        let name = by ?? environment["CUENTAS_USER"] ?? environment["USER"] ?? "unknown"
        return try TextLimits.validated(name, field: "--by", maximumCharacters: TextLimits.nameCharacters)
    }
}
