/// A movement form (donation, transfer, deposit, ...): the columns of its import format as typed, the one-time key
/// that makes a second press record nothing, and the token. One type for the eight forms, because each of them is a
/// row of its CSV format (`MovementForm`) and is checked by the same `ImportMapper` as a file; the amendment forms
/// (`AmendmentController`) read their fields the same way.
struct RecordingForm: SubmittedForm {
    let csrf: String
    /// The one-time key of this showing of the form.
    let submission: String?
    /// Every other field, by name.
    let values: [String: String]
    /// A file attached to the movement (a multipart form's `evidence` field), when one was chosen.
    let evidence: UploadedFile?

    /// The largest: a movement form may carry an evidence file.
    static var maximumBytes: Int { AppRequestContext.largestEvidenceBody }

    private struct Name: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Name.self)
        var values: [String: String] = [:]
        var evidence: UploadedFile?
        for name in container.allKeys {
            if name.stringValue == "evidence" {
                // A file part; a browser sends an empty one when no file was chosen.
                evidence = try? container.decode(UploadedFile.self, forKey: name)
                continue
            }
            values[name.stringValue] = try container.decode(String.self, forKey: name)
        }
        self.evidence = evidence.flatMap { $0.data.isEmpty ? nil : $0 }
        guard let csrf = values.removeValue(forKey: "csrf") else {
            throw DecodingError.keyNotFound(Name(stringValue: "csrf"), .init(codingPath: [], debugDescription: "no token"))
        }
        self.csrf = csrf
        self.submission = values.removeValue(forKey: "submission")
        self.values = values
    }

    subscript(name: String) -> String? { values[name] }
}
