import ArgumentParser
import CuentasCore

struct DonationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "donation", abstract: "Record money from a member or an event into a club's fund.",
        discussion: """
            Examples: cuentas donation --club CLUB-JEREZ-LA --amount 250 --member 3 --date 2024-03-02
                      cuentas donation --club CLUB-JEREZ-LA --amount 4820.50 --event "Baile de primavera" --date 2024-04-13
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Option(help: "The club.") var club: String
    @Option(help: "The amount, in the club fund's currency.") var amount: String
    @Option(help: "The giving member's number (see `cuentas member add`).") var member: WholeNumber?
    @Option(help: "The event whose income it is.") var event: String?

    func validate() throws {
        if member != nil && event != nil {
            throw global.refuse("indique --member o --event, no ambos", "give --member or --event, not both")
        }
    }

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            let clubID: PartyID = try OptionParsing.identifier(club, "--club")
            let fund = try context.club(clubID, in: store.catalogue(onlyProjects: [], onlyClubs: [clubID]))
            let money = try AmountParser.positiveMoney(amount, currency: fund.fundCurrency, style: recording.style, field: "--amount")
            // A donation says who gave it: a member, or the event whose income it is (README: "one is needed").
            guard (event == nil) != (member == nil) else {
                throw CommandFailure(
                    message: context.say("indique --member o --event (uno de los dos)", "give either --member or --event (one of them)"))
            }
            let source: DonationSource =
                try event.map { text throws(InputError) in .event(try OptionParsing.text(text, "--event")) } ?? .member(member?.value)
            let movement = try store.record(try recording.draft(.donation(Donation(clubID: fund.id, amount: money, source: source))))
            context.recorded(
                movement,
                context.say(
                    "donativo de \(context.money(money)) al fondo de \(fund.id).",
                    "donation of \(context.money(money)) to the fund of \(fund.id)."))
            if case .donation(let recorded) = movement.body, let code = recorded.receipt {
                print(
                    context.say(
                        "Recibo \(code.text): `cuentas receipt \(code.text)` dice a dónde fue el dinero.",
                        "Receipt \(code.text): `cuentas receipt \(code.text)` says where the money went."))
            }
        }
    }
}
