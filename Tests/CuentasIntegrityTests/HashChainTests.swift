import CuentasCore
import CuentasIntegrity
import Testing

@Suite struct HashChainTests {
    static let deposit = Movement(
        id: 7, occurredOn: CalendarDate(year: 2024, month: 3, day: 5)!, recordedBy: "Tesorería", note: "Primera\nministración",
        body: .deposit(
            Deposit(
                folio: Identifier(trusted: "3X1-2024-003"), partyID: Identifier(trusted: "MX-FED"),
                remittance: Remittance(
                    sent: Money(minorUnits: 80_000_000, currency: .mexicanPeso), fee: Money(minorUnits: 0, currency: .mexicanPeso),
                    exchangeRate: .one, rateSource: "same currency", marketRate: nil,
                    received: Money(minorUnits: 80_000_000, currency: .mexicanPeso),
                    reference: "SPEI-1"))))

    @Test func theCanonicalEncodingIsStable() {
        let text = String(decoding: MovementEncoding.canonical(Self.deposit, previousHash: HashChain.genesis), as: UTF8.self)
        #expect(
            text.hasPrefix(
                "cuentas-movement-1\nprevious=0000000000000000000000000000000000000000000000000000000000000000\nid=7\nkind=deposit\noccurredOn=2024-03-05\nrecordedBy=Tesorería\nnote=Primera\\nministración\nfolio=3X1-2024-003\nparty=MX-FED\namount=80000000 MXN\nsent=80000000 MXN\nfee=0 MXN\nrate=1000000\n"
            ))
        #expect(text.split(separator: "\n").count == 1 + MovementEncoding.fieldNames.count)
        #expect(
            MovementEncoding.fieldNames == [
                "previous", "id", "kind", "occurredOn", "recordedBy", "note", "folio", "party", "amount", "sent", "fee", "rate",
                "rateSource", "marketRate", "reference", "scheme", "capBound", "member", "event", "budgetLine", "payee",
                "payeeTaxId", "invoiceUuid", "overrunReason", "physicalPercent", "status", "sessionDate", "minutesReference",
                "handOverReference", "reason", "reverses",
            ])
        // Pinned (and computed independently with Python in docs/INTEGRITY.md): if this changes, every stored chain
        // breaks. Never change version 1; add a version 2 instead.
        #expect(
            HashChain.hash(Self.deposit, previousHash: HashChain.genesis)
                == "7e2ff51e8d988aae33b4f29d1cbacce3fa65ae9d0469caecc0bcd2c222e114dd")
    }

    @Test func everyFieldChangesTheHash() {
        let base = HashChain.hash(Self.deposit, previousHash: HashChain.genesis)
        let otherNote = Movement(
            id: 7, occurredOn: Self.deposit.occurredOn, recordedBy: "Tesorería", note: "Primera ministración", body: Self.deposit.body)
        #expect(HashChain.hash(otherNote, previousHash: HashChain.genesis) != base)
        #expect(HashChain.hash(Self.deposit, previousHash: String(repeating: "1", count: 64)) != base)
    }

    @Test func aBrokenChainNamesTheFirstBadLink() {
        var links: [HashChain.Link] = []
        var previous = HashChain.genesis
        for id in 1...5 {
            let movement = Movement(
                id: Int64(id), occurredOn: Self.deposit.occurredOn, recordedBy: "x", note: "\(id)", body: Self.deposit.body)
            let hash = HashChain.hash(movement, previousHash: previous)
            links.append(HashChain.Link(movement: movement, previousHash: previous, hash: hash))
            previous = hash
        }
        #expect(HashChain.firstBrokenLink(links) == nil)
        var edited = links
        edited[2] = HashChain.Link(
            movement: Movement(id: 3, occurredOn: Self.deposit.occurredOn, recordedBy: "x", note: "changed", body: Self.deposit.body),
            previousHash: links[2].previousHash, hash: links[2].hash)
        #expect(HashChain.firstBrokenLink(edited)?.id == 3)
        #expect(HashChain.firstBrokenLink(edited)?.reason == .contentChanged)
        var removed = links
        removed.remove(at: 1)
        #expect(HashChain.firstBrokenLink(removed)?.id == 3)
        #expect(HashChain.firstBrokenLink(removed)?.reason == .previousHashDiffers)

        // Cut into parts, as a full check does on several cores, the earliest break among the parts is the same link.
        var twiceBroken = links
        twiceBroken[3] = HashChain.Link(movement: links[3].movement, previousHash: links[3].previousHash, hash: HashChain.genesis)
        twiceBroken.remove(at: 1)
        #expect(HashChain.firstBrokenLink(twiceBroken)?.id == 3)
        for chain in [links, edited, removed, twiceBroken] {
            for size in 1...chain.count {
                let parts = stride(from: 0, to: chain.count, by: size).map {
                    Self.firstBrokenLink(in: chain, range: $0..<min($0 + size, chain.count))
                }
                let first = parts.compactMap { $0 }.first
                #expect(first?.id == HashChain.firstBrokenLink(chain)?.id && first?.reason == HashChain.firstBrokenLink(chain)?.reason)
            }
        }
        // A part that starts after a removed link still sees the break against the link before it.
        #expect(Self.firstBrokenLink(in: removed, range: 1..<2)?.reason == .previousHashDiffers)
    }

    /// A part of the chain checked as a full check reads it: started from the stored hash of the link before the part.
    static func firstBrokenLink(in links: [HashChain.Link], range: Range<Int>) -> (id: MovementID, reason: HashChain.BrokenLink)? {
        var verifier = HashChain.Verifier(previousStoredHash: range.lowerBound == 0 ? HashChain.genesis : links[range.lowerBound - 1].hash)
        for link in links[range] where !verifier.check(link.movement, previousHash: link.previousHash, hash: link.hash) { break }
        return verifier.firstBreak
    }
}
