import Hummingbird

/// On the `/app` group, after `SessionAuthenticator` has looked up the session's user: nobody signed in is sent to
/// the sign-in page (by `RefusalMiddleware`), before any controller or form is looked at.
struct SignInRequiredMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.identity != nil else { throw PageRefusal.signInRequired }
        return try await next(request, context)
    }
}
