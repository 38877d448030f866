import CuentasCore

/// What a signed page says about its publication.
public struct PublicationStamp: Sendable, Hashable {
    public let number: Int
    public let publishedOn: CalendarDate
    public let signer: String
    public let fingerprint: String
}
