import CuentasCore
import Foundation

/// JSON for scripts: stable key order, amounts as exact decimal strings with their currency.
enum JSONOutput {
    static func render(_ value: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func money(_ value: Money) -> [String: Any] {
        ["amount": value.decimalText, "currency": value.currency.code]
    }

    static func money(_ total: MoneyTotal) -> [String: Any] {
        ["amount": total.decimalText, "currency": total.currency.code]
    }

    static func optional(_ value: Any?) -> Any { value ?? NSNull() }
}
