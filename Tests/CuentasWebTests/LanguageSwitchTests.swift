@testable import CuentasWeb
import Foundation
import HummingbirdTesting
import Testing

/// Switching language never throws away where one was or what one typed.
@Suite struct LanguageSwitchTests {
    @Test func aHalfFilledFormComesBackInTheOtherLanguageWithWhatWasTyped() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            browser.acceptLanguage = "es"
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            #expect(form.html.contains("name=\"switch_language\" value=\"en\""))
            let switched = try await browser.post(
                "/app/record/donation",
                [
                    ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("amount", "125.50"),
                    ("event", "Kermés navideña"), ("date", "2026-11-20"), ("switch_language", "en"),
                ])
            #expect(switched.status == .ok)
            #expect(switched.html.contains("<html lang=\"en\">"))
            #expect(switched.input("amount") == "125.50")
            #expect(switched.input("event") == "Kermés navideña")
            #expect(switched.input("submission") == form.input("submission"))
            #expect(!switched.html.contains("class=\"error\""))
            // The choice stays for the next pages.
            #expect(try await browser.get("/app").html.contains("<html lang=\"en\">"))
        }
        #expect(fixture.movementCount == before)
    }

    @Test func theLanguageLinkLeadsBackToThePageItWasFollowedFrom() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            browser.referer = "http://localhost:8080/app/projects/P-A"
            #expect(try await browser.get("/app/language/es").location == "/app/projects/P-A")
            browser.referer = nil
            #expect(try await browser.get("/app/language/en").location == "/app")
        }
    }

    @Test(arguments: [
        ("http://localhost/app/record/donation", "/app/record/donation"),
        ("http://localhost/app?page=2", "/app"),
        ("http://localhost/app/live/es/index.html?page=3", "/app/live/es/index.html?page=3"),
        ("https://elsewhere.example/app/x", "/app/x"),
        ("http://localhost/index.html", "/app"),
        ("http://localhost/app//elsewhere.example", "/app"),
        ("http://localhost/app/language/en", "/app"),
        ("http://localhost/app/x%0D%0ALocation:%20evil", "/app/x%0D%0ALocation:%20evil"),
        ("not a url at all", "/app"),
    ])
    func onlyAPathOfTheAppIsFollowedBack(referer: String, path: String) {
        #expect(LanguageChoice.returnPath(referer: referer) == path)
    }
}
