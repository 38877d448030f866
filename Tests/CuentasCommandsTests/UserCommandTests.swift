import Foundation
import Testing

@Suite struct UserCommandTests {
    @Test func usersAreAddedWithAHashedPasswordAndListed() throws {
        let cli = try CLI()
        try cli.run(["init"])
        let added = try cli.shell("printf 'una contraseña larga\\n' | cuentas user add ana --role auditor --password-stdin --bcrypt-cost 4")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("User ana added (auditor)."))
        #expect(try cli.run(["user", "list"]).output == "ana\tauditor\t-\n")
        // Only the bcrypt hash is kept.
        #expect(!(try cli.dump()).contains("una contraseña larga"))
        #expect(try cli.dump().contains("$2b$04$"))
    }

    /// A password changed, a scope changed, a setup link printed (only its hash kept): amendments beside the user.
    @Test func aUsersPasswordScopeAndSetupLinkChangeByAmendment() throws {
        let cli = try CLI.smallLedger()
        #expect(
            try cli.shell("printf 'una contraseña larga\\n' | cuentas user add ana --role auditor --password-stdin --bcrypt-cost 4").status
                == 0)
        let changed = try cli.shell(
            "printf 'otra contraseña larga\\n' | cuentas user password ana --password-stdin --bcrypt-cost 4 --lang en")
        #expect(changed.status == 0 && changed.output.contains("Password of ana changed."), "\(changed.errors)")
        let scope = try cli.run([
            "user", "scope", "ana", "--role", "treasurer", "--club", "CLUB", "--reason", "Tesorera nueva", "--lang", "en",
        ])
        #expect(scope.status == 0, "\(scope.errors)")
        let same = try cli.run(["user", "scope", "ana", "--role", "treasurer", "--club", "CLUB", "--reason", "otra vez", "--lang", "en"])
        #expect(same.status != 0 && same.errors.contains("already"), "\(same.errors)")
        let badScope = try cli.run(["user", "scope", "ana", "--role", "official", "--club", "CLUB", "--reason", "r", "--lang", "en"])
        #expect(badScope.status != 0)
        #expect(try cli.run(["user", "list"]).output.contains("ana\ttreasurer\tCLUB"))
        let link = try cli.run(["user", "setup-link", "ana", "--base-url", "https://cuentas.example.org/", "--lang", "en"])
        #expect(link.status == 0, "\(link.errors)")
        let url = try #require(link.output.split(separator: "\n").last.map(String.init))
        #expect(url.hasPrefix("https://cuentas.example.org/app/setup/") && url.count == "https://cuentas.example.org/app/setup/".count + 64)
        #expect(!(try cli.dump()).contains(String(url.suffix(64))))
        let added = try cli.run([
            "user", "add", "beto", "--role", "auditor", "--setup-link", "--base-url", "http://localhost:8080", "--lang", "en",
        ])
        #expect(added.status == 0 && added.output.contains("http://localhost:8080/app/setup/"), "\(added.errors)")
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func aBadUserChangesNothingAndSaysWhy() throws {
        let cli = try CLI()
        try cli.run(["init"])
        let before = try cli.dump()
        let short = try cli.shell("printf 'corta\\n' | cuentas user add ana --role auditor --password-stdin --bcrypt-cost 4")
        #expect(short.status == 1)
        #expect(short.errors.contains("at least 10 characters"))
        let noClub = try cli.shell(
            "printf 'una contraseña larga\\n' | cuentas user add ana --role treasurer --club NOPE --password-stdin --bcrypt-cost 4")
        #expect(noClub.status == 1)
        #expect(noClub.errors.contains("there is no club NOPE"))
        let badName = try cli.shell("printf 'una contraseña larga\\n' | cuentas user add 'Ana María' --role auditor --password-stdin")
        #expect(badName.status == 1)
        #expect(badName.errors.contains("lowercase letters"))
        let noTerminal = try cli.shell("cuentas user add ana --role auditor </dev/null")
        #expect(noTerminal.status == 1)
        #expect(noTerminal.errors.contains("--password-stdin"))
        #expect(try cli.dump() == before)
    }

    @Test func serveRefusesAKeyItCannotRead() throws {
        let cli = try CLI()
        try cli.run(["init"])
        let refused = try cli.run(["serve", "--port", "8099", "--sign", "/nonexistent/key"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("/nonexistent/key: the key cannot be read"))
    }
}
