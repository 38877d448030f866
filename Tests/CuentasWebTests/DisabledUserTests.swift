import CuentasCore
import CuentasStore
import Foundation
import HummingbirdTesting
import Testing
import CuentasTables

/// A user disabled by an amendment (they left the treasury) cannot sign in, and their open session is refused at its
/// next request; enabled again, they sign in; what they recorded keeps their name.
@Suite struct DisabledUserTests {
    @Test func aDisabledUsersOpenSessionEndsAtItsNextRequest() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            #expect(try await browser.get("/app").status == .ok)
            try fixture.store.setUser("tesorera-a", disabled: true, reason: "Dejó la tesorería", by: "admin")
            let next = try await browser.get("/app")
            #expect(next.status == .seeOther && next.location == "/app/login", "\(next.status)")
            let again = Browser(client)
            let refused = try await again.signIn("tesorera-a")
            #expect(refused.status != .ok || refused.html.contains("Wrong name or password"), "\(refused.text)")
            #expect(try await again.get("/app").status == .seeOther)
            try fixture.store.setUser("tesorera-a", disabled: false, reason: "Volvió", by: "admin")
            let back = Browser(client)
            #expect(try await back.signIn("tesorera-a").status == .ok)
        }
        // The same amendment twice is refused; an unknown user too.
        #expect(throws: StoreError.self) { try fixture.store.setUser("tesorera-a", disabled: false, reason: "otra vez", by: "admin") }
        #expect(throws: StoreError.self) { try fixture.store.setUser("nadie", disabled: true, reason: "r", by: "admin") }
        #expect(try fixture.store.users().contains { $0.name == "tesorera-a" })
    }
}
