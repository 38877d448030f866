import ArgumentParser
import CuentasCore

/// A whole-number option as people type it: digits only (`PlainNumber`). ArgumentParser's own `Int` takes "+75" and
/// "-0", which a form or file would refuse; the command line refuses them too.
struct WholeNumber: ExpressibleByArgument, Sendable {
    let value: Int64

    init?(argument: String) {
        guard let value = PlainNumber.parse(argument) else { return nil }
        self.value = value
    }

    var int: Int { Int(value) }
}
