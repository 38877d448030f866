import CuentasCore

/// Why the corridor prices file could not be used.
public enum CorridorPriceFileError: ExplainedError {
    case unreadable(path: String)
    case noPrices(path: String)

    public func explanation(in language: Language) -> String {
        switch self {
        case .unreadable(let path): return say(language, es: "\(path): no se puede leer", en: "\(path): cannot be read")
        case .noPrices(let path):
            return say(
                language,
                es:
                    "\(path): no hay precios; se esperan las columnas sending_code, sending_name, receiving_code, receiving_name, quarter, avg_total_cost_pct",
                en:
                    "\(path): no prices; expected the columns sending_code, sending_name, receiving_code, receiving_name, quarter, avg_total_cost_pct"
            )
        }
    }
}
