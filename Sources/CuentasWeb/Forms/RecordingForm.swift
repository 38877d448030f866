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

    private struct Name: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Name.self)
        var values: [String: String] = [:]
        for name in container.allKeys { values[name.stringValue] = try container.decode(String.self, forKey: name) }
        guard let csrf = values.removeValue(forKey: "csrf") else {
            throw DecodingError.keyNotFound(Name(stringValue: "csrf"), .init(codingPath: [], debugDescription: "no token"))
        }
        self.csrf = csrf
        self.submission = values.removeValue(forKey: "submission")
        self.values = values
    }

    subscript(name: String) -> String? { values[name] }
}
