import Foundation
import Hummingbird

/// Stands in front of the public site's files (Hummingbird's `FileMiddleware`), which opens a path as given: a NUL in
/// it ended the file name early while the name's end chose the type (`movements.csv%00.html` was served as HTML, so
/// a note holding a `<meta http-equiv=refresh>` redirected readers of the public site). Refused here: control bytes
/// and backslashes anywhere in the decoded path (400), a segment starting with "." (hidden files and `versions/.N.partial`
/// folders, 404), and a file whose real place, symlinks followed, is outside the site (404).
struct SitePathGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The site folder with its own symlinks resolved, ending in "/".
    let root: String

    init(site: URL) {
        root = site.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let path = request.uri.path.removingPercentEncoding else { throw HTTPError(.badRequest) }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) { throw HTTPError(.badRequest) }
        if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { throw HTTPError(.notFound) }
        let file = URL(fileURLWithPath: root + path.drop { $0 == "/" })
        if FileManager.default.fileExists(atPath: file.path) {
            let real = file.resolvingSymlinksInPath().path
            guard real + "/" == root || real.hasPrefix(root) else { throw HTTPError(.notFound) }
        }
        return try await next(request, context)
    }
}
