import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CuentasWeb

@Suite struct LiveStatementTests {
    @Test func eachPersonSeesTodaysStatementsOfWhatIsTheirsOnly() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let anonymous = Browser(client)
            #expect(try await anonymous.get("/app/live/en/clubs/CLUB-A.html").status == .seeOther)
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let club = try await treasurer.get("/app/live/en/clubs/CLUB-A.html")
            #expect(club.status == .ok)
            #expect(club.html.contains("Club A"))
            #expect(try await treasurer.get("/app/live/en/clubs/CLUB-B.html").status == .forbidden)
            #expect(try await treasurer.get("/app/live/es/projects/P-A.html").html.contains("Obra A"))
            #expect(try await treasurer.get("/app/live/es/projects/P-B.html").status == .forbidden)
            #expect(try await treasurer.get("/app/live/es/municipalities/MUN-A.html").status == .forbidden)
            #expect(try await treasurer.get("/app/live/xx/clubs/CLUB-A.html").status == .notFound)
            #expect(try await treasurer.get("/app/live/en/clubs/..%2F..%2Fetc.html").status == .notFound)
            let official = Browser(client)
            try await official.signIn("oficial-a")
            #expect(try await official.get("/app/live/en/municipalities/MUN-A.html").status == .ok)
            // The live index is scoped like the pages it links to: an official's is their municipality's statement.
            let index = try await official.get("/app/live/en/index.html")
            #expect(index.headers[.location] == "/app/live/en/municipalities/MUN-A.html")
            let municipality = try await official.get("/app/live/en/municipalities/MUN-A.html")
            #expect(municipality.html.contains("P-A"))
            #expect(!municipality.html.contains("P-B"))
        }
    }
}
