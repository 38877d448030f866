import CuentasCore
import CuentasEvidence
import CuentasImport
import Foundation

/// The files an import's `evidence` column names, beside the CSV, each checked as `cuentas evidence add` checks it
/// (what it says it is, a photo's location removed, an invoice compared with its payment): a refused file refuses the
/// whole import, naming its line, column and value.
enum ImportEvidence {
    static func attachments(
        _ entries: [ImportMapper.Entry], besideFile csv: String, recordedBy: String
    ) throws(ImportError) -> [(draft: Int, evidence: EvidenceDraft)] {
        let folder = URL(fileURLWithPath: csv).deletingLastPathComponent()
        var attachments: [(draft: Int, evidence: EvidenceDraft)] = []
        var index = 0
        for entry in entries {
            defer { index += entry.drafts.count }
            guard let name = entry.value(of: "evidence")?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { continue }
            func refuse(_ problem: ImportError.Problem) -> ImportError {
                ImportError(line: entry.line, column: "evidence", value: name, problem: problem)
            }
            // A name or a path inside the CSV's folder: never an absolute path nor one that climbs out of it.
            let parts = name.split(separator: "/")
            guard !name.hasPrefix("/"), !parts.contains(".."),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            else { throw refuse(.evidenceUnreadable(path: name)) }
            // The kinds with an evidence column record exactly one movement per row, about a project.
            guard let draft = entry.drafts.first, let folio = draft.body.folio else { throw refuse(.evidenceUnreadable(path: name)) }
            var payment: Payment?
            if case .payment(let paid) = draft.body { payment = paid }
            let caption = entry.value(of: "evidence_caption").flatMap { $0.isEmpty ? nil : $0 } ?? String(parts.last ?? "")
            do {
                attachments.append(
                    (
                        index,
                        try EvidenceInspection.draft(
                            bytes: Array(data), fileName: String(parts.last ?? ""), folio: folio, movementID: nil, visitID: nil,
                            payment: payment,
                            caption: caption, keepLocation: false, recordedBy: recordedBy)
                    ))
            } catch {
                throw refuse(.evidence(error))
            }
        }
        return attachments
    }
}
