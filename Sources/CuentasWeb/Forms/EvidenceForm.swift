/// A file attached to a project (and one of its movements, or a visit): multipart, up to the largest evidence file.
struct EvidenceForm: SubmittedForm {
    let csrf: String
    var caption: String?
    /// A movement's number, empty for the project itself.
    var movement: String?
    var keepLocation: String?
    var file: UploadedFile?

    static var maximumBytes: Int { AppRequestContext.largestEvidenceBody }
}
