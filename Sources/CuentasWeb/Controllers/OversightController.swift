import CuentasCore
import CuentasEvidence
import CuentasStore
import Foundation
import Hummingbird

/// What stands beside a project's money, recorded from its page: complaints and observations (its committee, a
/// sponsoring club's treasurer, an auditor), the official's answers, the committee's site visits with a photo, and
/// evidence files (the official, or the committee for its visits). Each refused entry changes nothing and is said on
/// the page (422); each recorded one leads back to the page (303).
struct OversightController {
    let services: AppServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("projects/{folio}/complaints") { request, context in
            let user = try context.user
            let folio = try ProjectController.folio(context)
            let form = try await request.decodeForm(ComplaintForm.self, context: context)
            return try await services.work.run {
                let catalogue = try services.ledger.catalogue()
                guard let origin = AccessRule.complaintOrigin(folio, by: user, catalogue: catalogue) else { throw PageRefusal.outOfScope }
                let kind = Complaint.Kind(rawValue: form.kind ?? "") ?? .complaint
                return try outcome(user, request, context, folio, done: "complaint") {
                    try services.ledger.addComplaint(
                        folio: folio, kind: kind, origin: origin, author: user.name, writtenOn: CalendarDate.today(), text: form.text ?? "")
                }
            }
        }
        routes.post("projects/{folio}/complaints/{id}/answer") { request, context in
            let user = try context.user
            let folio = try ProjectController.folio(context)
            guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw PageRefusal.notFound }
            let form = try await request.decodeForm(AnswerForm.self, context: context)
            return try await services.work.run {
                guard AccessRule.mayAnswer(folio, by: user, catalogue: try services.ledger.catalogue()) else {
                    throw PageRefusal.outOfScope
                }
                // The complaint must be this project's: an official answers only for their own.
                guard try services.ledger.oversight(folio: folio, asOf: nil).complaints.contains(where: { $0.id == id }) else {
                    throw PageRefusal.notFound
                }
                return try outcome(user, request, context, folio, done: "answer") {
                    _ = try services.ledger.answerComplaint(
                        id, answeredOn: CalendarDate.today(), text: form.text ?? "", answeredBy: user.name)
                }
            }
        }
        routes.post("projects/{folio}/visits") { request, context in
            let user = try context.user
            let folio = try ProjectController.folio(context)
            guard AccessRule.mayVisit(folio, by: user) else { throw PageRefusal.outOfScope }
            let form = try await request.decodeForm(VisitForm.self, context: context)
            return try await services.work.run {
                try outcome(user, request, context, folio, done: "visit") {
                    let day = try CalendarDate(parsing: form.date ?? "", field: "date")
                    let percentText = (form.percent ?? "").trimmingCharacters(in: .whitespaces)
                    var percent: Int?
                    if !percentText.isEmpty {
                        guard let value = Int(percentText), (0...100).contains(value) else {
                            throw InputError(field: "percent", value: percentText, expected: .percentage)
                        }
                        percent = value
                    }
                    // The photo is checked before the visit is recorded: a refused photo records nothing.
                    let photo = try form.photo.flatMap { file in
                        file.data.isEmpty
                            ? nil
                            : try EvidenceInspection.draft(
                                bytes: Array(file.data), fileName: file.fileName, folio: folio, movementID: nil, visitID: nil, payment: nil,
                                caption: form.caption.flatMap { $0.isEmpty ? nil : $0 } ?? (form.remarks ?? ""), keepLocation: false,
                                recordedBy: user.name)
                    }
                    let visit = try services.ledger.addSiteVisit(
                        folio: folio, visitedOn: day, attendees: form.attendees ?? "", physicalPercent: percent,
                        remarks: form.remarks ?? "",
                        recordedBy: user.name)
                    if let photo {
                        let item = try services.ledger.addEvidence(
                            EvidenceDraft(
                                folio: folio, visitID: visit.id, bytes: photo.bytes, mediaType: photo.mediaType, caption: photo.caption,
                                fileName: photo.fileName, recordedBy: user.name))
                        services.ledger.keepThumbnail(of: item)
                    }
                }
            }
        }
        routes.post("projects/{folio}/evidence") { request, context in
            let user = try context.user
            let folio = try ProjectController.folio(context)
            let form = try await request.decodeForm(EvidenceForm.self, context: context)
            return try await services.work.run {
                guard AccessRule.mayAttachEvidence(folio, by: user, catalogue: try services.ledger.catalogue()) else {
                    throw PageRefusal.outOfScope
                }
                return try outcome(user, request, context, folio, done: "evidence") {
                    guard let file = form.file, !file.data.isEmpty else {
                        throw OversightRefusal.emptyFile(fileName: form.file?.fileName ?? "")
                    }
                    var movementID: MovementID?
                    var payment: Payment?
                    if let text = form.movement, !text.isEmpty {
                        guard let id = MovementID(text), let movement = try services.ledger.movements(numbered: [id]).first,
                            movement.body.folio == folio
                        else { throw OversightRefusal.movementNotOfProject(MovementID(text) ?? 0, folio) }
                        movementID = id
                        if case .payment(let paid) = movement.body { payment = paid }
                    }
                    let draft = try EvidenceInspection.draft(
                        bytes: Array(file.data), fileName: file.fileName, folio: folio, movementID: movementID, visitID: nil,
                        payment: payment,
                        caption: form.caption ?? "", keepLocation: form.keepLocation == "yes", recordedBy: user.name)
                    services.ledger.keepThumbnail(of: try services.ledger.addEvidence(draft))
                }
            }
        }
        return routes
    }

    /// Records with `write`; back to the project's page when it is done, or the page with the refusal when not.
    private func outcome(
        _ user: UserAccount, _ request: Request, _ context: AppRequestContext, _ folio: Folio, done: String, _ write: () throws -> Void
    ) throws -> Response {
        do {
            try write()
        } catch let error as PageRefusal {
            throw error
        } catch let error as any ExplainedError {
            let t = services.pages.translation(request, context)
            return try ProjectController(services: services).projectPage(
                user, request, context, draft: "", error: nil, notice: nil,
                refusal: error.explanation(in: t.language))
        }
        return Response.redirect(to: "/app/projects/\(folio.text)?done=\(done)")
    }
}
