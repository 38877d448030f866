import CuentasCore
import Hummingbird

/// The one place where refusals become answers: a `PageRefusal` thrown by any controller (or by the sign-in check) is
/// answered with its page; an error the program explains (a damaged ledger file, a full disk) with a 500 page that
/// says what went wrong and that nothing was changed, never an empty answer. Errors of the public site's files
/// (Hummingbird's own 404 and 400) pass through unchanged.
struct RefusalMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: PageResponder

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let refusal as PageRefusal {
            return pages.respond(refusal, request, context)
        } catch let error as any ExplainedError {
            let spanish = error.explanation(in: .spanish), english = error.explanation(in: .english)
            context.logger.error("\(request.method) \(request.uri.path): \(english)")
            return pages.respond(PageRefusal(.internalServerError) { say($0.language, es: spanish, en: english) }, request, context)
        }
    }
}
