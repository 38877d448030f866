import ArgumentParser
import CuentasCore

/// When a sending in transit is flagged "not confirmed": the same option wherever statements or lists show it.
struct TransitOptions: ParsableArguments {
    @Option(help: "Days after which a sending not confirmed on arrival is flagged (1 to 365). Default: 10.")
    var unconfirmedAfter: WholeNumber?

    func validate() throws {
        if let days = unconfirmedAfter, !(1...365).contains(days.value) {
            throw ValidationError("--unconfirmed-after: \(days.value) is not between 1 and 365")
        }
    }

    var rule: TransitRule { unconfirmedAfter.map { TransitRule(unconfirmedAfterDays: $0.int) } ?? .standard }
}
