import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The public site's files are served as what they are, and nothing outside the site, hidden or half-written is.
@Suite struct StaticFileGuardTests {
    @Test func pathsThatTrickTheFileServerAreRefused() async throws {
        let fixture = try WebFixture()
        let site = fixture.siteFolder
        let files = FileManager.default
        try files.createDirectory(at: site.appendingPathComponent("data"), withIntermediateDirectories: true)
        try files.createDirectory(at: site.appendingPathComponent("versions/.3.partial"), withIntermediateDirectories: true)
        try Data("date,note\n2024-01-01,<meta http-equiv=refresh content=0;url=https://evil.example>\n".utf8)
            .write(to: site.appendingPathComponent("data/movements.csv"))
        try Data("secret".utf8).write(to: site.appendingPathComponent(".keys"))
        try Data("<p>half</p>".utf8).write(to: site.appendingPathComponent("versions/.3.partial/index.html"))
        let outside = fixture.folder.appendingPathComponent("outside.html")
        try Data("<p>outside</p>".utf8).write(to: outside)
        try files.createSymbolicLink(at: site.appendingPathComponent("leak.html"), withDestinationURL: outside)
        try await fixture.application().test(.router) { client in
            let csv = try await client.execute(uri: "/data/movements.csv", method: .get)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            for (uri, status) in [
                ("/data/movements.csv%00.html", HTTPResponse.Status.badRequest), ("/data/movements.csv%0a.html", .badRequest),
                ("/data%5cmovements.csv", .badRequest), ("/.keys", .notFound), ("/versions/.3.partial/index.html", .notFound),
                ("/leak.html", .notFound), ("/data/%2e%2e/%2e%2e/outside.html", .notFound),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri)")
                #expect(response.headers[.contentType]?.hasPrefix("text/html") != true || response.status != .ok, "\(uri)")
            }
        }
    }
}
