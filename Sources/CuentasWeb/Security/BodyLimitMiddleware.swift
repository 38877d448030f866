import Hummingbird

/// Refuses a body whose declared length is over the largest any request may send, before the session is looked up
/// or a byte of it is read (413). Bodies without a declared length are bounded where they are read
/// (`SubmittedForm.maximumBytes`).
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximumBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maximumBytes {
            throw HTTPError(.contentTooLarge)
        }
        return try await next(request, context)
    }
}
