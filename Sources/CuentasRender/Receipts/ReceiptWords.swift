import CuentasCore
import CuentasStatements

/// A receipt in the reader's words: the sentences that say where a donation went, one list per part. One place for the
/// published page, the treasurer's printout and `cuentas receipt`.
public enum ReceiptWords {
    /// "Your donation of US$50.00 on 1 March 2025 to Club …".
    static func opening(_ receipt: DonationReceipt, _ t: Translation) -> String {
        t.format("receipt.yourDonation", t.money(receipt.amount), t.date(receipt.date), receipt.club.name)
    }

    /// The projects the donation reached, in the order its money went: for each, what each transfer or sending to it
    /// carried, then how the project stands (said once).
    static func projects(_ receipt: DonationReceipt, _ t: Translation) -> [(folio: Folio, title: String, sentences: [String])] {
        var order: [Folio] = []
        var parts: [Folio: [ReceiptPart]] = [:]
        for part in receipt.parts {
            if parts[part.folio] == nil { order.append(part.folio) }
            parts[part.folio, default: []].append(part)
        }
        return order.map { folio in
            let reached = parts[folio]!
            return (folio, reached[0].projectTitle.text(in: t.language), reached.flatMap { carried($0, t) } + standing(reached[0], t))
        }
    }

    /// What one transfer or sending did with the donation's money.
    static func carried(_ part: ReceiptPart, _ t: Translation) -> [String] {
        let title = part.projectTitle.text(in: t.language)
        var sentences: [String] = []
        switch part.fate {
        case .arrived(let arrived):
            let key = part.isSending ? "receipt.arrivedSending" : "receipt.arrived"
            sentences.append(t.format(key, t.money(part.drawn), t.date(part.carriedOn), title, t.money(part.fee), t.money(arrived)))
            if let refunded = part.refunded { sentences.append(t.format("receipt.refunded", t.money(refunded))) }
            if let withMatch = part.withMatch, let inFund = part.withMatchInFundCurrency {
                sentences.append(t.format("receipt.withMatch", t.money(inFund), t.money(withMatch)))
            }
        case .inTransit:
            sentences.append(t.format("receipt.inTransit", t.money(part.drawn), t.date(part.carriedOn), title, t.money(part.fee)))
        case .returned(let on):
            sentences.append(
                t.format("receipt.returned", t.money(part.drawn), t.date(part.carriedOn), title, t.date(on), t.money(part.fee)))
        }
        return sentences
    }

    /// How the project a part reached stands: progress, payments, status.
    static func standing(_ part: ReceiptPart, _ t: Translation) -> [String] {
        var sentences: [String] = []
        if let percent = part.progressPercent, let date = part.progressDate {
            sentences.append(t.format("receipt.progress", t.percent(percent), t.date(date), t.money(part.projectPaid)))
        } else {
            sentences.append(t.format("receipt.noProgress", t.money(part.projectPaid)))
        }
        sentences.append(t.format("receipt.status", t.status(part.projectStatus)))
        return sentences
    }

    /// Where it went, in one line for a table: "to Rebuilding the road… (transfer of 15 Apr 2025); US$2.00 in the fund".
    public static func summary(_ receipt: DonationReceipt, _ t: Translation) -> String {
        var pieces = receipt.parts.map { part in
            t.format("receipt.summaryPart", t.money(part.drawn), part.projectTitle.text(in: t.language), t.date(part.carriedOn))
        }
        if receipt.stillInFund.isPositive { pieces.append(t.format("receipt.summaryFund", t.money(receipt.stillInFund))) }
        return pieces.joined(separator: "; ")
    }

    /// What is still in the fund, or that all of it is.
    static func stillInFund(_ receipt: DonationReceipt, _ t: Translation) -> String? {
        if let cancellation = receipt.cancellation {
            return t.format("receipt.cancelled", t.date(cancellation.on), cancellation.reason)
        }
        if receipt.parts.isEmpty { return t["receipt.allInFund"] }
        return receipt.stillInFund.isPositive ? t.format("receipt.stillInFund", t.money(receipt.stillInFund)) : nil
    }
}
