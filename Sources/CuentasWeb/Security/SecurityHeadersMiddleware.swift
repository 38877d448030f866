import CuentasIntegrity
import Hummingbird

/// Headers on every response, pages and static files alike. The Content-Security-Policy allows no script at all,
/// styles only the program's own inline stylesheets (by hash), images only from the site or inline SVG, and forms
/// only to this server; no other site may frame the pages.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let contentSecurityPolicy: String

    init(inlineStylesheets: [String]) {
        let hashes = inlineStylesheets.map { "'sha256-\(HashChain.sha256Base64(Array($0.utf8)))'" }.joined(separator: " ")
        contentSecurityPolicy = [
            "default-src 'none'", "style-src \(hashes)", "img-src 'self' data:", "form-action 'self'", "frame-ancestors 'none'",
            "base-uri 'none'",
        ].joined(separator: "; ")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        if request.uri.path.hasPrefix("/app") { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
