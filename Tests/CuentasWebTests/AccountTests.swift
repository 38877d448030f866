import CuentasCore
import CuentasStore
import Foundation
import HummingbirdTesting
import Testing

/// Users change their own passwords, choose one through a one-time setup link, and admins disable them, enable them
/// and change their scope from the web app: each an amendment beside the user, never an edit.
@Suite struct AccountTests {
    static let newPassword = "una-clave-nueva-2026"

    /// The link in a notice: the path after the host.
    private func setupPath(in page: Browser.Page) -> String? {
        guard let range = page.html.range(of: #"/app/setup/[0-9a-f]{64}"#, options: .regularExpression) else { return nil }
        return String(page.html[range])
    }

    @Test(arguments: ServedStore.all) func aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/password")
            #expect(form.status == .ok)
            let wrong = try await browser.post(
                "/app/password",
                [
                    ("csrf", form.csrf ?? ""), ("current", "no-es-la-clave"), ("password", Self.newPassword),
                    ("repeated", Self.newPassword),
                ])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("that is not the current password"), "\(wrong.status)")
            let differ = try await browser.post(
                "/app/password",
                [
                    ("csrf", form.csrf ?? ""), ("current", WebFixture.password), ("password", Self.newPassword),
                    ("repeated", "otra-cosa-1234"),
                ])
            #expect(differ.text.contains("the two passwords differ"))
            let done = try await browser.post(
                "/app/password",
                [
                    ("csrf", form.csrf ?? ""), ("current", WebFixture.password), ("password", Self.newPassword),
                    ("repeated", Self.newPassword),
                ])
            #expect(done.status == .ok && done.text.contains("Password changed"), "\(done.text)")
            #expect(try await Browser(client).signIn("tesorera-a").text.contains("Wrong name or password"))
            #expect(try await Browser(client).signIn("tesorera-a", password: Self.newPassword).status == .ok)
        }
        #expect(try await fixture.onServed { try $0.fullCheck().passed })
    }

    @Test func aNewUserChoosesTheirPasswordThroughALinkThatWorksOnce() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let admin = Browser(client)
            try await admin.signIn("admin")
            let users = try await admin.get("/app/users")
            let added = try await admin.post(
                "/app/users",
                [
                    ("csrf", users.csrf ?? ""), ("name", "nueva.tesorera"), ("role", "treasurer"), ("club", "CLUB-B"), ("municipality", ""),
                    ("password", ""),
                ])
            #expect(added.text.contains("User nueva.tesorera added. Send them this link"), "\(added.text)")
            let path = try #require(setupPath(in: added))
            // Before the link is used, no password signs in.
            #expect(try await Browser(client).signIn("nueva.tesorera").text.contains("Wrong name or password"))
            let newcomer = Browser(client)
            let page = try await newcomer.get(path)
            #expect(page.status == .ok && page.text.contains("nueva.tesorera"))
            let chosen = try await newcomer.post(
                path, [("csrf", page.csrf ?? ""), ("password", Self.newPassword), ("repeated", Self.newPassword)])
            #expect(chosen.status == .ok && chosen.text.contains("you can sign in with your password now"), "\(chosen.text)")
            #expect(try await Browser(client).signIn("nueva.tesorera", password: Self.newPassword).status == .ok)
            // Spent: the same link again, or one made up, gets the same page.
            let again = try await Browser(client).get(path)
            #expect(again.status == .notFound && again.text.contains("Link not valid"))
            #expect(try await Browser(client).get("/app/setup/" + String(repeating: "0", count: 64)).status == .notFound)
            // A new link replaces the older one: only the latest works.
            let users2 = try await admin.get("/app/users")
            let first = setupPath(
                in: try await admin.post(
                    "/app/users/amend",
                    [
                        ("csrf", users2.csrf ?? ""), ("user", "tesorero-b"), ("action", "setupLink"), ("reason", ""),
                    ]))
            let second = setupPath(
                in: try await admin.post(
                    "/app/users/amend",
                    [
                        ("csrf", users2.csrf ?? ""), ("user", "tesorero-b"), ("action", "setupLink"), ("reason", ""),
                    ]))
            #expect(try await Browser(client).get(try #require(first)).status == .notFound)
            #expect(try await Browser(client).get(try #require(second)).status == .ok)
        }
        // The ledger keeps only the hash of a link.
        let stored = try String(contentsOfFile: fixture.store.path, encoding: .isoLatin1)
        #expect(!stored.contains("/app/setup/"))
        #expect(try await fixture.onServed { try $0.fullCheck().passed })
    }

    @Test(arguments: ServedStore.all) func anAdminDisablesAUserAndChangesAScopeFromTheWebApp(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let admin = Browser(client)
            try await admin.signIn("admin")
            let users = try await admin.get("/app/users")
            let noReason = try await admin.post(
                "/app/users/amend",
                [
                    ("csrf", users.csrf ?? ""), ("user", "tesorera-a"), ("action", "disable"), ("reason", ""),
                ])
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("write the reason"))
            let disabled = try await admin.post(
                "/app/users/amend",
                [
                    ("csrf", users.csrf ?? ""), ("user", "tesorera-a"), ("action", "disable"), ("reason", "Dejó la tesorería"),
                ])
            #expect(disabled.text.contains("tesorera-a can no longer sign in"), "\(disabled.text)")
            #expect(try await treasurer.get("/app").location == "/app/login")
            let moved = try await admin.post(
                "/app/users/amend",
                [
                    ("csrf", users.csrf ?? ""), ("user", "tesorero-b"), ("action", "scope"), ("role", "treasurer"), ("club", "CLUB-A"),
                    ("reason", "Ahora lleva la tesorería del club A"),
                ])
            #expect(moved.text.contains("Scope of tesorero-b changed"), "\(moved.text)")
            let mismatched = try await admin.post(
                "/app/users/amend",
                [
                    ("csrf", users.csrf ?? ""), ("user", "tesorero-b"), ("action", "scope"), ("role", "official"), ("club", "CLUB-A"),
                    ("reason", "r"),
                ])
            #expect(mismatched.status == .unprocessableContent)
            let yourself = try await admin.post(
                "/app/users/amend",
                [
                    ("csrf", users.csrf ?? ""), ("user", "admin"), ("action", "disable"), ("reason", "r"),
                ])
            #expect(yourself.text.contains("you cannot disable yourself"))
            // A non-admin is refused.
            let other = Browser(client)
            try await other.signIn("oficial-a")
            #expect(
                try await other.post("/app/users/amend", [("csrf", users.csrf ?? ""), ("user", "admin"), ("action", "disable")]).status
                    == .forbidden)
        }
        #expect(try await fixture.onServed { try $0.user(named: "tesorero-b")?.account.clubID } == WebFixture.id("CLUB-A"))
        #expect(try await fixture.onServed { try $0.user(named: "tesorera-a") == nil })
        #expect(try await fixture.onServed { try $0.disabledUserNames() } == ["tesorera-a"])
        #expect(try await fixture.onServed { try $0.fullCheck().passed })
    }
}
