import CuentasCore

/// One signed publication, as the site's history lists it.
public struct PublicationSummary: Sendable, Hashable {
    public let number: Int
    public let publishedOn: CalendarDate
    public let signer: String
    public let fingerprint: String
    public let movements: Int64

    public init(number: Int, publishedOn: CalendarDate, signer: String, fingerprint: String, movements: Int64) {
        self.number = number
        self.publishedOn = publishedOn
        self.signer = signer
        self.fingerprint = fingerprint
        self.movements = movements
    }
}
