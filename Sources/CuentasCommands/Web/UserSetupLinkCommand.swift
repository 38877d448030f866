import ArgumentParser
import CuentasCore
import CuentasStore
import CuentasWeb
import CuentasTables
import Foundation

struct UserSetupLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup-link", abstract: "Print a one-time link with which a user chooses their own password.",
        discussion: """
            Send the link to the user alone (it works once, for --valid-hours, and a newer link replaces it). The ledger \
            keeps only a hash of it. Use it for a new user, or one who forgot their password.
            Example: cuentas user setup-link tesorera.canon --base-url https://cuentas.example.org
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's sign-in name.") var name: String
    @Option(help: "The web app's public address, e.g. https://cuentas.example.org.") var baseURL: String
    @Option(help: "How many hours the link works.") var validHours: Int = 72

    func validate() throws {
        if !(1...720).contains(validHours) { throw global.refuse("--valid-hours: de 1 a 720", "--valid-hours: 1 to 720") }
    }

    func run() throws {
        try global.perform { context in
            try Self.issue(
                for: name, base: baseURL, hours: validHours, store: try context.openEither(), by: try OptionParsing.recorder(nil),
                context)
        }
    }

    static func issue(
        for name: String, base: String, hours: Int, store: any SharedLedger, by recorder: String, _ context: CommandContext
    ) throws {
        let link = SetupLink()
        let expires = Date().addingTimeInterval(TimeInterval(hours) * 3600)
        try store.issueSetupLink(for: name, tokenHash: link.tokenHash, expiresAt: expires, reason: "setup link", by: recorder)
        print(
            context.say(
                "Enlace para que \(name) elija su contraseña (una sola vez, \(hours) h):",
                "Link for \(name) to choose their password (once, \(hours) h):"))
        print(link.url(base: base))
    }
}
