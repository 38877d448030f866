/// A committee's site visit, with an optional photo: multipart.
struct VisitForm: SubmittedForm {
    let csrf: String
    var date: String?
    var attendees: String?
    var percent: String?
    var remarks: String?
    var caption: String?
    var photo: UploadedFile?

    static var maximumBytes: Int { AppRequestContext.largestEvidenceBody }
}
