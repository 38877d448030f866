import ArgumentParser
import CuentasCore

/// Who records something (`--by`), for every command that records in a person's name; the name is looked up as
/// `OptionParsing.recorder` says.
struct RecorderOption: ParsableArguments {
    @Option(name: .long, help: "Who records it. Default: $CUENTAS_USER, else $USER.")
    var by: String?

    var name: String {
        get throws(InputError) { try OptionParsing.recorder(by) }
    }
}
