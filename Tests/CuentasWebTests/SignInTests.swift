import CuentasCore
import CuentasIntegrity
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CuentasWeb

@Suite struct SignInTests {
    @Test func signInShowsTheUsersOwnClubAndSignOutEndsTheSession() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            let before = try await browser.get("/app")
            #expect(before.status == .seeOther && before.location == "/app/login")
            let home = try await browser.signIn("tesorera-a")
            #expect(home.status == .ok)
            #expect(home.html.contains("<h1>Club A</h1>"))
            #expect(home.html.contains("P-A") && !home.html.contains("P-B"))
            let cookie = try #require(browser.cookies["cuentas_session"])
            #expect(!cookie.isEmpty)
            let signOut = try await browser.post("/app/logout", [("csrf", home.csrf ?? "")])
            #expect(signOut.status == .seeOther)
            let after = try await browser.get("/app")
            #expect(after.status == .seeOther && after.location == "/app/login")
        }
    }

    @Test func theSessionCookieIsHttpOnlyAndSameSiteStrict() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/app/login", method: .get)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("cuentas_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
        }
    }

    @Test func aWrongPasswordIsRefusedAndTheNameLocksAfterFiveFailures() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            let wrong = try await browser.signIn("oficial-a", password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.html.contains("Wrong name or password."))
            // A name that does not exist gets the same answer.
            let nobody = try await browser.signIn("nadie", password: "not the password")
            #expect(nobody.status == .unauthorized && nobody.html.contains("Wrong name or password."))
            for _ in 0..<4 { _ = try await browser.signIn("oficial-a", password: "still wrong!") }
            let locked = try await browser.signIn("oficial-a")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.html.contains("Too many failed attempts"))
            // Another name is not locked by these failures.
            let other = try await browser.signIn("auditora")
            #expect(other.status == .ok)
        }
    }

    @Test func theLanguageComesFromTheBrowserUntilTheUserChooses() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            browser.acceptLanguage = "es-MX,es;q=0.9,en;q=0.5"
            #expect(try await browser.get("/app/login").html.contains("<h1>Entrar</h1>"))
            browser.acceptLanguage = "en-US,en;q=0.8"
            #expect(try await browser.get("/app/login").html.contains("<h1>Sign in</h1>"))
            _ = try await browser.get("/app/language/es")
            #expect(try await browser.get("/app/login").html.contains("<h1>Entrar</h1>"))
        }
    }

    @Test func everyResponseCarriesAStrictContentSecurityPolicyThatAllowsItsOwnStyles() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let page = try await Browser(client).get("/app/login")
            let policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("default-src 'none'"))
            #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"))
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            // Each inline stylesheet of the page is allowed by its hash, so the browser applies it.
            var styles: [String] = []
            var rest = page.html[...]
            while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
                styles.append(String(rest[open.upperBound..<close.lowerBound]))
                rest = rest[close.upperBound...]
            }
            // The statements' stylesheet, the app's, and the receipts'.
            #expect(styles.count == 3)
            for style in styles {
                let digest = HashChain.sha256Base64(Array(style.utf8))
                #expect(policy.contains("'sha256-\(digest)'"), "style not allowed by the policy")
            }
        }
    }
}
