import ArgumentParser
import CuentasCore
import CuentasStatements

struct ReceiptListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a club's donations with their receipt codes (to give each giver theirs).",
        discussion: "Example: cuentas receipt list --club CLUB-JEREZ-LA --year 2025")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The club.") var club: String
    @Option(help: "Only donations of this year, YYYY.") var year: WholeNumber?

    func run() throws {
        try global.perform { context in
            let clubID: PartyID = try OptionParsing.identifier(club, "--club")
            let store = try context.openEither()
            _ = try context.club(clubID, in: store.catalogue(onlyProjects: [], onlyClubs: [clubID]))
            let state = try store.clubState(clubID)
            for id in state.clubMovementIDs[clubID] ?? [] {
                guard let movement = state.movements[id], case .donation(let donation) = movement.body, state.reversedBy[id] == nil,
                    year.map({ Int64(movement.occurredOn.year) == $0.value }) ?? true
                else { continue }
                let source: String
                switch donation.source {
                case .member(let number):
                    source =
                        number.map { context.say("socio \($0)", "member \($0)") } ?? context.say("socio sin número", "member not recorded")
                case .event(let name): source = name
                }
                print(
                    "\(donation.receipt?.text ?? "-----------")  #\(id)  \(movement.occurredOn.isoText)  \(context.money(donation.amount))  \(source)"
                )
            }
        }
    }
}
