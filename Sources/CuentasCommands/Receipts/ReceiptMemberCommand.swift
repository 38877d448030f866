import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStatements

struct ReceiptMemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Print every donation of one member in a year, each followed to where it went.",
        discussion: "Example: cuentas receipt member --club CLUB-JEREZ-LA --member 3 --year 2025")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The club.") var club: String
    @Option(help: "The member's number at the club.") var member: WholeNumber
    @Option(help: "The year, YYYY.") var year: WholeNumber
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try global.perform { context in
            let clubID: PartyID = try OptionParsing.identifier(club, "--club")
            guard (1900...2200).contains(year.value) else {
                throw CommandFailure(
                    message: context.say(
                        "--year \(year.value): se espera un año como 2025", "--year \(year.value): expected a year like 2025"))
            }
            let date = try asOf.date
            let store = try context.openEither()
            _ = try context.club(clubID, in: store.catalogue(onlyProjects: [], onlyClubs: [clubID]))
            guard
                let statement = MemberYearStatement(
                    clubID: clubID, memberNumber: member.value, year: Int(year.value), state: try store.clubState(clubID), asOf: date)
            else { throw CommandFailure(message: context.say("no hay club \(clubID.text)", "no club \(clubID.text)")) }
            let translation = try HTMLRenderer().translation(context.language)
            print(StatementText(translation: translation).memberYear(statement), terminator: "")
        }
    }
}
