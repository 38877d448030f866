import CuentasCore
import CuentasStatements
import Foundation

/// The project page's parts about evidence and oversight, as template values: whom to ask, photos, documents, the
/// committee's visits and the complaints.
struct OversightWords {
    let evidence: PageEvidence
    let t: Translation
    /// The page's path, for relative links to the site's evidence/ folder.
    let path: String

    var statement: OversightStatement { evidence.statement }

    /// Whom to ask and how to complain, said on every project page, named or not: sentences, each with its phone and
    /// e-mail as links a phone can call or write to.
    static func ask(_ statement: OversightStatement?, municipality: String, _ t: Translation) -> [String: Any] {
        var lines: [[String: Any]] = []
        if let responsible = statement?.responsible {
            lines.append(line(t.format("oversight.responsible", responsible.officer, place(responsible, t)), responsible, t))
        } else {
            lines.append(line(t.format("oversight.noResponsible", municipality), nil, t))
        }
        lines.append(comptroller(statement?.comptroller, t))
        lines.append(line(t.format("oversight.howToComplain", "\((statement?.rule ?? .standard).answerWithinDays)"), nil, t))
        return ["lines": lines]
    }

    /// The comptroller's sentence, or where to complain when none is named.
    static func comptroller(_ contact: AccountableContact?, _ t: Translation) -> [String: Any] {
        guard let contact else { return line(t["oversight.noComptroller"], nil, t) }
        return line(t.format("oversight.comptroller", contact.officer, place(contact, t)), contact, t)
    }

    /// The office, and the address when given.
    static func place(_ contact: AccountableContact, _ t: Translation) -> String {
        [contact.office, contact.address.map { t.format("oversight.address", $0) }].compactMap { $0 }.joined(separator: ", ")
    }

    /// A sentence, with the phone and e-mail of the contact it names, if any.
    private static func line(_ text: String, _ contact: AccountableContact?, _ t: Translation) -> [String: Any] {
        [
            "text": text,
            "phone": contact?.phone.map { t.format("oversight.phone", $0) } as Any,
            "phoneHref": contact?.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } } as Any,
            "email": contact?.email.map { t.format("oversight.email", $0) } as Any,
            "emailHref": contact?.email.map { "mailto:" + $0 } as Any,
        ]
    }

    /// The sentences for the answers box: complaints overdue (flagged) or awaiting an answer.
    static func answers(_ statement: OversightStatement?, _ t: Translation) -> [[String: Any]] {
        guard let statement else { return [] }
        if statement.overdueComplaints > 0 {
            return [
                [
                    "text": t.format("answer.complaintsOverdue", "\(statement.overdueComplaints)", "\(statement.rule.answerWithinDays)"),
                    "flagged": true,
                ]
            ]
        }
        if statement.openComplaints > 0 {
            return [["text": t.format("answer.complaintsOpen", "\(statement.openComplaints)"), "flagged": false]]
        }
        return []
    }

    var context: [String: Any] {
        let photos = statement.photos.enumerated().map { index, file in photo(file, embedded: index < PageEvidence.maximumEmbedded) }
        return [
            "photos": photos, "hasPhotos": !photos.isEmpty,
            "documents": statement.documents.map(document), "hasDocuments": !statement.documents.isEmpty,
            "privateFiles": statement.privateFiles > 0 ? t.format("oversight.privateFiles", "\(statement.privateFiles)") : "",
            "visits": statement.visits.map(visit), "hasVisits": !statement.visits.isEmpty,
            "complaints": statement.complaints.map(complaint), "hasComplaints": !statement.complaints.isEmpty,
            "evidenceFolder": SitePath.relative(SitePath.evidenceFolder, from: path),
        ]
    }

    private func href(_ item: EvidenceItem) -> String { SitePath.relative(SitePath.evidence(item), from: path) }

    private func subject(_ file: OversightStatement.File) -> String {
        switch file.subject {
        case .project: return t["oversight.subjectProject"]
        case .progress(let date, let percent): return t.format("oversight.subjectProgress", t.date(date), t.percent(percent))
        case .visit(let date): return t.format("oversight.subjectVisit", t.date(date))
        case .payment(let date, let id): return t.format("oversight.subjectPayment", t.date(date), "\(id)")
        case .status(let status, let date): return t.format("oversight.subjectStatus", t.date(date), t.status(status))
        case .movement(let kind, let date, let id): return t.format("oversight.subjectMovement", t.date(date), t.movement(kind), "\(id)")
        }
    }

    private func photo(_ file: OversightStatement.File, embedded: Bool) -> [String: Any] {
        var row: [String: Any] = [
            "caption": file.item.caption, "about": subject(file), "href": href(file.item), "size": Self.size(file.item.size),
            "fullSize": t.format("oversight.fullSize", Self.size(file.item.size)), "src": "",
        ]
        if embedded, let thumbnail = evidence.thumbnails[file.item.digest] {
            row["src"] = "data:image/jpeg;base64," + thumbnail.base64EncodedString()
        }
        return row
    }

    private func document(_ file: OversightStatement.File) -> [String: Any] {
        [
            "caption": file.item.caption, "fileName": file.item.fileName, "about": subject(file), "href": href(file.item),
            "size": Self.size(file.item.size), "digest": file.item.digest, "shortDigest": String(file.item.digest.prefix(16)),
            "invoiceCheck": file.item.invoiceCheck.map { t.format("oversight.invoiceChecked", $0) } ?? "",
        ]
    }

    private func visit(_ line: OversightStatement.Visit) -> [String: Any] {
        [
            "date": t.date(line.visit.visitedOn), "attendees": line.visit.attendees,
            "seen": line.visit.physicalPercent.map(t.percent) ?? "—", "remarks": line.visit.remarks, "photos": "\(line.photos)",
        ]
    }

    private func complaint(_ line: OversightStatement.ComplaintLine) -> [String: Any] {
        let state: String
        if let answer = line.answer {
            state = t.format("oversight.answeredOn", t.date(answer.answeredOn), answer.text)
        } else if line.isOverdue {
            state = t.format("oversight.overdue", "\(line.ageDays)", "\(statement.rule.answerWithinDays)")
        } else {
            state = t.format("oversight.openFor", "\(line.ageDays)")
        }
        let origin: String
        switch line.complaint.origin {
        case .committee: origin = t["oversight.originCommittee"]
        case .treasurer: origin = t["oversight.originTreasurer"]
        case .auditor: origin = t["oversight.originAuditor"]
        }
        return [
            "date": t.date(line.complaint.writtenOn),
            "kind": line.complaint.kind == .complaint ? t["oversight.kindComplaint"] : t["oversight.kindObservation"],
            "from": origin, "text": line.complaint.text, "state": state, "overdue": line.isOverdue, "answered": line.answer != nil,
        ]
    }

    /// A file's size as a person reads it: 18 KB, 2.4 MB.
    static func size(_ bytes: Int) -> String {
        if bytes < 1_024 { return "\(bytes) B" }
        if bytes < 1_048_576 { return "\((bytes + 512) / 1_024) KB" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
