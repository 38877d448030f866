/// When an unanswered complaint is flagged: older than `answerWithinDays` (30 unless the publisher says otherwise), like a
/// late payment.
public struct ComplaintRule: Hashable, Sendable {
    public let answerWithinDays: Int

    public static let standard = ComplaintRule(answerWithinDays: 30)

    public init(answerWithinDays: Int) {
        precondition(answerWithinDays >= 1, "a complaint is given at least a day")
        self.answerWithinDays = answerWithinDays
    }

    /// Days since the complaint was written, as of `asOf` (0 when written later).
    public func age(of complaint: Complaint, asOf: CalendarDate) -> Int {
        max(0, asOf.days(since: complaint.writtenOn))
    }

    /// Unanswered as of `asOf` (an answer dated later does not count yet) and older than the limit.
    public func isOverdue(_ complaint: Complaint, asOf: CalendarDate) -> Bool {
        isOpen(complaint, asOf: asOf) && age(of: complaint, asOf: asOf) > answerWithinDays
    }

    public func isOpen(_ complaint: Complaint, asOf: CalendarDate) -> Bool {
        guard let answer = complaint.answer else { return true }
        return answer.answeredOn > asOf
    }
}
