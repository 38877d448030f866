import Foundation
import Hummingbird
import HummingbirdTesting

/// A test client that keeps cookies between requests and reads the anti-forgery token and one-time keys out of
/// pages, as a browser with its forms would.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    var acceptLanguage = "en"
    /// Sent as the Referer of the next requests, as a browser sends the page a link was followed from.
    var referer: String?

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let html: String

        /// The value of the first hidden or text input named `name`.
        func input(_ name: String) -> String? {
            guard let range = html.range(of: "<input[^>]* name=\"\(name)\"[^>]*>", options: .regularExpression) else { return nil }
            let tag = html[range]
            guard let value = tag.range(of: " value=\"") else { return nil }
            return String(tag[value.upperBound...].prefix { $0 != "\"" })
        }

        var csrf: String? { input("csrf") }
        var location: String? { headers[.location] }
        /// The page without its stylesheets, for readable failure messages.
        var text: String { html.replacingOccurrences(of: #"<style>[^<]*</style>"#, with: "", options: .regularExpression) }
    }

    init(_ client: any TestClientProtocol) { self.client = client }

    func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil, contentType: nil)
    }

    func post(_ path: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(path, method: .post, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    /// A multipart upload of one file with the given fields.
    func upload(_ path: String, fields: [(String, String)], fileField: String, fileName: String, content: String) async throws -> Page {
        let boundary = "----cuentas-test-boundary"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n"
        body += "--\(boundary)--\r\n"
        return try await send(path, method: .post, body: ByteBuffer(string: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// A multipart upload of one binary file (a photo, a PDF) with the given fields.
    func upload(
        _ path: String, fields: [(String, String)], fileField: String, fileName: String, bytes: [UInt8], type: String
    ) async throws -> Page {
        let boundary = "----cuentas-test-boundary-7d2f"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n"
        )
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(path, method: .post, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in and returns the page the sign-in redirected to.
    @discardableResult
    func signIn(_ name: String, password: String = WebFixture.password) async throws -> Page {
        let login = try await get("/app/login")
        let answer = try await post("/app/login", [("csrf", login.csrf ?? ""), ("name", name), ("password", password)])
        var page = answer
        // Follow the redirects a browser would: sign-in to /app, an admin's /app to /app/users.
        for _ in 0..<3 {
            guard page.status == .seeOther, let location = page.location else { break }
            page = try await get(location)
        }
        return page
    }

    private func send(_ path: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String?) async throws -> Page {
        var headers: HTTPFields = [.acceptLanguage: acceptLanguage]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        if let referer { headers[.referer] = referer }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if line.contains("Expires=Thu, 01 Jan 1970") || line.lowercased().contains("max-age=0") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
        return Page(status: response.status, headers: response.headers, html: String(buffer: response.body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
