import Foundation
import MultipartKit

/// A CSV file sent to preview (multipart/form-data, parsed by MultipartKit).
struct ImportUploadForm: SubmittedForm {
    let csrf: String
    var file: UploadedFile?

    static var maximumBytes: Int { AppRequestContext.largestBody }
}

/// A file of a multipart form: its name as the browser gave it, and its bytes.
struct UploadedFile: Decodable, Sendable, MultipartPartConvertible {
    let fileName: String
    let data: Data

    init?(multipart: MultipartPart) {
        // A part without a file name is a text field, not a file.
        guard let disposition = multipart.headers.first(name: "Content-Disposition"),
            let fileName = HeaderParameter.value(of: "filename", in: disposition)
        else { return nil }
        self.fileName = fileName
        self.data = Data(multipart.body.readableBytesView)
    }

    var multipart: MultipartPart? { nil }

    /// Only multipart bodies carry files.
    init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a file comes only in a multipart form"))
    }
}
