import CuentasCore
import CuentasRender
import CuentasStatements

/// The part of a project's page in the app about what stands beside its money: complaints with their state (an
/// overdue one flagged), visits and evidence, and the forms each person may use: raise a complaint, answer one, record
/// a visit with a photo, attach a file.
struct OversightSection {
    let oversight: ProjectOversight
    let state: LedgerState
    let user: UserAccount
    let t: Translation

    private var folio: Folio { oversight.folio }
    private var rule: ComplaintRule { .standard }

    /// Said at the top when complaints wait past the limit.
    var warning: String? {
        let overdue = oversight.complaints.filter { rule.isOverdue($0, asOf: CalendarDate.today()) }.count
        return overdue == 0 ? nil : t.format("app.complaintsOverdue", "\(overdue)", "\(rule.answerWithinDays)")
    }

    var tables: [AppTable] {
        let today = CalendarDate.today()
        let complaints = AppTable(
            caption: t["app.complaints"],
            headers: ["#", t["app.writtenAt"], t["app.complaintFrom"], t["app.complaintText"], t["app.complaintState"]],
            rows: oversight.complaints.map { complaint in
                let stateText: String
                if let answer = complaint.answer {
                    stateText = t.format("app.answeredOn", t.date(answer.answeredOn), answer.text)
                } else if rule.isOverdue(complaint, asOf: today) {
                    stateText = t.format("app.complaintOverdue", "\(rule.age(of: complaint, asOf: today))")
                } else {
                    stateText = t.format("app.complaintOpen", "\(rule.age(of: complaint, asOf: today))")
                }
                return AppTable.Row(
                    cells: [
                        .init(text: "\(complaint.id)"), .init(text: t.date(complaint.writtenOn)),
                        .init(text: "\(t["app.origin_\(complaint.origin.rawValue)"]) (\(complaint.author))"), .init(text: complaint.text),
                        .init(text: stateText),
                    ], invalid: complaint.answer == nil && rule.isOverdue(complaint, asOf: today))
            }, emptyText: t["app.none"])
        let visits = AppTable(
            caption: t["app.visits"], headers: [t["app.date"], t["app.attendees"], t["app.physical"], t["app.remarks"]],
            rows: oversight.visits.map { visit in
                AppTable.Row(cells: [
                    .init(text: t.date(visit.visitedOn)), .init(text: visit.attendees),
                    .init(text: visit.physicalPercent.map(t.percent) ?? "—"),
                    .init(text: visit.remarks),
                ])
            }, emptyText: t["app.none"])
        let evidence = AppTable(
            caption: t["app.evidence"], headers: [t["app.evidenceFile"], t["app.caption"], t["app.attachedTo"], "SHA-256"],
            rows: oversight.evidence.map { item in
                let about =
                    item.movementID.map { "#\($0)" } ?? item.visitID.map { t.format("app.visitNumber", "\($0)") } ?? t["app.theProject"]
                return AppTable.Row(cells: [
                    .init(text: "\(item.fileName) (\(item.mediaType.rawValue), \(item.size) B)"),
                    .init(text: item.caption + (item.invoiceCheck.map { " · " + t.format("app.invoiceChecked", $0) } ?? "")),
                    .init(text: about), .init(text: String(item.digest.prefix(16)) + "…"),
                ])
            }, emptyText: t["app.none"])
        return [complaints, visits, evidence]
    }

    var forms: [AppForm] {
        var forms: [AppForm] = []
        let base = "/app/projects/\(folio.text)"
        if AccessRule.complaintOrigin(folio, by: user, catalogue: state.catalogue) != nil {
            var form = AppForm(heading: t["app.addComplaint"], action: "\(base)/complaints", submitLabel: t["app.save"])
            form.fields = [
                FormField(
                    name: "kind", label: t["app.complaintKind"],
                    kind: .select([
                        (Complaint.Kind.complaint.rawValue, t["app.kind_complaint"]),
                        (Complaint.Kind.observation.rawValue, t["app.kind_observation"]),
                    ]), value: Complaint.Kind.complaint.rawValue),
                FormField(name: "text", label: t["app.complaintText"], kind: .textArea, required: true),
            ]
            forms.append(form)
        }
        if AccessRule.mayAnswer(folio, by: user, catalogue: state.catalogue) {
            for complaint in oversight.complaints where complaint.answer == nil {
                var form = AppForm(
                    heading: t.format("app.answerComplaint", "\(complaint.id)"), action: "\(base)/complaints/\(complaint.id)/answer",
                    submitLabel: t["app.save"])
                form.fields = [FormField(name: "text", label: t["app.answer"], kind: .textArea, required: true)]
                forms.append(form)
            }
        }
        if AccessRule.mayVisit(folio, by: user) {
            var form = AppForm(heading: t["app.addVisit"], action: "\(base)/visits", multipart: true, submitLabel: t["app.save"])
            form.fields = [
                FormField(name: "date", label: t["app.date"], kind: .date, value: CalendarDate.today().isoText, required: true),
                FormField(name: "attendees", label: t["app.attendees"], required: true),
                FormField(name: "percent", label: t["app.physicalSeen"], kind: .number),
                FormField(name: "remarks", label: t["app.remarks"], kind: .textArea, required: true),
                FormField(name: "photo", label: t["app.photo"], kind: .file, hint: t["app.photoHint"]),
                FormField(name: "caption", label: t["app.caption"]),
            ]
            forms.append(form)
        }
        if AccessRule.mayAttachEvidence(folio, by: user, catalogue: state.catalogue) {
            var form = AppForm(heading: t["app.addEvidence"], action: "\(base)/evidence", multipart: true, submitLabel: t["app.save"])
            let movements: [(value: String, label: String)] =
                [("", t["app.theProject"])]
                + (state.projectMovementIDs[folio] ?? []).reversed().prefix(50).compactMap { id in
                    guard let movement = state.movements[id] else { return nil }
                    switch movement.body {
                    case .progress, .payment, .deposit, .status, .arrival, .transfer, .refund:
                        return ("\(id)", "#\(id) \(t.movement(movement.body.kind)), \(t.date(movement.occurredOn))")
                    default: return nil
                    }
                }
            form.fields = [
                FormField(name: "file", label: t["app.evidenceFile"], kind: .file, hint: t["app.evidenceHint"], required: true),
                FormField(name: "caption", label: t["app.caption"], required: true),
                FormField(name: "movement", label: t["app.attachedTo"], kind: .select(movements)),
                FormField(
                    name: "keepLocation", label: t["app.keepLocation"],
                    kind: .checkboxes([("keepLocation", t["app.keepLocationLabel"], false)])),
            ]
            forms.append(form)
        }
        return forms
    }
}
