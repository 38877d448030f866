import ArgumentParser
import CuentasCore

/// The date a command's figures are computed at (`--as-of`), for every command that shows figures.
struct AsOfOption: ParsableArguments {
    @Option(name: .long, help: "The date of the figures, YYYY-MM-DD. Default: today.")
    var asOf: String?

    var date: CalendarDate {
        get throws(InputError) { try OptionParsing.dateOrToday(asOf, "--as-of") }
    }
}
