import ArgumentParser
import CuentasCore

struct MemberAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a club member; prints the member's number for donations.",
        discussion: """
            Example: cuentas member add --club CLUB-JEREZ-LA --name "María G."
                     cuentas member add --club CLUB-JEREZ-LA --anonymous
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The member's club.") var club: String
    @Option(help: "How the member wants to appear.") var name: String?
    @Flag(help: "The member gives anonymously: no name is kept.") var anonymous = false

    func validate() throws {
        if (name == nil) == !anonymous { throw global.refuse("indique --name o --anonymous", "give either --name or --anonymous") }
    }

    func run() throws {
        try global.perform { context in
            let member = try context.openEither().addMember(
                clubID: try OptionParsing.identifier(club, "--club"), displayName: try OptionParsing.optionalText(name, "--name"))
            print(
                context.say(
                    "Socio número \(member.id) agregado al club \(member.clubID).",
                    "Member number \(member.id) added to club \(member.clubID)."))
        }
    }
}
