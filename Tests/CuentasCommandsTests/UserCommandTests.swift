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

    @Test func aBadUserChangesNothingAndSaysWhy() throws {
        let cli = try CLI()
        try cli.run(["init"])
        let before = try cli.dump()
        let short = try cli.shell("printf 'corta\\n' | cuentas user add ana --role auditor --password-stdin --bcrypt-cost 4")
        #expect(short.status == 1)
        #expect(short.errors.contains("at least 10 characters"))
        let noClub = try cli.shell("printf 'una contraseña larga\\n' | cuentas user add ana --role treasurer --club NOPE --password-stdin --bcrypt-cost 4")
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
